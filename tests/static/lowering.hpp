// Queries on the lowered tree of an expression, for the static tests of the lowering's rules
// (lower_rules.cpp, lower_rules_catalogue.cpp).
#pragma once

#include <limits>
#include <type_traits>

#include <leibniz/leibniz.hpp>

namespace lowering_test {

namespace dt = leibniz::detail;

template <class E>
using lowered_t = dt::lower_t<dt::tree_t<E>>;

// Whether the tree T contains the lowered operation Op.
template <class Op, class T>
struct has_op : std::false_type {};
template <class Op, class... As>
struct has_op<Op, dt::lowered<Op, As...>> : std::true_type {};
template <class Op, template <class...> class Node, class... Cs>
struct has_op<Op, Node<Cs...>> : std::bool_constant<(has_op<Op, Cs>::value || ...)> {};

//! Whether the lowered tree of E contains the lowered operation Op (the rule that makes it fired).
template <class Op, class E>
constexpr bool fires = has_op<Op, lowered_t<E>>::value;

// Whether the tree T calls the function Fn.
template <class Fn, class T>
struct calls : std::false_type {};
template <class Fn, class A>
struct calls<Fn, leibniz::apply<Fn, A>> : std::true_type {};
template <class Fn, template <class...> class Node, class... Cs>
struct calls<Fn, Node<Cs...>> : std::bool_constant<(calls<Fn, Cs>::value || ...)> {};

//! Whether the lowered tree of E calls the function Fn.
template <class Fn, class E>
constexpr bool lowered_calls = calls<Fn, lowered_t<E>>::value;

//! Whether the asymptotic regime (lower/regimes/asymptotic.hpp) wraps the lowered tree of E for
//! T: the plan of the root differs from the lowered tree.
template <class E, class T = double>
constexpr bool at_infinity =
    !std::is_same_v<dt::plan_t<dt::tree_t<E>, T>, dt::lower_t<dt::tree_t<E>>>;

//! |got - want| within `ulps` units of eps |want|.
constexpr bool within(double got, double want, double ulps) {
    double const d = got > want ? got - want : want - got;
    double const m = want < 0 ? -want : want;
    return d <= ulps * std::numeric_limits<double>::epsilon() * m;
}

}  // namespace lowering_test
