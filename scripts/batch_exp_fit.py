#!/usr/bin/env python3
# The coefficients of lz_expm1_tail (include/leibniz/batch/exp.hpp): q(r) ~ (exp(r) - 1 - r)/r^2
# on [-ln2/2, ln2/2] interpolated at Chebyshev nodes (near-minimax), degree 10 for double and 4
# for float, rounded to the type, and the worst relative error of 1 + r + r^2 q(r) against exp(r)
# in 60 digits. Usage: /usr/bin/python3 scripts/batch_exp_fit.py
import struct
import mpmath as m

m.mp.dps = 60
a = m.log(2) / 2 + m.mpf("1e-6")


def q(r):
    return (m.exp(r) - 1 - r) / r**2 if abs(r) > m.mpf("1e-25") else m.mpf(1) / 2 + r / 6


def f32(v):
    return struct.unpack("<f", struct.pack("<f", float(v)))[0]


for name, degree, cast in (("double", 10, float), ("float", 4, f32)):
    n = degree + 1
    nodes = [a * m.cos(m.pi * (j + m.mpf(1) / 2) / n) for j in range(n)]
    c = m.lu_solve(m.matrix([[x**i for i in range(n)] for x in nodes]), m.matrix([q(x) for x in nodes]))
    coeffs = [cast(v) for v in c]
    worst = max(abs((1 + r + r * r * m.fsum(m.mpf(coeffs[k]) * r**k for k in range(n))) / m.exp(r) - 1)
                for r in (-a + 2 * a * i / 4000 for i in range(4001)))
    print(name, "highest first:", ", ".join(repr(v) for v in reversed(coeffs)))
    print(name, "worst relative error: 2^%.2f" % float(m.log(worst, 2)))
