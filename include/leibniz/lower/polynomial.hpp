// Exact Laurent polynomials for the rules that add fractions at compile time
// (rules/exp_rational.hpp in u = exp(w), rules/sqrt_rational.hpp in y).
#pragma once

#include <leibniz/core/rational.hpp>

namespace leibniz::detail::lowering::polynomial {

//! A Laurent polynomial in u with exact coefficients: c[i] is the coefficient of u^(lo + i).
//! `ok` is false once a coefficient overflowed or the degree passed the capacity.
struct upoly {
    static constexpr int cap = 40;
    rational c[cap]{};
    int lo = 0, size = 0;  // size 0: the zero polynomial
    bool ok = true;
};

constexpr upoly failed() {
    upoly p;
    p.ok = false;
    return p;
}

constexpr upoly monomial(rational c, int e) {
    if (!c.ok) return failed();
    upoly p;
    if (c.num == 0) return p;
    p.lo = e;
    p.size = 1;
    p.c[0] = c;
    return p;
}

constexpr upoly trim(upoly const& p) {
    if (!p.ok) return p;
    int b = 0, e = p.size;
    while (b < e && p.c[b].num == 0) ++b;
    while (e > b && p.c[e - 1].num == 0) --e;
    upoly r;
    if (b == e) return r;
    r.lo = p.lo + b;
    r.size = e - b;
    for (int i = 0; i < r.size; ++i) r.c[i] = p.c[b + i];
    return r;
}

constexpr upoly operator+(upoly const& a, upoly const& b) {
    if (!a.ok || !b.ok) return failed();
    if (a.size == 0) return b;
    if (b.size == 0) return a;
    int lo = a.lo < b.lo ? a.lo : b.lo;
    int hi = a.lo + a.size > b.lo + b.size ? a.lo + a.size : b.lo + b.size;
    if (hi - lo > upoly::cap) return failed();
    upoly r;
    r.lo = lo;
    r.size = hi - lo;
    for (int i = 0; i < a.size; ++i) r.c[a.lo - lo + i] = r.c[a.lo - lo + i] + a.c[i];
    for (int i = 0; i < b.size; ++i) r.c[b.lo - lo + i] = r.c[b.lo - lo + i] + b.c[i];
    for (int i = 0; i < r.size; ++i)
        if (!r.c[i].ok) return failed();
    return trim(r);
}

constexpr upoly operator*(upoly const& a, upoly const& b) {
    if (!a.ok || !b.ok) return failed();
    upoly r;
    if (a.size == 0 || b.size == 0) return r;
    if (a.size + b.size - 1 > upoly::cap) return failed();
    r.lo = a.lo + b.lo;
    r.size = a.size + b.size - 1;
    for (int i = 0; i < a.size; ++i)
        for (int j = 0; j < b.size; ++j) r.c[i + j] = r.c[i + j] + a.c[i] * b.c[j];
    for (int i = 0; i < r.size; ++i)
        if (!r.c[i].ok) return failed();
    return trim(r);
}

constexpr upoly raise(upoly const& a, long long n) {
    upoly r = monomial(rational{1, 1, true}, 0);
    for (long long i = 0; i < n && r.ok; ++i) r = r * a;
    return r;
}

//! p / q where q divides p exactly (q normalised: lo = 0, q(0) = 1), else a failed polynomial;
//! p's power of u is kept. Division from the lowest power: s_i = r_i, r -= q s_i u^i.
constexpr upoly divide(upoly const& p, upoly const& q) {
    if (!p.ok || !q.ok || q.size == 0 || q.lo != 0) return failed();
    if (p.size == 0) return p;
    if (q.size > p.size) return failed();
    upoly r = p, s;
    s.lo = p.lo;
    s.size = p.size - q.size + 1;
    for (int i = 0; i < s.size; ++i) {
        s.c[i] = r.c[i] * inverse(q.c[0]);
        for (int k = 0; k < q.size; ++k) r.c[i + k] = r.c[i + k] + -(q.c[k] * s.c[i]);
        if (!s.c[i].ok || !r.c[i].ok) return failed();
    }
    for (int i = s.size; i < p.size; ++i)
        if (!r.c[i].ok || r.c[i].num != 0) return failed();
    return trim(s);
}

constexpr bool same(upoly const& a, upoly const& b) {
    if (!a.ok || !b.ok || a.size != b.size || a.lo != b.lo) return false;
    for (int i = 0; i < a.size; ++i)
        if (a.c[i].num != b.c[i].num || a.c[i].den != b.c[i].den) return false;
    return true;
}

}  // namespace leibniz::detail::lowering::polynomial
