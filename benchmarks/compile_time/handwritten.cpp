// The hand-written baseline for benchmarks/compile_time.sh: the same work as catalogue.cpp in plain
// C++ — every catalogue activation f with f' and f'' derived by hand, evaluated at z = 0.5 * argc
// (a = 0.25) and summed in the same order. Its printed sum doubles as a reference for the library.
// Branches follow the catalogue: the branch that owns a kink point supplies its derivatives there.
#include <cmath>
#include <cstdio>

namespace {

constexpr double a_value = 0.25;
constexpr double pi = 3.14159265358979323846;

double sig(double z) { return 1 / (1 + std::exp(-z)); }

// identity(z) = z
double identity(double z) { return z; }
double identity_d1(double) { return 1; }
double identity_d2(double) { return 0; }

// binary_step(z) = z < 0 ? 0 : 1
double binary_step(double z) { return z < 0 ? 0 : 1; }
double binary_step_d1(double) { return 0; }
double binary_step_d2(double) { return 0; }

// sigmoid(z) = s = 1/(1 + exp(-z)); s' = s(1 - s); s'' = s(1 - s)(1 - 2s)
double sigmoid(double z) { return sig(z); }
double sigmoid_d1(double z) {
    double s = sig(z);
    return s * (1 - s);
}
double sigmoid_d2(double z) {
    double s = sig(z);
    return s * (1 - s) * (1 - 2 * s);
}

// sigmoid(z, a) = s(az); d/dz brings a factor a per derivative
double sigmoid_a(double z, double a) { return sig(a * z); }
double sigmoid_a_d1(double z, double a) {
    double s = sig(a * z);
    return a * s * (1 - s);
}
double sigmoid_a_d2(double z, double a) {
    double s = sig(a * z);
    return a * a * s * (1 - s) * (1 - 2 * s);
}

// tanh(z) = 2 s(2z) - 1 = t; t' = 1 - t^2; t'' = -2t(1 - t^2)
double tanh_(double z) { return 2 * sig(2 * z) - 1; }
double tanh_d1(double z) {
    double t = std::tanh(z);
    return 1 - t * t;
}
double tanh_d2(double z) {
    double t = std::tanh(z);
    return -2 * t * (1 - t * t);
}

// arctan(z) = atan z; 1/(1 + z^2); -2z/(1 + z^2)^2
double arctan(double z) { return std::atan(z); }
double arctan_d1(double z) { return 1 / (1 + z * z); }
double arctan_d2(double z) {
    double q = 1 + z * z;
    return -2 * z / (q * q);
}

// relu(z) = z <= 0 ? 0 : z
double relu(double z) { return z <= 0 ? 0 : z; }
double relu_d1(double z) { return z <= 0 ? 0 : 1; }
double relu_d2(double) { return 0; }

// leaky_relu(z) = z <= 0 ? z/100 : z
double leaky_relu(double z) { return z <= 0 ? 0.01 * z : z; }
double leaky_relu_d1(double z) { return z <= 0 ? 0.01 : 1; }
double leaky_relu_d2(double) { return 0; }

// prelu(z, a) = z <= 0 ? a z : z
double prelu(double z, double a) { return z <= 0 ? a * z : z; }
double prelu_d1(double z, double a) { return z <= 0 ? a : 1; }
double prelu_d2(double, double) { return 0; }

// elu(z) = z <= 0 ? exp(z) - 1 : z
double elu(double z) { return z <= 0 ? std::exp(z) - 1 : z; }
double elu_d1(double z) { return z <= 0 ? std::exp(z) : 1; }
double elu_d2(double z) { return z <= 0 ? std::exp(z) : 0; }

// softplus(z) = log(1 + exp(z)); s(z); s(1 - s)
double softplus(double z) { return std::log(1 + std::exp(z)); }
double softplus_d1(double z) { return sig(z); }
double softplus_d2(double z) {
    double s = sig(z);
    return s * (1 - s);
}

// gelu(z) = z Phi(z); Phi + z phi; phi (2 - z^2), phi(z) = exp(-z^2/2)/sqrt(2 pi)
double phi(double z) { return std::exp(-z * z / 2) / std::sqrt(2 * pi); }
double gelu(double z) { return z / 2 * (1 + std::erf(z / std::sqrt(2.0))); }
double gelu_d1(double z) { return (1 + std::erf(z / std::sqrt(2.0))) / 2 + z * phi(z); }
double gelu_d2(double z) { return phi(z) * (2 - z * z); }

// gelu_tanh(z) = z/2 (1 + T), T = tanh u, u = k (z + c z^3), k = sqrt(2/pi), c = 0.044715;
// with S = 1 - T^2: f' = (1 + T)/2 + z/2 S u'; f'' = S u' + z/2 S (u'' - 2 T u'^2)
constexpr double gelu_c = 0.044715;
double gelu_u(double z) { return std::sqrt(2 / pi) * (z + gelu_c * z * z * z); }
double gelu_u1(double z) { return std::sqrt(2 / pi) * (1 + 3 * gelu_c * z * z); }
double gelu_u2(double z) { return std::sqrt(2 / pi) * 6 * gelu_c * z; }
double gelu_tanh(double z) { return z / 2 * (1 + std::tanh(gelu_u(z))); }
double gelu_tanh_d1(double z) {
    double t = std::tanh(gelu_u(z));
    return (1 + t) / 2 + z / 2 * (1 - t * t) * gelu_u1(z);
}
double gelu_tanh_d2(double z) {
    double t = std::tanh(gelu_u(z)), s = 1 - t * t, u1 = gelu_u1(z);
    return s * u1 + z / 2 * s * (gelu_u2(z) - 2 * t * u1 * u1);
}

// silu(z) = z s; s + z s(1 - s); 2 s(1 - s) + z s(1 - s)(1 - 2s)
double silu(double z) { return z * sig(z); }
double silu_d1(double z) {
    double s = sig(z);
    return s + z * s * (1 - s);
}
double silu_d2(double z) {
    double s = sig(z);
    return 2 * s * (1 - s) + z * s * (1 - s) * (1 - 2 * s);
}

// swish(z, b) = z s(bz); s + b z s(1 - s); 2b s(1 - s) + b^2 z s(1 - s)(1 - 2s)
double swish(double z, double b) { return z * sig(b * z); }
double swish_d1(double z, double b) {
    double s = sig(b * z);
    return s + b * z * s * (1 - s);
}
double swish_d2(double z, double b) {
    double s = sig(b * z);
    return 2 * b * s * (1 - s) + b * b * z * s * (1 - s) * (1 - 2 * s);
}

// mish(z) = z T, T = tanh(softplus z); T' = (1 - T^2) s; T'' = (1 - T^2)(s(1 - s) - 2 T s^2);
// f' = T + z T'; f'' = 2 T' + z T''
double mish(double z) { return z * std::tanh(std::log(1 + std::exp(z))); }
double mish_d1(double z) {
    double t = std::tanh(std::log(1 + std::exp(z))), s = sig(z);
    return t + z * (1 - t * t) * s;
}
double mish_d2(double z) {
    double t = std::tanh(std::log(1 + std::exp(z))), s = sig(z);
    return 2 * (1 - t * t) * s + z * (1 - t * t) * (s * (1 - s) - 2 * t * s * s);
}

// selu(z) = scale (z <= 0 ? alpha (exp(z) - 1) : z)
constexpr double selu_alpha = 1.6732632423543772848170429916717;
constexpr double selu_scale = 1.0507009873554804934193349852946;
double selu(double z) { return selu_scale * (z <= 0 ? selu_alpha * (std::exp(z) - 1) : z); }
double selu_d1(double z) { return selu_scale * (z <= 0 ? selu_alpha * std::exp(z) : 1); }
double selu_d2(double z) { return selu_scale * (z <= 0 ? selu_alpha * std::exp(z) : 0); }

// celu(z, a) = z <= 0 ? a (exp(z/a) - 1) : z
double celu(double z, double a) { return z <= 0 ? a * (std::exp(z / a) - 1) : z; }
double celu_d1(double z, double a) { return z <= 0 ? std::exp(z / a) : 1; }
double celu_d2(double z, double a) { return z <= 0 ? std::exp(z / a) / a : 0; }

// softsign(z) = z/(1 + |z|); 1/(1 + |z|)^2; -2 sign(z)/(1 + |z|)^3
double softsign(double z) { return z / (1 + std::abs(z)); }
double softsign_d1(double z) {
    double q = 1 + std::abs(z);
    return 1 / (q * q);
}
double softsign_d2(double z) {
    double q = 1 + std::abs(z), sign = z > 0 ? 1 : z < 0 ? -1 : 0;
    return -2 * sign / (q * q * q);
}

// hard_sigmoid(z) = z <= -3 ? 0 : z >= 3 ? 1 : z/6 + 1/2
double hard_sigmoid(double z) { return z <= -3 ? 0 : z >= 3 ? 1 : z / 6 + 0.5; }
double hard_sigmoid_d1(double z) { return z <= -3 ? 0 : z >= 3 ? 0 : 1.0 / 6; }
double hard_sigmoid_d2(double) { return 0; }

// hard_tanh(z) = z <= -1 ? -1 : z >= 1 ? 1 : z
double hard_tanh(double z) { return z <= -1 ? -1 : z >= 1 ? 1 : z; }
double hard_tanh_d1(double z) { return z <= -1 ? 0 : z >= 1 ? 0 : 1; }
double hard_tanh_d2(double) { return 0; }

// hardswish(z) = z < -3 ? 0 : z <= 3 ? z (z + 3)/6 : z
double hardswish(double z) { return z < -3 ? 0 : z <= 3 ? z * (z + 3) / 6 : z; }
double hardswish_d1(double z) { return z < -3 ? 0 : z <= 3 ? (2 * z + 3) / 6 : 1; }
double hardswish_d2(double z) { return z < -3 ? 0 : z <= 3 ? 1.0 / 3 : 0; }

// relu6(z) = z <= 0 ? 0 : z >= 6 ? 6 : z
double relu6(double z) { return z <= 0 ? 0 : z >= 6 ? 6 : z; }
double relu6_d1(double z) { return z <= 0 ? 0 : z >= 6 ? 0 : 1; }
double relu6_d2(double) { return 0; }

// log_sigmoid(z) = -log(1 + exp(-z)); 1 - s; -s(1 - s)
double log_sigmoid(double z) { return -std::log(1 + std::exp(-z)); }
double log_sigmoid_d1(double z) { return 1 - sig(z); }
double log_sigmoid_d2(double z) {
    double s = sig(z);
    return -s * (1 - s);
}

// softshrink(z) = z < -l ? z + l : z <= l ? 0 : z - l, l = 1/2
constexpr double shrink_l = 0.5;
double softshrink(double z) {
    return z < -shrink_l ? z + shrink_l : z <= shrink_l ? 0 : z - shrink_l;
}
double softshrink_d1(double z) { return z < -shrink_l ? 1 : z <= shrink_l ? 0 : 1; }
double softshrink_d2(double) { return 0; }

// hardshrink(z) = z < -l ? z : z <= l ? 0 : z, l = 1/2
double hardshrink(double z) { return z < -shrink_l ? z : z <= shrink_l ? 0 : z; }
double hardshrink_d1(double z) { return z < -shrink_l ? 1 : z <= shrink_l ? 0 : 1; }
double hardshrink_d2(double) { return 0; }

// tanhshrink(z) = z - tanh z; tanh^2 z; 2 tanh z (1 - tanh^2 z)
double tanhshrink(double z) { return z - std::tanh(z); }
double tanhshrink_d1(double z) {
    double t = std::tanh(z);
    return t * t;
}
double tanhshrink_d2(double z) {
    double t = std::tanh(z);
    return 2 * t * (1 - t * t);
}

double use(double f, double d1, double d2) { return f + d1 + d2; }

}  // namespace

int main(int argc, char**) {
    double x = 0.5 * argc, s = 0, a = a_value;
    s += use(identity(x), identity_d1(x), identity_d2(x));
    s += use(binary_step(x), binary_step_d1(x), binary_step_d2(x));
    s += use(sigmoid(x), sigmoid_d1(x), sigmoid_d2(x));
    s += use(sigmoid_a(x, a), sigmoid_a_d1(x, a), sigmoid_a_d2(x, a));
    s += use(tanh_(x), tanh_d1(x), tanh_d2(x));
    s += use(arctan(x), arctan_d1(x), arctan_d2(x));
    s += use(relu(x), relu_d1(x), relu_d2(x));
    s += use(leaky_relu(x), leaky_relu_d1(x), leaky_relu_d2(x));
    s += use(prelu(x, a), prelu_d1(x, a), prelu_d2(x, a));
    s += use(elu(x), elu_d1(x), elu_d2(x));
    s += use(softplus(x), softplus_d1(x), softplus_d2(x));
    s += use(gelu(x), gelu_d1(x), gelu_d2(x));
    s += use(gelu_tanh(x), gelu_tanh_d1(x), gelu_tanh_d2(x));
    s += use(silu(x), silu_d1(x), silu_d2(x));
    s += use(swish(x, a), swish_d1(x, a), swish_d2(x, a));
    s += use(mish(x), mish_d1(x), mish_d2(x));
    s += use(selu(x), selu_d1(x), selu_d2(x));
    s += use(celu(x, a), celu_d1(x, a), celu_d2(x, a));
    s += use(softsign(x), softsign_d1(x), softsign_d2(x));
    s += use(hard_sigmoid(x), hard_sigmoid_d1(x), hard_sigmoid_d2(x));
    s += use(hard_tanh(x), hard_tanh_d1(x), hard_tanh_d2(x));
    s += use(hardswish(x), hardswish_d1(x), hardswish_d2(x));
    s += use(relu6(x), relu6_d1(x), relu6_d2(x));
    s += use(log_sigmoid(x), log_sigmoid_d1(x), log_sigmoid_d2(x));
    s += use(softshrink(x), softshrink_d1(x), softshrink_d2(x));
    s += use(hardshrink(x), hardshrink_d1(x), hardshrink_d2(x));
    s += use(tanhshrink(x), tanhshrink_d1(x), tanhshrink_d2(x));
    std::printf("%.17g\n", s);
}
