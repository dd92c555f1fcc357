#!/usr/bin/python3
"""The accuracy tool: max ulp of f, f' and f'' of any formula on a range, for leibniz, the formula
as written and PyTorch's composition of built-ins, against 50-digit mpmath references.

    /usr/bin/python3 benchmarks/accuracy/accuracy.py "z*tanh(exp(z))" --range -40 40

The formula is SymPy syntax in z (exp log sqrt tanh atan erf sin cos Abs Piecewise Max Min, pi,
and the activations sigmoid softplus gelu silu mish). Its references are sympy.diff of it,
evaluated with mpmath at two precisions (60 digits and up, as tests/accuracy/user_formulas.py).
The leibniz side is a small C++ program (tool.hpp) compiled here: by default the formula is
translated to leibniz operators (sigmoid -> act::sigmoid, ...); --leibniz EXPR gives the C++
expression instead (in z, with lz::, act:: and the _c literals), and --cpp FILE a whole program
(see tool.hpp). "as written" is the same leibniz expression evaluated without the stable
lowering, in the type itself (as_written.hpp); PyTorch (when /usr/bin/python3 has torch) is the
formula composed of torch functions, with autograd for f' and f'' (create_graph).

The grid: --points values of [a, b] rounded to float (one reference serves double and float),
plus --at values. The error is in ulp of the type (the spacing at 2^12 times the smallest normal
number as a floor, as in tests/accuracy); "inf" when a value is inf or NaN where the true value is
finite. Points where the true value is not finite in the type are left out.
"""

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile

import mpmath
import sympy as sp

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "accuracy"))
from user_formulas import ERRORS, MODULES, ZERO, converged, fallback  # noqa: E402

z = sp.Symbol("z", real=True)


class sigmoid(sp.Function):
    pass


class softplus(sp.Function):
    pass


class gelu(sp.Function):
    pass


class silu(sp.Function):
    pass


class mish(sp.Function):
    pass


ACTIVATIONS = {
    sigmoid: lambda a: 1 / (1 + sp.exp(-a)),
    softplus: lambda a: sp.log(1 + sp.exp(a)),
    gelu: lambda a: a / 2 * (1 + sp.erf(a / sp.sqrt(2))),
    silu: lambda a: a / (1 + sp.exp(-a)),
    mish: lambda a: a * sp.tanh(sp.log(1 + sp.exp(a))),
}


def textbook(e):
    for fn, definition in ACTIVATIONS.items():
        e = e.replace(fn, definition)
    return e


def parse(formula):
    names = {"z": z, "sigmoid": sigmoid, "softplus": softplus, "gelu": gelu, "silu": silu,
             "mish": mish}
    return sp.sympify(formula, locals=names)


# --- the formula in leibniz

def to_leibniz(e):
    """C++ for e with leibniz's operators: exact rationals as lz::c<p, q>."""
    if e == z:
        return "z"
    if e.is_Integer:
        return f"{int(e)}_c" if e >= 0 else f"(-{-int(e)}_c)"
    if e.is_Rational:
        return f"lz::c<{e.p}, {e.q}>"
    if e == sp.pi:
        return "lz::pi"
    if e == sp.E:
        return "lz::e"
    if e.is_Float:
        return f"({float(e)!r})"
    if e.is_Add:
        return "(" + " + ".join(to_leibniz(a) for a in e.args) + ")"
    if e.is_Mul:
        return "(" + " * ".join(to_leibniz(a) for a in e.args) + ")"
    if e.is_Pow:
        b, x = e.args
        if x == sp.Rational(1, 2):
            return f"lz::sqrt({to_leibniz(b)})"
        if x == -1:
            return f"(1_c / {to_leibniz(b)})"
        return f"lz::pow({to_leibniz(b)}, {to_leibniz(x)})"
    plain = {sp.exp: "lz::exp", sp.log: "lz::log", sp.tanh: "lz::tanh", sp.atan: "lz::atan",
             sp.erf: "lz::erf", sp.sin: "lz::sin", sp.cos: "lz::cos", sp.Abs: "lz::abs",
             sigmoid: "act::sigmoid", softplus: "act::softplus", gelu: "act::gelu",
             silu: "act::silu", mish: "act::mish"}
    if e.func in plain:
        return f"{plain[e.func]}({to_leibniz(e.args[0])})"
    if e.func in (sp.Max, sp.Min):
        name = "lz::max" if e.func == sp.Max else "lz::min"
        out = to_leibniz(e.args[0])
        for a in e.args[1:]:
            out = f"{name}({out}, {to_leibniz(a)})"
        return out
    if isinstance(e, sp.Piecewise):
        (value, cond), rest = e.args[0], e.args[1:]
        if cond == sp.true:
            return to_leibniz(value)
        return (f"lz::where({to_leibniz(cond)}, {to_leibniz(value)}, "
                f"{to_leibniz(sp.Piecewise(*rest))})")
    if isinstance(e, sp.core.relational.Relational):
        return f"({to_leibniz(e.lhs)} {e.rel_op} {to_leibniz(e.rhs)})"
    raise SystemExit(f"accuracy.py: no leibniz spelling for {e.func} in {e}; use --leibniz")


def leibniz_values(program, xs, cxx):
    """The twelve columns of tool.hpp's program for each x: (k, kind, type) -> list of floats."""
    work = tempfile.mkdtemp(prefix="leibniz_accuracy_")
    try:
        exe = os.path.join(work, "tool")
        flags = ["-std=c++20", "-O2", "-I", os.path.join(ROOT, "include"), "-I", HERE]
        subprocess.run([cxx, *flags, program, "-o", exe], check=True)
        out = subprocess.run([exe], input="".join(f"{x!r}\n" for x in xs), capture_output=True,
                             text=True, check=True).stdout
    finally:
        shutil.rmtree(work)
    cols = {}
    # the program's order within each k: leibniz double, as written double, leibniz float,
    # as written float
    names = [(k, kind, t) for k in range(3)
             for (kind, t) in (("leibniz", "double"), ("as written", "double"),
                               ("leibniz", "float"), ("as written", "float"))]
    for name in names:
        cols[name] = []
    for line in out.splitlines():
        fields = line.split()
        for name, v in zip(names, fields):
            cols[name].append(float.fromhex(v) if "nan" not in v and "inf" not in v
                              else float(v.replace("-nan", "nan")))
    return cols


# --- the formula in PyTorch

def torch_values(e, xs):
    """f, f', f'' of the formula composed of torch functions (autograd), float64 and float32."""
    try:
        import torch
    except ImportError:
        return None
    F = torch.nn.functional
    fns = {sp.exp: torch.exp, sp.log: torch.log, sp.tanh: torch.tanh, sp.atan: torch.atan,
           sp.erf: torch.erf, sp.sin: torch.sin, sp.cos: torch.cos, sp.Abs: torch.abs,
           sigmoid: torch.sigmoid, softplus: F.softplus, gelu: F.gelu, silu: F.silu,
           mish: F.mish}

    def build(e, x):
        if e == z:
            return x
        if e.is_Number or e in (sp.pi, sp.E):
            return float(e)
        if e.is_Add:
            out = build(e.args[0], x)
            for a in e.args[1:]:
                out = out + build(a, x)
            return out
        if e.is_Mul:
            out = build(e.args[0], x)
            for a in e.args[1:]:
                out = out * build(a, x)
            return out
        if e.is_Pow:
            b, p = e.args
            if p == sp.Rational(1, 2):
                return torch.sqrt(build(b, x))
            if p == -1:
                return 1 / build(b, x)
            return build(b, x) ** build(p, x)
        if e.func in fns:
            return fns[e.func](build(e.args[0], x))
        if e.func in (sp.Max, sp.Min):
            out = build(e.args[0], x)
            for a in e.args[1:]:
                v = torch.as_tensor(build(a, x), dtype=x.dtype)
                out = torch.maximum(out, v) if e.func == sp.Max else torch.minimum(out, v)
            return out
        if isinstance(e, sp.Piecewise):
            (value, cond), rest = e.args[0], e.args[1:]
            v = torch.as_tensor(build(value, x), dtype=x.dtype).expand_as(x)
            if cond == sp.true:
                return v
            return torch.where(build(cond, x), v, build(sp.Piecewise(*rest), x))
        if isinstance(e, sp.core.relational.Relational):
            lhs = torch.as_tensor(build(e.lhs, x), dtype=x.dtype)
            rhs = torch.as_tensor(build(e.rhs, x), dtype=x.dtype)
            return {"<": lhs < rhs, "<=": lhs <= rhs, ">": lhs > rhs, ">=": lhs >= rhs}[e.rel_op]
        raise SystemExit(f"accuracy.py: no torch spelling for {e.func} in {e}")

    out = {}
    for t, dtype in (("double", torch.float64), ("float", torch.float32)):
        x = torch.tensor(xs, dtype=dtype, requires_grad=True)
        y = torch.as_tensor(build(e, x), dtype=dtype)
        if not y.requires_grad:  # a constant formula
            y = y + 0 * x
        (g1,) = torch.autograd.grad(y.sum(), x, create_graph=True)
        if g1.requires_grad:
            (g2,) = torch.autograd.grad(g1.sum(), x)
        else:
            g2 = torch.zeros_like(x)
        for k, v in enumerate((y, g1, g2)):
            out[(k, "PyTorch", t)] = [float(a) for a in v.detach().to(torch.float64)]
    return out


# --- measure

def f32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def references(e, xs, orders):
    ders = [textbook(e)]
    for _ in range(orders):
        ders.append(sp.diff(ders[-1], z))
    refs = []
    for d in ders:
        fast = sp.lambdify(z, d, MODULES, cse=True)
        slow = None
        col = []
        for x in xs:
            try:
                v = converged(fast, x)
            except ERRORS:
                v = None
            if v is None or v is ZERO:
                slow = slow or fallback(d)
                try:
                    w = converged(slow, x)
                except ERRORS:
                    w = None
                v = (mpmath.mpf(0) if w is None or w is ZERO else w) if v is ZERO else \
                    (None if w is ZERO else w)
            col.append(v)
        refs.append(col)
    return refs


def ulp_error(got, want, t):
    digits, tiny, top = (53, 2.0**-1022, 1.7976931348623157e308) if t == "double" else \
                        (24, 2.0**-126, 3.4028234663852886e38)
    if want is None or abs(want) > top:
        return None  # no reference, or the truth is not finite in t
    if got != got or abs(got) == float("inf"):
        return float("inf")
    mpmath.mp.dps = 60
    a = max(abs(want), mpmath.mpf(tiny) * 4096)
    _, e = mpmath.frexp(a)
    return float(abs(mpmath.mpf(got) - want) / mpmath.ldexp(1, e - digits))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("formula", help='SymPy formula in z, e.g. "z*tanh(exp(z))"')
    ap.add_argument("--range", nargs=2, type=float, default=[-40.0, 40.0], metavar=("A", "B"))
    ap.add_argument("--points", type=int, default=401)
    ap.add_argument("--at", type=float, nargs="*", default=[],
                    help="more points, e.g. --at 1e-8 709.8 1e300")
    ap.add_argument("--leibniz", help="the C++ leibniz expression, instead of the translation")
    ap.add_argument("--cpp", help="a whole C++ program using tool.hpp")
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("--no-torch", action="store_true")
    args = ap.parse_args()

    e = parse(args.formula)
    a, b = args.range
    n = max(args.points, 2)
    xs = sorted({f32(a + (b - a) * i / (n - 1)) for i in range(n)} | set(args.at))

    if args.cpp:
        program, tmp = args.cpp, None
    else:
        expr = args.leibniz or to_leibniz(e)
        tmp = tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False)
        tmp.write('#include "tool.hpp"\nusing namespace accuracy_tool;\n'
                  f"int main() {{ return run({expr}); }}\n")
        tmp.close()
        program = tmp.name
        print(f"leibniz: {expr}")
    try:
        cols = leibniz_values(program, xs, args.cxx)
    finally:
        if tmp:
            os.unlink(tmp.name)
    if not args.no_torch:
        t = torch_values(e, xs)
        if t is None:
            print("PyTorch: not found (import torch failed), its column is left out")
        else:
            cols.update(t)
    refs = references(e, xs, 2)
    missing = sum(v is None for col in refs for v in col)
    if missing:
        print(f"{missing} references did not converge; those points are left out")

    kinds = [k for k in ("leibniz", "as written", "PyTorch") if (0, k, "double") in cols]
    print(f"{args.formula} on [{a:g}, {b:g}], {len(xs)} points: max error in ulp (at z)")
    for t in ("double", "float"):
        print(f"\n{t:<8}" + "".join(f"{k:>26}" for k in kinds))
        for k, order in enumerate(("f", "f'", "f''")):
            row = f"{order:<8}"
            for kind in kinds:
                worst, at = 0.0, None
                for i, x in enumerate(xs):
                    if t == "float" and f32(x) != x:
                        continue
                    u = ulp_error(cols[(k, kind, t)][i], refs[k][i], t)
                    if u is not None and (u > worst or at is None):
                        worst, at = u, x
                cell = "inf" if worst == float("inf") else f"{worst:.3g}"
                row += f"{cell:>14} {'(' + format(at, '.4g') + ')' if at is not None else '':>11}"
            print(row)


if __name__ == "__main__":
    main()
