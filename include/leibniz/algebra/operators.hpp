// The public operators and constructors: + - * / pow, comparisons, where, max, min.
#pragma once

#include <leibniz/algebra/apply.hpp>
#include <leibniz/algebra/params.hpp>
#include <leibniz/algebra/power.hpp>
#include <leibniz/algebra/product.hpp>
#include <leibniz/algebra/sum.hpp>
#include <leibniz/algebra/where.hpp>

namespace leibniz {

namespace detail {
// Two operands of which at least one is an expression (the other may be a plain number).
template <class A, class B>
concept operand_pair = (expression<A> || expression<B>) && operand<A> && operand<B>;

template <class Op, class A, class B>
constexpr auto compare_operands(A const& a, B const& b) {
    return combine([](auto x, auto y) { return comparison<Op, decltype(x), decltype(y)>{}; },
                   as_operand(a), as_operand(b));
}
}  // namespace detail

//! a + b: `z + 1_c`.
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator+(A const& a, B const& b) {
    return detail::combine([](auto x, auto y) { return detail::add(x, y); }, detail::as_operand(a),
                           detail::as_operand(b));
}

//! a - b: `1_c - z`.
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator-(A const& a, B const& b) {
    return detail::combine([](auto x, auto y) { return detail::add(x, detail::neg(y)); },
                           detail::as_operand(a), detail::as_operand(b));
}

//! a * b: `2_c * z`.
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator*(A const& a, B const& b) {
    return detail::combine([](auto x, auto y) { return detail::mul(x, y); }, detail::as_operand(a),
                           detail::as_operand(b));
}

//! a / b: `1_c / (1_c + lz::exp(-z))`.
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator/(A const& a, B const& b) {
    return detail::combine(
        [](auto x, auto y) { return detail::mul(x, detail::pow_(y, constant<-1>{})); },
        detail::as_operand(a), detail::as_operand(b));
}

//! -a: `-z`.
template <expression A>
constexpr auto operator-(A const& a) {
    return detail::combine([](auto x) { return detail::neg(x); }, a);
}

//! +a is a.
template <expression A>
constexpr A operator+(A const& a) {
    return a;
}

//! base^exponent, any expressions: `lz::pow(z, 3_c)`, `lz::pow(2_c, z)`.
template <class B, class E>
    requires detail::operand_pair<B, E>
constexpr auto pow(B const& base, E const& exponent) {
    return detail::combine([](auto x, auto y) { return detail::pow_(x, y); },
                           detail::as_operand(base), detail::as_operand(exponent));
}

//! The square root, as the power 1/2: `lz::sqrt(z)`.
template <expression A>
constexpr auto sqrt(A const& a) {
    return detail::combine([](auto x) { return detail::pow_(x, constant<1, 2>{}); }, a);
}

//! Conditions for where: `z < 0_c`, `z <= 0_c`, `z > 0_c`, `z >= 0_c`.
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator<(A const& a, B const& b) {
    return detail::compare_operands<less>(a, b);
}
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator<=(A const& a, B const& b) {
    return detail::compare_operands<less_equal>(a, b);
}
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator>(A const& a, B const& b) {
    return detail::compare_operands<greater>(a, b);
}
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto operator>=(A const& a, B const& b) {
    return detail::compare_operands<greater_equal>(a, b);
}

//! where(cond, a, b) is a where cond holds, else b: `lz::where(z <= 0_c, 0_c, z)` (ReLU).
template <class C, class A, class B>
constexpr auto where(C const& cond, A const& if_true, B const& if_false) {
    static_assert(condition<C>, "leibniz: where(cond, a, b): cond must be a comparison such as "
                                "z <= 0_c, not an expression or a bool");
    static_assert(detail::operand<A> && detail::operand<B>,
                  "leibniz: where(cond, a, b): a and b must be expressions or numbers");
    if constexpr (condition<C> && detail::operand<A> && detail::operand<B>)
        return detail::combine([](auto c, auto x, auto y) { return detail::make_where(c, x, y); },
                               cond, detail::as_operand(if_true), detail::as_operand(if_false));
}

//! The larger of a and b: `lz::max(z, 0_c)` is where(z <= 0, 0, z).
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto max(A const& a, B const& b) {
    return where(a <= b, b, a);
}

//! The smaller of a and b: `lz::min(z, 6_c)` is where(z <= 6, z, 6).
template <class A, class B>
    requires detail::operand_pair<A, B>
constexpr auto min(A const& a, B const& b) {
    return where(a <= b, a, b);
}

}  // namespace leibniz
