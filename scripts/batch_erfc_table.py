#!/usr/bin/env python3
# Writes include/leibniz/batch/erf.hpp: the erf and erfc vector kernels with their polynomial
# pieces, from the Chebyshev interpolants of erfc(x) exp(x^2) in 50 digits (mpmath).
# Usage: /usr/bin/python3 scripts/batch_erfc_table.py > include/leibniz/batch/erf.hpp
# Polynomial pieces of G(x) = erfc(x) exp(x^2): in s = (x - c)/h on [0.25, 1], [1, 2], [2, 4], and
# x * G(x) in s = (u - c)/h, u = 1/x on [1/29, 1/4] (x in [4, 29]); each the monomial form of the
# Chebyshev interpolant in 50 digits, to the degree where the tail is below tol.
import sys
import mpmath as m
m.mp.dps = 50
def G(x): return m.erfc(x) * m.exp(x * x)
def cheb(f, a, b, N):
    nodes = [m.cos(m.pi * (j + m.mpf(1) / 2) / N) for j in range(N)]
    vals = [f((a + b) / 2 + (b - a) / 2 * s) for s in nodes]
    c = [2 * m.fsum(vals[j] * m.cos(m.pi * k * (j + m.mpf(1) / 2) / N) for j in range(N)) / N for k in range(N)]
    c[0] /= 2
    return c
def monomials(c, need):
    Ts = [[m.mpf(1)], [m.mpf(0), m.mpf(1)]]
    for k in range(2, need):
        nxt = [m.mpf(0)] * (k + 1)
        for i, v in enumerate(Ts[-1]): nxt[i + 1] += 2 * v
        for i, v in enumerate(Ts[-2]): nxt[i] -= v
        Ts.append(nxt)
    poly = [m.mpf(0)] * need
    for k in range(need):
        for i, v in enumerate(Ts[k]): poly[i] += c[k] * v
    return poly
def pieces(tol):
    out = []
    for f, a, b in [(G, m.mpf(0.25), m.mpf(1)), (G, m.mpf(1), m.mpf(2)), (G, m.mpf(2), m.mpf(4)),
                    (lambda u: G(1 / u) / u, 1 / m.mpf(29), m.mpf(0.25))]:
        c = cheb(f, a, b, 40)
        scale = min(abs(f(a)), abs(f(b)))
        need = next(k for k in range(1, 40) if all(abs(x) / scale < tol for x in c[k:]))
        out.append(((a + b) / 2, 2 / (b - a), monomials(c, need)))
    return out

# float: G(x) = t Q(t), t = 1/(1 + x/4), x in [0, 10.5] (t in [0.276, 1]): one Chebyshev
# interpolant of Q = G/t, so that erfc is one polynomial and an exponential.
P_T = m.mpf(1) / 4
def t_piece(tol):
    a, b = 1 / (1 + P_T * m.mpf(10.5)), m.mpf(1)
    f = lambda t: G((1 / t - 1) / P_T) / t
    c = cheb(f, a, b, 40)
    scale = min(abs(f(a)), abs(f(b)))
    need = next(k for k in range(1, 40) if all(abs(x) / scale < tol for x in c[k:]))
    return (a + b) / 2, 2 / (b - a), monomials(c, need)

import sys, struct
def f32(v): return struct.unpack('<f', struct.pack('<f', float(v)))[0]
def below(v, single):  # the next number toward zero, v > 0
    if single:
        return struct.unpack('<f', struct.pack('<I', struct.unpack('<I', struct.pack('<f', v))[0] - 1))[0]
    return struct.unpack('<d', struct.pack('<Q', struct.unpack('<Q', struct.pack('<d', v))[0] - 1))[0]
def lit(v, single):
    if single:
        r = repr(f32(v))
        return r + ('f' if ('.' in r or 'e' in r) else '.0f')
    return repr(float(v))
def horner(var, name, coeffs, single, indent="    "):
    # coeffs[0] + var*(coeffs[1] + ...), returns lines computing name = sum_{k>=1} coeffs[k] var^k
    out = indent + "%s = %s;\n" % (name, lit(coeffs[-1], single))
    for c in reversed(coeffs[1:-1]):
        out += indent + "%s = %s * %s + %s;\n" % (name, name, var, lit(c, single))
    out += indent + "%s = %s * %s;\n" % (name, name, var)
    return out
def emit(single):
    T = "float" if single else "double"
    sfx = "f" if single else ""
    ps = pieces(3e-9 if single else 1e-18)
    c0 = 2 / m.sqrt(m.pi)
    nterms = 8 if single else 13
    terms = [(-1) ** n * c0 / (m.factorial(n) * (2 * n + 1)) for n in range(1, nterms)]
    src = ""
    src += "LEIBNIZ_BATCH_INLINE %s lz_erf_small%s(%s x) {\n" % (T, sfx, T)
    src += "    %s z = x * x, p;\n" % T
    src += horner("z", "p", [0] + terms, single).replace("    p = p * z;\n", "")
    # 2/sqrt(pi) = hi + lo with lo > 0, so that erf(-0) = -0 + -0 keeps its sign
    hi = f32(c0) if single else float(c0)
    if m.mpf(hi) > c0:
        hi = below(hi, single)
    lo = c0 - m.mpf(hi)
    src += "    return x * %s + x * (%s + p * z);\n}\n" % (lit(hi, single), lit(lo, single))
    if single:
        return src + emit_float_large()
    # the large part: G on three x pieces (constant term in two parts) and x G on u = 1/x
    src += "LEIBNIZ_BATCH_INLINE %s lz_erfc_large%s(%s a) {\n" % (T, sfx, T)
    src += "    %s c = lz_select%s(a < %s, %s, a), u, s, t1, t2, t3, t4, hi, lo, t, g, h, l, em, mx, mu, b;\n" % (
        T, sfx, lit(0.25, single), lit(0.25, single))
    src += "    lz_reduced%s q;\n" % sfx
    src += "    c = lz_select%s(c > %s, %s, c);\n" % (sfx, lit(29, single), lit(29, single))
    names = ["t1", "t2", "t3"]
    for (ctr, inv, poly), t in zip(ps[:3], names):
        src += "    s = (c - %s) * %s;\n" % (lit(ctr, single), lit(inv, single))
        src += horner("s", t, poly, single)
    ctr, inv, poly = ps[3]
    src += "    b = c;\n"
    src += "    u = %s / c;\n" % lit(1, single)
    src += "    s = (u - %s) * %s;\n" % (lit(ctr, single), lit(inv, single))
    src += horner("s", "t4", poly, single)
    # constant terms, in two parts
    def split(v):
        h = f32(v) if single else float(v)
        return lit(h, single), lit(v - m.mpf(h), single)
    (h1, l1), (h2, l2), (h3, l3) = (split(p[2][0]) for p in ps[:3])
    src += "    hi = lz_select%s(c < %s, %s, lz_select%s(c < %s, %s, %s));\n" % (sfx, lit(1, single), h1, sfx, lit(2, single), h2, h3)
    src += "    lo = lz_select%s(c < %s, %s, lz_select%s(c < %s, %s, %s));\n" % (sfx, lit(1, single), l1, sfx, lit(2, single), l2, l3)
    src += "    t = lz_select%s(c < %s, t1, lz_select%s(c < %s, t2, t3)) + lo;\n" % (sfx, lit(1, single), sfx, lit(2, single))
    src += "    g = hi + t;\n"
    top = 10.5 if single else 30  # exp(-top^2) underflows to 0, and 2^k stays in range
    src += "    c = lz_select%s(a > %s, %s, a);\n" % (sfx, lit(top, single), lit(top, single))
    if single:
        src += "    h = lz_float(lz_bitsf(c) & 0xfffff000U);\n"
    else:
        src += "    h = lz_double(lz_bits(c) & 0xfffffffff8000000ULL);\n"
    src += "    l = c - h;\n"
    src += "    q = lz_reduce_ln2_sum%s(-(h * h), -(l * (h + h + l)));\n" % sfx
    src += "    em = q.r + lz_expm1_tail%s(q.r);\n" % sfx
    src += "    mx = hi + (t + g * em);\n"
    h4, l4 = split(poly[0])
    src += "    t4 = t4 + %s;\n" % l4
    src += "    g = %s + t4;\n" % h4
    src += "    mu = (%s + (t4 + g * em)) / b;\n" % h4
    src += "    mx = lz_select%s(c < %s, mx, mu);\n" % (sfx, lit(4, single))
    src += "    return lz_scale2%s(mx, q.k);\n}\n" % sfx
    src += "LEIBNIZ_BATCH_INLINE %s lz_erfc%s(%s x) {\n" % (T, sfx, T)
    src += "    %s a = lz_abs%s(x), e = lz_erfc_large%s(a);\n" % (T, sfx, sfx)
    src += "    return lz_select%s(a < %s, %s - lz_erf_small%s(x), lz_select%s(x > %s, e, %s - e));\n}\n" % (
        sfx, lit(0.25, single), lit(1, single), sfx, sfx, lit(0, single), lit(2, single))
    src += "LEIBNIZ_BATCH_INLINE %s lz_erf%s(%s x) {\n" % (T, sfx, T)
    src += "    %s a = lz_abs%s(x);\n" % (T, sfx)
    src += "    return lz_select%s(a < %s, lz_erf_small%s(x), lz_copysign%s(%s - lz_erfc_large%s(a), x));\n}\n" % (
        sfx, lit(0.5, single), sfx, sfx, lit(1, single), sfx)
    return src
def emit_float_large():
    # In double where float's roundings add up: r = -x^2 - k ln2 (x^2 of a float is exact in
    # double; in float, the rounding errors of r, exp(r) - 1 and the products, relative to
    # G exp(r) >= G/sqrt(2), reach 2.3 ulp), t (float's reciprocal and one Newton step) and Q(t);
    # G exp(r) = G + G (exp(r) - 1) is rounded to float once before the scaling by 2^k.
    ctr, inv, poly = t_piece(3e-9)
    src = "LEIBNIZ_BATCH_INLINE float lz_erfc_largef(float a) {\n"
    src += "    float b = lz_selectf(a > 10.5f, 10.5f, a), u;\n"
    src += "    double w, r, e, t, s, p;\n"
    src += "    lz_reducedf q = lz_reduce_ln2f(-(b * b));\n"
    src += "    w = (double)b;\n"
    src += "    r = -(w * w) - (double)q.k * 0.6931471805599453;\n"
    src += "    e = r + (double)lz_expm1_tailf((float)r);\n"  # the tail is below 0.07
    src += "    u = 1.0f / (1.0f + %s * b);\n" % lit(P_T, True)
    src += "    t = (double)u;\n"
    src += "    w = 1.0 + %s * w;\n" % lit(P_T, False)
    src += "    t = t * (2.0 - w * t);\n"
    src += "    s = (t - %s) * %s;\n" % (lit(ctr, False), lit(inv, False))
    src += "    p = %s;\n" % lit(poly[-1], False)
    for c in reversed(poly[:-1]):
        src += "    p = p * s + %s;\n" % lit(c, False)
    src += "    p = t * p;\n"
    src += "    return lz_scale2f((float)(p + p * e), q.k);\n}\n"
    src += "LEIBNIZ_BATCH_INLINE float lz_erfcf(float x) {\n"
    src += "    float e = lz_erfc_largef(lz_absf(x));\n"
    src += "    return lz_selectf(x > 0.0f, e, 2.0f - e);\n}\n"
    src += "LEIBNIZ_BATCH_INLINE float lz_erff(float x) {\n"
    src += "    float a = lz_absf(x);\n"
    src += "    return lz_selectf(a < 0.5f, lz_erf_smallf(x), lz_copysignf(1.0f - lz_erfc_largef(a), x));\n}\n"
    return src
body = emit(False) + emit(True)
print('''// erf and erfc, vectorisable, by scripts/batch_erfc_table.py. Below |x| = 1/2, the Taylor series x
// (2/sqrt(pi)) (1 - x^2/3 + x^4/10 - ...) (double: erfc = 1 - erf below 1/4). Above, erfc|x| =
// exp(-x^2) G(|x|) with G = erfc(x) exp(x^2), from Chebyshev interpolants of G in 50 digits.
// Double: a polynomial on each of [1/4, 1], [1, 2] and [2, 4] in x, and x G a polynomial in 1/x
// above 4 (every piece is computed and one is selected, no branch and no gather); x^2 = h^2 + l(2h
// + l) in two parts (h the upper half of x's digits, so that h^2 is exact) enters exp's reduction,
// and exp(r) G is formed before the scaling by 2^k, so that the product is rounded once. Within 2
// ulp (erfc above 4: 2.25, its quotient by x). Float: G = t Q(t) with t = 1/(1 + |x|/4) on [0,
// 10.5], one polynomial; r = -x^2 - k ln2, t and Q in double, G exp(r) rounded to float once:
// within 1 ulp. erf|x| = 1 - erfc|x|, erfc(-x) = 2 - erfc(x).
#pragma once

#include <leibniz/batch/exp.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(erf,
''' + body + ''')
// clang-format on

}  // namespace leibniz::batch''')
