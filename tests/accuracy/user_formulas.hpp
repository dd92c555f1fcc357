// The user-formula accuracy suite: activations from the literature that are not in the catalogue,
// written with operators on primitives and catalogue functions, as a user would. Each formula is
// compiled to evaluators of d^k f/dz^k (k = 0 .. its highest order) in double and float; the
// formulas are spread over user_formulas_1.cpp .. _3.cpp to keep each translation unit's compile
// time modest, and user_formulas.cpp checks them against user_formulas.txt (user_formulas.py).
#pragma once

#include <array>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include <leibniz/activations.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/eval/eval.hpp>

namespace user_formulas {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

inline constexpr lz::symbol<"z"> z;
inline constexpr lz::symbol<"alpha"> alpha;
inline constexpr lz::symbol<"beta"> beta;

//! One formula: its id (as in user_formulas.py), its highest order, d^k f/dz^k in double and float.
struct formula {
    std::string_view id;
    int top = 0;
    std::array<std::function<double(double)>, 4> in_double{};
    std::array<std::function<float(float)>, 4> in_float{};
};

//! A parameter bound to a value exact in float (so one reference table serves both types).
template <class S>
struct param {
    S symbol;
    double value;
};

template <class T, class E, class... P>
std::function<T(T)> evaluator(E const& e, P const&... p) {
    return [e, p...](T x) -> T {
        return static_cast<T>(lz::eval(e, z = x, (p.symbol = static_cast<T>(p.value))...));
    };
}

//! f and its derivatives by z up to order Top, each evaluated with the parameters bound.
template <int Top, class F, class... P>
formula make(std::string_view id, F const& f, P const&... p) {
    formula out{id, Top, {}, {}};
    [&]<int... K>(std::integer_sequence<int, K...>) {
        ((out.in_double[K] = evaluator<double>(lz::d<K>(f, z), p...),
          out.in_float[K] = evaluator<float>(lz::d<K>(f, z), p...)),
         ...);
    }(std::make_integer_sequence<int, Top + 1>{});
    return out;
}

std::vector<formula> formulas_1();
std::vector<formula> formulas_2();
std::vector<formula> formulas_3();

}  // namespace user_formulas
