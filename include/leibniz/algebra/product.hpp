// Canonical products: flattened, the rational coefficient folded and put first, like factors
// collected into powers (z*z -> z^2, exp(a)*exp(b) -> exp(a + b)), factors sorted by base.
#pragma once

#include <leibniz/algebra/fwd.hpp>
#include <leibniz/algebra/sum.hpp>
#include <leibniz/core/order.hpp>
#include <leibniz/core/type_list.hpp>

namespace leibniz::detail {

template <class T>
struct product_parts {
    static constexpr rational coef{1, 1, true};
    using factors = type_list<T>;
};
template <long long N, long long D>
struct product_parts<constant<N, D>> {
    static constexpr rational coef{N, D, true};
    using factors = type_list<>;
};
template <class... Fs>
struct product_parts<product<Fs...>> {
    static constexpr rational coef{1, 1, true};
    using factors = type_list<Fs...>;
};
template <long long N, long long D, class... Fs>
struct product_parts<product<constant<N, D>, Fs...>> {
    static constexpr rational coef{N, D, true};
    using factors = type_list<Fs...>;
};

// A factor is base^exponent; factors with the same base are merged. exp(a) has base e.
template <class F>
struct factor_parts {
    using base = F;
    using exponent = constant<1>;
};
template <class B, class E>
struct factor_parts<power<B, E>> {
    using base = B;
    using exponent = E;
};
template <class A>
struct factor_parts<apply<exp_fn, A>> {
    using base = named<e_tag>;
    using exponent = A;
};

template <rational K, class... Fs>
constexpr auto product_from(type_list<Fs...>) {
    if constexpr (!K.ok)
        return constant_from<K>();  // the overflow diagnostic
    else if constexpr (K.num == 0)
        return constant<0>{};
    else if constexpr (sizeof...(Fs) == 0)
        return constant_from<K>();
    else if constexpr (K.num == 1 && K.den == 1 && sizeof...(Fs) == 1)
        return (Fs{}, ...);
    else if constexpr (K.num == 1 && K.den == 1)
        return product<Fs...>{};
    else
        return product<decltype(constant_from<K>()), Fs...>{};
}

template <rational K, class F, class... Done>
constexpr auto insert_factor(type_list<Done...>, type_list<>) {
    return product_from<K>(type_list<Done..., F>{});
}
template <rational K, class F, class... Done, class R, class... Rs>
constexpr auto insert_factor(type_list<Done...>, type_list<R, Rs...>) {
    using PF = factor_parts<F>;
    using PR = factor_parts<R>;
    constexpr int c = compare_v<typename PF::base, typename PR::base>;
    if constexpr (c < 0) {
        return product_from<K>(type_list<Done..., F, R, Rs...>{});
    } else if constexpr (c > 0) {
        return insert_factor<K, F>(type_list<Done..., R>{}, type_list<Rs...>{});
    } else {
        auto merged =
            pow_(typename PF::base{}, add(typename PF::exponent{}, typename PR::exponent{}));
        return mul(product_from<K>(type_list<Done..., Rs...>{}), merged);
    }
}

template <class A>
constexpr auto mul_factors(A a, type_list<>) {
    return a;
}
template <class A, class F, class... Fs>
constexpr auto mul_factors(A a, type_list<F, Fs...>) {
    return mul_factors(mul(a, F{}), type_list<Fs...>{});
}

template <class A, class B>
constexpr auto mul(A, B) {
    using PA = product_parts<A>;
    using PB = product_parts<B>;
    if constexpr (is_constant_v<B>) {
        constexpr rational k = PA::coef * B::value;
        return product_from<k>(typename PA::factors{});
    } else if constexpr (is_constant_v<A>) {
        return mul(B{}, A{});
    } else if constexpr (PB::factors::size != 1 || !(PB::coef.num == 1 && PB::coef.den == 1)) {
        return mul_factors(mul(A{}, constant_from<PB::coef>()), typename PB::factors{});
    } else {
        return insert_factor<PA::coef, B>(type_list<>{}, typename PA::factors{});
    }
}

}  // namespace leibniz::detail
