// User formulas, part 1: products of z with a saturating function, and algebraic formulas.
#include "user_formulas.hpp"

namespace user_formulas {

std::vector<formula> formulas_1() {
    return {
        make<3>("lisht", z * lz::tanh(z)),
        make<2>("pflu", z * (1_c + z / lz::sqrt(1_c + z * z)) / 2_c),
        make<3>("gompertz", z * lz::exp(-lz::exp(-z))),
        make<2>("phish", z * lz::tanh(act::gelu(z))),
        make<2>("sqnl", lz::where(z > 2_c, 1_c,
                                  lz::where(z >= 0_c, z - z * z / 4_c,
                                            lz::where(z >= -2_c, z + z * z / 4_c, -1_c)))),
        make<2>("asinh_log", lz::log(z + lz::sqrt(z * z + 1_c))),
        make<2>("isru", z / lz::sqrt(1_c + z * z / 2_c)),
        make<2>("isrlu", lz::where(z < 0_c, z / lz::sqrt(1_c + alpha * z * z), z),
                param{alpha, 3.0}),
        make<2>("squareplus", (z + lz::sqrt(z * z + 4_c)) / 2_c),
        make<2>("smelu",
                lz::where(z <= -1_c, 0_c, lz::where(z <= 1_c, lz::pow(z + 1_c, 2_c) / 4_c, z))),
        make<2>("bent_identity", (lz::sqrt(z * z + 1_c) - 1_c) / 2_c + z),
        make<2>("rootsig", z / (1_c + lz::sqrt(1_c + z * z))),
        make<2>("serf", z * lz::erf(act::softplus(z))),
        make<2>("tanhexp", z * lz::tanh(lz::exp(z))),
    };
}

}  // namespace user_formulas
