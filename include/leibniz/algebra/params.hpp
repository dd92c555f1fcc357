// Run-time constants: a plain number in a formula becomes param<I>, its value stored beside the
// tree. Combining two formulas renumbers the second one's params after the first one's.
#pragma once

#include <array>
#include <cstddef>
#include <utility>

#include <leibniz/core/children.hpp>
#include <leibniz/core/collect.hpp>
#include <leibniz/core/nodes.hpp>

namespace leibniz::detail {

// remap_t<T, Map>: T with param<I> renamed param<Map::at(I)>.
template <class T, class Map>
struct remap {
    using type = T;
};
template <class T, class Map>
using remap_t = typename remap<T, Map>::type;
template <std::size_t I, class Map>
struct remap<param<I>, Map> {
    using type = param<Map::at(I)>;
};
template <template <class...> class Node, class... Cs, class Map>
struct remap<Node<Cs...>, Map> {
    using type = Node<remap_t<Cs, Map>...>;
};

template <std::size_t K>
struct offset_by {
    static constexpr std::size_t at(std::size_t i) { return i + K; }
};
template <auto Table>
struct table_map {
    static constexpr std::size_t at(std::size_t i) { return Table[i]; }
};

template <class T, std::size_t K>
using shift_t = remap_t<T, offset_by<K>>;

// The indices of the params of a tree in the order they first appear (children before parents,
// left to right): the canonical numbering.
template <class T>
inline constexpr bool is_param_v = false;
template <std::size_t I>
inline constexpr bool is_param_v<param<I>> = true;

template <class... Ts>
consteval auto params_in_order(type_list<Ts...>) {
    std::array<std::size_t, (std::size_t{0} + ... + is_param_v<Ts>)> out{};
    std::size_t k = 0;
    (
        [&] {
            if constexpr (is_param_v<Ts>) out[k++] = Ts::index;
        }(),
        ...);
    return out;
}

template <auto Order, std::size_t N>
consteval std::array<std::size_t, N> renumbering() {
    std::array<std::size_t, N> map{};
    for (std::size_t k = 0; k < Order.size(); ++k) map[Order[k]] = k;
    return map;
}

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

//! A tree with the values of its params, renumbered in order of appearance (unused ones
//! dropped); a tree without params is returned bare.
template <class Tree, std::size_t N>
constexpr auto package(std::array<double, N> const& values) {
    if constexpr (N == 0 || param_free_v<Tree>) {
        return Tree{};
    } else {
        constexpr auto order = params_in_order(collect_t<children_of, Tree>{});
        using renamed = remap_t<Tree, table_map<renumbering<order, N>()>>;
        std::array<double, order.size()> kept{};
        for (std::size_t k = 0; k < order.size(); ++k) kept[k] = values[order[k]];
        return with_params<renamed, order.size()>{{}, kept};
    }
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
