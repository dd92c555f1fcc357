// The accuracy property test of the lowering: the expressions a seed's generated parts
// (lowering.py: part_<i>.cpp) compile to evaluators of f, f' and f'' in double.
#pragma once

#include <array>
#include <functional>
#include <string_view>
#include <vector>

#include <leibniz/activations.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/eval/eval.hpp>

namespace lowering {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

inline constexpr lz::symbol<"z"> z;

//! One generated expression: its index, its C++ text, d^k f/dz^k (k = 0, 1, 2) in double.
struct expression {
    int index = 0;
    std::string_view text;
    std::array<std::function<double(double)>, 3> order{};
};

//! One reference: d^order f/dz^order of expression `expr` at z (interval arithmetic, 25
//! digits, rounded to double) and |z f^(order+1)(z)| (an upper bound), the conditioning term.
struct reference {
    int expr;
    int order;
    double z;
    double value;
    double slope;
};

template <class E>
std::function<double(double)> evaluator(E const& e) {
    return [e](double x) -> double { return lz::eval(e, z = x); };
}

template <class F>
expression make(int index, std::string_view text, F const& f) {
    return {index, text, {evaluator(f), evaluator(lz::d(f, z)), evaluator(lz::d<2>(f, z))}};
}

}  // namespace lowering
