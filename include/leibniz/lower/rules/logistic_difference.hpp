// Rule: the difference of two logistic terms whose arguments are of two exponential families,
//   c O (sigma(a) - sigma(b)) = -c O sigma(a) sigma(-b) expm1(b - a),
// sigma(w) written 1/(1 + exp(-w)) or exp(w)/(1 + exp w), b - a from the algebra (a constant for
// shifted arguments), sigma from t = exp(-|w|) (the logistic rule). Two arguments of one family
// (sigma(z) - sigma(2z)) are exp_rational's. Where a - b is not a constant, it is taken where |a -
// b| <= 1 (a select), the two terms as written elsewhere (they do not cancel there, and expm1 could
// overflow). Error removed: the cancellation of the two terms where both are near 1 (softplus(z) -
// softplus(z - 1), soft clipping: its derivative sigma(z) - sigma(z - 1) lost every digit at
// z = 40).
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/rules/exp_rational.hpp>

namespace leibniz::detail::lowering {

namespace logistic_difference {

template <class F>
struct denominator : std::false_type {};
template <class V>
struct denominator<power<sum<constant<1>, apply<exp_fn, V>>, constant<-1>>> : std::true_type {
    using argument = V;
};

template <class V, class F>
struct is_exp_of : std::false_type {};
template <class V>
struct is_exp_of<V, apply<exp_fn, V>> : std::true_type {};

//! T = c O sigma(w), sigma(w) as 1/(1 + exp v) (w = -v) or exp(v)/(1 + exp v) (w = v): is, c,
//! w and O (the other factors, canonical).
template <class T, class Fs = term_factors<T>>
struct parts {
    static constexpr bool is = false;
};
template <class T, class... Fs>
    requires((((denominator<Fs>::value ? 1 : 0) + ... + 0) == 1))
struct parts<T, type_list<Fs...>> {
    static constexpr bool is = true;
    static constexpr std::size_t i = find_first<denominator, Fs...>();
    using v = typename denominator<at_t<i, type_list<Fs...>>>::argument;
    using rest = erase_t<i, type_list<Fs...>>;
    template <class F>
    using exp_v = is_exp_of<v, F>;
    template <class List>
    struct numerator;
    template <class... Rs>
    struct numerator<type_list<Rs...>> {
        static constexpr std::size_t j = find_first<exp_v, Rs...>();
        static constexpr bool has = j < sizeof...(Rs);
        using others =
            std::conditional_t<has, erase_t<(has ? j : 0), type_list<Rs...>>, type_list<Rs...>>;
    };
    static constexpr rational c = term_parts<T>::coef;
    using w = std::conditional_t<numerator<rest>::has, v, decltype(neg(v{}))>;
    using others = typename canonical_product<typename numerator<rest>::others>::type;
    //! the exponential family of v (rules/exp_rational.hpp): the pair is left to that rule when
    //! both are of one
    using family = typename exp_rational::exp_base<v>::base;
};

template <class A, class B>
constexpr bool opposite() {
    if constexpr (parts<A>::is && parts<B>::is)
        return std::is_same_v<typename parts<A>::others, typename parts<B>::others> &&
               !std::is_same_v<typename parts<A>::family, typename parts<B>::family> &&
               equal(parts<A>::c, -parts<B>::c);
    else
        return false;
}

//! The first pair (i, j), i < j, of opposite terms; {n, n} for none.
template <class... Ts>
consteval std::pair<std::size_t, std::size_t> first_pair() {
    constexpr std::size_t n = sizeof...(Ts);
    using list = type_list<Ts...>;
    std::pair<std::size_t, std::size_t> r{n, n};
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (
            [&] {
                using A = at_t<I, list>;
                constexpr bool row[] = {opposite<A, Ts>()..., false};
                for (std::size_t j = I + 1; j < n && r.first == n; ++j)
                    if (row[j]) r = {I, j};
            }(),
            ...);
    }(std::make_index_sequence<n>{});
    return r;
}

// c O (sigma(a) - sigma(b)) = -c O sigma(a) sigma(-b) expm1(b - a)
template <class A, class B>
struct pair_term {
    using a = typename parts<A>::w;
    using b = typename parts<B>::w;
    static constexpr rational c = parts<A>::c;
    using d = decltype(add(b{}, neg(a{})));
    using others = typename parts<A>::others;
    template <class W>  // sigma(w) = 1/(1 + exp(-w))
    using sigma = lower_t<power<sum<constant<1>, apply<exp_fn, decltype(neg(W{}))>>, constant<-1>>>;
    using factors = concat_t<type_list<constant<-c.num, c.den>, sigma<a>, sigma<decltype(neg(b{}))>,
                                       lowered<expm1_op, lower_t<d>>>,
                             std::conditional_t<std::is_same_v<others, constant<1>>, type_list<>,
                                                type_list<lower_t<others>>>>;
    using together = typename make_product_list<factors>::type;
    using small =
        lowered<nonnegative_op, sum<constant<1>, product<constant<-1>, apply<abs_fn, lower_t<d>>>>>;
    using type =
        std::conditional_t<is_constant_v<d>, together,
                           lowered<select_op, small, together, sum<lower_t<A>, lower_t<B>>>>;
};

}  // namespace logistic_difference

//! The rewrite of the first pair of opposite logistic terms of a sum, else void.
template <class... Ts>
struct logistic_difference_sum {
    static constexpr auto ij = logistic_difference::first_pair<Ts...>();
    template <bool Found, class = void>
    struct result {
        using type = void;
    };
    template <class Dummy>
    struct result<true, Dummy> {
        using list = type_list<Ts...>;
        using pair = typename logistic_difference::pair_term<at_t<ij.first, list>,
                                                             at_t<ij.second, list>>::type;
        template <class... Rs>
        static auto lowered_terms(type_list<Rs...>) -> type_list<lower_t<Rs>...>;
        using rest = decltype(lowered_terms(erase_t<ij.first, erase_t<ij.second, list>>{}));
        using type = typename make_sum_list<concat_t<type_list<pair>, rest>>::type;
    };
    using type = typename result<(ij.first < sizeof...(Ts))>::type;
};

}  // namespace leibniz::detail::lowering
