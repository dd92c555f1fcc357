// User formulas, part 2: logistic and exponential formulas, and parameters.
#include "user_formulas.hpp"

namespace user_formulas {

std::vector<formula> formulas_2() {
    return {
        make<2>("swish_beta", act::swish(z, beta), param{beta, 1.5}),
        make<2>("swish_beta_dbeta", lz::d(act::swish(z, beta), beta), param{beta, 1.5}),
        make<2>("swish_1702", act::swish(z, lz::c<1702, 1000>)),
        make<2>("elu_alpha", act::elu(z, alpha), param{alpha, 0.75}),
        make<2>("elu_dalpha", lz::d(act::elu(z, alpha), alpha), param{alpha, 0.75}),
        make<2>("celu_5_2", act::celu(z, lz::c<5, 2>)),
        make<2>("softplus_beta", lz::log(1_c + lz::exp(beta * z)) / beta, param{beta, 1.5}),
        make<2>("logish", z * lz::log(1_c + act::sigmoid(z))),
        make<3>("tanh_exp_ratio", (lz::exp(2_c * z) - 1_c) / (lz::exp(2_c * z) + 1_c)),
        make<3>("logistic_ratio", lz::exp(z) / (1_c + lz::exp(z))),
        make<2>("sigmoid_sigmoid", act::sigmoid(act::sigmoid(z))),
        make<2>("z_sigmoid_sigmoid", z * act::sigmoid(act::sigmoid(z))),
        make<3>("sigmoid_product", act::sigmoid(z) * act::sigmoid(-z)),
        make<2>("cloglog", 1_c - lz::exp(-lz::exp(z))),
        make<2>("gaussian", lz::exp(-(z * z))),
    };
}

}  // namespace user_formulas
