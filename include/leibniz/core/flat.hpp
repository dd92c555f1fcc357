// The flat view of a tree: a constexpr table with one record per distinct subterm, children
// before parents, the root last. Printers (and emitters) walk this table with ordinary run-time
// code, compiled once, instead of instantiating a function per node type.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <leibniz/algebra/apply.hpp>
#include <leibniz/core/collect.hpp>
#include <leibniz/core/nodes.hpp>

namespace leibniz::detail {

//! One node of the flat table: what it is, and where its children are.
struct flat_node {
    kind k{};
    long long num = 0, den = 1;    // constant: its value
    std::size_t index = 0;         // param: which run-time constant
    std::string_view name, latex;  // symbol, named constant, function, comparison operator
    std::size_t first = 0,
                count = 0;  // children: children[first], ..., children[first + count - 1]
    proof_rule rule = proof_rule::opaque;          // function: how proofs treat it
    long double (*kernel)(long double) = nullptr;  // function: its value, if it has one
    bool has_kernel = false;
    long double slope = -1;  // function: sup |f'| (-1 unknown), and whether it jumps at 0
    bool continuous = true;
    long double value = 0;  // named constant: its value
};

template <class E>
struct children_of {
    using type = type_list<>;
};
template <class... Ts>
struct children_of<sum<Ts...>> {
    using type = type_list<Ts...>;
};
template <class... Fs>
struct children_of<product<Fs...>> {
    using type = type_list<Fs...>;
};
template <class B, class E>
struct children_of<power<B, E>> {
    using type = type_list<B, E>;
};
template <class Fn, class A>
struct children_of<apply<Fn, A>> {
    using type = type_list<A>;
};
template <class C, class A, class B>
struct children_of<piecewise<C, A, B>> {
    using type = type_list<C, A, B>;
};
template <class Op, class L, class R>
struct children_of<comparison<Op, L, R>> {
    using type = type_list<L, R>;
};

constexpr flat_node make_node(kind k, std::string_view name = {}, std::string_view latex = {}) {
    flat_node n{};
    n.k = k;
    n.name = name;
    n.latex = latex;
    return n;
}

template <fixed_string N>
constexpr flat_node describe(symbol<N>) {
    return make_node(kind::symbol, N.view());
}
template <long long N, long long D>
constexpr flat_node describe(constant<N, D>) {
    flat_node n = make_node(kind::constant);
    n.num = N;
    n.den = D;
    return n;
}
template <class Tag>
constexpr flat_node describe(named<Tag>) {
    flat_node n = make_node(kind::named, Tag::name, Tag::latex);
    n.value = Tag::template value<long double>();
    return n;
}
template <std::size_t I>
constexpr flat_node describe(param<I>) {
    flat_node n = make_node(kind::param);
    n.index = I;
    return n;
}
template <template <class...> class Node, class... Cs>
constexpr flat_node describe(Node<Cs...>) {
    return make_node(Node<Cs...>::rank);
}
template <class Fn, class A>
constexpr flat_node describe(apply<Fn, A>) {
    flat_node n = make_node(kind::apply, Fn::name, Fn::latex);
    n.rule = Fn::proof;
    n.slope = Fn::slope;
    n.continuous = Fn::continuous;
    if constexpr (requires(long double x) { Fn::eval(x); }) {
        n.kernel = [](long double x) -> long double { return Fn::eval(x); };
        n.has_kernel = true;  // (comparing the pointer with null is not a constant expression
    }  // under g++'s sanitizers)
    return n;
}
template <class Op, class L, class R>
constexpr flat_node describe(comparison<Op, L, R>) {
    return make_node(kind::comparison, Op::text, Op::latex);
}

template <class List>
struct flat_table;
template <class... Ts>
struct flat_table<type_list<Ts...>> {
    using list = type_list<Ts...>;
    static constexpr std::size_t total = (std::size_t{0} + ... + children_of<Ts>::type::size);

    template <class... Cs>
    static constexpr void put_children(type_list<Cs...>, std::array<std::size_t, total>& out,
                                       std::size_t& at) {
        ((out[at++] = index_of_v<Cs, list>), ...);
    }

    static constexpr std::array<std::size_t, total> children = [] {
        std::array<std::size_t, total> out{};
        std::size_t at = 0;
        (put_children(typename children_of<Ts>::type{}, out, at), ...);
        return out;
    }();

    static constexpr std::array<flat_node, sizeof...(Ts)> nodes = [] {
        std::array<flat_node, sizeof...(Ts)> out{};
        std::size_t i = 0, first = 0;
        (
            [&] {
                out[i] = describe(Ts{});
                out[i].first = first;
                out[i].count = children_of<Ts>::type::size;
                first += out[i].count;
                ++i;
            }(),
            ...);
        return out;
    }();
};

//! The flat table of a tree, with the values of its run-time constants (null when unknown).
struct flat_view {
    flat_node const* nodes = nullptr;
    std::size_t const* children = nullptr;
    std::size_t size = 0;
    double const* params = nullptr;

    constexpr flat_node const& operator[](std::size_t i) const { return nodes[i]; }
    constexpr std::size_t child(std::size_t i, std::size_t k) const {
        return children[nodes[i].first + k];
    }
    constexpr std::size_t root() const { return size - 1; }
};

template <class Tree>
using flat_of = flat_table<collect_t<children_of, std::remove_cvref_t<Tree>>>;

template <class Tree>
constexpr flat_view view_of(double const* params = nullptr) {
    using F = flat_of<Tree>;
    return {F::nodes.data(), F::children.data(), F::nodes.size(), params};
}

}  // namespace leibniz::detail
