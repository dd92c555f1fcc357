// Rule: terms over powers of one denominator B added over B^M where their numerators cancel.
//
// Identity: sum_i c_i R_i B^(-k_i) = N B^(-M), M = max k_i, N = sum_i c_i R_i B^(M - k_i) with the
// powers of B multiplied out and the terms collected by the algebra, after Y sign(c Y) = |c Y|/c
// in each of them. It is used where N has fewer terms than its expansion (something cancelled
// exactly): softsign's derivative 1/(1 + |y|) - y sign(y)/(1 + |y|)^2 = 1/(1 + |y|)^2, and its
// second 2 y sign(y)^2/(1 + |y|)^3 - 2 sign(y)/(1 + |y|)^2 = -2 sign(y)/(1 + |y|)^3, the
// derivative of z/(1 + z^2) as (1 - z^2)/(1 + z^2)^2.
// Error removed: the cancellation of the terms (softsign' loses every digit at |y| = 1e16).
// Only integer coefficients up to 2^10, M - k_i <= 4 and B of at most 4 terms, so that no exact
// coefficient of N can overflow; a sum outside these bounds is lowered term by term.
#pragma once

#include <algorithm>
#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/sign.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

namespace common_denominator {

template <class T>
struct terms_of {
    using type = type_list<T>;
};
template <class... Ts>
struct terms_of<sum<Ts...>> {
    using type = type_list<Ts...>;
};
template <>
struct terms_of<constant<0>> {
    using type = type_list<>;
};

// --- the denominator: the first sum with a negative integer power among the terms' factors

template <class F>
struct negative_base {
    using type = void;
};
template <class... Ss, long long N>
    requires(N < 0)
struct negative_base<power<sum<Ss...>, constant<N>>> {
    using type = sum<Ss...>;
};
//! k of the factor B^(-k) of T, 0 when it has none.
template <class B, class F>
inline constexpr long long depth_of = 0;
template <class B, long long N>
    requires(N < 0)
inline constexpr long long depth_of<B, power<B, constant<N>>> = -N;
template <class B, class List>
struct depth;
template <class B, class... Fs>
struct depth<B, type_list<Fs...>> {
    static constexpr long long value = std::max({0LL, depth_of<B, Fs>...});
};
template <class B, class T>
inline constexpr long long depth_v = depth<B, term_factors<T>>::value;

// --- N's terms: c_i R_i B^(M - k_i) multiplied out

template <class Ps, class Bs>
struct outer;
template <class... Ps, class... Bs>
struct outer<type_list<Ps...>, type_list<Bs...>> {
    template <class P>
    using row = type_list<decltype(mul(P{}, Bs{}))...>;
    using type = concat_t<row<Ps>...>;
};
template <class Pieces, class B, long long R>
struct raise_pieces {
    using type = typename raise_pieces<typename outer<Pieces, typename terms_of<B>::type>::type, B,
                                       R - 1>::type;
};
template <class Pieces, class B>
struct raise_pieces<Pieces, B, 0> {
    using type = Pieces;
};

//! Y sign(c Y) = |c Y|/c for one such pair among P's factors (Y a single factor), repeated.
template <class P, class Fs = term_factors<P>>
struct abs_of_sign {
    using type = P;
};
template <class Y, class F>
inline constexpr bool has_base = false;
template <class Y>
inline constexpr bool has_base<Y, Y> = true;
template <class Y, long long A>
    requires(A >= 1)
inline constexpr bool has_base<Y, power<Y, constant<A>>> = true;
template <class X>
struct scaled {  // X = c Y
    static constexpr rational c = product_parts<X>::coef;
    using factors = typename product_parts<X>::factors;
    static constexpr bool single = factors::size == 1;
    using Y = std::conditional_t<single, at_t<0, std::conditional_t<single, factors, type_list<X>>>,
                                 void>;
};
template <class F>
struct sign_argument {
    using type = void;
};
template <class X>
struct sign_argument<apply<sign_fn, X>> {
    using type = X;
};
template <class X, long long B>
    requires(B >= 1)
struct sign_argument<power<apply<sign_fn, X>, constant<B>>> {
    using type = X;
};
template <class Fs, class X>
inline constexpr bool pairs = false;
template <class... Fs, class X>
    requires(!std::is_void_v<X> && scaled<X>::single)
inline constexpr bool pairs<type_list<Fs...>, X> = (has_base<typename scaled<X>::Y, Fs> || ...);
template <class P, class... Fs>
struct first_pair {
    using type = void;
};
template <class P, class F, class... Fs>
struct first_pair<P, F, Fs...> {
    using X = typename sign_argument<F>::type;
    using type =
        std::conditional_t<pairs<term_factors<P>, X>, X, typename first_pair<P, Fs...>::type>;
};
template <class P, class... Fs>
    requires(!std::is_void_v<typename first_pair<P, Fs...>::type>)
struct abs_of_sign<P, type_list<Fs...>> {
    using X = typename first_pair<P, Fs...>::type;
    using Y = typename scaled<X>::Y;
    using rest = decltype(mul(mul(P{}, pow_(Y{}, constant<-1>{})),
                              pow_(call<sign_fn>(X{}), constant<-1>{})));
    using type = typename abs_of_sign<decltype(mul(
        rest{}, mul(call<abs_fn>(X{}), constant_from<inverse(scaled<X>::c)>())))>::type;
};

template <class List>
struct collect {
    using type = constant<0>;
};
template <class P, class... Ps>
struct collect<type_list<P, Ps...>> {
    using type = decltype(add(P{}, typename collect<type_list<Ps...>>::type{}));
};

template <rational C>
inline constexpr bool small = C.ok && C.den == 1 && C.num >= -1024 && C.num <= 1024;
template <class B>
inline constexpr bool small_base = false;
template <class... Ss>
inline constexpr bool small_base<sum<Ss...>> =
    sizeof...(Ss) <= 4 && (small<term_parts<Ss>::coef> && ...);

template <class B, class... Ts>
struct rewrite {
    static constexpr long long most = std::max({depth_v<B, Ts>...});
    template <class T>
    static constexpr bool over_b = depth_v<B, T> > 0;
    static constexpr bool bounded =
        small_base<B> &&
        ((!over_b<Ts> || (small<term_parts<Ts>::coef> && most - depth_v<B, Ts> <= 4)) && ...) &&
        ((over_b<Ts> ? 1 : 0) + ...) >= 2;
    template <bool Ok, class = void>
    struct build {
        using type = void;
    };
    template <class Dummy>
    struct build<true, Dummy> {
        template <class T>
        using pieces = std::conditional_t<
            over_b<T>,
            typename raise_pieces<
                type_list<decltype(mul(T{}, pow_(B{}, constant<depth_v<B, T>>{})))>, B,
                most - depth_v<B, T>>::type,
            type_list<>>;
        using all = concat_t<pieces<Ts>...>;
        template <class List>
        struct simplified;
        template <class... Ps>
        struct simplified<type_list<Ps...>> {
            using type = type_list<typename abs_of_sign<Ps>::type...>;
        };
        using N = typename collect<typename simplified<all>::type>::type;
        template <class T>
        using out = std::conditional_t<over_b<T>, type_list<>, type_list<lower_t<T>>>;
        template <bool Cancelled, class = void>
        struct result {
            using type = void;
        };
        template <class D>
        struct result<true, D> {
            using whole = lower_t<decltype(mul(N{}, pow_(B{}, constant<-most>{})))>;
            using type = typename make_sum_list<concat_t<type_list<whole>, out<Ts>...>>::type;
        };
        using type = typename result<(terms_of<N>::type::size < all::size)>::type;
    };
    using type = typename build<bounded>::type;
};

}  // namespace common_denominator

//! The rewrite of a sum over its first denominator, else void.
template <class... Ts>
struct common_denominator_sum {
    using B = typename first_found_in<common_denominator::negative_base,
                                      concat_t<term_factors<Ts>...>>::type;
    template <class Bb, class = void>
    struct pick {
        using type = void;
    };
    template <class Bb>
        requires(!std::is_void_v<Bb>)
    struct pick<Bb, void> {
        using type = typename common_denominator::rewrite<Bb, Ts...>::type;
    };
    using type = typename pick<B>::type;
};

}  // namespace leibniz::detail::lowering
