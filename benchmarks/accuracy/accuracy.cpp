// Accuracy of the ten textbook activations and their derivatives three ways, against the 50-digit
// textbook reference of the accuracy test (tests/accuracy/reference.cpp):
//   leibniz   lz::eval (the numerically stable lowering, which the generated code computes too);
//   naive     the formula as written, in T: 1/(1 + exp(-z)), exp(-z)/(1 + exp(-z))^2, ...;
//   output    the backward from the forward's output y that PyTorch uses: sigma' = y (1 - y),
//             tanh' = 1 - y^2 (y = tanh z), elu' = y + 1 for z <= 0, silu' = s (1 + z (1 - s)).
// The table is the largest error in ulp over 4001 points of [-40, 40] and tiny |z|, away from
// interior roots (the spacing at 2^12 times the smallest normal number is the floor of an ulp, as
// in tests/accuracy);
// "inf" when a value is NaN or inf.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string_view>
#include <vector>

#include <leibniz/activations.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/eval/eval.hpp>

#include "reference.hpp"

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
using accuracy::real;

constexpr lz::symbol<"z"> z;

template <class T>
real ulp_of(real const& y) {
    real const a = abs(y), floor = real(std::numeric_limits<T>::min()) * 4096;
    if (a < floor) return ulp_of<T>(floor);
    int e = 0;
    frexp(a, &e);
    return ldexp(real(1), e - std::numeric_limits<T>::digits);
}

template <class T>
std::vector<T> grid() {
    std::vector<T> xs;
    for (int i = 0; i <= 4000; ++i) xs.push_back(static_cast<T>(-40.0 + 80.0 * i / 4000.0 + 1e-7));
    for (T tiny : {T(1e-9), T(3.3e-12), T(1e-20)}) {
        xs.push_back(tiny);
        xs.push_back(-tiny);
    }
    return xs;
}

// max ulp of fn against the reference (name, order) away from the interior roots of the true
// value (as in the accuracy test: within 1/2 of a sign change away from 0, and the run around it
// where |f| < max|f|/8); infinity when fn gives NaN or inf anywhere
template <class T, class Fn>
double max_ulp(std::string_view name, int order, Fn fn) {
    std::vector<T> xs = grid<T>();
    std::sort(xs.begin(), xs.end());
    std::vector<real> want(xs.size());
    real top = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        want[i] = accuracy::textbook(name, order, real(xs[i]));
        top = std::max(top, real(abs(want[i])));
    }
    std::vector<bool> skip(xs.size(), false);
    for (std::size_t i = 1; i < xs.size(); ++i) {
        if (!(want[i - 1] * want[i] < 0) || (xs[i - 1] < 0 && xs[i] > 0)) continue;
        double const r = (static_cast<double>(xs[i - 1]) + static_cast<double>(xs[i])) / 2;
        for (std::size_t k = 0; k < xs.size(); ++k)
            if (std::abs(static_cast<double>(xs[k]) - r) <= 0.5) skip[k] = true;
        for (std::size_t k = i; k < xs.size() && abs(want[k]) * 8 < top &&
                                std::abs(static_cast<double>(xs[k]) - r) <= 2;
             ++k)
            skip[k] = true;
        for (std::size_t k = i;
             k-- > 0 && abs(want[k]) * 8 < top && std::abs(static_cast<double>(xs[k]) - r) <= 2;)
            skip[k] = true;
    }
    double worst = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        T const got = fn(xs[i]);
        if (!std::isfinite(got)) return std::numeric_limits<double>::infinity();
        if (skip[i]) continue;
        worst = std::max(worst, static_cast<double>(abs(real(got) - want[i]) / ulp_of<T>(want[i])));
    }
    return worst;
}

template <class T>
struct naive {
    static T sigma(T x) { return T(1) / (T(1) + std::exp(-x)); }
    static T softplus(T x) { return std::log(T(1) + std::exp(x)); }
};

struct none {};

template <class T, class F, class Naive, class NaiveD, class Output>
void row(char const* name, F const& f, Naive nf, NaiveD ndf, Output out) {
    auto const df = lz::d(f, z);
    double const lf = max_ulp<T>(name, 0, [&](T x) { return T(f(z = x)); });
    double const ldf = max_ulp<T>(name, 1, [&](T x) { return T(df(z = x)); });
    double const n0 = max_ulp<T>(name, 0, nf), n1 = max_ulp<T>(name, 1, ndf);
    std::printf("%-12s %10.1f %12.3g   %10.1f %12.3g", name, lf, n0, ldf, n1);
    if constexpr (std::is_same_v<Output, none>)
        std::printf(" %12s\n", "-");
    else
        std::printf(" %12.3g\n", max_ulp<T>(name, 1, out));
}

template <class T>
void table(char const* type) {
    using N = naive<T>;
    T const scale = T(1.0507009873554804934193349852946L),
            alpha = T(1.6732632423543772848170429916717L);
    std::printf("\n%s: max error in ulp on [-40, 40], away from interior roots\n", type);
    std::printf("%-12s %10s %12s   %10s %12s %12s\n", "function", "leibniz f", "naive f",
                "leibniz f'", "naive f'", "output f'");
    row<T>(
        "sigmoid", act::sigmoid(z), [](T x) { return N::sigma(x); },
        [](T x) {
            T const e = std::exp(-x);
            return e / ((T(1) + e) * (T(1) + e));
        },
        [](T x) {
            T const y = N::sigma(x);
            return y * (T(1) - y);
        });
    row<T>(
        "tanh", act::tanh(z), [](T x) { return T(2) * N::sigma(T(2) * x) - T(1); },
        [](T x) {
            T const e = std::exp(T(-2) * x);
            return T(4) * e / ((T(1) + e) * (T(1) + e));
        },
        [](T x) {
            T const y = std::tanh(x);
            return T(1) - y * y;
        });
    row<T>(
        "relu", act::relu(z), [](T x) { return x <= 0 ? T(0) : x; },
        [](T x) { return x <= 0 ? T(0) : T(1); }, none{});
    row<T>(
        "leaky_relu", act::leaky_relu(z), [](T x) { return x <= 0 ? x / T(100) : x; },
        [](T x) { return x <= 0 ? T(1) / T(100) : T(1); }, none{});
    row<T>(
        "elu", act::elu(z), [](T x) { return x <= 0 ? std::exp(x) - T(1) : x; },
        [](T x) { return x <= 0 ? std::exp(x) : T(1); },
        [](T x) { return x <= 0 ? (std::exp(x) - T(1)) + T(1) : T(1); });
    row<T>(
        "softplus", act::softplus(z), [](T x) { return N::softplus(x); },
        [](T x) { return std::exp(x) / (T(1) + std::exp(x)); }, none{});
    row<T>(
        "gelu", act::gelu(z), [](T x) { return x / T(2) * (T(1) + std::erf(x / std::sqrt(T(2)))); },
        [](T x) {
            T const cdf = (T(1) + std::erf(x / std::sqrt(T(2)))) / T(2);
            T const pdf = std::exp(-x * x / T(2)) / std::sqrt(T(2) * T(3.14159265358979323846L));
            return cdf + x * pdf;
        },
        none{});
    row<T>(
        "silu", act::silu(z), [](T x) { return x * N::sigma(x); },
        [](T x) {
            T const e = std::exp(-x);
            return T(1) / (T(1) + e) + x * e / ((T(1) + e) * (T(1) + e));
        },
        [](T x) {
            T const s = N::sigma(x);
            return s * (T(1) + x * (T(1) - s));
        });
    row<T>(
        "mish", act::mish(z), [](T x) { return x * std::tanh(N::softplus(x)); },
        [](T x) {
            T const t = std::tanh(N::softplus(x));
            return t + x * (T(1) - t * t) * std::exp(x) / (T(1) + std::exp(x));
        },
        none{});
    row<T>(
        "selu", act::selu(z),
        [&](T x) { return scale * (x <= 0 ? alpha * (std::exp(x) - T(1)) : x); },
        [&](T x) { return scale * (x <= 0 ? alpha * std::exp(x) : T(1)); }, none{});
}

}  // namespace

int main() {
    std::printf("leibniz accuracy: the ten textbook activations against 50-digit textbook values\n"
                "(naive: the formula as written; output: PyTorch's backward from the output y)\n");
    table<double>("double");
    table<float>("float");
}
