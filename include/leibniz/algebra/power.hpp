// Canonical powers: x^0 = 1, x^1 = x, exact constant powers folded (4^(1/2) = 2), integer powers
// distributed over products, (x^a)^n = x^(a n) for integer n, e^x and exp(a)^b written as exp.
#pragma once

#include <leibniz/algebra/fwd.hpp>
#include <leibniz/algebra/product.hpp>
#include <leibniz/algebra/sum.hpp>

namespace leibniz::detail {

template <class T>
inline constexpr bool is_integer_v = false;
template <long long N>
inline constexpr bool is_integer_v<constant<N, 1>> = true;

template <class T>
inline constexpr bool is_exp_v = false;
template <class A>
inline constexpr bool is_exp_v<apply<exp_fn, A>> = true;

template <class T>
inline constexpr bool is_power_v = false;
template <class B, class E>
inline constexpr bool is_power_v<power<B, E>> = true;

template <class T>
inline constexpr bool is_product_v = false;
template <class... Fs>
inline constexpr bool is_product_v<product<Fs...>> = true;

// The exact value of a rational constant to a rational power, when it is rational.
template <rational B, rational E>
constexpr rational exact_power() {
    if constexpr (E.den == 1) {
        return rational_power(B, E.num);
    } else {
        if (B.num < 0) return overflowed;
        long long n = exact_root(B.num, E.den), d = exact_root(B.den, E.den);
        if (n < 0 || d < 0) return overflowed;
        return rational_power(rational{n, d, true}, E.num);
    }
}

// n = root^q * rest with rest free of q-th powers
struct power_split {
    long long root, rest;
};
// (Trial divisors stop at 2000, so that huge constants stay cheap to compile; a rest that is
// itself a q-th power is still taken out.)
constexpr power_split split_power(long long n, long long q) {
    long long root = 1;
    for (long long d = 2; d <= 2000; ++d) {
        long long dq = 1;
        bool over = false;
        for (long long i = 0; i < q && !over; ++i) over = __builtin_mul_overflow(dq, d, &dq);
        if (over || dq > n) break;
        while (n % dq == 0) {
            n /= dq;
            root *= d;
        }
    }
    if (long long r = exact_root(n, q); n > 1 && r > 1 && !__builtin_mul_overflow(root, r, &root))
        n = 1;
    return {root, n};
}

// (n/d)^(p/q), q > 1, as c * n'^(r/q) * d'^((q-r)/q) with integers n', d' free of q-th powers
// and 0 < r < q: 8^(1/2) = 2 sqrt(2), 2^(3/2) = 2 sqrt(2), 2^(-1/2) = sqrt(2)/2.
template <rational B, rational E>
constexpr auto constant_power() {
    constexpr long long p = E.num, q = E.den;
    constexpr power_split n = split_power(B.num, q), d = split_power(B.den, q);
    constexpr long long k = p >= 0 ? p / q : -((-p + q - 1) / q);  // floor(p/q)
    constexpr long long r = p - k * q;
    constexpr rational coef = rational_power(rational{n.root, d.root, true}, p) *
                              rational_power(reduce(n.rest, d.rest), k) *
                              inverse({d.rest, 1, true});
    using numerator =
        std::conditional_t<(n.rest > 1), power<constant<n.rest>, constant<r, q>>, constant<1>>;
    using denominator =
        std::conditional_t<(d.rest > 1), power<constant<d.rest>, constant<q - r, q>>, constant<1>>;
    // a rational factor that does not fit (c<1, 4294967291>^(3/2)) leaves the power as written
    if constexpr (coef.ok)
        return mul(mul(constant_from<coef>(), numerator{}), denominator{});
    else
        return power<constant<B.num, B.den>, constant<E.num, E.den>>{};
}

template <class P, class E, class... Fs>
constexpr auto pow_each(P acc, E, type_list<>) {
    return acc;
}
template <class P, class E, class F, class... Fs>
constexpr auto pow_each(P acc, E e, type_list<F, Fs...>) {
    return pow_each(mul(acc, pow_(F{}, e)), e, type_list<Fs...>{});
}

template <class B, class E>
constexpr auto pow_(B, E) {
    if constexpr (std::is_same_v<E, constant<0>>) {
        return constant<1>{};
    } else if constexpr (std::is_same_v<E, constant<1>> || std::is_same_v<B, constant<1>>) {
        return B{};
    } else if constexpr (is_constant_v<B> && is_constant_v<E>) {
        static_assert(!(B::value.num == 0 && E::value.num < 0),
                      "leibniz: division by zero (0^n, n < 0)");
        constexpr rational r = exact_power<B::value, E::value>();
        if constexpr (r.ok)
            return constant_from<r>();
        else if constexpr (B::value.num > 0 && E::value.den > 1)
            return constant_power<B::value, E::value>();
        else
            return power<B, E>{};
    } else if constexpr (std::is_same_v<B, named<e_tag>>) {
        return call<exp_fn>(E{});
    } else if constexpr (is_exp_v<B>) {
        return call<exp_fn>(mul(typename factor_parts<B>::exponent{}, E{}));
    } else if constexpr (is_integer_v<E> && is_power_v<B>) {
        using P = factor_parts<B>;
        return pow_(typename P::base{}, mul(typename P::exponent{}, E{}));
    } else if constexpr (is_integer_v<E> && is_product_v<B>) {
        using P = product_parts<B>;
        return pow_each(pow_(constant_from<P::coef>(), E{}), E{}, typename P::factors{});
    } else {
        return power<B, E>{};
    }
}

}  // namespace leibniz::detail
