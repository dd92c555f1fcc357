// Exact sign decisions for a polynomial in one variable on an interval, in constant evaluation:
// which of the signs below, at_zero and above p takes on a span, with rational witnesses, and
// how many distinct roots it has there. Roots are counted by a Sturm sequence of p's square-free
// part (primitive integer remainders, 128-bit intermediates) and isolated by bisection at the
// simplest rationals of the middle half; signs are evaluated exactly in a small big integer.
// Nothing is guessed: an overflow, a number too long for the big integer or a spent work budget
// answers ok = false.
#pragma once

#include <cstddef>
#include <cstdint>

#include <leibniz/core/rational.hpp>
#include <leibniz/proof/list.hpp>

namespace leibniz::detail::study {

//! The sign bits of proof/normal_form.hpp.
inline constexpr char below = 1, at_zero = 2, above = 4;

//! c[0] + c[1] x + ... + c[n] x^n, exact; ok = false once an operation overflowed.
struct upoly {
    proof::list<rational> c;
    bool ok = true;
};

//! An end of an interval: a rational point, or infinite (lo: -inf, hi: +inf); closed or open.
struct end {
    rational at{};
    bool infinite = true;
    bool closed = false;
};

struct span {
    end lo, hi;
};

//! The signs p takes on a span (mask of below, at_zero, above), a rational witness for each
//! sign attained at a rational point (index 0 below, 1 at_zero, 2 above), and, for a root found
//! irrational, an isolating interval [zero_lo, zero_hi] inside the span holding exactly one root.
//! A non-zero sign is always attained at a rational point, so it always has a witness; the zero
//! has one exactly when some root in the span is rational (every root found is decided).
//! ok = false: overflow or the work budget ran out; then nothing else may be read.
struct signs {
    char mask = 0;
    bool ok = true;
    rational witness[3]{};
    bool has_witness[3]{};
    rational zero_lo{}, zero_hi{};
    bool has_zero_interval = false;
    long long work = 0;  // spent, of work_budget
};

//! The work one call may do, in units of about one constexpr step: measured, clang 19 spends 1.0
//! to 1.7 steps per unit, so a call that runs out stays below its 2^20 steps per constant
//! expression (g++ 12 allows 2^25 operations).
inline constexpr long long work_budget = 400000;

namespace roots_detail {

__extension__ typedef unsigned __int128 uint128;

//! A signed integer of at most `limbs` 64-bit limbs; ok = false once it would need more.
inline constexpr int limbs = 10;
struct big {
    std::uint64_t m[limbs]{};
    int n = 0;  // limbs used: the magnitude is zero when n == 0
    bool neg = false;
    bool ok = true;
};

// The work of one operation on big integers beyond its limbs (making and copying the value).
inline constexpr long long call_cost = 16;

constexpr std::uint64_t magnitude(long long v) {
    return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

constexpr big big_of(long long v) {
    big r;
    if (v != 0) {
        r.m[0] = magnitude(v);
        r.n = 1;
        r.neg = v < 0;
    }
    return r;
}

// a v
constexpr big times(big const& a, long long v, long long& work) {
    big r;
    work -= a.n + call_cost;
    if (!a.ok) r.ok = false;
    if (!a.ok || a.n == 0 || v == 0) return r;
    std::uint64_t u = magnitude(v);
    uint128 carry = 0;
    for (int i = 0; i < a.n; ++i) {
        uint128 t = static_cast<uint128>(a.m[i]) * u + carry;
        r.m[i] = static_cast<std::uint64_t>(t);
        carry = t >> 64;
    }
    r.n = a.n;
    if (carry != 0) {
        if (r.n == limbs) return big{{}, 0, false, false};
        r.m[r.n++] = static_cast<std::uint64_t>(carry);
    }
    r.neg = a.neg != (v < 0);
    return r;
}

// -1, 0, 1 as |a| <, =, > |b|
constexpr int compare_magnitude(big const& a, big const& b) {
    if (a.n != b.n) return a.n < b.n ? -1 : 1;
    for (int i = a.n - 1; i >= 0; --i)
        if (a.m[i] != b.m[i]) return a.m[i] < b.m[i] ? -1 : 1;
    return 0;
}

constexpr big plus(big const& a, big const& b, long long& work) {
    work -= (a.n > b.n ? a.n : b.n) + call_cost;
    if (!a.ok || !b.ok) return big{{}, 0, false, false};
    if (a.n == 0) return b;
    if (b.n == 0) return a;
    big r;
    if (a.neg == b.neg) {
        int n = a.n > b.n ? a.n : b.n;
        uint128 carry = 0;
        for (int i = 0; i < n; ++i) {
            uint128 t = static_cast<uint128>(i < a.n ? a.m[i] : 0) + (i < b.n ? b.m[i] : 0) + carry;
            r.m[i] = static_cast<std::uint64_t>(t);
            carry = t >> 64;
        }
        r.n = n;
        if (carry != 0) {
            if (n == limbs) return big{{}, 0, false, false};
            r.m[r.n++] = 1;
        }
        r.neg = a.neg;
        return r;
    }
    int order = compare_magnitude(a, b);
    if (order == 0) return r;
    big const& x = order > 0 ? a : b;  // the larger magnitude gives the sign
    big const& y = order > 0 ? b : a;
    std::uint64_t borrow = 0;
    for (int i = 0; i < x.n; ++i) {
        std::uint64_t yi = i < y.n ? y.m[i] : 0;
        std::uint64_t d = x.m[i] - yi - borrow;
        borrow = (x.m[i] < yi || (x.m[i] == yi && borrow != 0)) ? 1 : 0;
        r.m[i] = d;
    }
    r.n = x.n;
    while (r.n > 0 && r.m[r.n - 1] == 0) --r.n;
    r.neg = x.neg;
    return r;
}

//! Integer coefficients, lowest first, no trailing zeros (the zero polynomial is empty).
struct ipoly {
    proof::list<long long> c;
    bool ok = true;

    constexpr long long degree() const { return static_cast<long long>(c.size()) - 1; }
};

constexpr void trim(ipoly& p) {
    while (!p.c.empty() && p.c.back() == 0) p.c.pop_back();
}

// Euclid's steps are counted in work: on 128-bit numbers they are the remainders' main cost.
constexpr int128 gcd128(int128 a, int128 b, long long& work) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b != 0) {
        work -= 8;
        int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// Divides by the (positive) content: signs of values are kept.
constexpr void make_primitive(ipoly& p) {
    trim(p);
    long long g = 0;
    for (long long x : p.c) g = gcd(g, x);
    if (g > 1)
        for (long long& x : p.c) x /= g;
}

// A positive integer multiple of p, primitive.
constexpr ipoly integral(upoly const& p) {
    ipoly out;
    out.ok = p.ok;
    long long l = 1;
    for (rational const& x : p.c) {
        if (!x.ok || x.den <= 0) out.ok = false;
        if (!out.ok) break;
        long long g = gcd(l, x.den);
        if (__builtin_mul_overflow(l / g, x.den, &l)) out.ok = false;
    }
    if (!out.ok) return out;
    for (rational const& x : p.c) {
        long long v = 0;
        if (__builtin_mul_overflow(x.num, l / x.den, &v) || v == INT64_MIN) out.ok = false;
        out.c.push_back(v);
    }
    if (!out.ok) out.c.clear();
    make_primitive(out);
    return out;
}

constexpr ipoly derivative(ipoly const& p) {
    ipoly d;
    d.ok = p.ok;
    for (std::size_t i = 1; i < p.c.size(); ++i) {
        long long v = 0;
        if (__builtin_mul_overflow(p.c[i], static_cast<long long>(i), &v) || v == INT64_MIN)
            d.ok = false;
        d.c.push_back(v);
    }
    make_primitive(d);
    return d;
}

// Divides a row of 128-bit values by its (positive) content.
constexpr void make_primitive(proof::list<int128>& row, long long& work) {
    int128 g = 0;
    for (int128 x : row) g = gcd128(g, x, work);
    if (g > 1)
        for (int128& x : row) x /= g;
}

//! The least 128-bit integer, which has no negation.
inline constexpr int128 least = static_cast<int128>(static_cast<uint128>(1) << 127);

// A positive multiple of the remainder of a by b (deg a >= deg b >= 0), primitive. The
// pseudo-division runs in 128 bits, dividing by the content after each step, and only its
// result must fit in 64 bits: its steps are larger than the primitive remainder.
constexpr ipoly remainder(ipoly const& a, ipoly const& b, long long& work) {
    if (!a.ok || !b.ok) return ipoly{{}, false};
    long long lb = b.c.back();
    int128 scale = lb < 0 ? -static_cast<int128>(lb) : lb;
    proof::list<int128> row;
    for (long long x : a.c) row.push_back(x);
    while (row.size() >= b.c.size()) {
        std::size_t shift = row.size() - b.c.size();
        int128 la = lb < 0 ? -row.back() : row.back();
        work -= static_cast<long long>(row.size()) * 4;
        // |lb| a - sgn(lb) la x^shift b; the top coefficient cancels
        bool bad = false;
        for (std::size_t i = 0; i + 1 < row.size(); ++i)
            bad = bad || __builtin_mul_overflow(row[i], scale, &row[i]);
        for (std::size_t j = 0; j + 1 < b.c.size(); ++j) {
            int128 t = 0;
            bad = bad || __builtin_mul_overflow(la, static_cast<int128>(b.c[j]), &t) ||
                  __builtin_sub_overflow(row[j + shift], t, &row[j + shift]);
        }
        row.pop_back();
        for (int128 x : row) bad = bad || x == least;  // keep every value negatable
        if (bad) return ipoly{{}, false};
        while (!row.empty() && row.back() == 0) row.pop_back();
        make_primitive(row, work);
    }
    ipoly out;
    for (int128 x : row) {
        if (x > INT64_MAX || x <= INT64_MIN) return ipoly{{}, false};
        out.c.push_back(static_cast<long long>(x));
    }
    return out;
}

// a / b when b divides a exactly over the integers (both primitive: then the quotient is too).
constexpr ipoly exact_quotient(ipoly a, ipoly const& b, long long& work) {
    ipoly q;
    if (!a.ok || !b.ok || b.c.empty()) return ipoly{{}, false};
    q.c.assign(static_cast<std::size_t>(a.degree() - b.degree() + 1), 0);
    long long lb = b.c.back();
    while (a.ok && !a.c.empty() && a.degree() >= b.degree()) {
        std::size_t shift = static_cast<std::size_t>(a.degree() - b.degree());
        long long top = a.c.back();
        work -= static_cast<long long>(b.c.size()) * 2;
        if (top % lb != 0) return ipoly{{}, false};
        long long t = top / lb;
        q.c[shift] = t;
        for (std::size_t j = 0; j < b.c.size(); ++j) {
            int128 v = static_cast<int128>(a.c[j + shift]) - static_cast<int128>(t) * b.c[j];
            if (v > INT64_MAX || v <= INT64_MIN) return ipoly{{}, false};
            a.c[j + shift] = static_cast<long long>(v);
        }
        trim(a);
    }
    if (!a.ok || !a.c.empty()) return ipoly{{}, false};
    make_primitive(q);
    return q;
}

//! The Sturm sequence p, p', -rem, ..., up to positive factors; ok = false on overflow.
struct sturm {
    proof::list<ipoly> s;
    bool ok = true;
};

constexpr sturm sturm_of(ipoly const& p, long long& work) {
    sturm out;
    out.s.push_back(p);
    out.s.push_back(derivative(p));
    while (out.ok && !out.s.back().c.empty() && out.s.back().degree() > 0) {
        std::size_t k = out.s.size();
        ipoly r = remainder(out.s[k - 2], out.s[k - 1], work);
        if (!r.ok || work < 0) out.ok = false;
        if (r.c.empty()) break;
        for (long long& x : r.c) x = -x;
        out.s.push_back(static_cast<ipoly&&>(r));
    }
    for (ipoly const& q : out.s)
        if (!q.ok) out.ok = false;
    if (out.s.back().c.empty()) out.s.pop_back();
    return out;
}

// The sign of p(x), exact: sum c_i num^i den^(d-i) in the big integer. 2 on failure.
constexpr int sign_at(ipoly const& p, rational x, long long& work) {
    if (!x.ok || !p.ok) return 2;
    if (p.c.empty()) return 0;
    std::size_t d = p.c.size() - 1;
    big acc = big_of(p.c[d]), pw = big_of(1);
    for (std::size_t i = d; i-- > 0;) {
        acc = times(acc, x.num, work);
        pw = times(pw, x.den, work);
        acc = plus(acc, times(pw, p.c[i], work), work);
    }
    if (!acc.ok || work < 0) return 2;
    return acc.n == 0 ? 0 : (acc.neg ? -1 : 1);
}

//! Sign changes of the sequence at x (zeros dropped) and the sign of its first member.
struct variations {
    long long v = 0;
    int first = 0;
    bool ok = true;
};

constexpr variations variations_at(sturm const& s, rational x, long long& work) {
    variations out;
    int last = 0;
    for (std::size_t i = 0; i < s.s.size(); ++i) {
        int sg = sign_at(s.s[i], x, work);
        if (sg == 2) {
            out.ok = false;
            return out;
        }
        if (i == 0) out.first = sg;
        if (sg != 0) {
            if (last != 0 && sg != last) ++out.v;
            last = sg;
        }
    }
    return out;
}

// Sign changes at +inf (at_plus) or -inf, from the leading coefficients.
constexpr long long variations_at_infinity(sturm const& s, bool at_plus) {
    long long v = 0;
    int last = 0;
    for (ipoly const& q : s.s) {
        int sg = q.c.back() < 0 ? -1 : 1;
        if (!at_plus && q.degree() % 2 == 1) sg = -sg;
        if (last != 0 && sg != last) ++v;
        last = sg;
    }
    return v;
}

constexpr int128 floor_div(int128 a, int128 b) {  // b > 0
    int128 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

// The work of one step of simplest, in the units of work_budget (about a constexpr step each).
inline constexpr long long simplest_cost = 40;

// The rational of smallest denominator in the open interval (a/b, c/d), a/b < c/d, b, d > 0,
// fractions not necessarily reduced: the continued fraction both ends share, then the least
// next term between them (Stern–Brocot). Integers only, so every step is cheap.
constexpr rational simplest(int128 a, int128 b, int128 c, int128 d, long long& work) {
    int128 terms[130]{};
    int n = 0;
    while (true) {  // the ends run through Euclid's algorithm: at most ~180 steps for 128 bits
        work -= simplest_cost;
        if (n == 130 || work < 0) return overflowed;
        int128 f = floor_div(a, b), t = 0;
        if (d != 0 && __builtin_mul_overflow(f + 1, d, &t)) return overflowed;
        // d == 0: the upper end is +inf
        if (d == 0 || t < c) {
            terms[n++] = f + 1;
            break;
        }
        terms[n++] = f;
        int128 fb = 0, fd = 0;
        if (__builtin_mul_overflow(f, b, &fb) || __builtin_mul_overflow(f, d, &fd))
            return overflowed;
        a -= fb;  // now 0 <= a/b < c/d <= 1, and x = f + 1/y with y in (d/c, b/a)
        c -= fd;
        int128 na = d, nb = c, nc = b, nd = a;
        a = na;
        b = nb;
        c = nc;
        d = nd;
    }
    int128 p = terms[n - 1], q = 1;
    for (int k = n - 2; k >= 0; --k) {
        int128 np = 0;
        if (__builtin_mul_overflow(terms[k], p, &np) || __builtin_add_overflow(np, q, &np))
            return overflowed;
        q = p;
        p = np;
    }
    if (p > INT64_MAX || p <= INT64_MIN || q > INT64_MAX || q <= 0) return overflowed;
    return {static_cast<long long>(p), static_cast<long long>(q), true};  // coprime already
}

constexpr rational simplest(rational l, rational h, long long& work) {
    if (!l.ok || !h.ok) return overflowed;
    return simplest(l.num, l.den, h.num, h.den, work);
}

// A simple point of the middle half of (l, h): (3l + h)/4 < x < (l + 3h)/4, so a split shrinks
// a piece to at most 3/4 of it.
constexpr rational split(rational l, rational h, long long& work) {
    if (!l.ok || !h.ok) return overflowed;
    int128 den = 0, x = 0, y = 0, lo = 0, hi = 0;
    bool bad = __builtin_mul_overflow(static_cast<int128>(l.den) * 4, h.den, &den) ||
               __builtin_mul_overflow(static_cast<int128>(l.num) * 3, h.den, &x) ||
               __builtin_mul_overflow(static_cast<int128>(h.num), l.den, &y) ||
               __builtin_add_overflow(x, y, &lo) ||
               __builtin_mul_overflow(static_cast<int128>(l.num), h.den, &x) ||
               __builtin_mul_overflow(static_cast<int128>(h.num) * 3, l.den, &y) ||
               __builtin_add_overflow(x, y, &hi);
    if (bad) return overflowed;
    return simplest(lo, den, hi, den, work);
}

constexpr void record(signs& out, int sign, rational at) {
    int k = sign + 1;
    out.mask = static_cast<char>(out.mask | (1 << k));
    if (!out.has_witness[k]) {
        out.witness[k] = at;
        out.has_witness[k] = true;
    }
}

//! A span with rational ends (lo <= hi) that takes the same signs as the one given, for a
//! polynomial whose roots lie in (-bound, bound): an infinite end becomes an open end beyond
//! every root. empty = true when the span has no point.
struct finite_span {
    rational lo, hi;
    bool lo_closed = false, hi_closed = false, empty = false;
};

constexpr finite_span finite(span const& s, long long bound) {
    finite_span f;
    rational b{bound, 1, true}, one{1, 1, true};
    if (!s.lo.infinite) {
        f.lo = s.lo.at;
        f.lo_closed = s.lo.closed;
    }
    if (!s.hi.infinite) {
        f.hi = s.hi.at;
        f.hi_closed = s.hi.closed;
    }
    if (s.lo.infinite && s.hi.infinite) {
        f.lo = -b;
        f.hi = b;
    } else if (s.lo.infinite)
        f.lo = compare(-b, f.hi) < 0 ? -b : f.hi + -one;
    else if (s.hi.infinite)
        f.hi = compare(b, f.lo) > 0 ? b : f.lo + one;
    else {
        int order = compare(f.lo, f.hi);
        f.empty = order > 0 || (order == 0 && !(f.lo_closed && f.hi_closed));
    }
    return f;
}

// Whether u^k |lead| >= target.
constexpr bool reaches(int128 target, long long lead, long long u, long long k) {
    int128 v = lead < 0 ? -static_cast<int128>(lead) : lead;
    for (long long i = 0; i < k && v < target; ++i) v *= u;
    return v >= target;
}

// The least t >= 1 with t^k |lead| >= |c|; ok = false past 2^21.
constexpr long long root_up(long long c, long long lead, long long k, bool& ok) {
    int128 target = c < 0 ? -static_cast<int128>(c) : c;
    for (long long t = 1; t <= (1LL << 21); t *= 2) {
        if (!reaches(target, lead, t, k)) continue;
        long long lo = t / 2 + 1, hi = t;  // the answer is in (t/2, t]
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (reaches(target, lead, mid, k))
                hi = mid;
            else
                lo = mid + 1;
        }
        return t == 1 ? 1 : lo;
    }
    ok = false;
    return 0;
}

// Fujiwara's bound 2 max |c_{n-k} / c_n|^(1/k), rounded up, plus one: every root lies strictly
// inside (-bound, bound).
constexpr long long root_bound(ipoly const& p, bool& ok) {
    long long n = p.degree(), most = 0;
    for (long long k = 1; k <= n && ok; ++k) {
        long long c = p.c[static_cast<std::size_t>(n - k)];
        if (c == 0) continue;
        long long t = root_up(c, p.c.back(), k, ok);
        if (t > most) most = t;
    }
    return 2 * most + 1;
}

// A point of a non-empty finite span.
constexpr rational inside(finite_span const& f, long long& work) {
    if (f.lo_closed) return f.lo;
    if (f.hi_closed) return f.hi;
    return split(f.lo, f.hi, work);
}

//! The square-free part of p (p primitive, degree >= 1) and its Sturm sequence.
struct prepared {
    ipoly p, q;
    sturm s;
    bool ok = true;
};

constexpr prepared prepare(ipoly const& p, long long& work) {
    prepared out;
    out.p = p;
    sturm first = sturm_of(p, work);
    if (!first.ok) {
        out.ok = false;
        return out;
    }
    if (first.s.back().degree() == 0) {
        out.q = p;
        out.s = static_cast<sturm&&>(first);
        return out;
    }
    out.q = exact_quotient(p, first.s.back(), work);
    out.s = sturm_of(out.q, work);
    out.ok = out.q.ok && out.s.ok && work >= 0;
    return out;
}

//! A piece (l, h) of the span with n roots of q inside; a usable end is a point of the span
//! where p is not zero (its sign is recorded).
struct piece {
    rational l, h;
    long long vl, vh, n;
    bool ul, uh;
};

// width lead^2 < 1 (lead <= 2^30: the product fits in 123 bits)
constexpr bool fits_below(rational width, long long lead) {
    return static_cast<int128>(width.num) * lead * lead < width.den;
}

// The root of q in (l, h), q(l) q(h) < 0: a rational witness when it is rational, else a narrow
// isolating interval. A rational root u/v has v | lead; once h - l < 1/lead^2 it is the simplest
// rational of (l, h). false on failure.
constexpr bool settle_root(prepared const& pr, rational l, rational h, signs& out,
                           long long& work) {
    long long lead = static_cast<long long>(magnitude(pr.q.c.back()));
    if (lead > (1LL << 30)) return false;
    int sl = sign_at(pr.q, l, work);
    for (int steps = 0; !fits_below(h + -l, lead); ++steps) {
        rational m = split(l, h, work);
        int sm = sign_at(pr.q, m, work);
        if (!m.ok || sm == 2 || steps > 200 || work < 0) return false;
        if (sm == 0) {
            record(out, 0, m);
            return true;
        }
        (sm == sl ? l : h) = m;
    }
    rational s = simplest(l, h, work);
    int ss = sign_at(pr.q, s, work);
    if (!s.ok || ss == 2) return false;
    if (ss == 0) {
        record(out, 0, s);
        return true;
    }
    out.mask |= at_zero;
    if (!out.has_zero_interval) {
        out.zero_lo = l;
        out.zero_hi = h;
        out.has_zero_interval = true;
    }
    return true;
}

constexpr signs fail() {
    signs s;
    s.ok = false;
    return s;
}

constexpr signs signs_on_finite(prepared const& pr, finite_span const& f, long long& work) {
    signs out;
    if (compare(f.lo, f.hi) == 0) {
        int sg = sign_at(pr.p, f.lo, work);
        if (sg == 2) return fail();
        record(out, sg, f.lo);
        return out;
    }
    variations va = variations_at(pr.s, f.lo, work), vb = variations_at(pr.s, f.hi, work);
    if (!va.ok || !vb.ok) return fail();
    bool ua = false, ub = false;
    for (int side = 0; side < 2; ++side) {
        bool closed = side == 0 ? f.lo_closed : f.hi_closed;
        rational at = side == 0 ? f.lo : f.hi;
        int first = side == 0 ? va.first : vb.first;
        if (!closed) continue;
        if (first == 0)
            record(out, 0, at);
        else {
            int sg = sign_at(pr.p, at, work);
            if (sg == 2) return fail();
            record(out, sg, at);
            (side == 0 ? ua : ub) = true;
        }
    }
    proof::list<piece> stack;
    stack.push_back({f.lo, f.hi, va.v, vb.v, va.v - vb.v - (vb.first == 0 ? 1 : 0), ua, ub});
    for (int steps = 0; !stack.empty(); ++steps) {
        if (steps > 400 || work < 0) return fail();
        piece x = stack.back();
        stack.pop_back();
        if (x.n == 0) {
            if (x.ul || x.uh) continue;
            rational m = split(x.l, x.h, work);
            int sg = sign_at(pr.p, m, work);
            if (!m.ok || sg == 2 || sg == 0) return fail();
            record(out, sg, m);
            continue;
        }
        if (x.n == 1 && x.ul && x.uh) {
            if (!settle_root(pr, x.l, x.h, out, work)) return fail();
            continue;
        }
        rational m = split(x.l, x.h, work);
        if (!m.ok) return fail();
        variations vm = variations_at(pr.s, m, work);
        if (!vm.ok) return fail();
        bool um = vm.first != 0;
        if (um) {
            int sg = sign_at(pr.p, m, work);
            if (sg == 2 || sg == 0) return fail();
            record(out, sg, m);
        } else
            record(out, 0, m);
        long long nl = x.vl - vm.v - (um ? 0 : 1);
        stack.push_back({x.l, m, x.vl, vm.v, nl, x.ul, um});
        stack.push_back({m, x.h, vm.v, x.vh, x.n - nl - (um ? 0 : 1), um, x.uh});
    }
    return out;
}

// Whether s is the single point [a, a] (its sign needs no root bound and no Sturm sequence).
constexpr bool is_point(span const& s) {
    return !s.lo.infinite && !s.hi.infinite && s.lo.closed && s.hi.closed && s.lo.at.ok &&
           s.hi.at.ok && compare(s.lo.at, s.hi.at) == 0;
}

}  // namespace roots_detail

//! Exact evaluation p(x); a failed rational when p or x failed or a step overflowed.
constexpr rational value_at(upoly const& p, rational x) {
    if (!p.ok || !x.ok) return overflowed;
    rational acc{0, 1, true};
    for (std::size_t i = p.c.size(); i-- > 0;) {
        acc = acc * x + p.c[i];
        if (!acc.ok) return overflowed;
    }
    return acc;
}

//! The sign of p(x) (-1, 0, 1), exact in a big integer where value_at would overflow; ok = false
//! when even that overflows.
constexpr int sign_at(upoly const& p, rational x, bool& ok) {
    long long work = work_budget;
    roots_detail::ipoly ip = roots_detail::integral(p);
    int sg = roots_detail::sign_at(ip, x, work);
    if (sg == 2) ok = false;
    return sg == 2 ? 0 : sg;
}

//! Which signs p takes on s. The zero polynomial takes only at_zero; an empty span none.
constexpr signs signs_on(upoly p, span s) {
    using namespace roots_detail;
    long long work = work_budget;
    ipoly ip = integral(p);
    if (!ip.ok) return fail();
    if (is_point(s)) {
        int sg = roots_detail::sign_at(ip, s.lo.at, work);
        if (sg == 2) return fail();
        signs out;
        record(out, sg, s.lo.at);
        out.work = work_budget - work;
        return out;
    }
    bool ok = true;
    long long bound = ip.c.size() > 1 ? root_bound(ip, ok) : 1;
    finite_span f = finite(s, bound);
    if (!ok || !f.lo.ok || !f.hi.ok) return fail();
    signs out;
    if (f.empty) return out;
    if (ip.c.size() <= 1) {
        rational at = inside(f, work);
        if (!at.ok) return fail();
        record(out, ip.c.empty() ? 0 : (ip.c[0] < 0 ? -1 : 1), at);
        return out;
    }
    prepared pr = prepare(ip, work);
    if (!pr.ok) return fail();
    out = signs_on_finite(pr, f, work);
    out.work = work_budget - work;
    return out;
}

//! The number of distinct real roots of p in s; ok = false on failure, and for the zero
//! polynomial on a span of more than one point (then -1: infinitely many).
constexpr long long count_roots(upoly const& p, span s, bool& ok) {
    using namespace roots_detail;
    long long work = work_budget;
    ipoly ip = integral(p);
    if (!ip.ok) {
        ok = false;
        return 0;
    }
    if (is_point(s)) {
        int sg = roots_detail::sign_at(ip, s.lo.at, work);
        if (sg == 2) ok = false;
        return sg == 0 ? 1 : 0;
    }
    long long bound = ip.c.size() > 1 ? root_bound(ip, ok) : 1;
    finite_span f = finite(s, bound);
    if (!ok || !f.lo.ok || !f.hi.ok) {
        ok = false;
        return 0;
    }
    if (f.empty) return 0;
    if (ip.c.empty()) {
        ok = false;
        return -1;
    }
    if (ip.c.size() == 1) return 0;
    prepared pr = prepare(ip, work);
    if (!pr.ok) {
        ok = false;
        return 0;
    }
    if (compare(f.lo, f.hi) == 0) {
        int sg = sign_at(pr.q, f.lo, work);
        if (sg == 2) ok = false;
        return sg == 0 ? 1 : 0;
    }
    variations va = variations_at(pr.s, f.lo, work), vb = variations_at(pr.s, f.hi, work);
    if (!va.ok || !vb.ok) {
        ok = false;
        return 0;
    }
    // V(lo) - V(hi) counts the roots in (lo, hi]
    return va.v - vb.v + (f.lo_closed && va.first == 0 ? 1 : 0) -
           (!f.hi_closed && vb.first == 0 ? 1 : 0);
}

}  // namespace leibniz::detail::study
