// constexpr elementary functions for constant evaluation (std:: math is not constexpr on clang).
// They compute in long double (64-bit mantissa) and round once to the caller's type: float and
// double results are within a few ulp of the true value for exp, expm1, log, log1p, sqrt, pow,
// tanh, atan, erf and erfc, and for sin and cos while |x| < 1e5 (the reduction by pi/2 is one long
// double word). long double results are less accurate: tens of ulp for exp near its overflow.
#pragma once

#include <limits>
#include <type_traits>

namespace leibniz::math {

using ld = long double;

inline constexpr ld ln2 = 0.693147180559945309417232121458176568L;
inline constexpr ld pi = 3.141592653589793238462643383279502884L;
inline constexpr ld two_over_sqrt_pi = 1.128379167095512573896158903121545172L;

constexpr bool isnan(ld x) { return x != x; }
constexpr ld inf() { return std::numeric_limits<ld>::infinity(); }
constexpr ld nan() { return std::numeric_limits<ld>::quiet_NaN(); }
constexpr ld fabs(ld x) { return x < 0 ? -x : x; }

// x * 2^k
constexpr ld scale2(ld x, long k) {
    ld factor = k < 0 ? 0.5L : 2.0L;
    unsigned long n = k < 0 ? static_cast<unsigned long>(-k) : static_cast<unsigned long>(k);
    while (n > 0) {
        if (n & 1u) x *= factor;
        factor *= factor;
        n >>= 1u;
        if (factor == inf() || factor == 0) break;
    }
    return x;
}

constexpr ld exp(ld x) {
    if (isnan(x)) return x;
    if (x > 11356.5L) return inf();
    if (x < -11400.0L) return 0;
    ld kf = x / ln2;
    long k = static_cast<long>(kf < 0 ? kf - 0.5L : kf + 0.5L);
    ld r = x - static_cast<ld>(k) * ln2;
    ld term = 1, sum = 1;
    for (int n = 1; n < 30; ++n) {
        term *= r / n;
        sum += term;
    }
    // split the scaling so that intermediate results stay normal
    return scale2(scale2(sum, k / 2), k - k / 2);
}

constexpr ld expm1(ld x) {
    if (fabs(x) >= 0.5L) return exp(x) - 1;
    ld term = x, sum = x;
    for (int n = 2; n < 30; ++n) {
        term *= x / n;
        sum += term;
    }
    return sum;
}

// 2 atanh(s) = log((1 + s)/(1 - s)), for |s| <= 1/3
constexpr ld two_atanh(ld s) {
    ld s2 = s * s, power = s, sum = 0;
    for (int n = 0; n < 60; ++n) {
        sum += power / (2 * n + 1);
        power *= s2;
    }
    return 2 * sum;
}

constexpr ld log(ld x) {
    if (isnan(x) || x < 0) return nan();
    if (x == 0) return -inf();
    if (x == inf()) return x;
    long k = 0;
    while (x > 1.4142135623730950488L) {
        x *= 0.5L;
        ++k;
    }
    while (x < 0.7071067811865475244L) {
        x *= 2;
        --k;
    }
    return static_cast<ld>(k) * ln2 + two_atanh((x - 1) / (x + 1));
}

// log(1 + x), accurate for small x: 1 + x = (1 + s)/(1 - s) with s = x/(2 + x)
constexpr ld log1p(ld x) {
    if (isnan(x)) return x;
    if (x < -0.5L || x > 1) return log(1 + x);
    return two_atanh(x / (2 + x));
}

constexpr ld sqrt(ld x) {
    if (isnan(x) || x < 0) return nan();
    if (x == 0 || x == inf()) return x;
    ld y = exp(0.5L * log(x));
    for (int i = 0; i < 3; ++i) y = 0.5L * (y + x / y);
    return y;
}

constexpr ld pow(ld x, ld y) {
    if (y == 0) return 1;
    if (x == 0) return y > 0 ? 0 : inf();
    if (x < 0) {
        // a negative base has a real power only for an integer exponent, with its parity's sign
        if (fabs(y) >= 1e18L || static_cast<ld>(static_cast<long long>(y)) != y) return nan();
        ld magnitude = exp(y * log(-x));
        return static_cast<long long>(y) % 2 == 0 ? magnitude : -magnitude;
    }
    return exp(y * log(x));
}

constexpr ld tanh(ld x) {
    if (isnan(x)) return x;
    ld a = fabs(x);
    ld t = a > 23 ? 1 : [&] {
        ld m = expm1(2 * a);
        return m / (m + 2);
    }();
    return x < 0 ? -t : t;
}

// atan for 0 <= x <= 2 - sqrt(3), by its series
constexpr ld atan_series(ld x) {
    ld x2 = x * x, power = x, sum = 0;
    for (int n = 0; n < 40; ++n) {
        sum += (n % 2 == 0 ? power : -power) / (2 * n + 1);
        power *= x2;
    }
    return sum;
}

constexpr ld atan(ld x) {
    if (isnan(x)) return x;
    ld a = fabs(x);
    ld r = 0;
    if (a == inf()) {
        r = pi / 2;
    } else {
        bool inverted = a > 1;
        if (inverted) a = 1 / a;
        constexpr ld tan_pi_12 = 0.267949192431122706472553658494127633L;  // 2 - sqrt(3)
        constexpr ld sqrt3 = 1.732050807568877293527446341505872367L;
        if (a > tan_pi_12)
            r = pi / 6 + atan_series((a * sqrt3 - 1) / (a + sqrt3));
        else
            r = atan_series(a);
        if (inverted) r = pi / 2 - r;
    }
    return x < 0 ? -r : r;
}

constexpr ld erf(ld x) {
    if (isnan(x)) return x;
    ld a = fabs(x);
    ld r = 1;
    if (a < 6.5L) {
        // erf(a) = 2/sqrt(pi) exp(-a^2) sum 2^n a^(2n+1) / (1*3*...*(2n+1)): all terms positive
        ld term = a, sum = a;
        for (int n = 1; n < 400 && term > sum * 1e-22L; ++n) {
            term *= 2 * a * a / (2 * n + 1);
            sum += term;
        }
        r = two_over_sqrt_pi * exp(-a * a) * sum;
        if (r > 1) r = 1;
    }
    return x < 0 ? -r : r;
}

// erfc(x) = 1 - erf(x), accurate where it is small: 1 - erf(x) below 2, where it loses at most
// 8 of the 64 bits, and above 2 the continued fraction
// erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))).
constexpr ld erfc(ld x) {
    if (isnan(x)) return x;
    if (x < 2) return 1 - erf(x);
    if (x > 110) return 0;
    ld f = x;
    for (int n = 160; n >= 1; --n) f = x + (n / 2.0L) / f;
    return two_over_sqrt_pi / 2 * exp(-x * x) / f;
}

// sin and cos of r, |r| <= pi/4
constexpr ld sin_series(ld r) {
    ld r2 = r * r, term = r, sum = r;
    for (int n = 1; n < 20; ++n) {
        term *= -r2 / ((2 * n) * (2 * n + 1));
        sum += term;
    }
    return sum;
}
constexpr ld cos_series(ld r) {
    ld r2 = r * r, term = 1, sum = 1;
    for (int n = 1; n < 20; ++n) {
        term *= -r2 / ((2 * n - 1) * (2 * n));
        sum += term;
    }
    return sum;
}

// sin(x) for quadrant offset 0, cos(x) for offset 1
constexpr ld sin_cos(ld x, long offset) {
    if (isnan(x) || fabs(x) == inf()) return nan();
    ld q = x / (pi / 2);
    long k = static_cast<long>(q < 0 ? q - 0.5L : q + 0.5L);
    ld r = x - static_cast<ld>(k) * (pi / 2);
    switch (((k + offset) % 4 + 4) % 4) {
    case 0:
        return sin_series(r);
    case 1:
        return cos_series(r);
    case 2:
        return -sin_series(r);
    default:
        return -cos_series(r);
    }
}
constexpr ld sin(ld x) { return sin_cos(x, 0); }
constexpr ld cos(ld x) { return sin_cos(x, 1); }

//! v rounded to T, saturating to infinity where it is out of T's range.
template <class T>
constexpr T narrow(ld v) {
    if (v > std::numeric_limits<T>::max()) return std::numeric_limits<T>::infinity();
    if (v < -std::numeric_limits<T>::max()) return -std::numeric_limits<T>::infinity();
    return static_cast<T>(v);
}

}  // namespace leibniz::math
