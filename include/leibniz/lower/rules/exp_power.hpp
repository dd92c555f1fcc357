// Rule: a non-integer power of a polynomial in one exponential u = exp(w),
//   P(u)^a = exp(a H w) P~(t)^a  for w >= 0,   exp(a L w) P^(t)^a  for w < 0,
// with t = exp(-|w|), H and L the highest and lowest powers of u in P, P~(t) = P(u)/u^H and
// P^(t) = P(u)/u^L polynomials in t in [0, 1] (exact coefficients, taken by a select).
// Error removed: u overflows where P(u)^a does not: sqrt(exp(z) + 2) is inf from z = 709.8
// (float: 88.7), the truth e^(z/2); beside it, the exponential of the prefactor merges with the
// other exponentials of a product (rules/exp_product.hpp): its derivative exp(z)/(2 sqrt(exp(z) +
// 2)) is exp(z/2)/(2 sqrt(1 + 2 t)), not inf/inf.
#pragma once

#include <type_traits>

#include <leibniz/core/rational.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/rules/exact_slope.hpp>
#include <leibniz/lower/rules/exp_rational.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail {

namespace lowering::exp_power {

//! P's coefficients by power of u in units of g (w = g R), or ok = false.
struct form {
    bool ok = false;
    rational g{1, 1, true};
    int lo = 0, hi = 0;
    rational c[33]{};  // c[i]: the coefficient of u^(lo + i)
};

constexpr form analyse(exp_rational::poly_factor const& p) {
    form f;
    rational g{0, 1, true};
    for (int i = 0; i < p.size; ++i) g = exp_rational::gcd(g, p.k[i]);
    if (!g.ok || g.num <= 0) return f;
    int m[exp_rational::max_terms]{};
    int lo = 64, hi = -64;
    for (int i = 0; i < p.size; ++i) {
        rational q = p.k[i] * inverse(g);
        if (!q.ok || q.den != 1 || q.num > 16 || q.num < -16) return f;
        m[i] = static_cast<int>(q.num);
        if (m[i] < lo) lo = m[i];
        if (m[i] > hi) hi = m[i];
    }
    f.g = g;
    f.lo = lo;
    f.hi = hi;
    for (int i = 0; i < p.size; ++i) f.c[m[i] - lo] = f.c[m[i] - lo] + p.c[i];
    for (int i = 0; i <= hi - lo; ++i)
        if (!f.c[i].ok) return f;
    f.ok = hi > lo;
    return f;
}

template <class S>
struct rewrite {
    static constexpr bool applies = false;
};
template <class... Ts>
    requires(
        !std::is_void_v<typename exp_rational::first_rest<Ts...>::type> &&
        exp_rational::polynomial<sum<Ts...>, typename exp_rational::first_rest<Ts...>::type>::in)
struct rewrite<sum<Ts...>> {
    using R = typename exp_rational::first_rest<Ts...>::type;
    static constexpr form value = analyse(exp_rational::polynomial<sum<Ts...>, R>::value(1));
    static constexpr bool applies = value.ok;
};

}  // namespace lowering::exp_power

template <class... Ts, long long P, long long Q>
    requires(Q != 1 && lowering::exp_power::rewrite<sum<Ts...>>::applies)
struct lower<power<sum<Ts...>, constant<P, Q>>> {
    using rw = lowering::exp_power::rewrite<sum<Ts...>>;
    static constexpr auto f = rw::value;
    using W = decltype(mul(constant<f.g.num, f.g.den>{}, typename rw::R{}));
    using t = typename lowering::exp_neg_abs<W>::type;
    using s = typename lowering::sign_tests<W>::nonnegative;
    struct source {  // a: w >= 0, the coefficient of t^m is that of u^(hi - m); b: w < 0, u^(lo +
                     // m)
        static constexpr rational a(int m) { return f.c[f.hi - f.lo - m]; }
        static constexpr rational b(int m) { return f.c[m]; }
    };
    using poly = typename lowering::horner<source, s, t, 0, f.hi - f.lo>::type;
    static constexpr rational alpha{P, Q, true};
    static constexpr rational up = alpha * rational{f.hi, 1, true},
                              down = alpha * rational{f.lo, 1, true};
    using x = lower_t<W>;
    // exp(k x), k = a H or a L by the sign of w: one exponential where k is exact in the type
    // (it merges with the others of a product); else k = kh + kl, h = kh x rounded and
    // exp(h) (1 + l), l = (kh x - h) + kl x from an fma (the rounding of k x, amplified by |k x|)
    template <rational K, bool Low>
    using part = lowered<
        split_literal_op<static_cast<long double>(K.num) / static_cast<long double>(K.den), Low>>;
    // each side's exponent on its own, 0 where its k is 0 (0 x is NaN at x = -inf: the side of
    // the select that is not taken must not be the one that decides)
    template <class A, class B>
    using by_sign = lowered<select_op, s, A, B>;
    template <rational K, class X>
    using times = std::conditional_t<K.num == 0, constant<0>, product<constant<K.num, K.den>, X>>;
    template <bool Exact, class = void>
    struct exponential {
        using type = apply<exp_fn, by_sign<times<up, x>, times<down, x>>>;
    };
    template <class Dummy>
    struct exponential<false, Dummy> {
        template <rational K>
        using h_of = std::conditional_t<K.num == 0, constant<0>, product<part<K, false>, x>>;
        using h = by_sign<h_of<up>, h_of<down>>;
        template <rational K>
        using l_of =
            std::conditional_t<K.num == 0, constant<0>,
                               sum<lowered<fma_op, part<K, false>, x, product<constant<-1>, h>>,
                                   product<part<K, true>, x>>>;
        using type = product<apply<exp_fn, h>, sum<constant<1>, by_sign<l_of<up>, l_of<down>>>>;
    };
    using prefactor = typename exponential<lowering::exact_in_float(up.num, up.den) &&
                                           lowering::exact_in_float(down.num, down.den)>::type;
    using root = power<poly, constant<P, Q>>;
    using type = std::conditional_t<up.num == 0 && down.num == 0, root, product<prefactor, root>>;
};

}  // namespace leibniz::detail
