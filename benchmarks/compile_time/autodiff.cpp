// The peer for benchmarks/compile_time.sh: the same work as catalogue.cpp with Boost.Math's forward
// autodiff — every catalogue activation written once as a template over the number type, evaluated
// on make_fvar<double, 2>(z) at z = 0.5 * argc (a = 0.25), and f + f' + f'' summed in the same
// order. Branches are plain ifs, each kink point owned by the same branch as in the catalogue.
#include <cmath>
#include <cstdio>

#include <boost/math/differentiation/autodiff.hpp>

namespace {

using boost::math::differentiation::make_fvar;

constexpr double pi = 3.14159265358979323846;

template <class T>
T identity(T z) {
    return z;
}

template <class T>
T binary_step(T z) {
    if (z < 0) return T(0.0);
    return T(1.0);
}

template <class T>
T sigmoid(T z) {
    using std::exp;
    return 1.0 / (1.0 + exp(-z));
}

template <class T>
T sigmoid(T z, double a) {
    return sigmoid(T(a * z));
}

template <class T>
T tanh_(T z) {
    return 2.0 * sigmoid(T(2.0 * z)) - 1.0;
}

template <class T>
T arctan(T z) {
    using std::atan;
    return atan(z);
}

template <class T>
T relu(T z) {
    if (z <= 0) return T(0.0);
    return z;
}

template <class T>
T leaky_relu(T z, double a = 0.01) {
    if (z <= 0) return a * z;
    return z;
}

template <class T>
T prelu(T z, double a) {
    return leaky_relu(z, a);
}

template <class T>
T elu(T z, double a = 1.0) {
    using std::exp;
    if (z <= 0) return a * (exp(z) - 1.0);
    return z;
}

template <class T>
T softplus(T z) {
    using std::exp, std::log;
    return log(1.0 + exp(z));
}

template <class T>
T gelu(T z) {
    using std::erf;
    return z / 2.0 * (1.0 + erf(z / std::sqrt(2.0)));
}

template <class T>
T gelu_tanh(T z) {
    using std::tanh;
    return z / 2.0 * (1.0 + tanh(std::sqrt(2.0 / pi) * (z + 0.044715 * z * z * z)));
}

template <class T>
T silu(T z) {
    return z * sigmoid(z);
}

template <class T>
T swish(T z, double beta) {
    return z * sigmoid(z, beta);
}

template <class T>
T mish(T z) {
    using std::tanh;
    return z * tanh(softplus(z));
}

template <class T>
T selu(T z) {
    constexpr double alpha = 1.6732632423543772848170429916717;
    constexpr double scale = 1.0507009873554804934193349852946;
    return scale * elu(z, alpha);
}

template <class T>
T celu(T z, double a = 1.0) {
    using std::exp;
    if (z <= 0) return a * (exp(z / a) - 1.0);
    return z;
}

template <class T>
T softsign(T z) {
    using std::abs;
    return z / (1.0 + abs(z));
}

template <class T>
T hard_sigmoid(T z) {
    if (z <= -3) return T(0.0);
    if (z >= 3) return T(1.0);
    return z / 6.0 + 0.5;
}

template <class T>
T hard_tanh(T z) {
    if (z <= -1) return T(-1.0);
    if (z >= 1) return T(1.0);
    return z;
}

template <class T>
T hardswish(T z) {
    if (z < -3) return T(0.0);
    if (z <= 3) return z * (z + 3.0) / 6.0;
    return z;
}

template <class T>
T relu6(T z) {
    if (z <= 0) return T(0.0);
    if (z >= 6) return T(6.0);
    return z;
}

template <class T>
T log_sigmoid(T z) {
    using std::exp, std::log;
    return -log(1.0 + exp(-z));
}

template <class T>
T softshrink(T z, double l = 0.5) {
    if (z < -l) return z + l;
    if (z <= l) return T(0.0);
    return z - l;
}

template <class T>
T hardshrink(T z, double l = 0.5) {
    if (z < -l) return z;
    if (z <= l) return T(0.0);
    return z;
}

template <class T>
T tanhshrink(T z) {
    using std::tanh;
    return z - tanh(z);
}

// f + f' + f'' from one second-order forward pass
template <class T>
double use(T const& y) {
    return y.derivative(0) + y.derivative(1) + y.derivative(2);
}

}  // namespace

int main(int argc, char**) {
    double x = 0.5 * argc, s = 0, a = 0.25;
    auto const z = make_fvar<double, 2>(x);
    s += use(identity(z));
    s += use(binary_step(z));
    s += use(sigmoid(z));
    s += use(sigmoid(z, a));
    s += use(tanh_(z));
    s += use(arctan(z));
    s += use(relu(z));
    s += use(leaky_relu(z));
    s += use(prelu(z, a));
    s += use(elu(z));
    s += use(softplus(z));
    s += use(gelu(z));
    s += use(gelu_tanh(z));
    s += use(silu(z));
    s += use(swish(z, a));
    s += use(mish(z));
    s += use(selu(z));
    s += use(celu(z, a));
    s += use(softsign(z));
    s += use(hard_sigmoid(z));
    s += use(hard_tanh(z));
    s += use(hardswish(z));
    s += use(relu6(z));
    s += use(log_sigmoid(z));
    s += use(softshrink(z));
    s += use(hardshrink(z));
    s += use(tanhshrink(z));
    std::printf("%.17g\n", s);
}
