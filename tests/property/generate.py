#!/usr/bin/python3
"""Seeded generator of random expression pairs for the soundness suite of lz::equivalent.

Each pair (a, b, label) is built so that a = b (label true: b is a rewritten by identities) or
a != b (label false: b is a mutated rewrite of a). Every label is then confirmed by 50-digit
mpmath evaluation at sample points; a pair whose label is not confirmed is dropped. Labels come
from construction and mpmath only, never from the library.

"Equal" means equal wherever both sides are defined (real-valued and finite): log(a b) and
log a + log b are equal. A true pair must agree to 1e-35 (relative) at every sample point where
both sides are defined, and be defined at one point at least; a false pair must differ by more
than 1e-15 (relative) at some point where both are defined.

Options: --seed S --count N --out FILE (the run-time list) [--constexpr-out FILE (the
compile-time part)] [--constexpr-count K] [--cxx COMPILER --include DIR: drop pairs whose
construction the library refuses (an exact constant that does not fit in 64 bits: a documented
compile error of the expression builder, not of the prover); counted and printed] [--sympy:
print the rate at which SymPy's simplify proves the true pairs, for a report].

Run with /usr/bin/python3 (Debian's mpmath and sympy).
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from fractions import Fraction as F

import mpmath
from mpmath import mp, mpf

mp.dps = 50

# ---------------------------------------------------------------------------------------------
# Expressions: tuples.
#   ('s', name) symbol   ('k', Fraction) exact constant   ('n', 'pi' | 'e') named constant
#   ('+' | '-' | '*' | '/' | 'pow' | 'max' | 'min', a, b)   ('neg', a)   ('f', name, a)
#   ('where', op, l, r, a, b)   op in < <= > >=
# ---------------------------------------------------------------------------------------------

FUNCTIONS = ['exp', 'log', 'sqrt', 'tanh', 'atan', 'erf', 'sin', 'cos', 'abs', 'sign']
COMPARISONS = ['<', '<=', '>', '>=']
NEGATED = {'<': '>=', '<=': '>', '>': '<=', '>=': '<'}
INT64_MAX = 2**63 - 1

SMALL = [F(1, 2), F(3), F(-7, 4), F(2), F(1, 3), F(5, 2), F(-1), F(4), F(3, 4), F(-2, 3), F(7),
         F(1, 5), F(-5), F(6, 7)]
BIG = [F(5000000000000000000), F(1, 4294967291), F(1, 10000000001), F(4294967291),
       F(4294967296), F(2147483647), F(2147483648), F(4611686018427387903), F(3037000499),
       F(1, 3037000499), F(4294967291, 4294967295), F(2147483647, 2147483648),
       F(4611686018427387847, 4611686018427387903), F(4611686018427387903, 4294967296),
       F(-2147483647, 4294967291), F(10000000000), F(-5000000000000000000),
       F(4294967295, 65537), F(1, 4611686018427387903)]
TINY = [F(1, 4294967291), F(1, 10**10), F(1, 2147483647), F(1, 1000003), F(-1, 4294967291),
        F(1, 10000000001), F(-1, 10**10)]


def K(q):
    return ('k', F(q))


ONE, TWO, ZERO = K(1), K(2), K(0)


def children(e):
    return [i for i, x in enumerate(e) if isinstance(x, tuple)]


def size(e):
    return 1 + sum(size(e[i]) for i in children(e))


def depth(e):
    c = children(e)
    return 1 + (max(depth(e[i]) for i in c) if c else 0)


def subterms(e, path=()):
    yield path, e
    for i in children(e):
        yield from subterms(e[i], path + (i,))


def at(e, path):
    for i in path:
        e = e[i]
    return e


def replace(e, path, new):
    if not path:
        return new
    i = path[0]
    return e[:i] + (replace(e[i], path[1:], new),) + e[i + 1:]


def symbols_of(e):
    return sorted({x[1] for _, x in subterms(e) if x[0] == 's'})


def fits(q):
    return abs(q.numerator) <= INT64_MAX and q.denominator <= INT64_MAX


# ---------------------------------------------------------------------------------------------
# C++ text, mpmath value, SymPy expression
# ---------------------------------------------------------------------------------------------

def cpp(e):
    t = e[0]
    if t == 's':
        return e[1]
    if t == 'k':
        q = e[1]
        if q.denominator == 1:
            return f'{q.numerator}_c' if q >= 0 else f'(-{-q.numerator}_c)'
        return f'lz::c<{q.numerator}, {q.denominator}>'
    if t == 'n':
        return 'lz::' + e[1]
    if t in '+-*/':
        return f'({cpp(e[1])} {t} {cpp(e[2])})'
    if t == 'neg':
        return f'(-{cpp(e[1])})'
    if t in ('pow', 'max', 'min'):
        return f'lz::{t}({cpp(e[1])}, {cpp(e[2])})'
    if t == 'f':
        return f'lz::{e[1]}({cpp(e[2])})'
    if t == 'where':
        return f'lz::where({cpp(e[2])} {e[1]} {cpp(e[3])}, {cpp(e[4])}, {cpp(e[5])})'
    raise ValueError(t)


class Undefined(Exception):
    pass


LIMIT = mpf(10)**60


class Evaluation:
    """A 50-digit value; Undefined where the expression is not real-valued and finite. `largest`
    is the largest magnitude met (cancellation makes it the scale of rounding errors)."""

    def __init__(self, env):
        self.env = env
        self.largest = mpf(1)

    def check(self, x):
        if not isinstance(x, mpf) or not mpmath.isfinite(x) or abs(x) > LIMIT:
            raise Undefined()
        if abs(x) > self.largest:
            self.largest = abs(x)
        return x

    def __call__(self, e):
        return self.check(self.value(e))

    def value(self, e):
        t = e[0]
        if t == 's':
            return self.env[e[1]]
        if t == 'k':
            return mpf(e[1].numerator) / e[1].denominator
        if t == 'n':
            return +mp.pi if e[1] == 'pi' else +mp.e
        if t == 'neg':
            return -self(e[1])
        if t == 'where':
            l, r = self(e[2]), self(e[3])
            if abs(l - r) <= mpf(10)**-40 * max(1, abs(l), abs(r)):
                raise Undefined()  # on a boundary: no evidence either way
            taken = {'<': l < r, '<=': l <= r, '>': l > r, '>=': l >= r}[e[1]]
            return self(e[4] if taken else e[5])
        if t == 'f':
            x = self(e[2])
            n = e[1]
            if n == 'log':
                if x <= 0:
                    raise Undefined()
                return mpmath.log(x)
            if n == 'sqrt':
                if x < 0:
                    raise Undefined()
                return mpmath.sqrt(x)
            if n == 'exp':
                if x > 130:
                    raise Undefined()
                return mpmath.exp(x)
            if n == 'sign':
                return mpf(0) if x == 0 else mpf(1 if x > 0 else -1)
            return {'tanh': mpmath.tanh, 'atan': mpmath.atan, 'erf': mpmath.erf,
                    'sin': mpmath.sin, 'cos': mpmath.cos, 'abs': abs}[n](x)
        a, b = self(e[1]), self(e[2])
        if t == '+':
            return a + b
        if t == '-':
            return a - b
        if t == '*':
            return a * b
        if t == '/':
            if b == 0:
                raise Undefined()
            return a / b
        if t == 'max':
            return max(a, b)
        if t == 'min':
            return min(a, b)
        if t == 'pow':
            # real-valued: a positive base, or an integer exponent (a nonzero base if it is
            # not positive), or 0 to a positive power
            if a > 0:
                return mpmath.power(a, b)
            if a == 0:
                if b > 0:
                    return mpf(0)
                raise Undefined()
            if b == mpmath.floor(b) and abs(b) <= 64:
                return mpmath.power(a, int(b))
            raise Undefined()
        raise ValueError(t)


def sympy_of(e, S):
    t = e[0]
    if t == 's':
        return S.Symbol(e[1], real=True)
    if t == 'k':
        return S.Rational(e[1].numerator, e[1].denominator)
    if t == 'n':
        return S.pi if e[1] == 'pi' else S.E
    if t == 'neg':
        return -sympy_of(e[1], S)
    if t == 'f':
        x = sympy_of(e[2], S)
        return {'exp': S.exp, 'log': S.log, 'sqrt': S.sqrt, 'tanh': S.tanh, 'atan': S.atan,
                'erf': S.erf, 'sin': S.sin, 'cos': S.cos, 'abs': S.Abs,
                'sign': S.sign}[e[1]](x)
    if t == 'where':
        l, r = sympy_of(e[2], S), sympy_of(e[3], S)
        c = {'<': S.Lt, '<=': S.Le, '>': S.Gt, '>=': S.Ge}[e[1]](l, r)
        return S.Piecewise((sympy_of(e[4], S), c), (sympy_of(e[5], S), True))
    a, b = sympy_of(e[1], S), sympy_of(e[2], S)
    return {'+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b, '/': lambda: a / b,
            'pow': lambda: a**b, 'max': lambda: S.Max(a, b), 'min': lambda: S.Min(a, b)}[t]()


# ---------------------------------------------------------------------------------------------
# Random expressions
# ---------------------------------------------------------------------------------------------

class Generator:
    def __init__(self, rng):
        self.r = rng

    def constant(self, big_rate=0.15):
        r = self.r
        if r.random() < big_rate:
            return K(r.choice(BIG))
        if r.random() < 0.15:
            return ('n', r.choice(['pi', 'e']))
        return K(r.choice(SMALL))

    def leaf(self, syms):
        return ('s', self.r.choice(syms)) if self.r.random() < 0.7 else self.constant()

    def positive(self, d, syms):
        """An argument that is often positive (log, sqrt, a real power)."""
        r = self.r
        x = self.expr(d, syms)
        k = r.random()
        if k < 0.3:
            return ('+', ('*', x, x), K(r.choice([F(1, 2), F(1), F(3)])))
        if k < 0.45:
            return ('f', 'exp', x)
        if k < 0.6:
            return ('+', ('f', 'abs', x), K(r.choice([F(1, 4), F(2)])))
        return x

    def expr(self, d, syms):
        r = self.r
        if d <= 0 or (d <= 2 and r.random() < 0.25):
            return self.leaf(syms)
        op = r.choices(['+', '-', '*', '/', 'neg', 'powi', 'powq', 'pows', 'f', 'max', 'min',
                        'where'],
                       [10, 7, 10, 6, 2, 3, 2, 1, 12, 1.5, 1.5, 2.5])[0]
        if op in '+-*/':
            return (op, self.expr(d - 1, syms), self.expr(d - 1 - r.randint(0, 1), syms))
        if op == 'neg':
            return ('neg', self.expr(d - 1, syms))
        if op == 'powi':
            return ('pow', self.expr(d - 1, syms), K(r.choice([2, 3, -1, -2, 4])))
        if op == 'powq':
            return ('pow', self.positive(d - 2, syms),
                    K(r.choice([F(1, 2), F(3, 2), F(-1, 3), F(2, 3), F(-5, 4)])))
        if op == 'pows':
            return ('pow', self.positive(d - 2, syms), self.expr(d - 2, syms))
        if op == 'f':
            n = r.choice(FUNCTIONS)
            if n in ('log', 'sqrt'):
                return ('f', n, self.positive(d - 1, syms))
            return ('f', n, self.expr(d - 1, syms))
        if op in ('max', 'min'):
            return (op, self.expr(d - 1, syms), self.expr(d - 2, syms))
        return ('where', r.choice(COMPARISONS), self.expr(d - 2, syms), self.expr(d - 2, syms),
                self.expr(d - 1, syms), self.expr(d - 2, syms))

    def stress(self, syms):
        """A random expression around a large exact constant (64-bit overflow in the prover)."""
        r = self.r
        # a bare symbol half the time: (z + A)/(z - A) is where 64-bit products first overflow
        s = ('s', r.choice(syms)) if r.random() < 0.5 else self.expr(r.randint(1, 2), syms)
        A = K(r.choice(BIG))
        k = r.randint(0, 5)
        if k == 0:
            return ('/', ('+', s, A), ('-', s, A))
        if k == 1:
            return ('+', ('*', A, s), ('/', self.expr(2, syms), ('+', s, A)))
        if k == 2:
            return ('*', ('+', ('*', A, s), ONE), ('-', s, K(r.choice(BIG))))
        if k == 3:
            return ('/', ('+', s, A), ('+', ('s', r.choice(syms)), K(r.choice(SMALL))))
        if k == 4:
            return ('+', ('f', r.choice(['exp', 'tanh', 'atan', 'sin']), ('*', A, s)),
                    ('/', ONE, ('-', s, A)))
        return ('-', ('/', ('+', s, A), ('-', s, A)), ('/', self.expr(2, syms), s))

    def base(self, syms, stress):
        while True:
            e = self.stress(syms) if stress else self.expr(self.r.randint(4, 5), syms)
            if depth(e) >= 4 and 8 <= size(e) <= 30 and symbols_of(e):
                return e


# ---------------------------------------------------------------------------------------------
# True rewrites: each returns a new subterm equal to its argument wherever both are defined,
# or None when it does not apply.
# ---------------------------------------------------------------------------------------------

def rw_expand(e, g):
    if e[0] == '*':
        a, b = e[1], e[2]
        if b[0] in '+-':
            return (b[0], ('*', a, b[1]), ('*', a, b[2]))
        if a[0] in '+-':
            return (a[0], ('*', a[1], b), ('*', a[2], b))
    if e[0] == '/' and e[1][0] in '+-':
        return (e[1][0], ('/', e[1][1], e[2]), ('/', e[1][2], e[2]))
    if e[0] == 'pow' and e[2] == TWO and e[1][0] in '+-':
        x, y, s = e[1][1], e[1][2], e[1][0]
        return (s, ('+', ('pow', x, TWO), ('pow', y, TWO)), ('*', ('*', TWO, x), y))
    if e[0] == 'neg' and e[1][0] in '+-':
        return ('-', ('neg', e[1][1]), e[1][2]) if e[1][0] == '+' else ('-', e[1][2], e[1][1])
    return None


def rw_together(e, g):
    """Over a common denominator."""
    if e[0] in '+-':
        a, b, s = e[1], e[2], e[0]
        if a[0] == '/' and b[0] == '/':
            return ('/', (s, ('*', a[1], b[2]), ('*', b[1], a[2])), ('*', a[2], b[2]))
        if b[0] == '/':
            return ('/', (s, ('*', a, b[2]), b[1]), b[2])
        if a[0] == '/':
            return ('/', (s, a[1], ('*', b, a[2])), a[2])
    if e[0] == '/' and e[1][0] == '/':
        return ('/', e[1][1], ('*', e[1][2], e[2]))
    if e[0] == '/' and e[2][0] == '/':
        return ('/', ('*', e[1], e[2][2]), e[2][1])
    return None


def rw_exp(e, g):
    r = g.r
    if e[0] == 'pow' and not (e[2][0] == 'k' and e[2][1].denominator == 1):
        return ('f', 'exp', ('*', e[2], ('f', 'log', e[1])))  # x^y = exp(y log x), x > 0
    if e[0] == 'f' and e[1] == 'tanh':
        x = e[2]
        if r.random() < 0.5:
            u = ('f', 'exp', ('*', TWO, x))
            return ('/', ('-', u, ONE), ('+', u, ONE))
        return ('-', ('/', TWO, ('+', ONE, ('f', 'exp', ('*', K(-2), x)))), ONE)
    if e[0] == 'f' and e[1] == 'exp' and e[2][0] in '+-':
        a, b = e[2][1], e[2][2]
        return (('*', ('f', 'exp', a), ('f', 'exp', b)) if e[2][0] == '+' else
                ('/', ('f', 'exp', a), ('f', 'exp', b)))
    if e[0] == 'f' and e[1] == 'exp' and e[2][0] == '*' and e[2][1][0] == 'k' and \
            e[2][1][1].denominator == 1 and 2 <= abs(e[2][1][1]) <= 4:
        return ('pow', ('f', 'exp', e[2][2]), e[2][1])  # exp(n x) = exp(x)^n
    return None


def rw_log(e, g):
    if e[0] == 'f' and e[1] == 'log' and e[2][0] in '*/':
        x = e[2]
        return ('+' if x[0] == '*' else '-', ('f', 'log', x[1]), ('f', 'log', x[2]))
    if e[0] in '+-' and e[1][0] == 'f' and e[1][1] == 'log' and e[2][0] == 'f' and \
            e[2][1] == 'log':
        return ('f', 'log', ('*' if e[0] == '+' else '/', e[1][2], e[2][2]))
    if e[0] == 'f' and e[1] == 'log' and e[2][0] == 'pow' and e[2][2][0] == 'k':
        return ('*', e[2][2], ('f', 'log', e[2][1]))  # log(x^q) = q log x where both exist
    return None


def rw_piecewise(e, g):
    r = g.r
    if e[0] == 'where':
        return ('where', NEGATED[e[1]], e[2], e[3], e[5], e[4])
    if e[0] == 'max':
        return ('where', r.choice(['>=', '>']), e[1], e[2], e[1], e[2])
    if e[0] == 'min':
        return ('where', r.choice(['<=', '<']), e[1], e[2], e[1], e[2])
    if e[0] == 'f' and e[1] == 'abs':
        x = e[2]
        return ('where', '<', x, ZERO, ('neg', x), x)
    if e[0] == 'f' and e[1] == 'sign':
        x = e[2]
        return ('where', '>', x, ZERO, ONE, ('where', '<', x, ZERO, K(-1), ZERO))
    return None


def rw_trig(e, g):
    r = g.r
    if e[0] == 'f' and e[1] == 'sin' and r.random() < 0.5:
        h = ('*', K(F(1, 2)), e[2])
        return ('*', ('*', TWO, ('f', 'sin', h)), ('f', 'cos', h))
    if e[0] == 'f' and e[1] == 'cos':
        h = ('*', K(F(1, 2)), e[2])
        return ('-', ('pow', ('f', 'cos', h), TWO), ('pow', ('f', 'sin', h), TWO))
    if e[0] == 'f' and e[1] == 'sin':
        return ('neg', ('f', 'sin', ('neg', e[2])))
    if e[0] == 'f' and e[1] == 'erf':
        return ('neg', ('f', 'erf', ('neg', e[2])))
    if e[0] == 'f' and e[1] == 'atan' and r.random() < 0.5:
        # atan x + atan(1/x) = sign(x) pi/2 for x != 0
        x = e[2]
        return ('-', ('*', ('f', 'sign', x), ('/', ('n', 'pi'), TWO)),
                ('f', 'atan', ('/', ONE, x)))
    if e[0] == 'f' and e[1] == 'sqrt':
        return ('pow', e[2], K(F(1, 2)))
    return None


def rw_insert(e, g):
    """An identity brought in at a subterm: always applies."""
    r = g.r
    syms = symbols_of(e) or ['z']
    u = g.expr(1, syms)
    k = r.randint(0, 4)
    if k == 0:  # sin^2 + cos^2 = 1
        return ('*', e, ('+', ('pow', ('f', 'sin', u), TWO), ('pow', ('f', 'cos', u), TWO)))
    if k == 1:  # (a + b)^2 = a^2 + 2ab + b^2
        return ('+', ('-', e, ('pow', ('+', e, u), TWO)),
                ('+', ('+', ('pow', e, TWO), ('*', ('*', TWO, e), u)), ('pow', u, TWO)))
    if k == 2:  # log(ab) = log a + log b on a, b > 0
        a = ('+', ('*', u, u), ONE)
        b = ('f', 'exp', e)
        return ('-', ('f', 'log', ('*', a, b)), ('f', 'log', a))
    if k == 3:  # tanh u = (exp(2u) - 1)/(exp(2u) + 1)
        v = ('f', 'exp', ('*', TWO, u))
        return ('-', ('+', e, ('f', 'tanh', u)), ('/', ('-', v, ONE), ('+', v, ONE)))
    # max(a, b) + min(a, b) = a + b
    return ('-', ('+', ('max', e, u), ('min', e, u)), u)


TRUE_REWRITES = [rw_expand, rw_together, rw_exp, rw_log, rw_piecewise, rw_trig]


def rewrite(e, g, steps):
    r = g.r
    for _ in range(steps):
        done = False
        for _ in range(12):
            rule = r.choice(TRUE_REWRITES)
            spots = [(p, y) for p, x in subterms(e) if (y := rule(x, g)) is not None]
            if spots:
                p, y = r.choice(spots)
                e = replace(e, p, y)
                done = True
                break
        if not done or r.random() < 0.2:
            spots = [p for p, x in subterms(e) if x[0] not in ('k', 'n')]
            p = r.choice(spots)
            e = replace(e, p, rw_insert(at(e, p), g))
    return e


# ---------------------------------------------------------------------------------------------
# False mutations
# ---------------------------------------------------------------------------------------------

def mutate(e, g):
    r = g.r
    syms = symbols_of(e) or ['z']
    k = r.randint(0, 4)
    nodes = list(subterms(e))
    if k == 0:  # a rational coefficient changed by a tiny rational
        spots = [(p, x) for p, x in nodes if x[0] == 'k']
        r.shuffle(spots)
        for p, x in spots:
            q = x[1] + r.choice(TINY)
            if fits(q):
                return replace(e, p, K(q)), f'constant {x[1]} -> {q}'
        k = 1
    if k == 1:  # a term with a tiny coefficient added
        t = r.choice([('s', r.choice(syms)), ('f', 'exp', ('s', r.choice(syms))),
                      ('f', 'atan', ('s', r.choice(syms))), ONE])
        d = r.choice(TINY)
        return ('+', e, ('*', K(d), t)), f'+ {d} * term'
    if k == 2:  # a subterm replaced by a different one
        spots = [(p, x) for p, x in nodes if x[0] == 'f']
        if spots and r.random() < 0.5:
            p, x = r.choice(spots)
            other = r.choice([n for n in FUNCTIONS if n != x[1]])
            return replace(e, p, ('f', other, x[2])), f'{x[1]} -> {other}'
        p, x = r.choice(nodes[1:] or nodes)
        return replace(e, p, g.expr(r.randint(1, 2), syms)), 'subterm replaced'
    if k == 3:  # an exponent changed
        spots = [(p, x) for p, x in nodes if x[0] == 'pow']
        if spots:
            p, x = r.choice(spots)
            if x[2][0] == 'k':
                q = x[2][1] + r.choice([F(1), F(-1), F(1, 2), F(1, 3)])
                return replace(e, p, ('pow', x[1], K(q))), f'exponent {x[2][1]} -> {q}'
            return replace(e, p, ('pow', x[1], ('+', x[2], ONE))), 'exponent + 1'
        p, x = r.choice(nodes)
        return replace(e, p, ('pow', x, K(r.choice([2, 3])))), 'subterm squared'
    # a condition or a branch changed
    spots = [(p, x) for p, x in nodes if x[0] == 'where']
    if spots:
        p, x = r.choice(spots)
        return replace(e, p, x[:4] + (x[5], x[4])), 'where branches swapped'
    return ('+', e, ('*', K(r.choice(TINY)), ('s', r.choice(syms)))), '+ tiny * symbol'


# ---------------------------------------------------------------------------------------------
# Confirmation by mpmath
# ---------------------------------------------------------------------------------------------

EXACT = [F(1, 2), F(-3, 2), F(2), F(-1, 3), F(5, 4)]


def points(syms, r):
    out = []
    for _ in range(8):
        env = {}
        for s in syms:
            v = r.uniform(0.07, 2.93) * r.choice([-1, 1])
            env[s] = mpf(v)
        out.append(env)
    for j in range(4):
        out.append({s: mpf(EXACT[(j + 2 * i) % len(EXACT)].numerator) /
                    EXACT[(j + 2 * i) % len(EXACT)].denominator for i, s in enumerate(syms)})
    return out


def confirm(a, b, label, r):
    """Whether mpmath agrees with the label; also how many points both sides were defined at."""
    syms = sorted(set(symbols_of(a)) | set(symbols_of(b))) or ['z']
    defined = 0
    differs = False
    for env in points(syms, r):
        ea, eb = Evaluation(env), Evaluation(env)
        try:
            x = ea(a)
            y = eb(b)
        except Undefined:
            continue
        except (ValueError, ZeroDivisionError, OverflowError):
            continue
        defined += 1
        diff = abs(x - y)
        scale = max(mpf(1), abs(x), abs(y))
        rounding = mpf(10)**-45 * max(ea.largest, eb.largest)
        if label:
            if diff > mpf(10)**-35 * scale + rounding:
                return False, defined
        elif diff > mpf(10)**-15 * scale and diff > 1000 * rounding:
            differs = True
    return (defined >= 1) if label else differs, defined


def flat(e, op):
    if e[0] == op or (op == '*' and e[0] == '/'):
        return flat(e[1], op) + flat(e[2], op)
    if op == '*' and e[0] == 'neg':
        return flat(e[1], op)
    return [e]


def chain_constant(e):
    """The worst-case folded numerator and denominator of the constants of a product chain."""
    n = d = 1
    for f in flat(e, '*'):
        if f[0] == 'k':
            n, d = n * abs(f[1].numerator), d * f[1].denominator
        elif f[0] == 'pow' and f[1][0] == 'k' and f[2][0] == 'k' and f[2][1].denominator == 1:
            k = min(abs(f[2][1].numerator), 64)
            q = f[1][1]
            n, d = n * abs(q.numerator)**k, d * q.denominator**k
    return n, d


def may_overflow(e):
    """A conservative prediction that the expression builder folds a constant beyond 64 bits
    (the pair is then regenerated; the construction check below catches what this misses)."""
    for _, x in subterms(e):
        if x[0] in '*/':
            n, d = chain_constant(x)
            if n > INT64_MAX or d > INT64_MAX:
                return True
        if x[0] in '+-':
            terms = [chain_constant(t) for t in flat(x, '+') for t in flat(t, '-')]
            den = 1
            for _, d in terms:
                den *= d
            if den > INT64_MAX or sum(n * (den // d) for n, d in terms) > INT64_MAX:
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Construction check: the expression builder refuses, with a documented static_assert, an exact
# constant that does not fit in 64 bits, and a division by an exact 0 (1/(z - z)). Such pairs are dropped (counted and printed): they
# test the builder, not the prover.
# ---------------------------------------------------------------------------------------------

def first_construction_failure(pairs, cxx, include):
    """The index of the first pair the builder refuses, or None. The builder's error is one
    template instantiation, reported once per translation unit: only the first failure shows,
    and every pair before it is known to build."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'construct.cpp')
        lines = ['#include <leibniz/leibniz.hpp>', 'namespace lz = leibniz;',
                 'using namespace lz::literals;', 'constexpr lz::symbol<"z"> z;',
                 'constexpr lz::symbol<"w"> w;']
        owner = {}
        for i, (a, b) in enumerate(pairs):
            lines.append(f'[[maybe_unused]] inline constexpr auto a{i} = {cpp(a)};')
            owner[len(lines)] = i
            lines.append(f'[[maybe_unused]] inline constexpr auto b{i} = {cpp(b)};')
            owner[len(lines)] = i
        with open(src, 'w') as f:
            f.write('\n'.join(lines) + '\n')
        p = subprocess.run([cxx, '-std=c++20', '-fsyntax-only', '-I', include, src],
                           capture_output=True, text=True)
        if p.returncode == 0:
            return None
        text = p.stderr
        if 'does not fit in 64-bit' not in text and 'leibniz: division by zero' not in text:
            sys.exit('generate.py: unexpected construction error (a generator or library bug):\n'
                     + text[:6000])
        found = [owner[int(m.group(1))] for m in re.finditer(r'construct\.cpp:(\d+):', text)
                 if int(m.group(1)) in owner]
        if not found:
            sys.exit('generate.py: construction check: no failing pair found:\n' + text[:6000])
        return min(found)


def construction_failures(pairs, cxx, include):
    bad, start = [], 0
    while start < len(pairs):
        i = first_construction_failure([(p[0], p[1]) for p in pairs[start:]], cxx, include)
        if i is None:
            break
        bad.append(start + i)
        start += i + 1
    return bad


# ---------------------------------------------------------------------------------------------
# SymPy's proof rate, for a report
# ---------------------------------------------------------------------------------------------

def sympy_proves(a, b, seconds):
    code = ('import sys, pickle, sympy as S\n'
            'sys.setrecursionlimit(100000)\n'
            'sys.path.insert(0, %r)\n'
            'import generate as G\n'
            'a, b = pickle.loads(sys.stdin.buffer.read())\n'
            'd = S.simplify(G.sympy_of(a, S) - G.sympy_of(b, S))\n'
            'print("PROVEN" if d == 0 else "NOT")\n') % os.path.dirname(os.path.abspath(__file__))
    import pickle
    try:
        p = subprocess.run(['/usr/bin/python3', '-c', code], input=pickle.dumps((a, b)),
                           capture_output=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        return 'timeout'
    out = p.stdout.decode()
    return 'proven' if 'PROVEN' in out else ('not' if 'NOT' in out else 'error')


# ---------------------------------------------------------------------------------------------

def generate(seed, count):
    r = random.Random(seed)
    g = Generator(r)
    pairs, dropped, predicted = [], [], []
    attempts = 0
    while len(pairs) < count:
        attempts += 1
        syms = ['z'] if r.random() < 0.5 else ['z', 'w']
        stress = r.random() < 0.25
        a = g.base(syms, stress)
        label = r.random() < 0.5
        b = rewrite(a, g, r.randint(1, 2))
        how = 'rewritten'
        if not label:
            b, how = mutate(b, g)
        if stress and not label and r.random() < 0.3:
            b, how = ONE if r.random() < 0.5 else K(-1), 'stress: against a constant'
        if size(b) > 50 or a == b:
            continue
        if may_overflow(a) or may_overflow(b):
            predicted.append((a, b, label))
            continue
        ok, defined = confirm(a, b, label, r)
        if not ok:
            dropped.append((a, b, label, f'not confirmed by mpmath ({defined} points defined)'))
            continue
        pairs.append((a, b, label, how))
    return pairs, dropped, attempts, len(predicted)


HEADER = '''// Generated by tests/property/generate.py --seed {seed} --count {count}: do not edit.
// {n} pairs ({nt} true, {nf} false), {nd} dropped; labels by construction, confirmed by mpmath.
#pragma once
'''


def write_runtime(path, seed, count, pairs, ndropped):
    nt = sum(1 for p in pairs if p[2])
    out = [HEADER.format(seed=seed, count=count, n=len(pairs), nt=nt, nf=len(pairs) - nt,
                         nd=ndropped)]
    out.append(f'#define LEIBNIZ_PROPERTY_SEED {seed}')
    out.append(f'#define LEIBNIZ_PROPERTY_DROPPED {ndropped}')
    out.append('// X(index, label, a, b, "a", "b")')
    out.append('#define LEIBNIZ_PROPERTY_PAIRS(X) \\')
    for i, (a, b, label, _) in enumerate(pairs):
        out.append(pair_line(i, a, b, label))
    out.append('    /* end */')
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


def pair_line(i, a, b, label):
    """One X(index, label, a, b, "a", "b") line of a pairs header."""
    ta, tb = cpp(a), cpp(b)
    return (f'    X({i}, {"true" if label else "false"}, ({ta}), ({tb}), '
            f'R"lz({ta})lz", R"lz({tb})lz") \\')


def write_constexpr(path, seed, count, pairs, k):
    out = [HEADER.format(seed=seed, count=count, n=len(pairs),
                         nt=sum(1 for p in pairs if p[2]),
                         nf=sum(1 for p in pairs if not p[2]), nd='-')]
    out.append(f'// The compile-time part: {k} of the pairs decided in constant evaluation.')
    out.append(f'#define LEIBNIZ_PROPERTY_SEED {seed}')
    out.append('#define LEIBNIZ_PROPERTY_CONSTEXPR_PAIRS(X) \\')
    step = max(1, len(pairs) // k) if k else len(pairs) + 1
    chosen = list(range(0, len(pairs), step))[:k]
    for i in chosen:
        a, b, label, _ = pairs[i]
        out.append(pair_line(i, a, b, label))
    out.append('    /* end */')
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--count', type=int, default=150)
    ap.add_argument('--out', required=True)
    ap.add_argument('--constexpr-out')
    ap.add_argument('--constexpr-count', type=int, default=20)
    ap.add_argument('--cxx')
    ap.add_argument('--include')
    ap.add_argument('--sympy', action='store_true')
    ap.add_argument('--sympy-seconds', type=float, default=10)
    ap.add_argument('--quiet', action='store_true', help='print the summary only')
    ap.add_argument('--log', help='also write the summary and every dropped pair to this file')
    args = ap.parse_args()

    pairs, dropped, attempts, predicted = generate(args.seed, args.count)
    unbuildable = []
    if args.cxx:
        if not args.include:
            sys.exit('generate.py: --cxx needs --include')
        bad = construction_failures(pairs, args.cxx, args.include)
        unbuildable = [pairs[i][:3] + ('the builder folds a constant beyond 64 bits',)
                       for i in bad]
        pairs = [p for i, p in enumerate(pairs) if i not in bad]

    nt = sum(1 for p in pairs if p[2])
    summary = (f'seed {args.seed}: {len(pairs)} pairs ({nt} true, {len(pairs) - nt} false) from '
               f'{attempts} attempts; dropped {len(dropped)} not confirmed by mpmath '
               f'({sum(1 for d in dropped if d[2])} labelled true, '
               f'{sum(1 for d in dropped if not d[2])} false), {len(unbuildable)} the library '
               f'cannot build (and {predicted} attempts skipped: the builder would fold a constant '
               f'beyond 64 bits)')
    details = [f'  dropped ({"true" if label else "false"}, {why}): {cpp(a)}  vs  {cpp(b)}'
               for a, b, label, why in dropped + unbuildable]
    print(summary)
    if not args.quiet:
        print('\n'.join(details))
    if args.log:
        with open(args.log, 'w') as f:
            f.write('\n'.join([summary] + details) + '\n')

    write_runtime(args.out, args.seed, args.count, pairs, len(dropped) + len(unbuildable))
    if args.constexpr_out:
        write_constexpr(args.constexpr_out, args.seed, args.count, pairs, args.constexpr_count)

    if args.sympy:
        from concurrent.futures import ThreadPoolExecutor
        trues = [p for p in pairs if p[2]]
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda p: sympy_proves(p[0], p[1], args.sympy_seconds),
                                    trues))
        counts = {k: results.count(k) for k in ('proven', 'not', 'timeout', 'error')}
        print(f'sympy (simplify(a - b) == 0, {args.sympy_seconds:g} s a pair): proves '
              f'{counts["proven"]}/{len(trues)} true pairs '
              f'({100.0 * counts["proven"] / max(1, len(trues)):.1f}%); not proven '
              f'{counts["not"]}, timeout {counts["timeout"]}, error {counts["error"]}')


if __name__ == '__main__':
    main()
