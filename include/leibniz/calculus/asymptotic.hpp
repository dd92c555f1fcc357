// lz::asymptotic(f, z, lz::inf, n): the leading terms of f as z -> +infinity (or -lz::inf), an
// ordinary expression; lz::unknown_series outside the class. Write w = |z| (z = w toward +inf,
// z = -w toward -inf). Two scales, tried in this order:
//   - the power scale: f(z) is a Laurent series in x = 1/w (rational functions of z, their
//     rational powers, and exp/log/tanh/atan/sin/cos of arguments that tend to 0, or log of one
//     that tends to 1). The answer holds every term c w^k with k >= -n: all the growing terms,
//     then the terms through w^-n (1/(1 + z^2), n = 4: z^-2 - z^-4);
//   - the exponential scale: f(z) = sum_k P_k(w) u^k with u = exp(-r w), each P_k a Laurent
//     polynomial in w (finitely many powers) with exact rational coefficients, and r > 0 the
//     largest rational of which every rate of an exponential in the computation is a multiple
//     (sigmoid: r = 1; the catalogue's tanh, 2 sigmoid(2z) - 1: r = 2). The answer holds the
//     levels k <= n, each P_k whole, the growing levels (k < 0) included: sigmoid, n = 2, is
//     1 - exp(-z) + exp(-2z); softplus is z + exp(-z) - exp(-2z)/2; silu z - z exp(-z) +
//     z exp(-2z); the catalogue's tanh 1 - 2 exp(-2z) + 2 exp(-4z).
// Within the exponential scale, a division needs a denominator whose leading level is a single
// power of w (1 + exp(-z) is; z + 1 is not), a logarithm an argument whose leading level is
// exactly u^k (so log of it is -k r w + log(1 + small)), and exp an argument whose level 0 is
// b w (b a multiple of r) plus terms that tend to 0 with u. Outside both scales: unknown_series
// (the tails of erf and gelu, with exp(-z^2); atan's limit pi/2; log z; sin of a growing
// argument; a mix of an infinite series in 1/w with exponentials).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <leibniz/calculus/series.hpp>
#include <leibniz/core/infinity.hpp>

namespace leibniz::detail::series {

//! The most powers of w a coefficient of the exponential scale keeps.
inline constexpr int max_powers = 8;

//! A Laurent polynomial in w: sum c[i] w^(lo + i), i < n, c[n - 1] != 0.
struct lpoly {
    int lo = 0, n = 0;
    std::array<rational, max_powers> c{};
    bool ok = true;
};

//! Laurent polynomials in w as coefficients of series in u = exp(-r w).
struct lring {
    using T = lpoly;
    static constexpr int len = 12;  // levels a series keeps
    long long work = 0;
    bool ok = true;
    rational rate{0, 1, true};  // r, fixed by the first exponential met
    rational hint{0, 1, true};  // a smaller rate that would fit every exponential

    constexpr T bad() {
        ok = false;
        lpoly p;
        p.ok = false;
        return p;
    }
    constexpr T trim(T p) {
        if (!p.ok) return bad();
        for (int i = 0; i < p.n; ++i)
            if (!p.c[static_cast<std::size_t>(i)].ok) return bad();
        while (p.n > 0 && p.c[static_cast<std::size_t>(p.n - 1)].num == 0) --p.n;
        int s = 0;
        while (s < p.n && p.c[static_cast<std::size_t>(s)].num == 0) ++s;
        if (s > 0) {
            for (int i = 0; i + s < p.n; ++i)
                p.c[static_cast<std::size_t>(i)] = p.c[static_cast<std::size_t>(i + s)];
            for (int i = p.n - s; i < p.n; ++i) p.c[static_cast<std::size_t>(i)] = {0, 1, true};
            p.n -= s;
            p.lo += s;
        }
        if (p.n == 0) p.lo = 0;
        return p;
    }
    constexpr T scalar(rational r) {
        if (!r.ok) return bad();
        lpoly p;
        if (r.num != 0) {
            p.n = 1;
            p.c[0] = r;
        }
        return p;
    }
    constexpr rational check_scalar(rational r) {
        ++work;
        if (!r.ok) ok = false;
        return r;
    }
    constexpr T variable(int dir) {
        lpoly p;
        p.lo = 1;
        p.n = 1;
        p.c[0] = {dir, 1, true};
        return p;
    }
    constexpr T add(T const& a, T const& b) {
        if (!a.ok || !b.ok) return bad();
        if (a.n == 0) return a.ok ? b : bad();
        if (b.n == 0) return a;
        int lo = a.lo < b.lo ? a.lo : b.lo, ha = a.lo + a.n, hb = b.lo + b.n;
        int hi = ha > hb ? ha : hb;
        if (hi - lo > max_powers) return bad();
        lpoly p;
        p.lo = lo;
        p.n = hi - lo;
        for (int i = 0; i < a.n; ++i)
            p.c[static_cast<std::size_t>(a.lo - lo + i)] = a.c[static_cast<std::size_t>(i)];
        for (int i = 0; i < b.n; ++i) {
            rational& t = p.c[static_cast<std::size_t>(b.lo - lo + i)];
            t = t + b.c[static_cast<std::size_t>(i)];
            ++work;
        }
        return trim(p);
    }
    constexpr T mul(T const& a, T const& b) {
        if (!a.ok || !b.ok) return bad();
        if (a.n == 0 || b.n == 0) return lpoly{};
        if (a.n + b.n - 1 > max_powers) return bad();
        lpoly p;
        p.lo = a.lo + b.lo;
        p.n = a.n + b.n - 1;
        for (int i = 0; i < a.n; ++i)
            for (int j = 0; j < b.n; ++j) {
                rational& t = p.c[static_cast<std::size_t>(i + j)];
                t = t + a.c[static_cast<std::size_t>(i)] * b.c[static_cast<std::size_t>(j)];
                ++work;
            }
        return trim(p);
    }
    constexpr T scale(T const& a, rational r) {
        if (!a.ok) return bad();
        lpoly p = a;
        for (int i = 0; i < p.n; ++i) {
            p.c[static_cast<std::size_t>(i)] = p.c[static_cast<std::size_t>(i)] * r;
            ++work;
        }
        return trim(p);
    }
    constexpr bool is_zero(T const& a) const { return a.ok && a.n == 0; }
    constexpr bool unit(T const& a) const { return a.ok && a.n == 1; }
    //! The sign as w grows: that of the highest power.
    constexpr int sign(T const& a) const {
        if (a.n == 0) return 0;
        long long top = a.c[static_cast<std::size_t>(a.n - 1)].num;
        if (top > 0) return 1;
        if (top < 0) return -1;
        return 0;
    }
    constexpr int growth(T const& a) const {
        if (a.n == 0 || a.lo + a.n - 1 <= 0) return 0;
        return sign(a);
    }
    constexpr bool rpow(T const& a, rational p, T& out) {
        ++work;
        if (!unit(a)) return false;
        rational e = rational{a.lo, 1, true} * p;
        if (!e.ok || e.den != 1 || e.num > 1000 || e.num < -1000) return false;
        rational c{};
        if (!exact_power(a.c[0], p, c)) return false;
        out = lpoly{};
        out.lo = static_cast<int>(e.num);
        out.n = 1;
        out.c[0] = c;
        return true;
    }
    //! exp(a) = u^shift: a = b w with b a multiple of r (r = |b| if not fixed yet).
    constexpr bool exp_of(T const& a, int& shift) {
        shift = 0;
        if (is_zero(a)) return true;
        if (a.n != 1 || a.lo != 1) return false;
        rational b = a.c[0], mag = b;
        if (mag.num < 0) mag = -mag;
        if (rate.num == 0) rate = mag;
        rational q = b * inverse(rate);
        if (!q.ok) return false;
        if (q.den != 1) {  // gcd(rate, |b|), both positive
            long long n1 = 0, n2 = 0, d = 0;
            if (__builtin_mul_overflow(rate.num, mag.den, &n1) ||
                __builtin_mul_overflow(mag.num, rate.den, &n2) ||
                __builtin_mul_overflow(rate.den, mag.den, &d))
                return false;
            hint = reduce(gcd(n1, n2), d);
            return false;
        }
        if (q.num > 64 || q.num < -64) return false;
        shift = static_cast<int>(-q.num);
        return true;
    }
    //! log(lead u^v) = -v r w, lead = 1.
    constexpr bool log_of(T const& lead, int v, T& out) {
        out = lpoly{};
        if (!unit(lead) || lead.lo != 0 || lead.c[0].num != 1 || lead.c[0].den != 1) return false;
        if (v == 0) return true;
        if (rate.num == 0) return false;
        out.lo = 1;
        out.n = 1;
        out.c[0] = rational{-v, 1, true} * rate;
        return out.c[0].ok;
    }
    constexpr bool scalar_value(T const& a, rational& q) const {
        q = rational{0, 1, true};
        if (!a.ok) return false;
        if (a.n == 0) return true;
        if (a.n != 1 || a.lo != 0) return false;
        q = a.c[0];
        return true;
    }
};

//! The largest n of the exponential scale.
inline constexpr int max_levels = lring::len - 2;

//! The expansion of f's root as z -> dir * infinity, terms as the header comment says.
constexpr expansion asymptotic_expansion(graph_view f, std::string_view var, int dir, int n) {
    expansion out;
    if (n < 0 || n > max_order) return out;
    long long used = 0;
    {  // the power scale, x = 1/w
        engine<qring> e;
        e.f = f;
        e.var = var;
        e.dir = dir;
        e.m = mode::power;
        e.budget = work_budget;
        ser<qring> s = expand(e, n + 1);
        used = e.ring.work;
        if (s.ok && s.nlogs >= 0) {
            for (int j = 0; j < s.nlogs; ++j)
                out.t[out.count++] = {s.logq[j], 0, {0, 1, true}, s.logb[j]};
            for (int k = s.val; k <= n; ++k) {
                rational c = e.coef(s, k);
                if (!c.ok) return expansion{};
                if (c.num == 0) continue;
                if (out.count == max_terms) return expansion{};
                if (dir < 0 && k % 2 != 0) c = -c;  // c x^k = c (dir z)^-k
                out.t[out.count++] = {c, -k, {0, 1, true}, {0, 1, true}};
            }
            out.ok = true;
            return out;
        }
    }
    if (n > max_levels) return out;
    rational rate{0, 1, true};
    long long left = work_budget - used;
    for (int attempt = 0; attempt < 3; ++attempt) {  // the exponential scale, u = exp(-r w)
        engine<lring> e;
        e.f = f;
        e.var = var;
        e.dir = dir;
        e.m = mode::exponential;
        e.budget = left;
        e.ring.rate = rate;
        ser<lring> s = expand(e, n + 1);
        left -= e.ring.work;
        if (!s.ok) {
            if (e.ring.hint.num == 0) return out;
            rate = e.ring.hint;
            continue;
        }
        if (s.nlogs < 0) return out;
        rational r = e.ring.rate;
        for (int j = 0; j < s.nlogs; ++j)
            out.t[out.count++] = {s.logq[j], 0, {0, 1, true}, s.logb[j]};
        for (int k = s.val; k <= n; ++k) {
            lpoly p = e.coef(s, k);
            if (!p.ok) return expansion{};
            for (int i = 0; i < p.n; ++i) {
                rational c = p.c[static_cast<std::size_t>(i)];
                int a = p.lo + i;
                if (c.num == 0) continue;
                if (out.count == max_terms) return expansion{};
                if (dir < 0 && a % 2 != 0) c = -c;  // c w^a = c (dir z)^a
                // u^k = exp(-k r w) = exp(-k r dir z)
                rational rz = rational{-k * dir, 1, true} * r;
                if (!rz.ok) return expansion{};
                out.t[out.count++] = {c, a, rz, {0, 1, true}};
            }
        }
        out.ok = true;
        return out;
    }
    return out;
}

template <class Tree, fixed_string Z, int Dir, int N>
struct asymptotic_of {
    static constexpr expansion value = asymptotic_expansion(view_of<Tree>(), Z.view(), Dir, N);
};

template <class P>
inline constexpr bool is_infinity_v = false;
template <int S>
inline constexpr bool is_infinity_v<infinity<S>> = true;

template <int N, class F, class Z, class Point>
constexpr auto asymptotic_form(F const&, Z const&, Point const&) {
    using point = std::remove_cvref_t<Point>;
    static_assert(!is_unknown_series_v<std::remove_cvref_t<F>>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
    static_assert(expression<F> || is_unknown_series_v<std::remove_cvref_t<F>>,
                  "leibniz: asymptotic(f, z, lz::inf, n): f must be an expression");
    static_assert(is_symbol_v<std::remove_cvref_t<Z>>,
                  "leibniz: asymptotic(f, z, lz::inf, n): z must be a symbol such as "
                  "lz::symbol<\"z\">; to expand in an expression, substitute a symbol for it");
    static_assert(is_infinity_v<point>,
                  "leibniz: asymptotic(f, z, point, n): the point must be lz::inf or -lz::inf "
                  "(at a finite point use lz::series)");
    static_assert(N >= 0, "leibniz: asymptotic(f, z, lz::inf, n): the order n must be 0 or more");
    if constexpr (expression<F> && is_symbol_v<std::remove_cvref_t<Z>> && is_infinity_v<point> &&
                  N >= 0) {
        using Zs = std::remove_cvref_t<Z>;
        using S = asymptotic_of<tree_t<F>, Zs::name_string, point::sign, N>;
        if constexpr (!S::value.ok || param_count_v<F> != 0)
            return unknown_series;
        else
            return rebuild<S, Zs>();
    } else
        return unknown_series;
}

}  // namespace leibniz::detail::series

namespace leibniz {

//! The leading terms of f as z -> +infinity (lz::inf) or -infinity (-lz::inf), an expression:
//! `lz::asymptotic(act::sigmoid(z), z, lz::inf, 2_c)` is 1 - exp(-z) + exp(-2z); outside the
//! class it expands, lz::unknown_series. What n counts is in the header comment (and the guide).
template <class F, class Z, class Point, class N>
constexpr auto asymptotic(F const& f, Z const& z, Point const& point, N const&) {
    static_assert(
        detail::series::is_order_v<std::remove_cvref_t<N>> &&
            !std::is_integral_v<std::remove_cvref_t<N>>,
        "leibniz: asymptotic(f, z, lz::inf, n): write the order as an exact constant, "
        "2_c (or lz::asymptotic<2>(f, z, lz::inf)): the type of the result depends on it");
    constexpr long long n = detail::series::order_v<std::remove_cvref_t<N>>;
    if constexpr (n >= 0 && n <= detail::series::max_order)
        return detail::series::asymptotic_form<static_cast<int>(n)>(f, z, point);
    else if constexpr (n > detail::series::max_order)
        return unknown_series;
    else
        return 0;
}

//! `lz::asymptotic<2>(f, z, lz::inf)` is `lz::asymptotic(f, z, lz::inf, 2_c)`.
template <int N, class F, class Z, class Point>
constexpr auto asymptotic(F const& f, Z const& z, Point const& point) {
    if constexpr (N > detail::series::max_order)
        return unknown_series;
    else
        return detail::series::asymptotic_form<N>(f, z, point);
}

}  // namespace leibniz
