// The identities that lz::equivalent must prove, each with two false variants (a sign flipped,
// a factor of 2 off) that it must disprove. Shared by tests/static/proof_identities.cpp (decided
// at compile time) and tests/runtime/proof.cpp (the same, decided at run time).
#pragma once

#include <string_view>
#include <tuple>

#include <leibniz/leibniz.hpp>

namespace identities {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

//! a = b holds; a = wrong_sign and a = wrong_factor do not.
template <class A, class B, class S, class F>
struct identity {
    std::string_view name;
    A a;
    B b;
    S wrong_sign;
    F wrong_factor;
};

inline constexpr lz::symbol<"z"> z;
inline constexpr lz::symbol<"a"> a;
inline constexpr lz::symbol<"alpha"> alpha;
inline constexpr lz::symbol<"w0"> w0;
inline constexpr lz::symbol<"w1"> w1;
inline constexpr lz::symbol<"x0"> x0;
inline constexpr lz::symbol<"x1"> x1;
inline constexpr lz::symbol<"b"> b;

inline constexpr auto s = act::sigmoid(z);
inline constexpr auto th = act::tanh(z);
inline constexpr auto t = lz::tanh(z);
inline constexpr auto ez = lz::exp(z);
inline constexpr auto emz = lz::exp(-z);

inline constexpr identity sigmoid_prime{"sigma' = sigma (1 - sigma)", lz::d(s, z), s * (1_c - s),
                                        s * (1_c + s), 2_c * s * (1_c - s)};
inline constexpr identity sigmoid_second{
    "sigma'' = sigma (1 - sigma) (1 - 2 sigma)", lz::d(s, z, z), s * (1_c - s) * (1_c - 2_c * s),
    s * (1_c - s) * (1_c + 2_c * s), 2_c * s * (1_c - s) * (1_c - 2_c * s)};
inline constexpr identity sigmoid_reflection{"sigma(-z) = 1 - sigma(z)", act::sigmoid(-z), 1_c - s,
                                             s - 1_c, 2_c * (1_c - s)};
inline constexpr identity tanh_exponentials{"tanh = (e^z - e^-z)/(e^z + e^-z)", th,
                                            (ez - emz) / (ez + emz), (emz - ez) / (ez + emz),
                                            2_c * (ez - emz) / (ez + emz)};
inline constexpr identity tanh_logistic{
    "tanh = 2/(1 + e^-2z) - 1", th, 2_c / (1_c + lz::exp(-2_c * z)) - 1_c,
    1_c - 2_c / (1_c + lz::exp(-2_c * z)), 2_c / (1_c + lz::exp(-z)) - 1_c};
inline constexpr identity tanh_primitive{"tanh (catalogue) = tanh", th, t, -t, lz::tanh(2_c * z)};
inline constexpr identity tanh_prime{"tanh' = 1 - tanh^2 (catalogue)", lz::d(th, z), 1_c - th* th,
                                     th* th - 1_c, 2_c * (1_c - th * th)};
inline constexpr identity tanh_primitive_prime{"tanh' = 1 - tanh^2", lz::d(t, z), 1_c - t* t,
                                               1_c + t* t, 2_c - t* t};
inline constexpr identity softplus_prime{"softplus' = sigma", lz::d(act::softplus(z), z), s,
                                         act::sigmoid(-z), 2_c * s};
inline constexpr identity arctan_prime{"arctan' = 1/(1 + z^2)", lz::d(act::arctan(z), z),
                                       1_c / (1_c + z * z), 1_c / (1_c - z * z),
                                       2_c / (1_c + z * z)};
inline constexpr identity relu_prime{"relu' = where(z <= 0, 0, 1)", lz::d(act::relu(z), z),
                                     lz::where(z <= 0_c, 0_c, 1_c), lz::where(z <= 0_c, 0_c, -1_c),
                                     lz::where(z <= 0_c, 0_c, 2_c)};
inline constexpr identity leaky_relu_prime{
    "leaky_relu' = where(z <= 0, a, 1)", lz::d(act::leaky_relu(z, a), z),
    lz::where(z <= 0_c, a, 1_c), lz::where(z <= 0_c, -a, 1_c), lz::where(z <= 0_c, 2_c * a, 1_c)};
inline constexpr identity leaky_relu_default_prime{
    "leaky_relu' = where(z <= 0, 1/100, 1)", lz::d(act::leaky_relu(z), z),
    lz::where(z <= 0_c, lz::c<1, 100>, 1_c), lz::where(z <= 0_c, lz::c<-1, 100>, 1_c),
    lz::where(z <= 0_c, lz::c<1, 50>, 1_c)};
inline constexpr identity elu_prime{"elu' = where(z <= 0, elu + alpha, 1)",
                                    lz::d(act::elu(z, alpha), z),
                                    lz::where(z <= 0_c, act::elu(z, alpha) + alpha, 1_c),
                                    lz::where(z <= 0_c, act::elu(z, alpha) - alpha, 1_c),
                                    lz::where(z <= 0_c, 2_c * (act::elu(z, alpha) + alpha), 1_c)};
inline constexpr identity identity_prime{"identity' = 1", lz::d(act::identity(z), z), 1_c, -1_c,
                                         2_c};

inline constexpr auto sa = act::sigmoid(a * z);
inline constexpr identity sigmoid_slope{"d sigma(a z)/dz = a sigma(a z) (1 - sigma(a z))",
                                        lz::d(sa, z), a* sa * (1_c - sa), -a* sa * (1_c - sa),
                                        2_c * a* sa * (1_c - sa)};

inline constexpr auto neuron = w0 * x0 + w1 * x1 + b;
inline constexpr auto sn = act::sigmoid(neuron);
inline constexpr auto tn = act::tanh(neuron);
inline constexpr identity sigmoid_neuron_weight{"d sigma(w.x + b)/dw0 = x0 sigma'(w.x + b)",
                                                lz::d(sn, w0), x0* sn * (1_c - sn),
                                                x0* sn*(sn - 1_c), 2_c * x0* sn * (1_c - sn)};
inline constexpr identity sigmoid_neuron_bias{"d sigma(w.x + b)/db = sigma'(w.x + b)", lz::d(sn, b),
                                              sn * (1_c - sn), sn*(sn - 1_c), x1* sn * (1_c - sn)};
inline constexpr identity tanh_neuron_weight{"d tanh(w.x + b)/dw1 = x1 tanh'(w.x + b)",
                                             lz::d(tn, w1), x1 * (1_c - tn * tn), x1*(tn* tn - 1_c),
                                             2_c * x1 * (1_c - tn * tn)};
inline constexpr identity tanh_neuron_bias{"d tanh(w.x + b)/db = tanh'(w.x + b)", lz::d(tn, b),
                                           1_c - lz::tanh(neuron) * lz::tanh(neuron), tn* tn - 1_c,
                                           x0 * (1_c - tn * tn)};

inline constexpr auto Phi = (1_c + lz::erf(z / lz::sqrt(2_c))) / 2_c;
inline constexpr auto phi = lz::exp(-z * z / 2_c) / lz::sqrt(2_c * lz::pi);
inline constexpr identity gelu_prime{"gelu' = Phi + z phi", lz::d(act::gelu(z), z), Phi + z* phi,
                                     Phi - z* phi, Phi + 2_c * z* phi};

// X(name) for every identity above, for lists of static_asserts (one constant expression each).
#define LEIBNIZ_IDENTITIES(X)                                                                      \
    X(sigmoid_prime)                                                                               \
    X(sigmoid_second)                                                                              \
    X(sigmoid_reflection)                                                                          \
    X(tanh_exponentials)                                                                           \
    X(tanh_logistic)                                                                               \
    X(tanh_primitive)                                                                              \
    X(tanh_prime)                                                                                  \
    X(tanh_primitive_prime)                                                                        \
    X(softplus_prime)                                                                              \
    X(arctan_prime)                                                                                \
    X(relu_prime)                                                                                  \
    X(leaky_relu_prime)                                                                            \
    X(leaky_relu_default_prime)                                                                    \
    X(elu_prime)                                                                                   \
    X(identity_prime)                                                                              \
    X(sigmoid_slope)                                                                               \
    X(sigmoid_neuron_weight)                                                                       \
    X(sigmoid_neuron_bias)                                                                         \
    X(tanh_neuron_weight)                                                                          \
    X(tanh_neuron_bias)                                                                            \
    X(gelu_prime)

inline constexpr auto all = std::make_tuple(
    sigmoid_prime, sigmoid_second, sigmoid_reflection, tanh_exponentials, tanh_logistic,
    tanh_primitive, tanh_prime, tanh_primitive_prime, softplus_prime, arctan_prime, relu_prime,
    leaky_relu_prime, leaky_relu_default_prime, elu_prime, identity_prime, sigmoid_slope,
    sigmoid_neuron_weight, sigmoid_neuron_bias, tanh_neuron_weight, tanh_neuron_bias, gelu_prime);

}  // namespace identities
