// Regime: a Taylor polynomial where a sum cancels at 0.
//
// A sum S of one symbol z whose terms do not all vanish to the order of S at 0 (z - tanh z: the
// terms are of order 1, S of order 3; exp(z) - 1 - z: 0 and 1 against 2) loses digits near 0 in
// any formula that adds the terms: |terms|/|S| ulp, every digit of z - tanh z below 1e-8. The
// regime takes S's exact Taylor coefficients a_v..a_m at 0 (calculus/series.hpp, m <= 24) and
// (the highest of 24, 18, 12 and 8 whose coefficients fit in 64 bits) and computes, without a
// branch,
//     S(z) = z^v (a_v + a_(v+1) z + ... + a_m z^(m-v))   for |z| <= r,   S as lowered elsewhere,
// with the radius r chosen at compile time so that the first omitted order is below eps/4 of the
// leading term: |a_m| r^(m-v) = 2^-55 |a_v| (for an odd or even S, in z^2). Outside r the formula
// loses |terms|/|S| at most that of r (75 ulp for z - tanh z at r = 0.2, inside its root window,
// where the error is measured against eps max|f|).
// The test is cheap for the sums it does not apply to: S(0) = 0 by the algebra, and the lowered
// sum still a sum, before any coefficient is computed.
// It does not apply to sums with a run-time constant, a `where`, two symbols, or a series
// calculus/series.hpp does not expand (erf, named constants): those are lowered as written.
#pragma once

#include <cstddef>
#include <type_traits>

#include <leibniz/algebra/substitute.hpp>
#include <leibniz/calculus/series.hpp>
#include <leibniz/core/symbols.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/math.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

namespace taylor {

inline constexpr std::size_t order = 24;

template <class E>
struct has_where : std::false_type {};
template <class C, class A, class B>
struct has_where<piecewise<C, A, B>> : std::true_type {};
template <template <class...> class Node, class... Cs>
struct has_where<Node<Cs...>> : std::bool_constant<(has_where<Cs>::value || ...)> {};

template <class E>
struct has_function : std::false_type {};
template <class Fn, class A>
struct has_function<apply<Fn, A>> : std::true_type {};
template <template <class...> class Node, class... Cs>
struct has_function<Node<Cs...>> : std::bool_constant<(has_function<Cs>::value || ...)> {};

// The Taylor coefficients of E at 0 through order N, each its own constant expression (clang
// counts its step limit per constant expression).
template <class E, class Z, std::size_t N>
struct coefficients_at_zero {
    static constexpr auto value = taylor_coefficients<E, Z, 0, 1, N>();
};

// The order of E at 0 (the index of its first non-zero Taylor coefficient), up to `below`;
// `below` when it is at least that, -1 when E does not expand.
template <class E, class Z, std::size_t Below>
constexpr int valuation() {
    constexpr auto const& r = coefficients_at_zero<E, Z, Below>::value;
    if (!r.ok) return -1;
    for (std::size_t k = 0; k < Below; ++k)
        if (r.c[k].num != 0) return static_cast<int>(k);
    return static_cast<int>(Below);
}

// The lowest order of the terms (up to V), -1 when one does not expand.
template <std::size_t V, class Z, class... Ts>
constexpr int lowest_valuation() {
    int low = static_cast<int>(V);
    bool ok = true;
    (
        [&] {
            constexpr int k = valuation<Ts, Z, V>();
            if (k < 0) ok = false;
            if (k < low) low = k;
        }(),
        ...);
    return ok ? low : -1;
}

template <class S, class Z>
struct analysis;

template <class... Ts, class Z>
struct analysis<sum<Ts...>, Z> {
    static constexpr bool vanishes = true;  // vanishes_at_zero
    // the coefficients through the highest of orders 24, 18, 12, 8 that do not overflow
    template <std::size_t N>
    static constexpr series::taylor_result<order> through() {
        constexpr auto const& r = coefficients_at_zero<sum<Ts...>, Z, N>::value;
        series::taylor_result<order> out;
        out.ok = r.ok;
        for (std::size_t k = 0; k <= N; ++k) out.c[k] = r.c[k];
        return out;
    }
    static constexpr auto c = [] {
        if constexpr (!vanishes)
            return series::taylor_result<order>{};
        else if constexpr (through<24>().ok)
            return through<24>();
        else if constexpr (through<18>().ok)
            return through<18>();
        else if constexpr (through<12>().ok)
            return through<12>();
        else
            return through<8>();
    }();
    static constexpr int v = [] {
        int k = 0;
        while (k <= static_cast<int>(order) && c.c[k].num == 0) ++k;
        return k;
    }();
    static constexpr int m = [] {
        int k = static_cast<int>(order);
        while (k >= 0 && c.c[k].num == 0) --k;
        return k;
    }();
    // a term of lower order than S: the cancellation that the regime removes
    static constexpr bool cancels = [] {
        if constexpr (vanishes && v >= 1 && v <= static_cast<int>(order)) {
            constexpr int low = lowest_valuation<static_cast<std::size_t>(v), Z, Ts...>();
            return c.ok && low >= 0 && low < v;
        } else
            return false;
    }();
    // every non-zero order of the parity of v: a polynomial in z^2
    static constexpr bool parity = [] {
        for (int k = v; k <= m; ++k)
            if (c.c[k].num != 0 && (k - v) % 2 != 0) return false;
        return true;
    }();
    // r = (2^-55 |a_v| / |a_m|)^(1/(m - v)), as a dyadic number with 20 bits
    static constexpr long long radius_num = [] {
        if (!cancels || m <= v) return 0LL;
        auto value = [](rational q) {
            return math::fabs(static_cast<math::ld>(q.num) / static_cast<math::ld>(q.den));
        };
        math::ld ratio = 0x1p-55L * value(c.c[v]) / value(c.c[m]);
        math::ld r = math::exp(math::log(ratio) / static_cast<math::ld>(m - v));
        if (r > 4) r = 4;
        return static_cast<long long>(r * 0x1p20L);
    }();
};

// The coefficients a_v, a_(v+step), ... as a source for horner.
template <class A, int Step>
struct coefficients {
    static constexpr rational a(int k) { return A::c.c[A::v + Step * k]; }
    static constexpr rational b(int k) { return a(k); }
};

template <class S, class L, class Z, bool Applies>
struct regime {
    using type = L;
};
template <class S, class L, class Z>
struct regime<S, L, Z, true> {
    using A = analysis<S, Z>;
    static constexpr int step = A::parity ? 2 : 1;
    using x = std::conditional_t<A::parity, power<Z, constant<2>>, Z>;
    using p = typename horner<coefficients<A, step>, constant<1>, x, 0, (A::m - A::v) / step>::type;
    using polynomial =
        std::conditional_t<A::v == 1, product<Z, p>, product<power<Z, constant<A::v>>, p>>;
    static constexpr rational r = reduce(A::radius_num, 1LL << 20);
    using inside = lowered<nonnegative_op,
                           sum<constant<r.num, r.den>, product<constant<-1>, apply<abs_fn, Z>>>>;
    using type = lowered<select_op, inside, polynomial, L>;
};

// A power with a negative exponent (at 0 the substitution below would divide by 0).
template <class E>
struct has_division : std::false_type {};
template <class B, long long N, long long D>
struct has_division<power<B, constant<N, D>>>
    : std::bool_constant<(N < 0) || has_division<B>::value> {};
template <template <class...> class Node, class... Cs>
struct has_division<Node<Cs...>> : std::bool_constant<(has_division<Cs>::value || ...)> {};

// S(0) = 0 exactly, by the algebra (z = 0 substituted and folded): the cheap test before the
// Taylor coefficients are computed.
template <class S, class Z, bool = has_division<S>::value>
inline constexpr bool vanishes_at_zero = false;
template <class S, class Z>
inline constexpr bool vanishes_at_zero<S, Z, false> =
    std::is_same_v<substitute_t<S, Z, constant<0>>, constant<0>>;

template <class L>
inline constexpr bool is_sum = false;
template <class... Ls>
inline constexpr bool is_sum<sum<Ls...>> = true;

template <class S>
struct one_symbol {
    using type = void;
};
template <class S>
    requires(symbols_in_t<S, type_list<>>::size == 1)
struct one_symbol<S> {
    using type = at_t<0, symbols_in_t<S, type_list<>>>;
};

}  // namespace taylor

//! The lowered sum L of S, or the Taylor regime around it where S cancels at 0.
template <class S, class L>
struct series_regime {
    using type = L;
};
template <class S, class L>
    requires(param_count_v<S> == 0 && !taylor::has_where<S>::value &&
             taylor::has_function<S>::value &&
             !std::is_void_v<typename taylor::one_symbol<S>::type>)
struct series_regime<S, L> {
    using Z = typename taylor::one_symbol<S>::type;
    // only where the lowered sum is still a sum (2 sigma(2z) - 1 became tanh z: no cancellation)
    static constexpr bool applies = [] {
        if constexpr (taylor::is_sum<L> && taylor::vanishes_at_zero<S, Z>)
            return taylor::analysis<S, Z>::radius_num > 0;
        else
            return false;
    }();
    using type = typename taylor::regime<S, L, Z, applies>::type;
};

}  // namespace leibniz::detail::lowering
