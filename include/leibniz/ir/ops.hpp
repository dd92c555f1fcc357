// The op traits: one record per operation of the IR graph (ir/graph.hpp) with everything its
// readers need: arity, spelling per target (text, LaTeX, C), kernel, cost, and how proofs treat
// it. The structural operations have one entry each in ops_of_kind; a function's come from its
// tag (functions/), a lowered operation's from its op (eval/plan.hpp).
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/core/nodes.hpp>

namespace leibniz {

//! How proofs treat a function (proof/normal_form.hpp): exp, log and tanh are rewritten exactly,
//! abs and sign split regions on their argument's sign, sin and cos are expanded by the
//! angle-sum formulas (proof/trig.hpp); any other function is an opaque indeterminate over its
//! normalised argument.
enum class proof_rule { opaque, exp, log, tanh, abs, sign, sin, cos };

namespace detail {

//! The traits of one operation.
struct op_traits {
    int arity = 0;                 // operands; -1: any number (sum, product)
    std::string_view name, latex;  // text and LaTeX spelling (a symbol's or constant's name)
    std::string_view c;            // C spelling: a function, an operator, or the C text of a
                                   // lowered operation's pattern (pattern is true)
    bool pattern = false;
    std::string_view batch_c;  // a lowered operation's pattern in batch kernels, if it differs
                               // (a blend instead of ?:, which g++ may turn into a branch)
    int cost = 1;              // rough cost of one evaluation, in additions
    proof_rule rule = proof_rule::opaque;          // function: how proofs treat it
    long double (*kernel)(long double) = nullptr;  // function: its value, if it has one
    bool has_kernel = false;  // (comparing the pointer with null is not a constant expression
                              // under g++'s sanitizers)
    long double slope = -1;   // function: sup |f'| (-1 unknown), and whether it jumps at 0
    bool continuous = true;
};

constexpr op_traits structural(int arity, std::string_view name, std::string_view latex,
                               std::string_view c, int cost) {
    op_traits t{};
    t.arity = arity;
    t.name = name;
    t.latex = latex;
    t.c = c;
    t.cost = cost;
    return t;
}

//! The traits of the structural operations, by kind.
constexpr op_traits ops_of_kind(kind k) {
    switch (k) {
    case kind::sum:
        return structural(-1, "+", "+", "+", 1);
    case kind::product:
        return structural(-1, "*", "\\,", "*", 1);
    case kind::power:
        return structural(2, "^", "^", "pow", 20);
    case kind::piecewise:
        return structural(3, "where", "where", "if", 2);
    default:  // leaves: symbol, constant, named constant, run-time constant
        return structural(0, {}, {}, {}, 0);
    }
}

//! The traits of the function whose tag is Fn.
template <class Fn>
constexpr op_traits function_op() {
    op_traits t = structural(1, Fn::name, Fn::latex, Fn::c_name, 20);
    t.rule = Fn::proof;
    t.slope = Fn::slope;
    t.continuous = Fn::continuous;
    if constexpr (requires(long double x) { Fn::eval(x); }) {
        t.kernel = [](long double x) -> long double { return Fn::eval(x); };
        t.has_kernel = true;
    }
    return t;
}

//! The traits of the comparison operator Op (<, <=, ...).
template <class Op>
constexpr op_traits comparison_op() {
    return structural(2, Op::text, Op::latex, Op::text, 1);
}

//! The traits of the lowered operation Op: its C text is its pattern.
template <class Op, std::size_t Arity>
constexpr op_traits lowered_op() {
    op_traits t = structural(static_cast<int>(Arity), {}, {}, Op::pattern, 20);
    t.pattern = true;
    if constexpr (requires { Op::batch_pattern; }) t.batch_c = Op::batch_pattern;
    return t;
}

}  // namespace detail
}  // namespace leibniz
