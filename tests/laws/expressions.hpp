// The sample expressions the law suites are instantiated over: polynomials, rational functions,
// compositions of every primitive, a power with a symbolic exponent, where-expressions, several
// symbols and a run-time constant. All are defined on the whole real line (for numeric checks).
#pragma once

#include <leibniz/leibniz.hpp>

namespace samples {

namespace lz = leibniz;
using namespace lz::literals;

inline constexpr lz::symbol<"z"> z;
inline constexpr lz::symbol<"x"> x;
inline constexpr lz::symbol<"y"> y;
inline constexpr lz::symbol<"alpha"> alpha;
// a symbol that no sample mentions
inline constexpr lz::symbol<"q"> q;

inline constexpr auto polynomial = lz::pow(z, 3_c) + 2_c * z - 5_c;
inline constexpr auto rational = (z * z + 1_c) / (z - 3_c);
inline constexpr auto sigma = lz::activations::sigmoid(z);
inline constexpr auto softplus = lz::log(1_c + lz::exp(z));
inline constexpr auto tanh_atan = lz::tanh(2_c * z) * lz::atan(z);
inline constexpr auto erf_gauss = lz::erf(z / lz::sqrt(2_c)) * lz::exp(-z * z / 2_c);
inline constexpr auto trig = lz::sin(z) * lz::cos(3_c * z);
inline constexpr auto z_abs_z = z * lz::abs(z);
inline constexpr auto symbolic_power = lz::pow(1_c + z * z, x);
inline constexpr auto elu_alpha = lz::where(z <= 0_c, alpha*(lz::exp(z) - 1_c), z);
inline constexpr auto three_symbols = x * y + lz::exp(x * y * z);
inline constexpr auto root_sum = lz::sqrt(1_c + z * z);
inline constexpr auto exp2_z = lz::pow(2_c, z) * z;
inline constexpr auto log_ratio = lz::log(1_c + z * z) / (3_c + z);
inline constexpr auto gelu = lz::activations::gelu(z);
inline constexpr auto where_two = lz::where(z < x, z* y, lz::sin(z));
inline constexpr auto with_runtime_constant = 0.01 * z + lz::tanh(z);

}  // namespace samples
