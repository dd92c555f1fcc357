// The activation catalogue: each function takes any expression and returns the activation built
// from primitives, with each kink owned by the branch whose derivative PyTorch's backward uses.
#pragma once

#include <string_view>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/functions/functions.hpp>

namespace leibniz {

//! Tag of SELU's alpha, 1.6732632423543772848170429916717 (as PyTorch defines it).
struct selu_alpha_tag {
    static constexpr std::string_view name = "selu_alpha", latex = "\\alpha_{\\mathrm{SELU}}";
    template <class T>
    static constexpr T value() {
        return static_cast<T>(1.6732632423543772848170429916717L);
    }
};
//! Tag of SELU's scale, 1.0507009873554804934193349852946 (as PyTorch defines it).
struct selu_scale_tag {
    static constexpr std::string_view name = "selu_scale", latex = "\\lambda_{\\mathrm{SELU}}";
    template <class T>
    static constexpr T value() {
        return static_cast<T>(1.0507009873554804934193349852946L);
    }
};

namespace activations {

using namespace literals;

//! identity(z) = z
template <expression Z>
constexpr auto identity(Z const& z) {
    return z;
}

//! binary_step(z) = where(z < 0, 0, 1)
template <expression Z>
constexpr auto binary_step(Z const& z) {
    return where(z < 0_c, 0_c, 1_c);
}

//! sigmoid(z) = 1/(1 + exp(-z)), the logistic function
template <expression Z>
constexpr auto sigmoid(Z const& z) {
    return 1_c / (1_c + exp(-z));
}

//! sigmoid(z, a) = 1/(1 + exp(-a z)), the logistic function with slope a
template <expression Z, class A>
constexpr auto sigmoid(Z const& z, A const& a) {
    return 1_c / (1_c + exp(-(a * z)));
}

//! tanh(z) = 2 sigmoid(2z) - 1, as the textbooks build it from the logistic function
template <expression Z>
constexpr auto tanh(Z const& z) {
    return 2_c * sigmoid(2_c * z) - 1_c;
}

//! arctan(z) = atan(z)
template <expression Z>
constexpr auto arctan(Z const& z) {
    return atan(z);
}

//! relu(z) = where(z <= 0, 0, z): relu'(0) = 0
template <expression Z>
constexpr auto relu(Z const& z) {
    return where(z <= 0_c, 0_c, z);
}

//! leaky_relu(z, a) = where(z <= 0, a z, z), a = 1/100 by default: leaky_relu'(0) = a
template <expression Z, class A = constant<1, 100>>
constexpr auto leaky_relu(Z const& z, A const& a = {}) {
    return where(z <= 0_c, a * z, z);
}

//! prelu(z, a) = where(z <= 0, a z, z) with a learnable a (a symbol): prelu'(0) = a
template <expression Z, class A>
constexpr auto prelu(Z const& z, A const& a) {
    return where(z <= 0_c, a * z, z);
}

//! elu(z, a) = where(z <= 0, a (exp(z) - 1), z), a = 1 by default: elu'(0) = a
template <expression Z, class A = constant<1>>
constexpr auto elu(Z const& z, A const& a = {}) {
    return where(z <= 0_c, a * (exp(z) - 1_c), z);
}

//! softplus(z) = log(1 + exp(z))
template <expression Z>
constexpr auto softplus(Z const& z) {
    return log(1_c + exp(z));
}

//! gelu(z) = z Phi(z) = z/2 (1 + erf(z/sqrt(2))), the exact GELU
template <expression Z>
constexpr auto gelu(Z const& z) {
    return z / 2_c * (1_c + erf(z / sqrt(2_c)));
}

//! gelu_tanh(z) = z/2 (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3))), PyTorch's approximate='tanh'
template <expression Z>
constexpr auto gelu_tanh(Z const& z) {
    return z / 2_c * (1_c + leibniz::tanh(sqrt(2_c / pi) * (z + 0.044715_c * pow(z, 3_c))));
}

//! silu(z) = z sigmoid(z)
template <expression Z>
constexpr auto silu(Z const& z) {
    return z * sigmoid(z);
}

//! swish(z, beta) = z sigmoid(beta z)
template <expression Z, class B>
constexpr auto swish(Z const& z, B const& beta) {
    return z * sigmoid(z, beta);
}

//! mish(z) = z tanh(softplus(z))
template <expression Z>
constexpr auto mish(Z const& z) {
    return z * leibniz::tanh(softplus(z));
}

//! selu(z) = scale where(z <= 0, alpha (exp(z) - 1), z), PyTorch's constants: selu'(0) = scale
//! alpha
template <expression Z>
constexpr auto selu(Z const& z) {
    constexpr named<selu_scale_tag> scale{};
    constexpr named<selu_alpha_tag> alpha{};
    return scale * elu(z, alpha);
}

//! celu(z, a) = where(z <= 0, a (exp(z/a) - 1), z): celu'(0) = 1
template <expression Z, class A = constant<1>>
constexpr auto celu(Z const& z, A const& a = {}) {
    return where(z <= 0_c, a * (exp(z / a) - 1_c), z);
}

//! softsign(z) = z/(1 + |z|)
template <expression Z>
constexpr auto softsign(Z const& z) {
    return z / (1_c + abs(z));
}

//! hard_sigmoid(z) = where(z <= -3, 0, where(z >= 3, 1, z/6 + 1/2)): hard_sigmoid'(+-3) = 0
template <expression Z>
constexpr auto hard_sigmoid(Z const& z) {
    return where(z <= -3_c, 0_c, where(z >= 3_c, 1_c, z / 6_c + c<1, 2>));
}

//! hard_tanh(z) = where(z <= -1, -1, where(z >= 1, 1, z)): hard_tanh'(+-1) = 0
template <expression Z>
constexpr auto hard_tanh(Z const& z) {
    return where(z <= -1_c, -1_c, where(z >= 1_c, 1_c, z));
}

//! hardswish(z) = where(z < -3, 0, where(z <= 3, z (z + 3)/6, z)): the middle branch owns
//! both kinks, as in PyTorch's backward (hardswish'(-3) = -1/2, hardswish'(3) = 3/2)
template <expression Z>
constexpr auto hardswish(Z const& z) {
    return where(z < -3_c, 0_c, where(z <= 3_c, z * (z + 3_c) / 6_c, z));
}

//! relu6(z) = where(z <= 0, 0, where(z >= 6, 6, z)): relu6'(0) = relu6'(6) = 0
template <expression Z>
constexpr auto relu6(Z const& z) {
    return where(z <= 0_c, 0_c, where(z >= 6_c, 6_c, z));
}

//! log_sigmoid(z) = -log(1 + exp(-z))
template <expression Z>
constexpr auto log_sigmoid(Z const& z) {
    return -log(1_c + exp(-z));
}

//! softshrink(z, l) = where(z < -l, z + l, where(z <= l, 0, z - l)): softshrink'(+-l) = 0
template <expression Z, class L = constant<1, 2>>
constexpr auto softshrink(Z const& z, L const& l = {}) {
    return where(z < -l, z + l, where(z <= l, 0_c, z - l));
}

//! hardshrink(z, l) = where(z < -l, z, where(z <= l, 0, z)): hardshrink'(+-l) = 0
template <expression Z, class L = constant<1, 2>>
constexpr auto hardshrink(Z const& z, L const& l = {}) {
    return where(z < -l, z, where(z <= l, 0_c, z));
}

//! tanhshrink(z) = z - tanh(z)
template <expression Z>
constexpr auto tanhshrink(Z const& z) {
    return z - leibniz::tanh(z);
}

}  // namespace activations
}  // namespace leibniz
