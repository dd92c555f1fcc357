#!/usr/bin/python3
"""SymPy's series for the cases of tests/series/cases.cpp, and a check of leibniz's answers.

  sympy_cases.py                 prints SymPy's series of every case
  sympy_cases.py --check EXE     runs EXE (tests/series/cases.cpp), parses each line
                                 `name|text` and checks text against SymPy: equal as expressions
                                 to SymPy's truncated series, or `unknown` where the case is
                                 outside leibniz's class (marked None below). Prints `skipped`
                                 and exits 0 when sympy is missing.

A Taylor case is (f, point, n): SymPy's series(f, z, point, n + 1) without its O term, i.e. the
terms through (z - point)^n. An asymptotic case (f, 'oo' or '-oo', n) is checked on the power
scale: the series of f(1/x) (f(-1/x) toward -oo) in x = 1/|z| through x^n; one on the
exponential scale (f, point, first omitted term) numerically: f minus leibniz's form, in 60
digits at |z| = 8 and 12, is within a factor 2 of the first omitted term.
Run with /usr/bin/python3 (Debian's python3-sympy).
"""

import subprocess
import sys

try:
    import sympy as sp
except ImportError:
    print("skipped: sympy not found for", sys.executable)
    sys.exit(0)

z = sp.Symbol("z", real=True)
x = sp.Symbol("x", positive=True)
sigmoid = lambda t: 1 / (1 + sp.exp(-t))
softplus = lambda t: sp.log(1 + sp.exp(t))
R = sp.Rational

CASES = {
    "tanhshrink_0_7": (z - sp.tanh(z), 0, 7),
    "sigmoid_0_7": (sigmoid(z), 0, 7),
    "tanh_catalogue_0_7": (2 * sigmoid(2 * z) - 1, 0, 7),
    "softplus_0_6": (softplus(z), 0, 6),
    "silu_0_6": (z * sigmoid(z), 0, 6),
    "mish_0_6": (z * sp.tanh(softplus(z)), 0, 6),
    "log_sigmoid_0_5": (-sp.log(1 + sp.exp(-z)), 0, 5),
    "atan_0_9": (sp.atan(z), 0, 9),
    "exp_sin_0_6": (sp.exp(sp.sin(z)), 0, 6),
    "atan_expm1_0_6": (sp.atan(sp.exp(z) - 1), 0, 6),
    "log_cos_0_8": (sp.log(sp.cos(z)), 0, 8),
    "sqrt_1pz_0_5": (sp.sqrt(1 + z), 0, 5),
    "cbrt_1pz_0_4": ((1 + z) ** R(1, 3), 0, 4),
    "expm1_z_z2_0_5": ((sp.exp(z) - 1 - z) / z**2, 0, 5),
    "sinc_0_8": (sp.sin(z) / z, 0, 8),
    "one_minus_cos_0_6": ((1 - sp.cos(z)) / z**2, 0, 6),
    "log1p_z_0_5": (sp.log(1 + z) / z, 0, 5),
    "tanh_z_0_6": (sp.tanh(z) / z, 0, 6),
    "csc_0_5": (1 / sp.sin(z), 0, 5),
    "log_1_5": (sp.log(z), 1, 5),
    "log_2_4": (sp.log(z), 2, 4),
    "sqrt_4_4": (sp.sqrt(z), 4, 4),
    "rational_2_4": (1 / (1 + z**2), 2, 4),
    "atan_zm1_1_5": (sp.atan(z - 1), 1, 5),
    "softsign_1_4": (z / (1 + z), 1, 4),  # |z| = z near 1
    "hardswish_1_3": (z * (z + 3) / 6, 1, 3),
    "elu_half_3": (z, R(1, 2), 3),
    "rational_inf_6": (1 / (1 + z**2), "oo", 6),
    "sqrt_inf_3": (sp.sqrt(1 + z**2), "oo", 3),
    "softsign_minf_3": (z / (1 - z), "-oo", 3),  # |z| = -z toward -oo
    "atan_inv_inf_5": (sp.atan(1 / z), "oo", 5),
    # the exponential scale: (f, point, first omitted term), checked numerically (below)
    "sigmoid_inf_2": (sigmoid(z), "oo", -sp.exp(-3 * z)),
    "sigmoid_minf_2": (sigmoid(z), "-oo", sp.exp(3 * z)),
    "softplus_inf_2": (softplus(z), "oo", sp.exp(-3 * z) / 3),
    "silu_inf_2": (z * sigmoid(z), "oo", -z * sp.exp(-3 * z)),
    "tanh_catalogue_inf_2": (2 * sigmoid(2 * z) - 1, "oo", -2 * sp.exp(-6 * z)),
    "mish_inf_3": (z * sp.tanh(softplus(z)), "oo", -4 * z * sp.exp(-4 * z)),
    "log_sigmoid_minf_2": (-sp.log(1 + sp.exp(-z)), "-oo", -sp.exp(3 * z) / 3),
    "elu_minf_2": (sp.exp(z) - 1, "-oo", sp.Integer(0)),
    # outside leibniz's class: it must answer unknown
    "elu_kink_0_3": None,
    "relu_kink_0_3": None,
    "abs_0_3": None,
    "elu_m1_3": None,  # exp(-1) is irrational
    "sigmoid_1_3": None,  # exp(-1)
    "gelu_0_5": None,  # 1/sqrt(2 pi)
    "erf_0_5": None,  # 2/sqrt(pi)
    "exp_0_24": None,  # 24! does not fit in 64 bits
    "sigmoid_0_22": None,  # a coefficient overflows
    "pi_z_0_2": None,
    "log_0_2": None,
    "sqrt_0_2": None,
}


def exponential_case(case):
    return case[1] in ("oo", "-oo") and not isinstance(case[2], int)


def check_exponential(case, text):
    """f - leibniz's form, at |z| = 8 and 12 in 60 digits, is within [1/2, 2] times the first
    omitted term (SymPy's exact zero where the form is exact)."""
    f, point, next_term = case
    g = parse(text)
    for w in (8, 12):
        at = w if point == "oo" else -w
        err = sp.N((f - g).subs(z, at), 60)
        nxt = sp.N(next_term.subs(z, at), 60)
        if nxt == 0:
            if abs(err) > sp.Float(10) ** -50:
                return False
        elif not (abs(nxt) / 2 <= abs(err) <= 2 * abs(nxt) and (err > 0) == (nxt > 0)):
            return False
    return True


def truncated(case):
    if exponential_case(case):
        return "(%s) + O(%s)" % (case[0], case[2])
    f, point, n = case
    if point in ("oo", "-oo"):
        sign = 1 if point == "oo" else -1
        g = f.subs(z, sign / x)
        s = sp.series(g, x, 0, n + 1).removeO()
        return sp.expand(s.subs(x, sign / z))
    return sp.expand(sp.series(f, z, point, n + 1).removeO())


def parse(text):
    return sp.sympify(text.replace("^", "**"), locals={"z": z, "log": sp.log, "exp": sp.exp})


def main():
    if len(sys.argv) == 1:
        for name, case in CASES.items():
            print(name, "|", "unknown (outside the class)" if case is None else truncated(case))
        return 0
    if len(sys.argv) != 3 or sys.argv[1] != "--check":
        print(__doc__)
        return 2
    out = subprocess.run([sys.argv[2]], capture_output=True, text=True, check=True).stdout
    seen, failures = set(), 0
    for line in out.splitlines():
        name, text = line.split("|", 1)
        seen.add(name)
        if name not in CASES:
            print("FAIL", name, ": no SymPy case")
            failures += 1
            continue
        case = CASES[name]
        if case is None:
            ok = text == "unknown"
            print("ok  " if ok else "FAIL", name, ": expected unknown, leibniz", text)
        elif text == "unknown":
            ok = False
            print("FAIL", name, ": leibniz gave unknown, SymPy", truncated(case))
        elif exponential_case(case):
            ok = check_exponential(case, text)
            print("ok  " if ok else "FAIL", name, ":", text, "| within a factor 2 of", case[2])
        else:
            expected = truncated(case)
            ok = sp.simplify(sp.expand(parse(text) - expected)) == 0
            print("ok  " if ok else "FAIL", name, ":", text, "| SymPy:", expected)
        failures += 0 if ok else 1
    for name in CASES:
        if name not in seen:
            print("FAIL", name, ": not printed by", sys.argv[2])
            failures += 1
    series = sum(1 for c in CASES.values() if c is not None and not exponential_case(c))
    numeric = sum(1 for c in CASES.values() if c is not None and exponential_case(c))
    print(f"{len(CASES) - failures} of {len(CASES)} cases agree ({series} against SymPy's series, "
          f"{numeric} numerically in 60 digits, {len(CASES) - series - numeric} unknown)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
