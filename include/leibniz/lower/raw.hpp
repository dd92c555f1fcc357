// Small helpers on raw trees: the lowering builds non-canonical trees (sums and products as
// written, in the order they are to be computed), with these instead of the smart constructors.
#pragma once

#include <cstddef>
#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/rational.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/lower/ops.hpp>

namespace leibniz::detail {

//! lower_t<E>: the lowered tree of a canonical E (lower/lower.hpp).
template <class E>
struct lower;
template <class E>
using lower_t = typename lower<E>::type;

}  // namespace leibniz::detail

namespace leibniz::detail::lowering {

//! The factors of a term without its coefficient, as a list (one factor unless a product).
template <class T>
struct factors_of {
    using type = type_list<T>;
};
template <class... Fs>
struct factors_of<product<Fs...>> {
    using type = type_list<Fs...>;
};
template <class T>
using term_factors = typename factors_of<typename term_parts<T>::rest>::type;

//! The canonical product of a factor list, 1 for none.
template <class List>
struct canonical_product;
template <>
struct canonical_product<type_list<>> {
    using type = constant<1>;
};
template <class F, class... Fs>
struct canonical_product<type_list<F, Fs...>> {
    using type = decltype((F{} * ... * Fs{}));
};

//! The terms of a sum as a list (one term unless a sum, none for 0).
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

template <long long N, long long D>
constexpr long long abs_ll = N < 0 ? -N : N;

constexpr bool power_of_two(long long n) { return n > 0 && (n & (n - 1)) == 0; }
constexpr bool equal(rational a, rational b) {
    return a.ok && b.ok && a.num == b.num && a.den == b.den;
}

// c * X as a raw product (X itself when c = 1).
template <rational C, class X>
struct scaled {
    using type = product<constant<C.num, C.den>, X>;
};
template <rational C, class X>
    requires(C.num == 1 && C.den == 1)
struct scaled<C, X> {
    using type = X;
};
template <rational C, class X>
using scaled_t = typename scaled<C, X>::type;

template <class... Ts>
struct make_sum {
    using type = sum<Ts...>;
};
template <class T>
struct make_sum<T> {
    using type = T;
};
template <class... Ts>
struct make_sum_list;
template <class... Ts>
struct make_sum_list<type_list<Ts...>> : make_sum<Ts...> {};

template <class... Fs>
struct make_product_list;
template <class... Fs>
struct make_product_list<type_list<Fs...>> {
    using type = product<Fs...>;
};
template <class F>
struct make_product_list<type_list<F>> {
    using type = F;
};

// X^n as a raw factor list: nothing for n = 0, X for 1, power<X, n> above.
template <class X, long long N>
using power_factor =
    std::conditional_t<N == 0, type_list<>,
                       std::conditional_t<N == 1, type_list<X>, type_list<power<X, constant<N>>>>>;

// The list without its I-th element.
template <std::size_t I, class List>
struct erase;
template <std::size_t I, class... Ts>
struct erase<I, type_list<Ts...>> {
    template <std::size_t... K>
    static auto make(std::index_sequence<K...>) {
        return concat_t<std::conditional_t<K == I, type_list<>, type_list<Ts>>...>{};
    }
    using type = decltype(make(std::index_sequence_for<Ts...>{}));
};
template <std::size_t I, class List>
using erase_t = typename erase<I, List>::type;

// The index of the first element satisfying Pred, or the size.
template <template <class> class Pred, class... Ts>
consteval std::size_t find_first() {
    constexpr bool hits[] = {Pred<Ts>::value..., false};
    std::size_t i = 0;
    while (i < sizeof...(Ts) && !hits[i]) ++i;
    return i;
}

template <std::size_t I, class List>
struct at;
template <std::size_t I, class T, class... Ts>
struct at<I, type_list<T, Ts...>> : at<I - 1, type_list<Ts...>> {};
template <class T, class... Ts>
struct at<0, type_list<T, Ts...>> {
    using type = T;
};
template <std::size_t I, class List>
using at_t = typename at<I, List>::type;

// The factors of a lowered product, with x^n (2 <= n <= 4) as n factors x.
template <class L>
struct spread {
    using type = type_list<L>;
};
template <class L>
using spread_t = typename spread<L>::type;
template <class... Ls>
struct spread<product<Ls...>> {
    using type = concat_t<spread_t<Ls>...>;
};
template <class X, long long N>
    requires(N >= 2 && N <= 4)
struct spread<power<X, constant<N>>> {
    using type = concat_t<type_list<X>, spread_t<power<X, constant<N - 1>>>>;
};
template <class X>
struct spread<power<X, constant<1>>> {
    using type = type_list<X>;
};

// A coefficient: a, or a where the flag S is 1 and b where it is 0 (the sign of w, in
// rules/exp_rational.hpp); 1 and 0 are the flag itself.
template <long long AN, long long AD, long long BN, long long BD, class S>
struct coefficient {
    using type = lowered<select_op, S, constant<AN, AD>, constant<BN, BD>>;
};
template <long long AN, long long AD, class S>
struct coefficient<AN, AD, AN, AD, S> {
    using type = constant<AN, AD>;
};
template <class S>
struct coefficient<1, 1, 0, 1, S> {
    using type = S;
};
template <long long AN, long long AD, long long BN, long long BD, class S>
using coefficient_t = typename coefficient<AN, AD, BN, BD, S>::type;

// t X, and t for X = 1
template <class T, class X>
struct times {
    using type = product<T, X>;
};
template <class T>
struct times<T, constant<1>> {
    using type = T;
};

// c_M + t (c_(M+1) + t (...)) up to c_Top; Src::a(m), Src::b(m) the coefficients.
template <class Src, class S, class T, int M, int Top>
struct horner {
    static constexpr rational a = Src::a(M), b = Src::b(M);
    using rest = typename times<T, typename horner<Src, S, T, M + 1, Top>::type>::type;
    using type = std::conditional_t<a.num == 0 && b.num == 0, rest,
                                    sum<coefficient_t<a.num, a.den, b.num, b.den, S>, rest>>;
};
template <class Src, class S, class T, int Top>
struct horner<Src, S, T, Top, Top> {
    static constexpr rational a = Src::a(Top), b = Src::b(Top);
    using type = coefficient_t<a.num, a.den, b.num, b.den, S>;
};

// The highest index with a non-zero coefficient, or -1.
template <class Src>
constexpr int top(int size) {
    int m = size - 1;
    while (m >= 0 && Src::a(m).num == 0 && Src::b(m).num == 0) --m;
    return m;
}

}  // namespace leibniz::detail::lowering
