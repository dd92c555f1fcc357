// Rule: terms over powers of denominators B_j (sums) added over prod B_j^(M_j) where their
// numerators cancel.
//
// Identity: sum_i c_i R_i prod_j B_j^(-k_ij) = N prod_j B_j^(-M_j), M_j = max_i k_ij (integers or
// halves), N = sum_i c_i R_i prod_j B_j^(M_j - k_ij) with every sum factor and integer power of a
// sum multiplied out and the terms collected by the algebra (sqrt(S)^2 = S is multiplied out
// too), after Y sign(c Y) = |c Y|/c in each of them. It is used where N has fewer terms than its
// expansion (something cancelled exactly): softsign's derivative 1/(1 + |y|) - y sign(y)/(1 +
// |y|)^2 = 1/(1 + |y|)^2, and its second -2 sign(y)/(1 + |y|)^3; the derivative of z/(1 + z^2)
// as (1 - z^2)/(1 + z^2)^2; rootsig's 1/(1 + r) - z^2/(r (1 + r)^2) = 1/(r (1 + r)) with
// r = sqrt(1 + z^2), r^2 = 1 + z^2.
// Error removed: the cancellation of the terms (softsign' loses every digit at |y| = 1e16,
// rootsig' 76 ulp at z = -31.5).
// Only integer coefficients up to 2^10, at most 3 denominators of at most 4 terms, M_j - k_ij <= 4
// and 4 levels of multiplying out, so that no exact coefficient of N can overflow and the
// expansion stays small; a sum outside these bounds is lowered term by term.
#pragma once

#include <algorithm>
#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/sign.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

namespace common_denominator {

// --- the denominators: the distinct sums with a negative power among the terms' factors

template <class F>
struct negative_base {
    using type = void;
};
// (not a sum with exponentials: those are exp_rational's and exp_power's, whose prefactor
// exp(a H w) merges with the exponentials of each term, not with those of a numerator added here)
template <class F>
inline constexpr bool is_exp = false;
template <class A>
inline constexpr bool is_exp<apply<exp_fn, A>> = true;
template <class T, class Fs = term_factors<T>>
inline constexpr bool has_exp = false;
template <class T, class... Fs>
inline constexpr bool has_exp<T, type_list<Fs...>> = (is_exp<Fs> || ...);
template <class... Ss, long long N, long long D>
    requires(N < 0 && (D == 1 || D == 2) && !(has_exp<Ss> || ...))
struct negative_base<power<sum<Ss...>, constant<N, D>>> {
    using type = sum<Ss...>;
};
template <class List, class Acc = type_list<>>
struct bases_of {
    using type = Acc;
};
template <class F, class... Fs, class Acc>
struct bases_of<type_list<F, Fs...>, Acc> {
    using B = typename negative_base<F>::type;
    using type = typename bases_of<type_list<Fs...>,
                                   std::conditional_t<std::is_void_v<B> || contains_v<B, Acc>, Acc,
                                                      push_back_t<Acc, B>>>::type;
};

//! k of the factor B^(-k) of T, 0 when it has none.
template <class B, class F>
inline constexpr rational depth_of{0, 1, true};
template <class B, long long N, long long D>
    requires(N < 0)
inline constexpr rational depth_of<B, power<B, constant<N, D>>>{-N, D, true};
template <class B, class List>
struct depth;
template <class B, class... Fs>
struct depth<B, type_list<Fs...>> {
    static constexpr rational value = (rational{0, 1, true} + ... + depth_of<B, Fs>);
};
template <class B, class T>
inline constexpr rational depth_v = depth<B, term_factors<T>>::value;

// --- N's terms: c_i R_i prod_j B_j^(M_j - k_ij) multiplied out

//! A sum factor, or a sum to an integer power 2..4, of a piece.
template <class F>
struct expandable {
    using type = void;
};
template <class... Ss>
struct expandable<sum<Ss...>> {
    using type = sum<Ss...>;
};
template <class... Ss, long long N>
    requires(N >= 2 && N <= 4)
struct expandable<power<sum<Ss...>, constant<N>>> {
    using type = sum<Ss...>;
};

//! The terms of P with its sum factors multiplied out, Levels deep at most (ok: completely).
template <class P, int Levels>
struct expand {
    using S = typename first_found_in<expandable, term_factors<P>>::type;
    template <class Ss, class = void>
    struct by {
        using type = type_list<P>;
        static constexpr bool ok = true;
    };
    template <class Ss>
        requires(!std::is_void_v<Ss> && Levels == 0)
    struct by<Ss, void> {
        using type = type_list<P>;
        static constexpr bool ok = false;
    };
    template <class... Ss>
        requires(Levels > 0)
    struct by<sum<Ss...>, void> {
        using rest = decltype(mul(P{}, pow_(sum<Ss...>{}, constant<-1>{})));
        using type = concat_t<typename expand<decltype(mul(rest{}, Ss{})), Levels - 1>::type...>;
        static constexpr bool ok = (expand<decltype(mul(rest{}, Ss{})), Levels - 1>::ok && ...);
    };
    using type = typename by<S>::type;
    static constexpr bool ok = by<S>::ok;
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

template <class Bs, class... Ts>
struct rewrite;
template <class... Bs, class... Ts>
struct rewrite<type_list<Bs...>, Ts...> {
    template <class B>
    static constexpr rational most = [] {
        rational m{0, 1, true};
        ((m = compare(depth_v<B, Ts>, m) > 0 ? depth_v<B, Ts> : m), ...);
        return m;
    }();
    template <class T>
    static constexpr bool over = ((depth_v<Bs, T>.num > 0) || ...);
    template <class B, class T>
    static constexpr bool near = [] {  // M - k an integer or a half, at most 4
        rational d = most<B> + -depth_v<B, T>;
        return d.ok && (d.den == 1 || d.den == 2) && d.num <= 4 * d.den;
    }();
    template <class T>
    static constexpr bool bounded_term =
        !over<T> || (small<term_parts<T>::coef> && (near<Bs, T> && ...));
    static constexpr bool bounded = sizeof...(Bs) <= 3 && (small_base<Bs> && ...) &&
                                    (bounded_term<Ts> && ...) && ((over<Ts> ? 1 : 0) + ...) >= 2;
    template <bool Ok, class = void>
    struct build {
        using type = void;
    };
    template <class Dummy>
    struct build<true, Dummy> {
        template <class T>
        using lifted = decltype((T{} * ... * pow_(Bs{}, constant<most<Bs>.num, most<Bs>.den>{})));
        template <class T>
        using pieces =
            std::conditional_t<over<T>, typename expand<lifted<T>, 4>::type, type_list<>>;
        template <class T>
        static constexpr bool complete = !over<T> || expand<lifted<T>, 4>::ok;
        using all = concat_t<pieces<Ts>...>;
        template <class List>
        struct simplified;
        template <class... Ps>
        struct simplified<type_list<Ps...>> {
            using type = type_list<typename abs_of_sign<Ps>::type...>;
        };
        template <bool Small, class = void>
        struct numerator {
            using type = void;
            static constexpr bool cancelled = false;
        };
        template <class D>
        struct numerator<true, D> {
            using type = typename collect<typename simplified<all>::type>::type;
            static constexpr bool cancelled = terms_of<type>::type::size < all::size;
        };
        using N = numerator<(complete<Ts> && ...) && all::size <= 64>;
        template <class T>
        using out = std::conditional_t<over<T>, type_list<>, type_list<lower_t<T>>>;
        template <bool Cancelled, class = void>
        struct result {
            using type = void;
        };
        template <class D>
        struct result<true, D> {
            using whole = lower_t<decltype((typename N::type{} * ... *
                                            pow_(Bs{}, constant<-most<Bs>.num, most<Bs>.den>{})))>;
            using type = typename make_sum_list<concat_t<type_list<whole>, out<Ts>...>>::type;
        };
        using type = typename result<N::cancelled>::type;
    };
    using type = typename build<bounded>::type;
};

}  // namespace common_denominator

//! The rewrite of a sum over its denominators, else void.
template <class... Ts>
struct common_denominator_sum {
    using Bs = typename common_denominator::bases_of<concat_t<term_factors<Ts>...>>::type;
    template <class List, class = void>
    struct pick {
        using type = void;
    };
    template <class B, class... Rest>
    struct pick<type_list<B, Rest...>, void> {
        using type = typename common_denominator::rewrite<type_list<B, Rest...>, Ts...>::type;
    };
    using type = typename pick<Bs>::type;
};

}  // namespace leibniz::detail::lowering
