// Decisions past the work budget of lz::equivalent, the worst cases measured against clang's own
// count of steps (tests/static/proof_budget.cpp, benchmarks/proof_steps.sh).
#pragma once

#include <leibniz/leibniz.hpp>

namespace budget {
namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"w"> w;

// six regions, six atoms: the budget runs out in the regions
constexpr auto x = lz::where(z <= 0_c, z, w);
constexpr auto m = lz::min(lz::log(2_c), lz::sign(w));
constexpr auto regions_a = lz::tanh(x) / m * (lz::sin(w) + w);
constexpr auto regions_b =
    (lz::exp(2_c * x) - 1_c) * (w + lz::sin(w)) / (1_c + lz::exp(2_c * x)) / m;

// one large rational function in two exponentials
constexpr auto p = 1_c + lz::exp(z) + lz::exp(w) + z * w + lz::c<1, 3> * z * z;
constexpr auto expansion_a = lz::pow(p, 6_c) / (1_c + lz::pow(p, 3_c));
constexpr auto expansion_b = lz::pow(p, 3_c) - 1_c + 1_c / (1_c + lz::pow(p, 3_c));

// a mixed second derivative of a product of two catalogue functions
constexpr auto q = act::gelu_tanh(z) * act::mish(w);
constexpr auto mixed_a = lz::d(q, z, w);
constexpr auto mixed_b = lz::d(q, w, z) + lz::d(q, z);

}  // namespace budget
