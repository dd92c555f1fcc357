// Run-time constants: a plain number in a formula becomes param<I>, its value stored beside the
// tree. Combining two formulas renumbers the second one's params after the first one's.
#pragma once

#include <array>
#include <cstddef>
#include <utility>

#include <leibniz/core/nodes.hpp>

namespace leibniz::detail {

template <class T, std::size_t K>
struct shift {
    using type = T;
};
template <class T, std::size_t K>
using shift_t = typename shift<T, K>::type;
template <std::size_t I, std::size_t K>
struct shift<param<I>, K> {
    using type = param<I + K>;
};
template <class... Ts, std::size_t K>
struct shift<sum<Ts...>, K> {
    using type = sum<shift_t<Ts, K>...>;
};
template <class... Ts, std::size_t K>
struct shift<product<Ts...>, K> {
    using type = product<shift_t<Ts, K>...>;
};
template <class B, class E, std::size_t K>
struct shift<power<B, E>, K> {
    using type = power<shift_t<B, K>, shift_t<E, K>>;
};
template <class Fn, class A, std::size_t K>
struct shift<apply<Fn, A>, K> {
    using type = apply<Fn, shift_t<A, K>>;
};
template <class C, class A, class B, std::size_t K>
struct shift<piecewise<C, A, B>, K> {
    using type = piecewise<shift_t<C, K>, shift_t<A, K>, shift_t<B, K>>;
};
template <class Op, class A, class B, std::size_t K>
struct shift<comparison<Op, A, B>, K> {
    using type = comparison<Op, shift_t<A, K>, shift_t<B, K>>;
};

template <class T>
inline constexpr bool has_params_v = !std::is_same_v<shift_t<T, 1>, T>;

//! An operand of an operator: an expression, or a plain number that becomes a run-time constant.
template <class T>
concept operand = expression<T> || (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>);

template <class T>
constexpr auto as_operand(T const& x) {
    if constexpr (std::is_arithmetic_v<T>)
        return with_params<param<0>, 1>{{}, {{static_cast<double>(x)}}};
    else
        return x;
}

template <class E>
constexpr std::array<double, param_count_v<E>> params_of(E const& e) {
    if constexpr (param_count_v<E> == 0)
        return {};
    else
        return e.values;
}

//! A tree with the values of its params; a tree without params is returned bare.
template <class Tree, std::size_t N>
constexpr auto package(std::array<double, N> const& values) {
    if constexpr (N == 0 || !has_params_v<Tree>)
        return Tree{};
    else
        return with_params<Tree, N>{{}, values};
}

template <std::size_t... Counts>
constexpr std::array<std::size_t, sizeof...(Counts)> offsets() {
    std::array<std::size_t, sizeof...(Counts)> out{};
    std::size_t at = 0, i = 0;
    ((out[i++] = at, at += Counts), ...);
    return out;
}

template <class F, class... Es, std::size_t... I>
constexpr auto combine_impl(F f, std::index_sequence<I...>, Es const&... es) {
    constexpr auto at = offsets<param_count_v<Es>...>();
    constexpr std::size_t total = (std::size_t{0} + ... + param_count_v<Es>);
    using R = decltype(f(shift_t<tree_t<Es>, at[I]>{}...));
    std::array<double, total> values{};
    (
        [&] {
            auto p = params_of(es);
            for (std::size_t k = 0; k < p.size(); ++k) values[at[I] + k] = p[k];
        }(),
        ...);
    return package<R>(values);
}

//! f applied to the trees of es, with their run-time constants carried over.
template <class F, class... Es>
constexpr auto combine(F f, Es const&... es) {
    if constexpr ((param_count_v<Es> + ... + 0) == 0)
        return decltype(f(tree_t<Es>{}...)){};
    else
        return combine_impl(f, std::index_sequence_for<Es...>{}, es...);
}

}  // namespace leibniz::detail
