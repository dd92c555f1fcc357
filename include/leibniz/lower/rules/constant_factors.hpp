// Rule: constant factors. A constant coefficient moves into a factor that a rule made a product
// (z/2 (1 + erf x) is z (erfc(-x)/2), not (z erfc(-x))/2, which overflows at the largest z); the
// constant factors of a product, one of them irrational, are one literal (1/sqrt(2 pi), not
// sqrt(2)/(2 sqrt(pi)) with a division).
#pragma once

#include <leibniz/lower/compensated.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

// --- products: the logistic rule, then a constant coefficient moved into a factor that lowered
// to a product with a constant (so that z/2 (1 + erf x) is z (erfc(-x)/2), not (z erfc(-x))/2)

template <class T>
struct constant_led : std::false_type {};
template <long long N, long long D, class... Fs>
struct constant_led<product<constant<N, D>, Fs...>> : std::true_type {};

template <class P>
struct fold_coefficient {
    using type = P;
};
template <long long N, long long D, class F, class... Fs>
    requires(find_first<constant_led, F, Fs...>() < 1 + sizeof...(Fs))
struct fold_coefficient<product<constant<N, D>, F, Fs...>> {
    static constexpr std::size_t i = find_first<constant_led, F, Fs...>();
    using inner = at_t<i, type_list<F, Fs...>>;
    template <long long M, long long E, class... Gs>
    static auto merge(product<constant<M, E>, Gs...>*) {
        constexpr rational r = rational{N, D, true} * rational{M, E, true};
        return static_cast<scaled_t<r, typename make_product_list<type_list<Gs...>>::type>*>(
            nullptr);
    }
    using merged = std::remove_pointer_t<decltype(merge(static_cast<inner*>(nullptr)))>;
    template <class... Gs>
    static auto rebuild(type_list<Gs...>) -> product<Gs...>;
    template <std::size_t... K>
    static auto replace(std::index_sequence<K...>)
        -> type_list<std::conditional_t<K == i, merged, at_t<K, type_list<F, Fs...>>>...>;
    using type = decltype(rebuild(replace(std::index_sequence_for<F, Fs...>{})));
};

// c S for a lowered sum S with a constant-led term: the sum of the c T, so that c k merges
// (log(1 + exp(2z))/2 = max(z, 0) + log1p(t)/2, not (2 max(z, 0) + log1p(t))/2, inf at the
// largest z)
template <class T>
inline constexpr bool has_constant_led = false;
template <class... Ts>
inline constexpr bool has_constant_led<sum<Ts...>> = (constant_led<Ts>::value || ...);

template <long long N, long long D, class S>
    requires has_constant_led<S>
struct fold_coefficient<product<constant<N, D>, S>> {
    template <class T>
    struct times {
        using type = product<constant<N, D>, T>;
    };
    template <long long M, long long E, class... Gs>
    struct times<product<constant<M, E>, Gs...>> {
        using type = scaled_t<rational{N, D, true} * rational{M, E, true},
                              typename make_product_list<type_list<Gs...>>::type>;
    };
    template <class... Ts>
    static auto distribute(sum<Ts...>*) -> sum<typename times<Ts>::type...>;
    using type = decltype(distribute(static_cast<S*>(nullptr)));
};

// A constant factor of a product: a rational, a radical of one, a named constant or its power.
template <class F>
struct constant_factor {
    static constexpr bool is = false, irrational = false;
};
template <long long N, long long D>
struct constant_factor<constant<N, D>> {
    static constexpr bool is = true, irrational = false;
};
template <long long R, long long S, long long P, long long Q>
struct constant_factor<power<constant<R, S>, constant<P, Q>>> {
    static constexpr bool is = R > 0, irrational = Q != 1;
};
template <class Tag>
struct constant_factor<named<Tag>> {
    static constexpr bool is = true, irrational = true;
};
template <class Tag, long long P, long long Q>
struct constant_factor<power<named<Tag>, constant<P, Q>>> {
    static constexpr bool is = true, irrational = true;
};

// The product with its constant factors, when one is irrational (sqrt(2) z exp(..)/(2 sqrt(pi))),
// as one literal first: a multiplication by 1/sqrt(2 pi), not one by sqrt(2) and a division by
// 2 sqrt(pi).
template <class P>
struct fold_irrational {
    using type = P;
};
template <class... Fs>
    requires((constant_factor<Fs>::irrational || ...) && sizeof...(Fs) > 1)
struct fold_irrational<product<Fs...>> {
    static constexpr long double value =
        (1.0L * ... * (constant_factor<Fs>::is ? compensated::constant_tree<Fs>::value : 1.0L));
    // value = num / 2^k with num below 2^53
    static constexpr int k = [] {
        long double v = value < 0 ? -value : value;
        int r = 52;
        while (v >= 1 && r > -1) v /= 2, --r;
        while (v < 0.5L && r < 62) v *= 2, ++r;
        return r;
    }();
    static constexpr bool representable = k >= 0 && k <= 62 && value != 0;
    static constexpr long long num = [] {
        long double v = value * static_cast<long double>(1LL << (representable ? k : 0));
        return v < 0 ? -static_cast<long long>(-v + 0.5L) : static_cast<long long>(v + 0.5L);
    }();
    template <class F>
    using rest = std::conditional_t<constant_factor<F>::is, type_list<>, type_list<F>>;
    using factors = concat_t<type_list<lowered<literal_op<num, (1LL << (representable ? k : 0))>>>,
                             rest<Fs>...>;
    using type = std::conditional_t<representable, typename make_product_list<factors>::type,
                                    product<Fs...>>;
};

}  // namespace leibniz::detail::lowering
