// Rule: a positive definite quadratic under an odd power of a square root,
//   (a + b y + k y^2)^(p/2) = k^(p/2) hypot(y + d, sqrt(c))^p,  d = b/(2k), c = a/k - d^2,
// for k > 0, c > 0 and an odd p (y any subexpression; d and c exact at compile time, k^(p/2) one
// literal), taken where |y| > 2^56 unless k = 1 and d = 0 (there the radicand as written).
// Error removed: y^2 overflows for |y| > 1.3e154 (sqrt(z^2 + 1) is inf at z = 1e200, the truth
// 1e200; its derivative z/sqrt(z^2 + 1) is 0 there, the truth 1; the same for sqrt(z^2/3 + 2)
// and sqrt(z^2 + z + 1)).
#pragma once

#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/rational.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/rules/constant_factors.hpp>

namespace leibniz::detail {

namespace lowering::quadratic {

//! What a term of the radicand is: a constant, k Y^2 or b Y (the Y of the square).
template <class T>
struct square_of {
    using type = void;
};
template <class Y>
struct square_of<power<Y, constant<2>>> {
    using type = Y;
};
template <long long N, long long D, class Y>
struct square_of<product<constant<N, D>, power<Y, constant<2>>>> {
    using type = Y;
};
//! The coefficients of S = a + b Y + k Y^2, or ok = false.
template <class S>
struct form {
    static constexpr bool ok = false;
};
template <class... Ts>
    requires(!std::is_void_v<typename first_found<square_of, Ts...>::type>)
struct form<sum<Ts...>> {
    using Y = typename first_found<square_of, Ts...>::type;
    // the power of Y of each term (0, 1 or 2), -1 for any other term
    template <class T>
    static constexpr int degree =
        std::is_same_v<typename term_parts<T>::rest, constant<1>>             ? 0
        : std::is_same_v<typename term_parts<T>::rest, Y>                     ? 1
        : std::is_same_v<typename term_parts<T>::rest, power<Y, constant<2>>> ? 2
                                                                              : -1;
    static constexpr rational coefficient(int n) {
        rational r{0, 1, true};
        ((r = degree<Ts> == n ? r + term_parts<Ts>::coef : r), ...);
        return r;
    }
    static constexpr rational a = coefficient(0), b = coefficient(1), k = coefficient(2);
    static constexpr rational d = b * inverse(rational{2, 1, true} * k);
    static constexpr rational c = a * inverse(k) + -(d * d);
    static constexpr bool ok = ((degree<Ts> >= 0) && ...) && a.ok && k.ok && d.ok && c.ok &&
                               k.num > 0 && c.num > 0 && !is_constant_v<Y>;
};

}  // namespace lowering::quadratic

template <class... Ts, long long P>
    requires(P % 2 != 0 && lowering::quadratic::form<sum<Ts...>>::ok)
struct lower<power<sum<Ts...>, constant<P, 2>>> {
    using q = lowering::quadratic::form<sum<Ts...>>;
    using Y = typename q::Y;
    using shifted =
        std::conditional_t<q::d.num == 0, Y, decltype(add(Y{}, constant<q::d.num, q::d.den>{}))>;
    using h = lowered<hypot_op, lower_t<shifted>,
                      lower_t<power<constant<q::c.num, q::c.den>, constant<1, 2>>>>;
    using hp = std::conditional_t<P == 1, h, power<h, constant<P>>>;
    static constexpr bool unit = q::k.num == 1 && q::k.den == 1 && q::d.num == 0;
    using scaled = typename lowering::fold_irrational<
        product<power<constant<q::k.num, q::k.den>, constant<P, 2>>, hp>>::type;
    // k != 1 or d != 0: the radicand as written where it cannot overflow (|y| <= 2^56, also in
    // float), which is rounded fewer times than the literal k^(p/2) times hypot
    using direct = power<lower_t<sum<Ts...>>, constant<P, 2>>;
    using moderate =
        lowered<nonnegative_op,
                sum<constant<(1LL << 56)>, product<constant<-1>, apply<abs_fn, lower_t<Y>>>>>;
    using type = std::conditional_t<unit, hp, lowered<select_op, moderate, direct, scaled>>;
};

}  // namespace leibniz::detail
