// lz::kernel at run time: several outputs in one loop, the backward of autograd (a VJP with an
// incoming gradient), scalar inputs broadcast, run-time constants, every n (no tail is lost),
// in place, float and double; on formulas a user writes, each output against lz::eval of the
// same expression (the same lowering, with the vector kernels: within 4 ulp, 16 for f'', or of
// max|f|/8).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include <leibniz/activations.hpp>
#include <leibniz/batch/kernel.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/functions/functions.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"g"> g;
constexpr lz::symbol<"alpha"> alpha;

template <class T>
std::vector<T> points(std::size_t n, double lo, double hi) {
    std::mt19937_64 gen(7);
    std::uniform_real_distribution<double> u(lo, hi);
    std::vector<T> out(n);
    for (T& x : out) x = static_cast<T>(u(gen));
    return out;
}

// Within ulps ulp of want, or of scale where want is smaller.
template <class T>
bool close(T got, T want, T scale, int ulps = 4) {
    if (got == want) return true;
    if (!std::isfinite(got) || !std::isfinite(want)) return false;
    T const ulp = std::numeric_limits<T>::epsilon() * std::max(std::abs(want), scale);
    return std::abs(got - want) <= T(ulps) * ulp;
}

// The outputs of k over xs, each against eval of the same expression.
template <class T, class F>
void check_against_eval(F const& f) {
    auto const df = lz::d(f, z);
    auto const d2f = lz::d(df, z);
    auto const k = lz::kernel(lz::inputs(z), f, df, d2f);
    std::vector<T> xs = points<T>(3001, -40, 40);
    for (T x : {T(0), T(1e-9), T(-1e-9), T(1e-30), T(88.7), T(-88.7)}) xs.push_back(x);
    std::vector<T> y(xs.size()), dy(xs.size()), d2y(xs.size());
    k(xs.size(), xs.data(), y.data(), dy.data(), d2y.data());
    T m[3] = {};
    for (T x : xs) {
        m[0] = std::max(m[0], std::abs(T(f(z = x))));
        m[1] = std::max(m[1], std::abs(T(df(z = x))));
        m[2] = std::max(m[2], std::abs(T(d2f(z = x))));
    }
    for (std::size_t i = 0; i < xs.size(); ++i) {
        INFO("z = " << xs[i]);
        CHECK(close<T>(y[i], f(z = xs[i]), m[0] / 8));
        CHECK(close<T>(dy[i], df(z = xs[i]), m[1] / 8));
        CHECK(close<T>(d2y[i], d2f(z = xs[i]), m[2] / 8, 16));
    }
}

}  // namespace

TEST_CASE("a fused forward and backward kernel: f and f' in one loop", "[kernel]") {
    constexpr auto f = act::silu(z);
    constexpr auto k = lz::kernel(lz::inputs(z), f, lz::d(f, z));
    std::vector<double> x{-800, -30, -1, 0, 1e-8, 1, 30, 710}, y(8), dy(8);
    k(x.size(), x.data(), y.data(), dy.data());
    for (std::size_t i = 0; i < x.size(); ++i) {
        INFO("z = " << x[i]);
        CHECK(close(y[i], f(z = x[i]), 0.0));
        CHECK(close(dy[i], lz::d(f, z)(z = x[i]), 0.0));
    }
    CHECK(y[0] == 0);  // -800 sigma(-800): no 0 * inf
    CHECK(dy[7] == 1);
}

TEST_CASE("the backward of autograd: g f'(z), an incoming gradient per element", "[kernel]") {
    constexpr auto f = act::gelu(z);
    constexpr auto vjp = lz::kernel(lz::inputs(z, g), g * lz::d(f, z));
    std::vector<float> x = points<float>(1000, -8, 8), go = points<float>(1000, -2, 2), gi(1000);
    vjp(x.size(), x.data(), go.data(), gi.data());
    for (std::size_t i = 0; i < x.size(); ++i) {
        INFO("z = " << x[i] << ", g = " << go[i]);
        // g f' has a root near z = -0.75: there, 4 ulp of max|g f'|/8
        CHECK(close<float>(gi[i], float(go[i] * lz::d(f, z)(z = x[i])), 0.25f));
    }
}

TEST_CASE("scalar inputs are broadcast; run-time constants are kept", "[kernel]") {
    auto const f = act::elu(z, alpha) * 0.5;  // 0.5 a run-time constant
    auto const k = lz::kernel(lz::inputs(z, lz::scalar(alpha)), f, lz::d(f, alpha));
    std::vector<double> x = points<double>(100, -5, 5), y(100), dy(100);
    k(x.size(), x.data(), y.data(), dy.data(), 1.25);
    for (std::size_t i = 0; i < x.size(); ++i) {
        CHECK(close(y[i], f(z = x[i], alpha = 1.25), 0.0));
        CHECK(close(dy[i], lz::d(f, alpha)(z = x[i], alpha = 1.25), 0.0));
    }
    // a scalar may be given as any number type
    k(x.size(), x.data(), y.data(), dy.data(), 2);
    CHECK(close(y[3], f(z = x[3], alpha = 2.0), 0.0));
}

TEST_CASE("every n, and in place", "[kernel]") {
    constexpr auto k = lz::kernel(lz::inputs(z), act::mish(z));
    for (std::size_t n = 0; n <= 37; ++n) {
        std::vector<double> x = points<double>(n + 1, -6, 6), y(n + 1, -7.0);
        k(n, x.data(), y.data());
        for (std::size_t i = 0; i < n; ++i) CHECK(close(y[i], act::mish(z)(z = x[i]), 0.0));
        CHECK(y[n] == -7.0);  // nothing written past n
    }
    std::vector<float> x = points<float>(64, -6, 6), copy = x;
    k(x.size(), x.data(), x.data());
    for (std::size_t i = 0; i < x.size(); ++i)
        CHECK(close<float>(x[i], act::mish(z)(z = copy[i]), 0.0f));
}

TEST_CASE("formulas a user writes: f, f', f'' against lz::eval", "[kernel]") {
    check_against_eval<double>(z * lz::tanh(z));            // LiSHT
    check_against_eval<double>(z * lz::exp(-lz::exp(-z)));  // Gompertz unit
    check_against_eval<double>(z * lz::tanh(act::softplus(z)) * act::sigmoid(z));
    check_against_eval<double>(lz::atan(z) * lz::erf(z / 3_c));
    check_against_eval<double>(lz::log(1_c + lz::exp(2_c * z)) / 2_c);
    check_against_eval<float>(z * act::sigmoid(lz::c<1702, 1000> * z));
    check_against_eval<float>(act::elu(z, 1.5) + act::relu(z - 1_c));
    check_against_eval<float>((1_c - lz::erf(-z)) * z / 2_c);
    // square roots: lz_sqrt, and lz_hypot where the lowering writes sqrt(z^2 + c) as one
    check_against_eval<double>(z / lz::sqrt(1_c + z * z));               // ISRU
    check_against_eval<float>((lz::sqrt(z * z + 1_c) - 1_c) / 2_c + z);  // bent identity
    check_against_eval<double>(lz::log(z + lz::sqrt(z * z + 1_c)));      // asinh, written out
    check_against_eval<double>(lz::sqrt(lz::exp(z) + 2_c) * act::sigmoid(z));
}
