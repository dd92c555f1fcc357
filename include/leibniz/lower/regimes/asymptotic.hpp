// Regime: the leading terms of f toward +-infinity, beyond a threshold, where f's formula
// overflows.
//
// An algebraic f of one symbol z (sums, products and powers, a sum under a root or in a
// denominator) overflows inside its formula long before its value does: (z + sqrt(z^2 + 4))/2 is
// inf at z = 1e155 (z^2), the truth z; z/(1 + z^2)^(3/2) is 0 at z = 1e103 where the truth is
// 1e-206. When f has an expansion in powers of 1/z toward +inf or -inf (calculus/asymptotic.hpp,
// the power scale: exact rational coefficients), the regime computes, without a branch,
//     f(z) = c_K z^K + z^(K-1) (c_(K-1) + c_(K-2) x + ... + c_L x^(K-1-L)), x = 1/z,  for z >= T
//     (its own for z <= -T; x^(-K) (c_K + c_(K-1) x + ...), as divisions by z, when K <= 0),
//     and f as lowered elsewhere in between,
// with the terms through order L = -n + 4 of the n computed (n = 12, or more so that at least
// two orders from the leading one are kept; 9 or 6 where the exact coefficients would overflow) and
// the threshold T = 2^e chosen at compile time from the four orders computed beyond them: |c_a| T^a
// <= 2^-b |c_K| T^K for each of them, b = 64 bits for double and 35 for float (2^-11 of an ulp),
// and e >= 16 (so that an order omitted beyond the computed ones is below 2^-b too). It does not
// apply to f with a function (exp, log, ...: the logistic and log-sum-exp rules keep those finite),
// a run-time constant, two symbols, an irrational coefficient (z/sqrt(1 + z^2/2): sqrt 2), or a
// side whose T would exceed 2^62: that side is lowered as written. The test is cheap for the trees
// it does not apply to: a type trait, before any expansion.
#pragma once

#include <cstddef>
#include <type_traits>

#include <leibniz/calculus/asymptotic.hpp>
#include <leibniz/functions/math.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/regimes/series.hpp>

namespace leibniz::detail::lowering {

namespace asymptote {

// Sums, products, powers, symbols and constants only (a `where` is allowed: the expansion takes
// the branch that holds toward infinity, or fails).
template <class E>
struct algebraic : std::true_type {};
template <class Fn, class A>
struct algebraic<apply<Fn, A>> : std::false_type {};
template <template <class...> class Node, class... Cs>
struct algebraic<Node<Cs...>> : std::conjunction<algebraic<Cs>...> {};

// A sum under a root or in a denominator: where an algebraic formula overflows before its value.
template <class E>
struct has_radical : std::false_type {};
template <class... Ts, long long N, long long D>
struct has_radical<power<sum<Ts...>, constant<N, D>>>
    : std::disjunction<std::bool_constant<(N < 0 || D != 1)>, has_radical<Ts>...> {};
template <template <class...> class Node, class... Cs>
struct has_radical<Node<Cs...>> : std::disjunction<has_radical<Cs>...> {};

inline constexpr int first_order = 12, proxies = 4, min_exponent = 16, max_exponent = 62;

//! What one side uses: the kept terms and the threshold 2^e; `span` false when fewer than five
//! orders from the leading one were computed (the caller computes more).
struct side_plan {
    bool ok = false, span = true;
    int e = 0, k = 0, low = 0;  // T = 2^e; the kept orders: k down to low
    series::expansion kept;
};

constexpr side_plan plan_side(series::expansion const& x, int n, int bits) {
    side_plan out;
    if (!x.ok || x.count == 0) return out;
    int k = -n;
    for (std::size_t i = 0; i < x.count; ++i) {
        series::out_term const& t = x.t[i];
        if (t.rate.num != 0 || t.logb.num != 0 || !t.c.ok) return out;  // not the power scale
        if (t.a > k) k = t.a;
    }
    if (k + n < proxies + 2) {  // fewer than two orders from the leading one
        out.span = false;
        return out;
    }
    auto size = [](rational q) {
        return math::fabs(static_cast<math::ld>(q.num) / static_cast<math::ld>(q.den));
    };
    math::ld lead = 0;
    for (std::size_t i = 0; i < x.count; ++i)
        if (x.t[i].a == k) lead = size(x.t[i].c);
    math::ld const ln2 = 0.693147180559945309417232121458176568L;
    math::ld need = min_exponent;
    int const last = -n + proxies - 1;  // the proxies: orders -n .. last
    for (std::size_t i = 0; i < x.count; ++i) {
        series::out_term const& t = x.t[i];
        if (t.a > last) {
            out.kept.t[out.kept.count++] = t;
            continue;
        }
        // |c_a| T^a <= 2^-bits |c_K| T^K, one bit to spare
        math::ld e =
            (math::log(size(t.c) / lead) / ln2 + bits + 1) / static_cast<math::ld>(k - t.a);
        if (e > need) need = e;
    }
    if (need > max_exponent) return out;
    out.e = static_cast<int>(need);
    if (out.e < need) ++out.e;
    out.k = k;
    out.low = last + 1;
    out.kept.ok = true;
    out.ok = true;
    return out;
}

template <class Tree, class Z, int Dir, int N, int Bits>
struct side_at {
    static constexpr side_plan value =
        plan_side(series::asymptotic_of<Tree, Z::name_string, Dir, N>::value, N, Bits);
};

// The plan of a side: n = 12, or n = 8 - K when the leading order K is below -6; when the exact
// coefficients overflow 64 bits (sqrt(25 z^2 + 1/100): powers of 1/2500), n = 9, then 6 (fewer
// orders, a larger threshold).
template <class Tree, class Z, int Dir, int Bits, int N = first_order>
struct side {
    static constexpr side_plan value = [] {
        constexpr side_plan const& p = side_at<Tree, Z, Dir, N, Bits>::value;
        if constexpr (p.ok)
            return p;
        else if constexpr (!p.span && N == first_order) {
            constexpr int k = [] {
                constexpr auto const& x =
                    series::asymptotic_of<Tree, Z::name_string, Dir, first_order>::value;
                int top = -first_order;
                for (std::size_t i = 0; i < x.count; ++i)
                    if (x.t[i].a > top) top = x.t[i].a;
                return top;
            }();
            if constexpr (proxies + 4 - k <= series::max_order)
                return side_at<Tree, Z, Dir, proxies + 4 - k, Bits>::value;
            else
                return side_plan{};
        } else if constexpr (p.span && N > 6)
            return side<Tree, Z, Dir, Bits, N - 3>::value;
        else
            return side_plan{};
    }();
};

// The kept coefficients of z^Top, z^(Top-1), ..., as a source for horner (0 where none is kept).
template <class S, int Top>
struct coefficients {
    static constexpr rational a(int m) {
        for (std::size_t i = 0; i < S::value.kept.count; ++i)
            if (S::value.kept.t[i].a == Top - m) return S::value.kept.t[i].c;
        return {0, 1, true};
    }
    static constexpr rational b(int m) { return a(m); }
};

// z^k, k >= 0
template <class Z, int K>
struct monomial {
    using type = std::conditional_t<K == 0, constant<1>,
                                    std::conditional_t<K == 1, Z, power<Z, constant<K>>>>;
};

// y H with y = 1 left out
template <class Y, class H>
struct scaled {
    using type = product<Y, H>;
};
template <class H>
struct scaled<constant<1>, H> {
    using type = H;
};

// For k >= 1, c_k z^k + z^(k-1) (c_(k-1) + x (c_(k-2) + x (...))), x = 1/z: the leading term
// added last, so that the rounding of the others is relative to their own size; for k <= 0,
// x (x (... (c_k + x (c_(k-1) + ...)))): each x a division by z (no power of z that overflows
// before the value does, and |k| roundings, not those of a power of a rounded 1/z).
template <class S, class Z, bool Lead = (S::value.k >= 1)>
struct form {
    static constexpr int k = S::value.k,
                         top = lowering::top<coefficients<S, S::value.k>>(k - S::value.low + 1);
    static constexpr rational c = coefficients<S, S::value.k>::a(0);
    using x = power<Z, constant<-1>>;
    // c z^k with c rounded once: a constant factor p/q is applied as a multiplication by p and a
    // division by q, and p z overflows for the largest z ((3/4) z at DBL_MAX)
    using factor = std::conditional_t<c.den == 1 && (c.num == 1 || c.num == -1), constant<c.num>,
                                      lowered<literal_op<c.num, c.den>>>;
    using lead = typename times<factor, typename monomial<Z, k>::type>::type;
    template <bool More, class = void>
    struct rest {
        using type = lead;
    };
    template <class Dummy>
    struct rest<true, Dummy> {
        using h = typename horner<coefficients<S, S::value.k>, constant<1>, x, 1, top>::type;
        using type = sum<typename scaled<typename monomial<Z, k - 1>::type, h>::type, lead>;
    };
    using type = typename rest<(top >= 1)>::type;
};
template <class S, class Z>
struct form<S, Z, false> {
    static constexpr int top = lowering::top<coefficients<S, 0>>(1 - S::value.low);
    using type =
        typename horner<coefficients<S, 0>, constant<1>, power<Z, constant<-1>>, 0, top>::type;
};

// The test z >= T (Dir = 1) or -z >= T (Dir = -1), as a flag.
template <class Z, int Dir, int E>
using beyond_t =
    lowered<nonnegative_op,
            sum<constant<-(1LL << E)>, std::conditional_t<Dir == 1, Z, product<constant<-1>, Z>>>>;

template <class L, class S, class Z, int Dir, bool = S::value.ok>
struct with_side {
    using type = L;
};
template <class L, class S, class Z, int Dir>
struct with_side<L, S, Z, Dir, true> {
    using type = lowered<select_op, beyond_t<Z, Dir, S::value.e>, typename form<S, Z>::type, L>;
};

}  // namespace asymptote

//! The lowered tree L of Tree, or the asymptotic regime around it toward +-infinity, for a
//! floating-point type with Bits bits of precision (53: double; 24: float).
template <class Tree, class L, int Bits>
struct asymptotic_regime {
    using type = L;
};
template <class Tree, class L, int Bits>
    requires(param_count_v<Tree> == 0 && asymptote::algebraic<Tree>::value &&
             asymptote::has_radical<Tree>::value &&
             !std::is_void_v<typename taylor::one_symbol<Tree>::type>)
struct asymptotic_regime<Tree, L, Bits> {
    using Z = typename taylor::one_symbol<Tree>::type;
    static constexpr int bits = Bits + 11;  // the truncation below 2^-11 of an ulp
    using up = asymptote::side<Tree, Z, 1, bits>;
    using down = asymptote::side<Tree, Z, -1, bits>;
    using type = typename asymptote::with_side<typename asymptote::with_side<L, down, Z, -1>::type,
                                               up, Z, 1>::type;
};

}  // namespace leibniz::detail::lowering
