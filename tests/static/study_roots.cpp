// Exact signs of a polynomial on an interval: known roots (rational, irrational, multiple),
// open and closed ends, infinite ends, degenerate inputs, refusals on overflow, and generated
// polynomials whose signs are known by construction.
#include <catch2/catch.hpp>

#include <cstddef>
#include <initializer_list>
#include <utility>

#include <leibniz/study/roots.hpp>

namespace {

namespace st = leibniz::detail::study;
using leibniz::detail::rational;

constexpr rational q(long long n, long long d = 1) { return leibniz::detail::reduce(n, d); }

// c[0] + c[1] x + ...
constexpr st::upoly ints(std::initializer_list<long long> c) {
    st::upoly p;
    for (long long x : c) p.c.push_back(q(x));
    return p;
}

constexpr st::upoly times(st::upoly const& a, st::upoly const& b) {
    st::upoly r;
    r.ok = a.ok && b.ok;
    if (a.c.empty() || b.c.empty()) return r;
    r.c.assign(a.c.size() + b.c.size() - 1, q(0));
    for (std::size_t i = 0; i < a.c.size(); ++i)
        for (std::size_t j = 0; j < b.c.size(); ++j) r.c[i + j] = r.c[i + j] + a.c[i] * b.c[j];
    for (rational const& x : r.c)
        if (!x.ok) r.ok = false;
    return r;
}

// x - r
constexpr st::upoly root(rational r) {
    st::upoly p;
    p.c.push_back(-r);
    p.c.push_back(q(1));
    return p;
}

constexpr st::end at(rational r, bool closed) { return {r, false, closed}; }
constexpr st::end inf{};
constexpr st::span closed(rational a, rational b) { return {at(a, true), at(b, true)}; }
constexpr st::span open(rational a, rational b) { return {at(a, false), at(b, false)}; }
constexpr st::span line{inf, inf};

constexpr int sign(rational r) { return r.num < 0 ? -1 : (r.num > 0 ? 1 : 0); }

constexpr bool in_span(rational x, st::span const& s) {
    using leibniz::detail::compare;
    if (!s.lo.infinite && (s.lo.closed ? compare(x, s.lo.at) < 0 : compare(x, s.lo.at) <= 0))
        return false;
    if (!s.hi.infinite && (s.hi.closed ? compare(x, s.hi.at) > 0 : compare(x, s.hi.at) >= 0))
        return false;
    return true;
}

// Every witness lies in the span and has its sign; an isolating interval lies in the span
// and holds one root.
constexpr bool witnesses_hold(st::upoly const& p, st::span const& s, st::signs const& r) {
    for (int k = 0; k < 3; ++k) {
        if (!r.has_witness[k]) continue;
        if (!(r.mask & (1 << k)) || !in_span(r.witness[k], s)) return false;
        // exact in rationals where they fit, else in the big integer
        rational v = st::value_at(p, r.witness[k]);
        bool ok = true;
        if (v.ok ? sign(v) != k - 1 : st::sign_at(p, r.witness[k], ok) != k - 1 || !ok)
            return false;
    }
    if (r.has_zero_interval) {
        if (!in_span(r.zero_lo, s) || !in_span(r.zero_hi, s)) return false;
        bool ok = true;
        if (st::count_roots(p, closed(r.zero_lo, r.zero_hi), ok) != 1 || !ok) return false;
    }
    return (r.mask & st::at_zero) == 0 || r.has_witness[1] || r.has_zero_interval;
}

// The signs are `mask`, and every witness is right.
constexpr bool takes(st::upoly const& p, st::span const& s, char mask, st::signs const& r) {
    return r.ok && r.mask == mask && witnesses_hold(p, s, r);
}
constexpr bool takes(st::upoly const& p, st::span const& s, char mask) {
    return takes(p, s, mask, st::signs_on(p, s));
}

// The signs are `mask` and the zero has a rational witness (true) or none (false).
constexpr bool takes(st::upoly const& p, st::span const& s, char mask, bool rational_zero) {
    st::signs r = st::signs_on(p, s);
    return takes(p, s, mask, r) && r.has_witness[1] == rational_zero;
}

constexpr long long count(st::upoly const& p, st::span const& s) {
    bool ok = true;
    long long n = st::count_roots(p, s, ok);
    return ok ? n : -100;
}

constexpr bool refused(st::upoly const& p, st::span const& s) { return !st::signs_on(p, s).ok; }

// Refused on the line because the work budget ran out.
constexpr bool spent(st::upoly const& p) {
    st::signs r = st::signs_on(p, line);
    return !r.ok && r.work >= st::work_budget;
}

constexpr char all = st::below | st::at_zero | st::above;
constexpr char nonneg = st::at_zero | st::above;
constexpr char nonpos = st::below | st::at_zero;

constexpr st::upoly x2m2() { return ints({-2, 0, 1}); }
constexpr st::upoly x() { return ints({0, 1}); }

// prod_{k = lo..hi} (x - k/3)
constexpr st::upoly thirds(long long lo, long long hi) {
    st::upoly p = ints({1});
    for (long long k = lo; k <= hi; ++k) p = times(p, root(q(k, 3)));
    return p;
}

}  // namespace

TEST_CASE("known roots: rational, irrational, multiple, none", "[study][roots][static]") {
    // x^2 - 2: one irrational root in [1, 2], none in (-1, 1)
    STATIC_REQUIRE(takes(x2m2(), closed(q(1), q(2)), all, false));
    STATIC_REQUIRE(st::signs_on(x2m2(), closed(q(1), q(2))).has_zero_interval);
    STATIC_REQUIRE(count(x2m2(), closed(q(1), q(2))) == 1);
    STATIC_REQUIRE(takes(x2m2(), open(q(-1), q(1)), st::below));
    STATIC_REQUIRE(count(x2m2(), open(q(-1), q(1))) == 0);
    STATIC_REQUIRE(takes(x2m2(), line, all, false));
    STATIC_REQUIRE(count(x2m2(), line) == 2);
    // (x - 1)^2: a double root, counted once
    STATIC_REQUIRE(takes(ints({1, -2, 1}), line, nonneg, true));
    STATIC_REQUIRE(count(ints({1, -2, 1}), line) == 1);
    STATIC_REQUIRE(st::signs_on(ints({1, -2, 1}), line).witness[1].num == 1);
    // (x^2 - 2)^2: a double irrational root
    STATIC_REQUIRE(takes(times(x2m2(), x2m2()), line, nonneg, false));
    STATIC_REQUIRE(count(times(x2m2(), x2m2()), line) == 2);
    // -(x - 1/2)^3 (x + 2)^2
    constexpr auto m = [] {
        return times(times(times(root(q(1, 2)), root(q(1, 2))), root(q(1, 2))),
                     times(ints({-2, -1}), root(q(-2))));
    };
    STATIC_REQUIRE(takes(m(), line, all, true));
    STATIC_REQUIRE(count(m(), line) == 2);
    STATIC_REQUIRE(takes(m(), open(q(-3), q(1, 2)), nonneg, true));
    STATIC_REQUIRE(takes(m(), open(q(-3), q(-2)), st::above));
    // no real roots
    STATIC_REQUIRE(takes(ints({1, 0, 1}), line, st::above));
    STATIC_REQUIRE(count(ints({1, 0, 1}), line) == 0);
    STATIC_REQUIRE(takes(ints({-3, 1, -1, 0, -2}), line, st::below));
    REQUIRE(takes(x2m2(), closed(q(1), q(2)), all, false));
    REQUIRE(count(times(x2m2(), x2m2()), line) == 2);
}

TEST_CASE("open and closed ends at roots", "[study][roots][static]") {
    STATIC_REQUIRE(takes(x(), {at(q(0), false), at(q(1), true)}, st::above));
    STATIC_REQUIRE(takes(x(), closed(q(0), q(1)), nonneg, true));
    STATIC_REQUIRE(takes(x(), {at(q(-1), true), at(q(0), false)}, st::below));
    STATIC_REQUIRE(count(x(), {at(q(0), false), at(q(1), true)}) == 0);
    STATIC_REQUIRE(count(x(), closed(q(0), q(1))) == 1);
    STATIC_REQUIRE(count(x(), {at(q(-1), true), at(q(0), true)}) == 1);
    // x^2 - 1 on (-1, 1) and [-1, 1]
    STATIC_REQUIRE(takes(ints({-1, 0, 1}), open(q(-1), q(1)), st::below));
    STATIC_REQUIRE(takes(ints({-1, 0, 1}), closed(q(-1), q(1)), nonpos, true));
    STATIC_REQUIRE(count(ints({-1, 0, 1}), closed(q(-1), q(1))) == 2);
    STATIC_REQUIRE(count(ints({-1, 0, 1}), {at(q(-1), true), at(q(1), false)}) == 1);
    // a root next to an open end: (x - 1/1000) on (0, 1)
    STATIC_REQUIRE(takes(root(q(1, 1000)), open(q(0), q(1)), all, true));
    REQUIRE(takes(x(), {at(q(0), false), at(q(1), true)}, st::above));
}

TEST_CASE("infinite ends", "[study][roots][static]") {
    constexpr auto cube = [] { return ints({0, 0, 0, 1}); };
    STATIC_REQUIRE(takes(cube(), line, all, true));
    STATIC_REQUIRE(takes(cube(), {inf, at(q(0), false)}, st::below));
    STATIC_REQUIRE(takes(cube(), {at(q(0), true), inf}, nonneg, true));
    STATIC_REQUIRE(takes(cube(), {at(q(5), false), inf}, st::above));
    STATIC_REQUIRE(takes(cube(), {inf, at(q(-7, 2), true)}, st::below));
    // 1 + u on u > 0, and 1 - u there
    STATIC_REQUIRE(takes(ints({1, 1}), {at(q(0), false), inf}, st::above));
    STATIC_REQUIRE(takes(ints({1, -1}), {at(q(0), false), inf}, all, true));
    STATIC_REQUIRE(count(ints({1, -1}), {at(q(0), false), inf}) == 1);
    // large roots: (x - 1000)(x + 2000)
    STATIC_REQUIRE(takes(times(root(q(1000)), root(q(-2000))), line, all, true));
    STATIC_REQUIRE(
        takes(times(root(q(1000)), root(q(-2000))), {at(q(1000), false), inf}, st::above));
    STATIC_REQUIRE(count(times(root(q(1000)), root(q(-2000))), line) == 2);
    REQUIRE(takes(cube(), {inf, at(q(0), false)}, st::below));
}

TEST_CASE("degrees 6 to 8", "[study][roots][static]") {
    constexpr auto p8 = [] { return thirds(1, 8); };
    STATIC_REQUIRE(count(p8(), line) == 8);
    STATIC_REQUIRE(takes(p8(), line, all, true));
    STATIC_REQUIRE(count(p8(), open(q(1, 3), q(8, 3))) == 6);
    STATIC_REQUIRE(count(p8(), closed(q(1, 3), q(8, 3))) == 8);
    STATIC_REQUIRE(takes(p8(), open(q(0), q(1, 3)), st::above));
    constexpr auto p6 = [] { return thirds(-3, 2); };
    STATIC_REQUIRE(count(p6(), line) == 6);
    STATIC_REQUIRE(takes(p6(), {at(q(2, 3), false), inf}, st::above));
    STATIC_REQUIRE(takes(p6(), {inf, at(q(-1), false)}, st::above));
    // x^8 - 3: two irrational roots; x^6 - 2x^3 + 1 = (x^3 - 1)^2
    STATIC_REQUIRE(takes(ints({-3, 0, 0, 0, 0, 0, 0, 0, 1}), line, all, false));
    STATIC_REQUIRE(count(ints({-3, 0, 0, 0, 0, 0, 0, 0, 1}), line) == 2);
    STATIC_REQUIRE(takes(ints({1, 0, 0, -2, 0, 0, 1}), line, nonneg, true));
    // (x^2 - 2)(x^2 - 3)(x^2 - 5)(x^2 - 7): eight irrational roots
    constexpr auto r8 = [] {
        return times(times(x2m2(), ints({-3, 0, 1})), times(ints({-5, 0, 1}), ints({-7, 0, 1})));
    };
    STATIC_REQUIRE(count(r8(), line) == 8);
    STATIC_REQUIRE(takes(r8(), line, all, false));
    STATIC_REQUIRE(takes(r8(), open(q(3, 2), q(17, 10)), st::below));
    // degrees 15 and 20
    STATIC_REQUIRE(count(thirds(-7, 7), line) == 15);
    STATIC_REQUIRE(takes(thirds(-7, 7), open(q(-7, 3), q(7, 3)), all, true));
    constexpr auto x20 = [] {
        st::upoly p = ints({-1});
        for (int i = 0; i < 19; ++i) p.c.push_back(q(0));
        p.c.push_back(q(1));
        return p;
    };
    STATIC_REQUIRE(takes(x20(), line, all, true));
    STATIC_REQUIRE(count(x20(), line) == 2);
    REQUIRE(count(p8(), line) == 8);
    REQUIRE(takes(r8(), line, all, false));
}

TEST_CASE("zero, constants, empty and point spans", "[study][roots][static]") {
    STATIC_REQUIRE(takes(st::upoly{}, line, st::at_zero, true));
    STATIC_REQUIRE(takes(ints({0, 0}), open(q(0), q(1)), st::at_zero, true));
    STATIC_REQUIRE(takes(ints({5}), line, st::above));
    STATIC_REQUIRE(takes(ints({-2, 0}), open(q(3), q(4)), st::below));
    STATIC_REQUIRE(count(ints({5}), line) == 0);
    STATIC_REQUIRE(count(st::upoly{}, line) == -100);  // infinitely many: refused
    STATIC_REQUIRE(takes(x(), closed(q(2), q(1)), 0));
    STATIC_REQUIRE(takes(x(), {at(q(1), true), at(q(1), false)}, 0));
    STATIC_REQUIRE(takes(st::upoly{}, open(q(1), q(1)), 0));
    STATIC_REQUIRE(count(x(), open(q(1), q(1))) == 0);
    STATIC_REQUIRE(takes(root(q(1)), closed(q(1), q(1)), st::at_zero, true));
    STATIC_REQUIRE(takes(x2m2(), closed(q(1), q(1)), st::below));
    STATIC_REQUIRE(count(root(q(1)), closed(q(1), q(1))) == 1);
    STATIC_REQUIRE(count(st::upoly{}, closed(q(1), q(1))) == 1);
    // a point needs no root bound: x^2 - 10^18 x at 1
    STATIC_REQUIRE(takes(ints({0, -1000000000000000000, 1}), closed(q(1), q(1)), st::below));
    STATIC_REQUIRE(st::value_at(x2m2(), q(3, 2)).num == 1);
    STATIC_REQUIRE(st::value_at(x2m2(), q(3, 2)).den == 4);
    REQUIRE(takes(st::upoly{}, line, st::at_zero, true));
}

TEST_CASE("overflow and hard inputs are refused, never guessed", "[study][roots][static]") {
    // denominators whose common multiple overflows
    constexpr auto big_dens = [] {
        return st::upoly{{q(1, 1000000007), q(1, 1000000009), q(1, 998244353)}};
    };
    STATIC_REQUIRE(refused(big_dens(), line));
    STATIC_REQUIRE(count(big_dens(), line) == -100);
    // a failed coefficient, a failed polynomial
    STATIC_REQUIRE(refused(st::upoly{{leibniz::detail::overflowed}}, line));
    STATIC_REQUIRE(refused(st::upoly{{q(1)}, false}, line));
    STATIC_REQUIRE(st::value_at(ints({0, 0, 0, 1}), q(3000000000)).ok == false);
    // huge coefficients: the Sturm sequence or the root bound overflows
    constexpr auto huge = [] {
        return ints({4000000000000000000, -3999999999999999999, 0, 0, 0, 7});
    };
    STATIC_REQUIRE(refused(huge(), line));
    // two roots 10^-12 apart: refused or right, never wrong
    constexpr auto close = [] {
        return times(ints({-1000000, 1000000000000}), ints({-999999, 1000000000000}));
    };
    constexpr st::signs c = st::signs_on(close(), line);
    STATIC_REQUIRE((!c.ok || (c.mask == all && witnesses_hold(close(), line, c))));
    // (x^2 - 2)(x^2 - 2 - 10^-8): roots 3.5e-9 apart, separated exactly
    constexpr auto near = [] {
        return times(x2m2(), st::upoly{{q(-200000001, 100000000), q(0), q(1)}});
    };
    STATIC_REQUIRE(takes(near(), line, all, false));
    STATIC_REQUIRE(count(near(), {at(q(1), true), at(q(2), true)}) == 2);
    // four pairs of roots 3.5e-5 apart with a large leading coefficient: the budget runs out
    constexpr auto pairs = [] {
        return times(times(x2m2(), st::upoly{{q(-20001, 10000), q(0), q(1)}}),
                     times(ints({-3, 0, 1}), st::upoly{{q(-30001, 10000), q(0), q(1)}}));
    };
    STATIC_REQUIRE(spent(pairs()));
    STATIC_REQUIRE(count(pairs(), line) == 8);  // counting alone is cheap
    REQUIRE(refused(big_dens(), line));
    REQUIRE(refused(pairs(), line));
}

namespace {

// A generated polynomial lead * prod (x - r_i) [* (x^2 + m)], with its distinct roots, and a
// span with ends on the grid k/6 (or infinite).
struct generated {
    st::upoly p;
    rational roots[8]{};
    int n = 0;               // distinct roots, sorted
    rational factors[16]{};  // every root, repeated by multiplicity
    int multiple = 0;
    long long lead = 1;
    st::span s;
};

constexpr unsigned long long next(unsigned long long& state) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
}

constexpr generated generate(unsigned long long seed) {
    using leibniz::detail::compare;
    unsigned long long state = seed * 7919 + 17;
    generated g;
    int factors = 1 + static_cast<int>(next(state) % 6);
    g.lead = static_cast<long long>(next(state) % 5) - 2;
    if (g.lead == 0) g.lead = 3;
    g.p = ints({g.lead});
    for (int i = 0; i < factors; ++i) {
        long long den = 1 + static_cast<long long>(next(state) % 3);
        rational r = q(static_cast<long long>(next(state) % 13) - 6, den);
        int times_ = 1 + (next(state) % 4 == 0 ? 1 : 0);  // sometimes a double root
        for (int t = 0; t < times_; ++t) {
            g.p = times(g.p, root(r));
            g.factors[g.multiple++] = r;
        }
        bool seen = false;
        for (int j = 0; j < g.n; ++j) seen = seen || compare(g.roots[j], r) == 0;
        if (!seen) g.roots[g.n++] = r;
    }
    if (next(state) % 3 == 0)
        g.p = times(g.p, ints({1 + static_cast<long long>(next(state) % 4), 0, 1}));
    for (int i = 1; i < g.n; ++i)  // insertion sort
        for (int j = i; j > 0 && compare(g.roots[j - 1], g.roots[j]) > 0; --j) {
            rational t = g.roots[j];
            g.roots[j] = g.roots[j - 1];
            g.roots[j - 1] = t;
        }
    long long a = static_cast<long long>(next(state) % 49) - 24,
              b = a + static_cast<long long>(next(state) % 30);
    g.s.lo = next(state) % 5 == 0 ? inf : at(q(a, 6), next(state) % 2 == 0);
    g.s.hi = next(state) % 5 == 0 ? inf : at(q(b, 6), next(state) % 2 == 0);
    return g;
}

// The sign of the generated polynomial at x, from its factors.
constexpr int sign_by_construction(generated const& g, rational x) {
    using leibniz::detail::compare;
    int sg = g.lead < 0 ? -1 : 1;
    for (int i = 0; i < g.multiple; ++i) sg *= compare(x, g.factors[i]);
    return sg;  // the factor x^2 + m, if any, is positive
}

// The truth: signs at the roots in the span, at midpoints between consecutive roots and ends,
// and beyond the last root toward an infinite end.
constexpr char true_mask(generated const& g, long long& roots_in) {
    using leibniz::detail::compare;
    rational pts[24]{};
    int n = 0;
    bool empty = !g.s.lo.infinite && !g.s.hi.infinite &&
                 (compare(g.s.lo.at, g.s.hi.at) > 0 ||
                  (compare(g.s.lo.at, g.s.hi.at) == 0 && !(g.s.lo.closed && g.s.hi.closed)));
    roots_in = 0;
    if (empty) return 0;
    rational lo = g.s.lo.infinite ? q(-100) : g.s.lo.at, hi = g.s.hi.infinite ? q(100) : g.s.hi.at;
    pts[n++] = lo;
    for (int i = 0; i < g.n; ++i)
        if (compare(g.roots[i], lo) > 0 && compare(g.roots[i], hi) < 0) pts[n++] = g.roots[i];
    pts[n++] = hi;
    char mask = 0;
    auto add = [&](rational x) {
        if (!in_span(x, g.s)) return;
        int sg = sign_by_construction(g, x);
        mask = static_cast<char>(mask | (1 << (sg + 1)));
    };
    for (int i = 0; i < n; ++i) add(pts[i]);
    for (int i = 0; i + 1 < n; ++i) add((pts[i] + pts[i + 1]) * q(1, 2));
    for (int i = 0; i < g.n; ++i) roots_in += in_span(g.roots[i], g.s) ? 1 : 0;
    return mask;
}

constexpr bool matches_construction(unsigned long long seed) {
    generated g = generate(seed);
    long long roots_in = 0;
    char mask = true_mask(g, roots_in);
    st::signs r = st::signs_on(g.p, g.s);
    return r.ok && r.mask == mask && witnesses_hold(g.p, g.s, r) && count(g.p, g.s) == roots_in;
}

template <std::size_t... i>
constexpr bool all_match(std::index_sequence<i...>) {
    return (... && matches_construction(i));
}

template <unsigned long long seed>
inline constexpr bool matches = matches_construction(seed);

template <std::size_t... i>
constexpr bool each_matches(std::index_sequence<i...>) {
    return (... && matches<i>);
}

}  // namespace

TEST_CASE("generated polynomials: signs and counts as constructed", "[study][roots][static]") {
    // one constant expression per polynomial (the step limit is per constant expression)
    STATIC_REQUIRE(each_matches(std::make_index_sequence<32>{}));
    REQUIRE(all_match(std::make_index_sequence<32>{}));
}
