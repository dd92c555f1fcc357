// Prints lz::series and lz::asymptotic of the cases that sympy_cases.py checks against SymPy, one
// line a case: `name|text` (text is lz::to_string of the result, or `unknown`).
#include <iostream>
#include <string_view>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;

template <class R>
void emit(std::string_view name, R const& r) {
    if constexpr (lz::same(R{}, lz::unknown_series))
        std::cout << name << "|unknown\n";
    else
        std::cout << name << '|' << lz::to_string(r) << '\n';
}
}  // namespace

int main() {
    // Taylor polynomials at 0
    emit("tanhshrink_0_7", lz::series(act::tanhshrink(z), z, 0_c, 7_c));
    emit("sigmoid_0_7", lz::series(act::sigmoid(z), z, 0_c, 7_c));
    emit("tanh_catalogue_0_7", lz::series(act::tanh(z), z, 0_c, 7_c));
    emit("softplus_0_6", lz::series(act::softplus(z), z, 0_c, 6_c));
    emit("silu_0_6", lz::series(act::silu(z), z, 0_c, 6_c));
    emit("mish_0_6", lz::series(act::mish(z), z, 0_c, 6_c));
    emit("log_sigmoid_0_5", lz::series(act::log_sigmoid(z), z, 0_c, 5_c));
    emit("atan_0_9", lz::series(lz::atan(z), z, 0_c, 9_c));
    emit("exp_sin_0_6", lz::series(lz::exp(lz::sin(z)), z, 0_c, 6_c));
    emit("atan_expm1_0_6", lz::series(lz::atan(lz::exp(z) - 1_c), z, 0_c, 6_c));
    emit("log_cos_0_8", lz::series(lz::log(lz::cos(z)), z, 0_c, 8_c));
    emit("sqrt_1pz_0_5", lz::series(lz::sqrt(1_c + z), z, 0_c, 5_c));
    emit("cbrt_1pz_0_4", lz::series(lz::pow(1_c + z, lz::c<1, 3>), z, 0_c, 4_c));
    // removable singularities and a pole
    emit("expm1_z_z2_0_5", lz::series((lz::exp(z) - 1_c - z) / (z * z), z, 0_c, 5_c));
    emit("sinc_0_8", lz::series(lz::sin(z) / z, z, 0_c, 8_c));
    emit("one_minus_cos_0_6", lz::series((1_c - lz::cos(z)) / (z * z), z, 0_c, 6_c));
    emit("log1p_z_0_5", lz::series(lz::log(1_c + z) / z, z, 0_c, 5_c));
    emit("tanh_z_0_6", lz::series(lz::tanh(z) / z, z, 0_c, 6_c));
    emit("csc_0_5", lz::series(1_c / lz::sin(z), z, 0_c, 5_c));
    // other points
    emit("log_1_5", lz::series(lz::log(z), z, 1_c, 5_c));
    emit("log_2_4", lz::series(lz::log(z), z, 2_c, 4_c));
    emit("sqrt_4_4", lz::series(lz::sqrt(z), z, 4_c, 4_c));
    emit("rational_2_4", lz::series(1_c / (1_c + z * z), z, 2_c, 4_c));
    emit("atan_zm1_1_5", lz::series(lz::atan(z - 1_c), z, 1_c, 5_c));
    emit("softsign_1_4", lz::series(act::softsign(z), z, 1_c, 4_c));
    emit("hardswish_1_3", lz::series(act::hardswish(z), z, 1_c, 3_c));
    emit("elu_half_3", lz::series(act::elu(z), z, lz::c<1, 2>, 3_c));
    // the exponential scale toward +-infinity
    emit("sigmoid_inf_2", lz::asymptotic(act::sigmoid(z), z, lz::inf, 2_c));
    emit("sigmoid_minf_2", lz::asymptotic(act::sigmoid(z), z, -lz::inf, 2_c));
    emit("softplus_inf_2", lz::asymptotic(act::softplus(z), z, lz::inf, 2_c));
    emit("silu_inf_2", lz::asymptotic(act::silu(z), z, lz::inf, 2_c));
    emit("tanh_catalogue_inf_2", lz::asymptotic(act::tanh(z), z, lz::inf, 2_c));
    emit("mish_inf_3", lz::asymptotic(act::mish(z), z, lz::inf, 3_c));
    emit("log_sigmoid_minf_2", lz::asymptotic(act::log_sigmoid(z), z, -lz::inf, 2_c));
    emit("elu_minf_2", lz::asymptotic(act::elu(z), z, -lz::inf, 2_c));
    // outside the class: unknown_series (SymPy has a series for most; leibniz must not answer)
    emit("elu_kink_0_3", lz::series(act::elu(z), z, 0_c, 3_c));
    emit("relu_kink_0_3", lz::series(act::relu(z), z, 0_c, 3_c));
    emit("abs_0_3", lz::series(lz::abs(z), z, 0_c, 3_c));
    emit("elu_m1_3", lz::series(act::elu(z), z, -1_c, 3_c));
    emit("sigmoid_1_3", lz::series(act::sigmoid(z), z, 1_c, 3_c));
    emit("gelu_0_5", lz::series(act::gelu(z), z, 0_c, 5_c));
    emit("erf_0_5", lz::series(lz::erf(z), z, 0_c, 5_c));
    emit("exp_0_24", lz::series(lz::exp(z), z, 0_c, 24_c));
    emit("sigmoid_0_22", lz::series(act::sigmoid(z), z, 0_c, 22_c));
    emit("pi_z_0_2", lz::series(lz::pi * z, z, 0_c, 2_c));
    emit("log_0_2", lz::series(lz::log(z), z, 0_c, 2_c));
    emit("sqrt_0_2", lz::series(lz::sqrt(z), z, 0_c, 2_c));
    // the power scale toward +-infinity
    emit("rational_inf_6", lz::asymptotic(1_c / (1_c + z * z), z, lz::inf, 6_c));
    emit("sqrt_inf_3", lz::asymptotic(lz::sqrt(1_c + z * z), z, lz::inf, 3_c));
    emit("softsign_minf_3", lz::asymptotic(act::softsign(z), z, -lz::inf, 3_c));
    emit("atan_inv_inf_5", lz::asymptotic(lz::atan(1_c / z), z, lz::inf, 5_c));
}
