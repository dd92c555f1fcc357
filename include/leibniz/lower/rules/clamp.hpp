// Rule: a polynomial factor beside a vanishing sech^2 is computed at the clamped argument
// (gelu_tanh': (1 + 3k y^2) 4c t/(1 + t)^2 is 0 at the largest y, not inf 0 = NaN).
#pragma once

#include <leibniz/functions/tanh.hpp>
#include <leibniz/lower/compensated.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail::lowering {

// A factor c (1 - tanh(x)^2) with 2x compensated (lower/compensated.hpp): 4c t/(1 + t)^2 with t
// 0 beyond the clamp of y. Another factor that is a polynomial of degree >= 2 in y (gelu_tanh''s
// 1 + 3k y^2) would overflow there: it is computed at the clamped y, so that the product is 0,
// not 0 inf = NaN.
template <class F>
struct sech2_of_polynomial : std::false_type {};
template <long long N, long long D, long long M, long long E, class X>
    requires(equal(rational{M, E, true}, -rational{N, D, true}) &&
             compensated::argument<decltype(mul(constant<2>{}, X{}))>::applies)
struct sech2_of_polynomial<
    sum<constant<N, D>, product<constant<M, E>, power<apply<tanh_fn, X>, constant<2>>>>>
    : std::true_type {
    using argument = compensated::argument<decltype(mul(constant<2>{}, X{}))>;
};

template <class F, class Argument>
struct clamped_factor {
    using type = lower_t<F>;
};
template <class F, class Argument>
    requires(compensated::polynomial<F>::value && compensated::polynomial<F>::degree >= 2 &&
             std::is_same_v<typename compensated::polynomial<F>::y, typename Argument::y>)
struct clamped_factor<F, Argument> {
    using P = compensated::polynomial<F>;
    using y = typename Argument::clamped;
    template <std::size_t I>
    using term = std::conditional_t<
        I == 0, constant<P::a[I].num, P::a[I].den>,
        scaled_t<P::a[I], std::conditional_t<I == 1, y, power<y, constant<(I > 1 ? I : 2)>>>>>;
    template <std::size_t... I>
    static auto terms(std::index_sequence<I...>)
        -> concat_t<std::conditional_t<P::a[I].num == 0, type_list<>, type_list<term<I>>>...>;
    using type = typename make_sum_list<decltype(terms(std::make_index_sequence<17>{}))>::type;
};

// The factors of a product lowered, with that clamp where it applies.
template <class... Fs>
struct lowered_factors {
    static constexpr std::size_t i = find_first<sech2_of_polynomial, Fs...>();
    template <bool Clamp, class = void>
    struct pick {
        using type = product<lower_t<Fs>...>;
    };
    template <class Dummy>
    struct pick<true, Dummy> {
        using argument = typename sech2_of_polynomial<at_t<i, type_list<Fs...>>>::argument;
        using type = product<typename clamped_factor<Fs, argument>::type...>;
    };
    using type = typename pick<(i < sizeof...(Fs))>::type;
};

}  // namespace leibniz::detail::lowering
