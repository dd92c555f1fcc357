// User formulas, part 3: trigonometric formulas, catalogue functions of scaled and shifted
// arguments, and the catalogue functions of issue 10's reproducers (tanhshrink, softplus''').
#include "user_formulas.hpp"

namespace user_formulas {

std::vector<formula> formulas_3() {
    return {
        make<2>("sinusoid", z + lz::sin(z)),
        make<2>("snake", z + lz::pow(lz::sin(z), 2_c)),
        make<2>("gcu", z * lz::cos(z)),
        make<2>("sigmoid_affine", act::sigmoid(3_c * z - 1_c)),
        make<2>("softplus_half", act::softplus(2_c * z) / 2_c),
        make<2>("tanh_third", act::tanh(z / 3_c)),
        make<2>("gelu_shift", act::gelu(z + 1_c)),
        make<2>("atan_scaled", 2_c / lz::pi * lz::atan(lz::pi * z / 2_c)),
        make<2>("mish_affine", act::mish(2_c * z - 1_c)),
        make<2>("elish",
                lz::where(z < 0_c, (lz::exp(z) - 1_c) * act::sigmoid(z), z * act::sigmoid(z))),
        make<2>("log_sigmoid_2z", act::log_sigmoid(2_c * z)),
        make<2>("soft_clipping", act::softplus(z) - act::softplus(z - 1_c)),
        make<3>("tanhshrink", act::tanhshrink(z)),
        make<3>("softplus", act::softplus(z)),
    };
}

}  // namespace user_formulas
