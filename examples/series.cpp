// Series and asymptotic forms: exact Taylor polynomials at a point, leading terms toward
// +-infinity, and what the library says where it cannot expand.
#include <iostream>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

int main() {
    constexpr lz::symbol<"z"> z;

    // Taylor polynomials with exact coefficients, terms through (z - c)^n
    constexpr auto p = lz::series(act::tanhshrink(z), z, 0_c, 7_c);
    static_assert(lz::same(p, lz::pow(z, 3_c) / 3_c - 2_c * lz::pow(z, 5_c) / 15_c +
                                  17_c * lz::pow(z, 7_c) / 315_c));
    std::cout << "tanhshrink near 0:   " << p << '\n';
    std::cout << "softplus near 0:     " << lz::series(act::softplus(z), z, 0_c, 4_c) << '\n';
    std::cout << "(e^z - 1 - z)/z^2:   "
              << lz::series((lz::exp(z) - 1_c - z) / (z * z), z, 0_c, 3_c) << '\n';
    std::cout << "log z near 2:        " << lz::series(lz::log(z), z, 2_c, 3_c) << '\n';

    // leading terms toward +-infinity
    constexpr auto q = lz::asymptotic(act::sigmoid(z), z, lz::inf, 2_c);
    static_assert(lz::same(q, 1_c - lz::exp(-z) + lz::exp(-2_c * z)));
    std::cout << "sigmoid at +inf:     " << q << '\n';
    std::cout << "silu at -inf:        " << lz::asymptotic(act::silu(z), z, -lz::inf, 2_c) << '\n';
    std::cout << "mish at +inf:        " << lz::asymptotic(act::mish(z), z, lz::inf, 3_c) << '\n';
    std::cout << "1/(1 + z^2) at +inf: " << lz::asymptotic(1_c / (1_c + z * z), z, lz::inf, 6_c)
              << '\n';

    // the result is an ordinary expression: evaluate it where the formula cancels
    std::cout << "tanhshrink(1e-3) from the series: " << p(z = 1e-3) << '\n';

    // outside the class: unknown_series (a kink at 0; erf's 2/sqrt(pi)), never a wrong answer
    static_assert(lz::same(lz::series(act::relu(z), z, 0_c, 3_c), lz::unknown_series));
    static_assert(lz::same(lz::series(act::gelu(z), z, 0_c, 3_c), lz::unknown_series));
}
