// Canonical sums: flattened, constants folded, like terms collected (2z + 3z -> 5z), terms sorted.
#pragma once

#include <leibniz/algebra/fwd.hpp>
#include <leibniz/core/order.hpp>
#include <leibniz/core/type_list.hpp>

namespace leibniz::detail {

// A term is coefficient * rest; like terms share their rest.
template <class T>
struct term_parts {
    static constexpr rational coef{1, 1, true};
    using rest = T;
};
template <long long N, long long D>
struct term_parts<constant<N, D>> {
    static constexpr rational coef{N, D, true};
    using rest = constant<1>;
};
template <long long N, long long D, class F>
struct term_parts<product<constant<N, D>, F>> {
    static constexpr rational coef{N, D, true};
    using rest = F;
};
template <long long N, long long D, class F, class G, class... Fs>
struct term_parts<product<constant<N, D>, F, G, Fs...>> {
    static constexpr rational coef{N, D, true};
    using rest = product<F, G, Fs...>;
};

template <rational K, class Rest>
constexpr auto make_term() {
    if constexpr (!K.ok)
        return constant_from<K>();  // the overflow diagnostic
    else if constexpr (K.num == 0)
        return constant<0>{};
    else if constexpr (std::is_same_v<Rest, constant<1>>)
        return constant_from<K>();
    else if constexpr (K.num == 1 && K.den == 1)
        return Rest{};
    else
        return mul(constant_from<K>(), Rest{});
}

template <class T>
struct terms_of {
    using type = type_list<T>;
};
template <>
struct terms_of<constant<0>> {
    using type = type_list<>;
};
template <class... Ts>
struct terms_of<sum<Ts...>> {
    using type = type_list<Ts...>;
};
// c (a + b) joins a sum as c a + c b, so that 1 - (1 - t) collapses to t
template <long long N, long long D, class... Ts>
struct terms_of<product<constant<N, D>, sum<Ts...>>> {
    using type = type_list<decltype(mul(constant<N, D>{}, Ts{}))...>;
};

template <class... Ts>
constexpr auto sum_from(type_list<Ts...>) {
    if constexpr (sizeof...(Ts) == 0)
        return constant<0>{};
    else if constexpr (sizeof...(Ts) == 1)
        return (Ts{}, ...);
    else
        return sum<Ts...>{};
}

template <class T, class... Done>
constexpr auto insert_term(type_list<Done...>, type_list<>) {
    return type_list<Done..., T>{};
}
template <class T, class... Done, class R, class... Rs>
constexpr auto insert_term(type_list<Done...>, type_list<R, Rs...>) {
    using PT = term_parts<T>;
    using PR = term_parts<R>;
    constexpr int c = compare_v<typename PT::rest, typename PR::rest>;
    if constexpr (c < 0) {
        return type_list<Done..., T, R, Rs...>{};
    } else if constexpr (c > 0) {
        return insert_term<T>(type_list<Done..., R>{}, type_list<Rs...>{});
    } else {
        constexpr rational k = PT::coef + PR::coef;
        using combined = decltype(make_term<k, typename PT::rest>());
        if constexpr (std::is_same_v<combined, constant<0>>)
            return type_list<Done..., Rs...>{};
        else
            return type_list<Done..., combined, Rs...>{};
    }
}

template <class List>
constexpr auto add_terms(List list, type_list<>) {
    return list;
}
template <class List, class B, class... Bs>
constexpr auto add_terms(List list, type_list<B, Bs...>) {
    return add_terms(insert_term<B>(type_list<>{}, list), type_list<Bs...>{});
}

template <class A, class B>
constexpr auto add(A, B) {
    return sum_from(add_terms(typename terms_of<A>::type{}, typename terms_of<B>::type{}));
}

}  // namespace leibniz::detail
