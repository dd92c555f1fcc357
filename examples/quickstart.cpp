// The README example: sigmoid, its exact derivative, constant evaluation and printing.
#include <iostream>
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;
constexpr auto s = lz::activations::sigmoid(z);  // 1/(1 + exp(-z)), built from primitives
constexpr auto ds = lz::d(s, z);                 // exact derivative: a new expression type
static_assert(lz::eval(ds, z = 0.0) == 0.25);    // constant evaluation, both compilers
int main() { std::cout << ds << '\n' << lz::to_latex(ds) << '\n' << ds(z = 1.5) << '\n'; }
