// The IR graph: a tree type exported once into a constexpr table with one record per distinct
// subterm, children before parents, the root last. Each record is its operation's traits
// (ir/ops.hpp) with the node's own data; each operand carries a flag (subtracted in a sum,
// dividing in a product) for readers that compute. Printers, proofs, the study and the emitters
// walk this table with ordinary constexpr or run-time code, compiled once, instead of
// instantiating a function per node type.
//
// The graph of a canonical tree (view_of) lists every child; the graph of a lowered tree
// (codegen/emit.hpp's program_of) lists the operands that evaluation computes, with their flags.
#pragma once

#include <array>
#include <cstddef>
#include <type_traits>

#include <leibniz/core/children.hpp>
#include <leibniz/core/collect.hpp>
#include <leibniz/core/nodes.hpp>
#include <leibniz/core/rational.hpp>
#include <leibniz/ir/ops.hpp>

namespace leibniz::detail {

//! One node of the graph: its operation's traits, what the node holds, where its operands are.
struct graph_node : op_traits {
    kind k{};
    long long num = 0, den = 1;  // constant: its value; product: the product of its constant
                                 // factors; power: its exponent, when that is a constant
    bool constant_exponent = false;
    std::size_t index = 0;  // param: which run-time constant
    long double value = 0;  // named constant: its value
    std::size_t first = 0,
                count = 0;  // operands: operands[first], ..., operands[first + count - 1]
};

//! An operand: the node, and whether it is subtracted (in a sum) or divides (in a product).
struct graph_operand {
    std::size_t node = 0;
    bool flag = false;
};

constexpr graph_node make_node(kind k, op_traits const& op) {
    graph_node n{};
    static_cast<op_traits&>(n) = op;
    n.k = k;
    return n;
}
constexpr graph_node make_node(kind k) { return make_node(k, ops_of_kind(k)); }

template <fixed_string N>
constexpr graph_node describe(symbol<N>) {
    graph_node n = make_node(kind::symbol);
    n.name = N.view();
    return n;
}
template <long long N, long long D>
constexpr graph_node describe(constant<N, D>) {
    graph_node n = make_node(kind::constant);
    n.num = N;
    n.den = D;
    return n;
}
template <class Tag>
constexpr graph_node describe(named<Tag>) {
    graph_node n = make_node(kind::named);
    n.name = Tag::name;
    n.latex = Tag::latex;
    n.value = Tag::template value<long double>();
    return n;
}
template <std::size_t I>
constexpr graph_node describe(param<I>) {
    graph_node n = make_node(kind::param);
    n.index = I;
    return n;
}
template <class... Ts>
constexpr graph_node describe(sum<Ts...>) {
    return make_node(kind::sum);
}
template <class... Fs>
constexpr graph_node describe(product<Fs...>) {
    graph_node n = make_node(kind::product);
    rational coef{1, 1, true};
    (
        [&] {
            if constexpr (is_constant_v<Fs>) coef = coef * Fs::value;
        }(),
        ...);
    n.num = coef.num;
    n.den = coef.den;
    return n;
}
template <class B, class E>
constexpr graph_node describe(power<B, E>) {
    graph_node n = make_node(kind::power);
    if constexpr (is_constant_v<E>) {
        n.constant_exponent = true;
        n.num = E::value.num;
        n.den = E::value.den;
    }
    return n;
}
template <class Fn, class A>
constexpr graph_node describe(apply<Fn, A>) {
    return make_node(kind::apply, function_op<Fn>());
}
template <class Op, class L, class R, class A, class B>
constexpr graph_node describe(piecewise<comparison<Op, L, R>, A, B>) {
    graph_node n = make_node(kind::piecewise);
    n.c = Op::text;  // the emitters test l op r
    return n;
}
template <class Op, class L, class R>
constexpr graph_node describe(comparison<Op, L, R>) {
    return make_node(kind::comparison, comparison_op<Op>());
}

// The flags of E's operands under Operands: Operands<E>::flags when it has them, else none set.
template <template <class> class Operands, class E>
constexpr bool operand_flag(std::size_t k) {
    if constexpr (requires { Operands<E>::flags[0]; })
        return Operands<E>::flags[k];
    else
        return false;
}

//! The graph of the subterms List (children first) whose operands Operands<E>::type lists.
template <template <class> class Operands, class List>
struct graph_table;
template <template <class> class Operands, class... Ts>
struct graph_table<Operands, type_list<Ts...>> {
    using list = type_list<Ts...>;
    static constexpr std::size_t total = (std::size_t{0} + ... + Operands<Ts>::type::size);

    template <class E, class... Cs>
    static constexpr void put(type_list<Cs...>, std::array<graph_operand, total>& out,
                              std::size_t& at) {
        std::size_t k = 0;
        ((out[at++] = {index_of_v<Cs, list>, operand_flag<Operands, E>(k++)}), ...);
    }

    static constexpr std::array<graph_operand, total> operands = [] {
        std::array<graph_operand, total> out{};
        std::size_t at = 0;
        (put<Ts>(typename Operands<Ts>::type{}, out, at), ...);
        return out;
    }();

    static constexpr std::array<graph_node, sizeof...(Ts)> nodes = [] {
        std::array<graph_node, sizeof...(Ts)> out{};
        std::size_t i = 0, first = 0;
        (
            [&] {
                out[i] = describe(Ts{});
                out[i].first = first;
                out[i].count = Operands<Ts>::type::size;
                first += out[i].count;
                ++i;
            }(),
            ...);
        return out;
    }();
};

//! A graph with the values of its run-time constants (null when unknown).
struct graph_view {
    graph_node const* nodes = nullptr;
    graph_operand const* operands = nullptr;
    std::size_t size = 0;
    double const* params = nullptr;

    constexpr graph_node const& operator[](std::size_t i) const { return nodes[i]; }
    constexpr graph_operand const& operand(std::size_t i, std::size_t k) const {
        return operands[nodes[i].first + k];
    }
    constexpr std::size_t child(std::size_t i, std::size_t k) const { return operand(i, k).node; }
    constexpr std::size_t root() const { return size - 1; }
};

template <template <class> class Operands, class Tree>
using graph_of = graph_table<Operands, collect_t<Operands, std::remove_cvref_t<Tree>>>;

//! The graph of a tree under Operands.
template <template <class> class Operands, class Tree>
constexpr graph_view graph_view_of(double const* params = nullptr) {
    using G = graph_of<Operands, Tree>;
    return {G::nodes.data(), G::operands.data(), G::nodes.size(), params};
}

//! The graph of a canonical tree, every child an operand.
template <class Tree>
using canonical_graph = graph_of<children_of, Tree>;
template <class Tree>
constexpr graph_view view_of(double const* params = nullptr) {
    return graph_view_of<children_of, Tree>(params);
}

}  // namespace leibniz::detail
