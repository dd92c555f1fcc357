// Exact rational arithmetic on 64-bit integers, with overflow reported instead of wrapped.
#pragma once

#include <cstdint>

namespace leibniz::detail {

//! A reduced fraction num/den with den > 0; `ok` is false once an operation overflowed.
struct rational {
    long long num = 0;
    long long den = 1;
    bool ok = true;
};

constexpr long long gcd(long long a, long long b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

constexpr rational reduce(long long num, long long den) {
    if (den == 0) return {0, 1, false};
    if (num == INT64_MIN || den == INT64_MIN) return {0, 1, false};
    if (den < 0) {
        num = -num;
        den = -den;
    }
    long long g = gcd(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    return {num, den, true};
}

constexpr rational operator*(rational a, rational b) {
    // cross-reduce first so that products of reduced fractions overflow only when they must
    long long g1 = gcd(a.num, b.den), g2 = gcd(b.num, a.den);
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    long long n = 0, d = 0;
    bool bad = __builtin_mul_overflow(a.num / g1, b.num / g2, &n) ||
               __builtin_mul_overflow(a.den / g2, b.den / g1, &d);
    if (bad || !a.ok || !b.ok) return {0, 1, false};
    return reduce(n, d);
}

constexpr rational operator+(rational a, rational b) {
    long long g = gcd(a.den, b.den);
    long long x = 0, y = 0, n = 0, d = 0;
    bool bad = __builtin_mul_overflow(a.num, b.den / g, &x) ||
               __builtin_mul_overflow(b.num, a.den / g, &y) || __builtin_add_overflow(x, y, &n) ||
               __builtin_mul_overflow(a.den / g, b.den, &d);
    if (bad || !a.ok || !b.ok) return {0, 1, false};
    return reduce(n, d);
}

constexpr rational operator-(rational a) {
    rational r = reduce(-a.num, a.den);
    r.ok = r.ok && a.ok;
    return r;
}

constexpr rational inverse(rational a) {
    if (!a.ok || a.num == 0) return {0, 1, false};
    return reduce(a.den, a.num);
}

// Integer power by squaring; negative exponents invert.
constexpr rational rational_power(rational a, long long n) {
    if (n < 0) return n == INT64_MIN ? rational{0, 1, false} : rational_power(inverse(a), -n);
    rational r{1, 1, true};
    while (n > 0 && r.ok && a.ok) {
        if (n % 2 == 1) r = r * a;
        n /= 2;
        if (n > 0) a = a * a;
    }
    return r.ok && a.ok ? r : rational{0, 1, false};
}

// The exact q-th root of a non-negative integer, or -1 when there is none.
constexpr long long exact_root(long long x, long long q) {
    if (x < 0 || q < 1) return -1;
    if (x < 2 || q == 1) return x;
    long long lo = 0, hi = x;
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        long long p = 1;
        bool over = false;
        for (long long i = 0; i < q && !over; ++i)
            over = __builtin_mul_overflow(p, mid, &p) || p > x;
        if (!over && p == x) return mid;
        if (over || p > x)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return -1;
}

__extension__ typedef __int128 int128;

// Exact: the cross products of 64-bit numbers fit in 128 bits.
constexpr int compare(rational a, rational b) {
    int128 l = static_cast<int128>(a.num) * b.den, r = static_cast<int128>(b.num) * a.den;
    return l < r ? -1 : (l > r ? 1 : 0);
}

}  // namespace leibniz::detail
