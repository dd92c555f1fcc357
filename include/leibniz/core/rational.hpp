// Exact rational arithmetic on 64-bit integers, with overflow reported instead of wrapped.
#pragma once

#include <cstdint>

namespace leibniz::detail {

//! A reduced fraction num/den with den > 0; `ok` is false once an operation overflowed. A failed
//! rational is {0, 0, false}: its den is no denominator, so it is never read as a value (zero
//! included) by code that forgets to look at `ok`.
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

//! The state of an operation that overflowed or divided by zero.
inline constexpr rational overflowed{0, 0, false};

//! Whether r is a value and that value is 0 (a failed rational is not zero).
constexpr bool is_zero(rational r) { return r.ok && r.num == 0; }

constexpr rational reduce(long long num, long long den) {
    if (den == 0) return overflowed;
    if (num == INT64_MIN || den == INT64_MIN) return overflowed;
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
    if (!a.ok || !b.ok) return overflowed;
    // cross-reduce first so that products of reduced fractions overflow only when they must
    long long g1 = gcd(a.num, b.den), g2 = gcd(b.num, a.den);
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    long long n = 0, d = 0;
    bool bad = __builtin_mul_overflow(a.num / g1, b.num / g2, &n) ||
               __builtin_mul_overflow(a.den / g2, b.den / g1, &d);
    if (bad) return overflowed;
    return reduce(n, d);
}

constexpr rational operator+(rational a, rational b) {
    if (!a.ok || !b.ok) return overflowed;
    long long g = gcd(a.den, b.den);
    long long x = 0, y = 0, n = 0, d = 0;
    bool bad = __builtin_mul_overflow(a.num, b.den / g, &x) ||
               __builtin_mul_overflow(b.num, a.den / g, &y) || __builtin_add_overflow(x, y, &n) ||
               __builtin_mul_overflow(a.den / g, b.den, &d);
    if (bad) return overflowed;
    return reduce(n, d);
}

constexpr rational operator-(rational a) {
    if (!a.ok || a.num == INT64_MIN) return overflowed;
    return reduce(-a.num, a.den);
}

constexpr rational inverse(rational a) {
    if (!a.ok || a.num == 0) return overflowed;
    return reduce(a.den, a.num);
}

// Integer power by squaring; negative exponents invert.
constexpr rational rational_power(rational a, long long n) {
    if (n < 0) return n == INT64_MIN ? overflowed : rational_power(inverse(a), -n);
    rational r{1, 1, true};
    while (n > 0 && r.ok && a.ok) {
        if (n % 2 == 1) r = r * a;
        n /= 2;
        if (n > 0) a = a * a;
    }
    return r.ok && a.ok ? r : overflowed;
}

// b^q, or -1 when it exceeds x (q >= 1, b >= 2): by squaring, at most 2 log2(q) products.
constexpr long long power_up_to(long long b, long long q, long long x) {
    long long r = 1;
    while (q > 0) {
        if (q % 2 == 1 && (__builtin_mul_overflow(r, b, &r) || r > x)) return -1;
        q /= 2;
        if (q > 0 && (__builtin_mul_overflow(b, b, &b) || b > x)) return -1;  // r will take b
    }
    return r;
}

// The exact q-th root of a non-negative integer, or -1 when there is none. Bounded work for
// every q: x >= 2 has no q-th root above 1 once 2^q > x, and each probe costs O(log q).
constexpr long long exact_root(long long x, long long q) {
    if (x < 0 || q < 1) return -1;
    if (x < 2 || q == 1) return x;
    if (q >= 63) return -1;
    long long lo = 2, hi = x;
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        long long p = power_up_to(mid, q, x);
        bool over = p < 0;
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
