#!/usr/bin/python3
"""References of the user-formula accuracy suite (tests/accuracy/user_formulas.cpp).

Each activation is written here as its textbook formula in SymPy, independently of leibniz; its
derivatives are sympy.diff of that formula, evaluated with mpmath. Every value is computed at two
precisions (p and 2p digits, p from 60 upward, doubled until the two agree to 30 digits); where
that does not converge by 1920 digits, or is 0 at every precision (1 - tanh(z)^2 at z = 1e300
cancels beyond any precision), the same derivative rewritten through exp and brought to one
fraction (sympy.cancel) is tried the same way, and 0 is kept only when that is 0 too. A value that still does not converge is listed in the output's header and on stderr,
never written as a reference.

    /usr/bin/python3 tests/accuracy/user_formulas.py --out tests/accuracy/user_formulas.txt
    /usr/bin/python3 tests/accuracy/user_formulas.py lisht gcu    # some formulas, to stdout

Output: '#' comment lines, then one line per reference: id, order (of d/dz), x (the exact
double, as Python's repr: it round-trips), the reference with 25 significant digits.
"""

import multiprocessing
import sys

import mpmath
import sympy as sp
from sympy import Piecewise, Rational, erf, exp, log, sqrt, tanh, sin, cos, atan, pi

z = sp.Symbol("z", real=True)
beta = sp.Symbol("beta", real=True)
alpha = sp.Symbol("alpha", real=True)


def sigma(x):
    return 1 / (1 + exp(-x))


def softplus(x):
    return log(1 + exp(x))


def gelu(x):
    return x / 2 * (1 + erf(x / sqrt(2)))


def mish(x):
    return x * tanh(softplus(x))


def elu(x, a):
    return Piecewise((a * (exp(x) - 1), x <= 0), (x, True))


# id: (formula, {parameter: exact value}, highest order, parameter to differentiate by first)
# The parameter values are exact in float, so one table serves double and float; the conditions
# of piecewise formulas are the ones the C++ writes (the branch that owns a kink).
FORMULAS = {
    "lisht": (z * tanh(z), {}, 3, None),
    "pflu": (z * (1 + z / sqrt(1 + z**2)) / 2, {}, 2, None),
    "gompertz": (z * exp(-exp(-z)), {}, 3, None),
    "phish": (z * tanh(gelu(z)), {}, 2, None),
    "sqnl": (Piecewise((1, z > 2), (z - z**2 / 4, z >= 0), (z + z**2 / 4, z >= -2), (-1, True)),
             {}, 2, None),
    "asinh_log": (log(z + sqrt(z**2 + 1)), {}, 2, None),
    "isru": (z / sqrt(1 + z**2 / 2), {}, 2, None),
    "isrlu": (Piecewise((z / sqrt(1 + alpha * z**2), z < 0), (z, True)), {alpha: 3}, 2, None),
    "swish_beta": (z * sigma(beta * z), {beta: Rational(3, 2)}, 2, None),
    "swish_beta_dbeta": (z * sigma(beta * z), {beta: Rational(3, 2)}, 2, beta),
    "swish_1702": (z * sigma(Rational(1702, 1000) * z), {}, 2, None),
    "elu_alpha": (elu(z, alpha), {alpha: Rational(3, 4)}, 2, None),
    "elu_dalpha": (elu(z, alpha), {alpha: Rational(3, 4)}, 2, alpha),
    "celu_5_2": (Piecewise((Rational(5, 2) * (exp(z / Rational(5, 2)) - 1), z <= 0), (z, True)),
                 {}, 2, None),
    "softplus_beta": (log(1 + exp(beta * z)) / beta, {beta: Rational(3, 2)}, 2, None),
    "serf": (z * erf(softplus(z)), {}, 2, None),
    "squareplus": ((z + sqrt(z**2 + 4)) / 2, {}, 2, None),
    "smelu": (Piecewise((0, z <= -1), ((z + 1)**2 / 4, z <= 1), (z, True)), {}, 2, None),
    "logish": (z * log(1 + sigma(z)), {}, 2, None),
    "tanhexp": (z * tanh(exp(z)), {}, 2, None),
    "bent_identity": ((sqrt(z**2 + 1) - 1) / 2 + z, {}, 2, None),
    "tanh_exp_ratio": ((exp(2 * z) - 1) / (exp(2 * z) + 1), {}, 3, None),
    "logistic_ratio": (exp(z) / (1 + exp(z)), {}, 3, None),
    "sigmoid_sigmoid": (sigma(sigma(z)), {}, 2, None),
    "z_sigmoid_sigmoid": (z * sigma(sigma(z)), {}, 2, None),
    "sigmoid_product": (sigma(z) * sigma(-z), {}, 3, None),
    "sinusoid": (z + sin(z), {}, 2, None),
    "snake": (z + sin(z)**2, {}, 2, None),
    "gcu": (z * cos(z), {}, 2, None),
    "sigmoid_affine": (sigma(3 * z - 1), {}, 2, None),
    "softplus_half": (softplus(2 * z) / 2, {}, 2, None),
    "tanh_third": (tanh(z / 3), {}, 2, None),
    "gelu_shift": (gelu(z + 1), {}, 2, None),
    "atan_scaled": (2 / pi * atan(pi * z / 2), {}, 2, None),
    "rootsig": (z / (1 + sqrt(1 + z**2)), {}, 2, None),
    "cloglog": (1 - exp(-exp(z)), {}, 2, None),
    "gaussian": (exp(-z**2), {}, 2, None),
    "mish_affine": (mish(2 * z - 1), {}, 2, None),
    "elish": (Piecewise(((exp(z) - 1) * sigma(z), z < 0), (z * sigma(z), True)), {}, 2, None),
    "log_sigmoid_2z": (-log(1 + exp(-2 * z)), {}, 2, None),
    "soft_clipping": (softplus(z) - softplus(z - 1), {}, 2, None),
    # catalogue functions, for issue 10's reproducers (tanhshrink at tiny z, softplus''' at 40)
    "tanhshrink": (z - tanh(z), {}, 3, None),
    "softplus": (softplus(z), {}, 3, None),
}


def f32(x):
    import struct
    return struct.unpack("f", struct.pack("f", x))[0]


def grid():
    """The points: [-40, 40] (240 points, float values), tiny, extremes, issue 10's points."""
    xs = {f32(-40 + (i + 0.5) / 3) for i in range(240)}
    xs |= {0.0, 40.0, -40.0}
    tiny = [1e-300, 1e-310, 5e-324, 1e-20, 1e-8, 1e-5]
    for t in tiny:
        xs |= {t, f32(t)}
    xs |= {2.0**-126, 2.0**-149}  # FLT_MIN, the smallest float subnormal
    big = [709.8, 710.0, 1e300, 1.7976931348623157e308,  # double extremes
           f32(88.7), 89.0, f32(1e30), f32(3.4028234663852886e38),  # float extremes
           30.0, 400.0, 517.5, 709.0, 800.0, 1e155]  # issue 10's reproducers
    xs |= set(big)
    xs |= {-x for x in xs}
    xs.discard(-0.0)
    xs.add(0.0)
    return sorted(xs)


def prepared(name):
    formula, params, top, by = FORMULAS[name]
    if by is not None:
        formula = sp.diff(formula, by)
    ders = [formula]
    for _ in range(top):
        ders.append(sp.diff(ders[-1], z))
    ders = [d.subs(params) for d in ders]
    fast = [sp.lambdify(z, d, MODULES, cse=True) for d in ders]
    return ders, fast


def safe_exp(x):
    """exp, with exp(x) = 0 for x < -10^6 (below 1e-434000, where mpmath cannot go: the Gompertz
    unit's exp(-exp(1e30)); such values are written as 0 or +-1e-1000 in any case)."""
    return mpmath.mpf(0) if isinstance(x, mpmath.mpf) and x < -(10**6) else mpmath.exp(x)


def safe_tanh(x):
    """tanh, with tanh(x) = sign(x) for |x| > 10^6: 1 - |tanh x| < 1e-868000 is below the working
    precision there (at most 3840 digits), so this is the correctly rounded value."""
    return mpmath.sign(x) if isinstance(x, mpmath.mpf) and abs(x) > 10**6 else mpmath.tanh(x)


ERRORS = (ZeroDivisionError, ValueError, OverflowError, TypeError)
MODULES = [{"exp": safe_exp, "tanh": safe_tanh}, "mpmath"]


def fallback(d):
    """d through exp, as one fraction: no cancellation of terms of equal size at the tails."""
    return sp.lambdify(z, sp.cancel(sp.together(d.rewrite(sp.exp))), MODULES)


ZERO = "zero"


def real_of(v):
    """v as an mpf (a piecewise branch may be a Python int); None when it is not real."""
    v = mpmath.mpmathify(v)
    if isinstance(v, mpmath.mpc):
        return v.real if v.imag == 0 else None
    return v


def converged(fn, x):
    """fn(x) where p and 2p digits agree to 30 digits; ZERO when it is 0 (or the noise of a
    difference of terms of size 1: sigma'(1/2) - sigma'(-1/2)) at 1920 and 3840 digits."""
    p = 60
    while p <= 1920:
        mpmath.mp.dps = p
        a = fn(mpmath.mpf(x))
        mpmath.mp.dps = 2 * p
        b = fn(mpmath.mpf(x))
        a, b = real_of(a), real_of(b)
        if a is None or b is None:
            p *= 2  # complex: log or sqrt of a negative rounding (z + sqrt(z^2 + 1) at -1e300)
            continue
        if b != 0 and abs(a - b) <= abs(b) * mpmath.mpf(10) ** -30:
            return b
        if p == 1920 and abs(a) < mpmath.mpf(10) ** (20 - p) and abs(b) < mpmath.mpf(10) ** (20 - 2 * p):
            return ZERO  # 0, or rounding noise of terms of size 1 at every precision (an exact 0)
        p *= 2
    return None


def written(v):
    """v with 25 digits; beyond 1e-1000 or 1e1000 (tails such as exp(-2e308)) as +-1e-1000 and
    +-1e1000: no binary format holds them, and the test needs only that they are 0 or inf there."""
    if v != 0 and abs(v) < mpmath.mpf(10) ** -1000:
        return "-1e-1000" if v < 0 else "1e-1000"
    if abs(v) > mpmath.mpf(10) ** 1000:
        return "-1e1000" if v < 0 else "1e1000"
    return mpmath.nstr(v, 25, min_fixed=1, max_fixed=0)


def run(name):
    ders, fast = prepared(name)
    lines, unresolved = [], []
    for order, fn in enumerate(fast):
        slow = None
        for x in grid():
            try:
                v = converged(fn, x)
            except ERRORS:
                v = None
            if v is None or v is ZERO:
                # not converged, or 0 at every precision (1 - tanh(z)^2 at z = 1e300 is 0 there)
                if slow is None:
                    slow = fallback(ders[order])
                try:
                    w = converged(slow, x)
                except ERRORS:
                    w = None
                if v is ZERO:
                    v = mpmath.mpf(0) if w is None or w is ZERO else w
                else:
                    v = None if w is ZERO else w
            if v is None:
                unresolved.append(f"{name} {order} {x!r}")
                continue
            mpmath.mp.dps = 60
            lines.append(f"{name} {order} {x!r} {written(v)}")
    return lines, unresolved


def main():
    args = sys.argv[1:]
    out = sys.stdout
    if "--out" in args:
        i = args.index("--out")
        out = open(args[i + 1], "w")
        del args[i:i + 2]
    names = args or list(FORMULAS)
    with multiprocessing.Pool(2) as pool:
        results = []
        for name, result in zip(names, pool.imap(run, names)):
            results.append(result)
            print(f"{name}: {len(result[0])} references", file=sys.stderr)
    unresolved = [u for _, us in results for u in us]
    print("# References of tests/accuracy/user_formulas.cpp, written by user_formulas.py", file=out)
    print("# (SymPy formulas and their sympy.diff derivatives, mpmath at two precisions).", file=out)
    print("# Magnitudes below 1e-1000 and above 1e1000 are written as 1e-1000 and 1e1000; below", file=out)
    print("# 1e-434000 (exp(-exp(1e30))) as 0 (see safe_exp).", file=out)
    print("# id order x reference", file=out)
    for u in unresolved:
        print(f"# unresolved: {u}", file=out)
        print(f"unresolved: {u}", file=sys.stderr)
    for lines, _ in results:
        for line in lines:
            print(line, file=out)
    out.close()


if __name__ == "__main__":
    main()
