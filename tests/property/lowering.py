#!/usr/bin/python3
"""Seeded generator of random expressions in z for the accuracy property test of the lowering.

For a seed, builds N random expressions in z from a grammar over z, small rational constants,
+ - * /, integer powers, exp, log(1 + exp(.)), act::softplus, act::sigmoid, lz::tanh,
lz::sqrt(a*a + c), lz::erf, scaled and shifted arguments (3z - 1, z/2) and products such as
z * sigmoid(k z); each is written as leibniz C++ and as a SymPy expression. The references of
f, f' and f'' (SymPy's diff) at a grid of points ([-40, 40], tiny values, +-700, +-1e10) are
enclosed by interval arithmetic (mpmath.iv; tanh and erf by monotonicity at 20 guard digits),
raising the precision (40, 120, 400, 1300 digits) until the enclosure is narrower than 1e-25
relative (two bounds agreeing to 25 digits), or lies below 2^-1100 in magnitude (the value
rounds to 0 in double). Points where no precision resolves it (a pole, an undefined
subexpression, a cancellation beyond 1300 digits), or where the value is not finite in double,
are skipped. Each reference also carries |z f^(k+1)(z)|, the scale of the error that rounding z
(or an affine argument of z) by one ulp produces: the conditioning term of the bound
lowering.cpp checks.

Writes --out-dir/part_<i>.cpp (the expressions, --parts translation units) and
--out-dir/lowering_table.hpp (the references). Run with /usr/bin/python3 (Debian's sympy and
mpmath).
"""

import argparse
import os
import random
import sys
from fractions import Fraction as F

import mpmath
from mpmath import iv, mp, mpf
import sympy as S

Z = S.Symbol('z', real=True)

# ---------------------------------------------------------------------------------------------
# Expressions: tuples.
#   ('z',)  ('k', Fraction)  ('+' | '-' | '*' | '/', a, b)  ('pow', a, n)  ('neg', a)
#   ('f', name, a) with name in exp, log1pexp (log(1 + exp(a)) spelt out), softplus
#   (act::softplus), sigmoid (act::sigmoid), tanh, erf
#   ('hyp', a, c)  lz::sqrt(a * a + c), c > 0
# ---------------------------------------------------------------------------------------------

SMALL = [F(1, 2), F(3), F(-1), F(2), F(1, 3), F(-3, 2), F(5, 2), F(-2), F(3, 4), F(1, 4), F(4)]
SLOPES = [F(3), F(1, 2), F(-2), F(2), F(-1), F(1, 3), F(5), F(-1, 2), F(10), F(-3)]
SHIFTS = [F(-1), F(1, 2), F(0), F(0), F(0), F(3), F(-2), F(1, 4)]
HYP = [F(1), F(4), F(1, 2), F(2), F(1, 100), F(9)]
UNARY = ['exp', 'log1pexp', 'softplus', 'sigmoid', 'tanh', 'erf', 'hyp']


def children(e):
    return [x for x in e[1:] if isinstance(x, tuple)]


def size(e):
    return 1 + sum(size(c) for c in children(e))


class Generator:
    def __init__(self, r, algebraic=False):
        self.r = r
        self.algebraic = algebraic  # only z, constants, + - * /, powers and lz::sqrt(a*a + c)

    def const(self):
        return ('k', self.r.choice(SMALL))

    def affine(self):
        """z, or a scaled and shifted z: 3z - 1, z/2, -2z."""
        r = self.r
        if r.random() < 0.35:
            return ('z',)
        k, m = r.choice(SLOPES), r.choice(SHIFTS)
        e = ('z',) if k == 1 else (('/', ('z',), ('k', 1 / k)) if k.numerator == 1 and
                                   k.denominator > 1 and r.random() < 0.5 else
                                   ('*', ('k', k), ('z',)))
        if m:
            e = ('+', e, ('k', m)) if m > 0 else ('-', e, ('k', -m))
        return e

    def unary(self, depth):
        r = self.r
        name = 'hyp' if self.algebraic else r.choice(UNARY)
        a = self.affine() if depth <= 0 or r.random() < 0.6 else self.expr(depth - 1)
        if name == 'hyp':
            return ('hyp', a, r.choice(HYP))
        return ('f', name, a)

    def positive(self, depth):
        """A factor without zeros on the real line (a denominator or a negative power's base)."""
        r = self.r
        a = self.affine() if depth <= 0 or r.random() < 0.7 else self.expr(depth - 1)
        c = r.random()
        if self.algebraic:
            if c < 0.6:
                return ('hyp', a, r.choice(HYP))
            return ('+', ('k', abs(r.choice(SMALL))), ('*', a, a))
        if c < 0.2:
            return ('f', 'exp', a)
        if c < 0.4:
            return ('f', 'sigmoid', a)
        if c < 0.6:
            return ('hyp', a, r.choice(HYP))
        if c < 0.75:
            return ('f', r.choice(['softplus', 'log1pexp']), a)
        if c < 0.9:
            return ('+', ('k', abs(r.choice(SMALL))), ('f', 'exp', a))
        return ('+', ('k', abs(r.choice(SMALL))), ('*', a, a))

    def expr(self, depth):
        r = self.r
        if depth <= 0:
            return self.affine() if r.random() < 0.5 else self.unary(0)
        c = r.random()
        if c < 0.30:
            return self.unary(depth)
        if c < 0.42:  # z * f(k z): silu and swish-like products (algebraic: z sqrt(k^2 z^2 + c))
            k = r.choice(SLOPES + [F(1)] * 3)
            arg = ('z',) if k == 1 else ('*', ('k', k), ('z',))
            if self.algebraic:
                first = self.affine() if r.random() < 0.3 else ('z',)
                return ('*', first, ('hyp', arg, r.choice(HYP)))
            # (the draws in this order: the expressions of seeds 1-3 are those of known_failures)
            f = r.choice(['sigmoid', 'tanh', 'erf', 'softplus', 'exp'])
            return ('*', self.affine() if r.random() < 0.3 else ('z',), ('f', f, arg))
        if c < 0.54:
            return (r.choice('+-'), self.expr(depth - 1), self.expr(depth - 1))
        if c < 0.66:
            return ('*', self.expr(depth - 1), self.expr(depth - 1))
        if c < 0.74:
            return ('/', self.expr(depth - 1), self.positive(depth - 1))
        if c < 0.82:
            n = r.choice([2, 3, -1, -2])
            base = self.expr(depth - 1) if n > 0 else self.positive(depth - 1)
            return ('pow', base, n)
        if c < 0.92:  # a constant factor or offset
            a = self.expr(depth - 1)
            return ('*', self.const(), a) if r.random() < 0.6 else ('+', a, self.const())
        return ('neg', self.expr(depth - 1))


# ---------------------------------------------------------------------------------------------
# C++ text, SymPy expression
# ---------------------------------------------------------------------------------------------

def cpp_const(q):
    if q.denominator == 1:
        return f'{q.numerator}_c' if q >= 0 else f'(-{-q.numerator}_c)'
    return f'lz::c<{q.numerator}, {q.denominator}>'


def cpp(e):
    t = e[0]
    if t == 'z':
        return 'z'
    if t == 'k':
        return cpp_const(e[1])
    if t in '+-*/':
        return f'({cpp(e[1])} {t} {cpp(e[2])})'
    if t == 'neg':
        return f'(-{cpp(e[1])})'
    if t == 'pow':
        return f'lz::pow({cpp(e[1])}, {cpp_const(F(e[2]))})'
    if t == 'hyp':
        a = cpp(e[1])
        return f'lz::sqrt({a} * {a} + {cpp_const(e[2])})'
    if t == 'f':
        n, a = e[1], cpp(e[2])
        return {'exp': f'lz::exp({a})', 'log1pexp': f'lz::log(1_c + lz::exp({a}))',
                'softplus': f'act::softplus({a})', 'sigmoid': f'act::sigmoid({a})',
                'tanh': f'lz::tanh({a})', 'erf': f'lz::erf({a})'}[n]
    raise ValueError(t)


def sym(e):
    t = e[0]
    if t == 'z':
        return Z
    if t == 'k':
        return S.Rational(e[1].numerator, e[1].denominator)
    if t == 'neg':
        return -sym(e[1])
    if t == 'pow':
        return sym(e[1])**e[2]
    if t == 'hyp':
        a = sym(e[1])
        return S.sqrt(a * a + S.Rational(e[2].numerator, e[2].denominator))
    if t == 'f':
        a = sym(e[2])
        n = e[1]
        if n == 'exp':
            return S.exp(a)
        if n in ('log1pexp', 'softplus'):
            return S.log(1 + S.exp(a))
        if n == 'sigmoid':
            return 1 / (1 + S.exp(-a))
        return {'tanh': S.tanh, 'erf': S.erf}[n](a)
    a, b = sym(e[1]), sym(e[2])
    return {'+': a + b, '-': a - b, '*': a * b, '/': a / b}[t]


# ---------------------------------------------------------------------------------------------
# Interval evaluation of a SymPy tree (compiled once to closures)
# ---------------------------------------------------------------------------------------------

class Unresolved(Exception):
    pass


def ends(v):
    """The end points of an interval as exact mp numbers."""
    return mp.make_mpf(v._mpi_[0]), mp.make_mpf(v._mpi_[1])


def monotone(f):
    """An enclosure of an increasing function on an interval: f at the end points at 20 guard
    digits, widened outward by the working precision's relative ulp (and an absolute floor)."""
    def g(x):
        lo, hi = ends(x)
        with mp.workprec(iv.prec + 70):
            vlo, vhi = f(lo), f(hi)
            eps = mpf(2)**(-iv.prec + 4)
            tiny = mpf(2)**(-4 * iv.prec)
            vlo = vlo - abs(vlo) * eps - tiny
            vhi = vhi + abs(vhi) * eps + tiny
        return iv.mpf([vlo, vhi])
    return g


IV_TANH = monotone(mpmath.tanh)
IV_ERF = monotone(mpmath.erf)


def iv_log(x):
    if not (ends(x)[0] > 0):
        raise Unresolved()
    return iv.log(x)


def compile_tree(e):
    """A closure x -> interval of the SymPy expression e at z = x (an iv.mpf)."""
    if e == Z:
        return lambda x: x
    if e.is_Rational:
        p, q = int(e.p), int(e.q)
        return lambda x: iv.mpf(p) / q
    if e == S.pi:
        return lambda x: +iv.pi
    if e.is_Add:
        fs = [compile_tree(a) for a in e.args]
        return lambda x: sum_(f(x) for f in fs)
    if e.is_Mul:
        fs = [compile_tree(a) for a in e.args]

        def mul(x):
            v = iv.mpf(1)
            for f in fs:
                v = v * f(x)
            return v
        return mul
    if e.is_Pow:
        b, n = e.args
        fb = compile_tree(b)
        if n.is_Integer:
            k = int(n)

            def power(x):
                v = fb(x)
                if k < 0 and ends(v)[0] <= 0 <= ends(v)[1]:
                    raise Unresolved()
                return v**k
            return power
        if n.is_Rational and n.q == 2:
            k = int(n.p)

            def half(x):
                v = fb(x)
                if not (ends(v)[0] > 0):
                    raise Unresolved()
                return iv.sqrt(v)**k
            return half
        raise ValueError(f'power {e}')
    if isinstance(e, S.log):
        a = e.args[0]
        # log(1 + exp(w)): log1p, so that the tail of softplus is resolved at any precision
        if a.is_Add and len(a.args) == 2 and S.Integer(1) in a.args:
            rest = compile_tree([t for t in a.args if t != 1][0])

            def log1p(x):
                v = rest(x)
                if not (ends(v)[0] > -1):
                    raise Unresolved()
                return iv.log1p(v)
            return log1p
        fa = compile_tree(a)
        return lambda x: iv_log(fa(x))
    if isinstance(e, S.exp):
        fa = compile_tree(e.args[0])
        return lambda x: iv.exp(fa(x))
    if isinstance(e, S.tanh):
        fa = compile_tree(e.args[0])
        return lambda x: IV_TANH(fa(x))
    if isinstance(e, S.erf):
        fa = compile_tree(e.args[0])
        return lambda x: IV_ERF(fa(x))
    if isinstance(e, S.Abs):
        fa = compile_tree(e.args[0])
        return lambda x: abs(fa(x))
    raise ValueError(f'cannot evaluate {e} ({type(e)})')


def sum_(it):
    v = iv.mpf(0)
    for t in it:
        v = v + t
    return v


DIGITS = [40, 120, 400, 1300]
ZERO_BELOW = mpf(2)**-1100
DBL_MAX = mpf(mpmath.mpf('1.7976931348623157e308'))


def reference(f, point):
    """The double nearest f(point) (0.0 if |f| < 2^-1100), or None: unresolved or not finite."""
    for d in DIGITS:
        iv.dps = d
        try:
            v = f(iv.mpf(point))
        except (Unresolved, ZeroDivisionError, ValueError, OverflowError):
            continue
        a, b = ends(v)
        if not (mpmath.isfinite(a) and mpmath.isfinite(b)):
            continue
        if max(abs(a), abs(b)) < ZERO_BELOW:
            return 0.0
        if (a > 0 or b < 0) and (b - a) <= mpf(10)**-25 * min(abs(a), abs(b)):
            m = (a + b) / 2
            if abs(m) > DBL_MAX:
                return None
            return float(m)
    return None


def magnitude(f, point):
    """An upper bound of |f(point)| (inf if none is found): the conditioning term. The first
    enclosure narrower than half its bound, or else the last finite one (a looser bound)."""
    last = None
    for d in DIGITS[:3]:
        iv.dps = d
        try:
            v = f(iv.mpf(point))
        except (Unresolved, ZeroDivisionError, ValueError, OverflowError):
            continue
        a, b = ends(v)
        m = max(abs(a), abs(b))
        if not mpmath.isfinite(m):
            continue
        last = m
        if m < ZERO_BELOW or b - a <= m / 2:
            break
    if last is None or last > DBL_MAX:
        return float('inf')
    return float(last)


# ---------------------------------------------------------------------------------------------

GRID = [-40 + 80 * i / 29 for i in range(30)]
POINTS = GRID + [1e-20, 1e-8, -1e-8, 700.0, -700.0, 1e10, -1e10]
# --algebraic: toward the largest values, where the formulas overflow (lower/regimes/asymptotic.hpp)
LARGEST = float.fromhex('0x1.fffffffffffffp+1023')
FAR = [1e30, 1e100, 1e155, 1e300, LARGEST]
POINTS_ALGEBRAIC = GRID + [1e-20, 1e-8, -1e-8] + FAR + [-x for x in FAR]
ORDERS = 3  # f, f', f''


def generate(seed, count, algebraic=False):
    r = random.Random(seed)
    g = Generator(r, algebraic)
    out, seen = [], set()
    while len(out) < count:
        e = g.expr(r.choice([1, 2, 2, 3]))
        if size(e) > 14 or size(e) < 3 or e in seen:
            continue
        s = sym(e)
        if not s.has(Z):
            continue
        seen.add(e)
        out.append((e, s))
    return out


def references(s, points):
    """rows (order, point, value, |z f^(order+1)(z)|) of one SymPy expression."""
    ders = [s]
    for _ in range(ORDERS):
        ders.append(S.diff(ders[-1], Z))
    fs = [compile_tree(d) for d in ders]
    rows = []
    for k in range(ORDERS):
        for p in points:
            v = reference(fs[k], p)
            if v is None:
                continue
            slope = magnitude(fs[k + 1], p)
            rows.append((k, p, v, abs(p) * slope))
    return rows


PART = '''// Generated by tests/property/lowering.py --seed {seed}: do not edit.
// Part {part} of {parts}: expressions {first} .. {last}, each with f, f' and f''.
#include "lowering.hpp"

namespace lowering {{

std::vector<expression> part_{part}() {{
    return {{
{items}
    }};
}}

}}  // namespace lowering
'''

TABLE = '''// Generated by tests/property/lowering.py --seed {seed} --count {count}: do not edit.
// {n} expressions in {parts} parts; {rows} references (value, |z f^(k+1)(z)|) by interval
// arithmetic; {skipped} (expression, order, point) skipped (unresolved or not finite).
#pragma once

#define LEIBNIZ_LOWERING_SEED {seed}
#define LEIBNIZ_LOWERING_PARTS(X) {part_list}

namespace lowering {{

// {{expression, order, z, reference, |z f^(order+1)(z)|}}
inline constexpr reference references[] = {{
{rows_text}
}};

}}  // namespace lowering
'''


def hexf(x):
    if x == float('inf'):
        return 'std::numeric_limits<double>::infinity()'
    return float.hex(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--count', type=int, default=60)
    ap.add_argument('--parts', type=int, default=3)
    ap.add_argument('--out-dir', required=True)
    ap.add_argument('--quiet', action='store_true')
    ap.add_argument('--algebraic', action='store_true',
                    help='only sums, products, powers and square roots, up to the largest double')
    args = ap.parse_args()
    sys.setrecursionlimit(100000)

    exprs = generate(args.seed, args.count, args.algebraic)
    points = POINTS_ALGEBRAIC if args.algebraic else POINTS
    rows, skipped = [], 0
    for i, (e, s) in enumerate(exprs):
        rs = references(s, points)
        skipped += ORDERS * len(points) - len(rs)
        rows += [(i,) + x for x in rs]
        if not args.quiet:
            print(f'{i}: {cpp(e)}: {len(rs)} references', file=sys.stderr)

    os.makedirs(args.out_dir, exist_ok=True)
    per = -(-len(exprs) // args.parts)
    for part in range(args.parts):
        chunk = list(range(part * per, min(len(exprs), (part + 1) * per)))
        items = '\n'.join(f'        make({i}, R"lz({cpp(exprs[i][0])})lz", {cpp(exprs[i][0])}),'
                          for i in chunk)
        text = PART.format(seed=args.seed, part=part, parts=args.parts,
                           first=chunk[0] if chunk else '-', last=chunk[-1] if chunk else '-',
                           items=items)
        write_if_changed(os.path.join(args.out_dir, f'part_{part}.cpp'), text)
    rows_text = '\n'.join(f'    {{{i}, {k}, {hexf(p)}, {hexf(v)}, {hexf(c)}}},'
                          for i, k, p, v, c in rows)
    text = TABLE.format(seed=args.seed, count=args.count, n=len(exprs), parts=args.parts,
                        rows=len(rows), skipped=skipped,
                        part_list=' '.join(f'X({p})' for p in range(args.parts)),
                        rows_text=rows_text)
    write_if_changed(os.path.join(args.out_dir, 'lowering_table.hpp'), text)
    print(f'seed {args.seed}: {len(exprs)} expressions, {len(rows)} references, {skipped} skipped')


def write_if_changed(path, text):
    """Writes text to path (always, so that the build sees the outputs newer than the
    generator)."""
    with open(path, 'w') as f:
        f.write(text)


if __name__ == '__main__':
    main()
