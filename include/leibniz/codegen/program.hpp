// The program of an expression: the evaluation schedule of its lowered tree (lower/lower.hpp) as a
// constexpr table, one step per distinct subterm (children first), with the same operands as
// lz::eval: subtracted terms, dividing factors, constant exponents. The emitters walk it with
// run-time code.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <leibniz/core/collect.hpp>
#include <leibniz/eval/eval.hpp>

namespace leibniz::detail {

//! One step of a program.
struct step {
    kind k{};
    long long num = 0, den = 1;  // constant: its value; product: coefficient; power: exponent
    bool constant_exponent = false;
    std::size_t index = 0;  // param: which run-time constant
    long double value = 0;  // named constant: its value
    std::string_view name;  // symbol: its name; apply: the C function (or, with pattern, the C
                            // text of a lowered operation); piecewise: operator
    bool pattern = false;
    std::size_t first = 0, count = 0;  // operands: operands[first], ..., [first + count - 1]
};

//! An operand of a step; flag: subtracted (in a sum) or dividing (in a product).
struct operand_ref {
    std::size_t node = 0;
    bool flag = false;
};

// The flags of a node's operands, in the order of deep_operands.
template <class E>
struct operand_flags {
    static constexpr std::array<bool, deep_operands<E>::type::size> value{};
};
template <class... Ts>
struct operand_flags<sum<Ts...>> {
    static constexpr std::array<bool, sizeof...(Ts)> value{term_operand<Ts>::negative...};
};
template <class... Fs>
struct operand_flags<product<Fs...>> {
    static constexpr auto value = [] {
        std::array<bool, deep_operands<product<Fs...>>::type::size> out{};
        std::size_t i = 0;
        (
            [&] {
                if constexpr (!is_constant_v<Fs>) out[i++] = factor_operand<Fs>::divides;
            }(),
            ...);
        return out;
    }();
};

template <fixed_string N>
constexpr step make_step(symbol<N>) {
    step s{};
    s.k = kind::symbol;
    s.name = N.view();
    return s;
}
template <long long N, long long D>
constexpr step make_step(constant<N, D>) {
    step s{};
    s.k = kind::constant;
    s.num = N;
    s.den = D;
    return s;
}
template <class Tag>
constexpr step make_step(named<Tag>) {
    step s{};
    s.k = kind::named;
    s.name = Tag::name;
    s.value = Tag::template value<long double>();
    return s;
}
template <std::size_t I>
constexpr step make_step(param<I>) {
    step s{};
    s.k = kind::param;
    s.index = I;
    return s;
}
template <class... Ts>
constexpr step make_step(sum<Ts...>) {
    step s{};
    s.k = kind::sum;
    return s;
}
template <class... Fs>
constexpr step make_step(product<Fs...>) {
    step s{};
    s.k = kind::product;
    rational coef = product_plan<Fs...>::coef;
    s.num = coef.num;
    s.den = coef.den;
    return s;
}
template <class B, class E>
constexpr step make_step(power<B, E>) {
    step s{};
    s.k = kind::power;
    if constexpr (is_constant_v<E>) {
        s.constant_exponent = true;
        s.num = E::value.num;
        s.den = E::value.den;
    }
    return s;
}
template <class Fn, class A>
constexpr step make_step(apply<Fn, A>) {
    step s{};
    s.k = kind::apply;
    s.name = Fn::c_name;
    return s;
}
template <class Op, class... As>
constexpr step make_step(lowered<Op, As...>) {
    step s{};
    s.k = kind::apply;
    s.name = Op::pattern;
    s.pattern = true;
    return s;
}
template <class Op, class L, class R, class A, class B>
constexpr step make_step(piecewise<comparison<Op, L, R>, A, B>) {
    step s{};
    s.k = kind::piecewise;
    s.name = Op::text;
    return s;
}

template <class List>
struct program_table;
template <class... Ts>
struct program_table<type_list<Ts...>> {
    using list = type_list<Ts...>;
    static constexpr std::size_t total = (std::size_t{0} + ... + deep_operands<Ts>::type::size);

    template <class E, class... Cs>
    static constexpr void put(type_list<Cs...>, std::array<operand_ref, total>& out,
                              std::size_t& at) {
        std::size_t k = 0;
        ((out[at++] = {index_of_v<Cs, list>, operand_flags<E>::value[k++]}), ...);
    }

    static constexpr std::array<operand_ref, total> operands = [] {
        std::array<operand_ref, total> out{};
        std::size_t at = 0;
        (put<Ts>(typename deep_operands<Ts>::type{}, out, at), ...);
        return out;
    }();

    static constexpr std::array<step, sizeof...(Ts)> steps = [] {
        std::array<step, sizeof...(Ts)> out{};
        std::size_t i = 0, first = 0;
        (
            [&] {
                out[i] = make_step(Ts{});
                out[i].first = first;
                out[i].count = deep_operands<Ts>::type::size;
                first += out[i].count;
                ++i;
            }(),
            ...);
        return out;
    }();
};

//! A program with the values of its run-time constants; the root is the last step.
struct program_view {
    step const* steps;
    operand_ref const* operands;
    double const* params;
    std::size_t size;

    step const& operator[](std::size_t i) const { return steps[i]; }
    operand_ref const& operand(std::size_t i, std::size_t k) const {
        return operands[steps[i].first + k];
    }
};

//! The program of the lowered tree that lz::eval computes for T (float or double).
template <class Tree, class T = double>
program_view program_of(double const* params) {
    using P = program_table<collect_t<deep_operands, plan_t<Tree, T>>>;
    return {P::steps.data(), P::operands.data(), params, P::steps.size()};
}

}  // namespace leibniz::detail
