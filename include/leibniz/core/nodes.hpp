// The expression nodes. Every node is an empty literal type; the tree lives in the template
// arguments. Plain numbers mixed into a formula become param<I> nodes whose values travel beside
// the tree in with_params<Tree, N>.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <leibniz/core/binding.hpp>
#include <leibniz/core/fixed_string.hpp>
#include <leibniz/core/rational.hpp>

namespace leibniz {

namespace detail {
template <class E, class... Bindings>
constexpr auto evaluate(E const& e, Bindings const&... bindings);

// The rank of a node kind: the first key of the canonical order (constants sort first).
enum class kind : int {
    constant,
    named,
    param,
    symbol,
    power,
    product,
    sum,
    apply,
    piecewise,
    comparison
};
}  // namespace detail

//! Base of every expression: `f(z = 0.5)` evaluates f, like `lz::eval(f, z = 0.5)`.
template <class Derived>
struct node {
    template <class... Bindings>
    constexpr auto operator()(Bindings const&... bindings) const {
        return detail::evaluate(static_cast<Derived const&>(*this), bindings...);
    }
};

//! A symbol named by a string: `constexpr lz::symbol<"z"> z;`; `z = 0.5` binds a value to it.
template <fixed_string Name>
struct symbol : node<symbol<Name>> {
    static constexpr detail::kind rank = detail::kind::symbol;
    static constexpr std::string_view name = Name.view();
    static constexpr auto name_string = Name;

    template <class T>
    constexpr auto operator=(T const& value) const {
        static_assert(
            detail::number<T>,
            "leibniz: a symbol can only be bound to a number (float, double, long double, "
            "a Boost.Multiprecision float, ...): write z = 0.5");
        if constexpr (std::is_integral_v<T>)
            return binding<Name, double>{static_cast<double>(value)};
        else if constexpr (requires { typename T::result_type; })
            // an expression template (Boost.Multiprecision's m * 2) binds the number it makes
            return binding<Name, typename T::result_type>{typename T::result_type(value)};
        else
            return binding<Name, T>{value};
    }
};

//! The exact rational constant N/D (kept reduced, D > 0): `2_c`, `lz::c<1, 100>`.
template <long long N, long long D = 1>
struct constant : node<constant<N, D>> {
    static_assert(D > 0 && detail::gcd(N, D) == 1,
                  "leibniz: constant<N, D> must be reduced, D > 0");
    static constexpr detail::kind rank = detail::kind::constant;
    static constexpr detail::rational value{N, D, true};
};

//! An exact named constant (pi, e, ...); Tag gives its name, LaTeX and value<T>().
template <class Tag>
struct named : node<named<Tag>> {
    static constexpr detail::kind rank = detail::kind::named;
};

//! The I-th run-time constant of the enclosing with_params.
template <std::size_t I>
struct param : node<param<I>> {
    static constexpr detail::kind rank = detail::kind::param;
    static constexpr std::size_t index = I;
};

//! A canonical sum: a constant term first, then terms ordered by their non-constant part.
template <class... Terms>
struct sum : node<sum<Terms...>> {
    static constexpr detail::kind rank = detail::kind::sum;
};

//! A canonical product: a rational coefficient first (if not 1), then factors ordered by base.
template <class... Factors>
struct product : node<product<Factors...>> {
    static constexpr detail::kind rank = detail::kind::product;
};

//! Base^Exponent; sqrt(x) is power<x, constant<1, 2>>, 1/x is power<x, constant<-1>>.
template <class Base, class Exponent>
struct power : node<power<Base, Exponent>> {
    static constexpr detail::kind rank = detail::kind::power;
};

//! A unary function (a tag from functions/) applied to an argument: apply<atan_fn, symbol<"z">>.
template <class Fn, class Arg>
struct apply : node<apply<Fn, Arg>> {
    static constexpr detail::kind rank = detail::kind::apply;
};

//! where(Cond, IfTrue, IfFalse).
template <class Cond, class IfTrue, class IfFalse>
struct piecewise : node<piecewise<Cond, IfTrue, IfFalse>> {
    static constexpr detail::kind rank = detail::kind::piecewise;
};

//! A condition `A op B`; not an expression: it is only used by where.
template <class Op, class A, class B>
struct comparison {
    static constexpr detail::kind rank = detail::kind::comparison;
};

//! A tree that mentions run-time constants param<0..N-1>, with their values.
template <class Tree, std::size_t N>
struct with_params : node<with_params<Tree, N>> {
    std::array<double, N> values;
};

namespace detail {

template <class T>
inline constexpr bool is_node_v = false;
template <fixed_string Name>
inline constexpr bool is_node_v<symbol<Name>> = true;
template <long long N, long long D>
inline constexpr bool is_node_v<constant<N, D>> = true;
template <class Tag>
inline constexpr bool is_node_v<named<Tag>> = true;
template <std::size_t I>
inline constexpr bool is_node_v<param<I>> = true;
template <class... Ts>
inline constexpr bool is_node_v<sum<Ts...>> = true;
template <class... Ts>
inline constexpr bool is_node_v<product<Ts...>> = true;
template <class B, class E>
inline constexpr bool is_node_v<power<B, E>> = true;
template <class Fn, class A>
inline constexpr bool is_node_v<apply<Fn, A>> = true;
template <class C, class A, class B>
inline constexpr bool is_node_v<piecewise<C, A, B>> = true;

// Whether a tree is free of run-time constants.
template <class T>
inline constexpr bool param_free_v = true;
template <std::size_t I>
inline constexpr bool param_free_v<param<I>> = false;
template <template <class...> class Node, class... Cs>
inline constexpr bool param_free_v<Node<Cs...>> = (param_free_v<Cs> && ...);

template <class T>
inline constexpr bool is_comparison_v = false;
template <class Op, class A, class B>
inline constexpr bool is_comparison_v<comparison<Op, A, B>> = true;

// The tree of an expression or condition, and how many run-time constants it carries.
template <class E>
struct tree_of {
    using type = E;
    static constexpr std::size_t count = 0;
};
template <class Tree, std::size_t N>
struct tree_of<with_params<Tree, N>> {
    using type = Tree;
    static constexpr std::size_t count = N;
};
template <class E>
using tree_t = typename tree_of<std::remove_cvref_t<E>>::type;
template <class E>
inline constexpr std::size_t param_count_v = tree_of<std::remove_cvref_t<E>>::count;

template <class T>
inline constexpr bool is_symbol_v = false;
template <fixed_string Name>
inline constexpr bool is_symbol_v<symbol<Name>> = true;

template <class T>
inline constexpr bool is_constant_v = false;
template <long long N, long long D>
inline constexpr bool is_constant_v<constant<N, D>> = true;

}  // namespace detail

//! Anything built by the library that has a value: `lz::expression<decltype(sigma)>`.
template <class E>
concept expression = detail::is_node_v<detail::tree_t<E>>;

//! A comparison such as `z <= 0_c`, the first argument of where.
template <class E>
concept condition = detail::is_comparison_v<detail::tree_t<E>>;

}  // namespace leibniz
