// The derivative at each kink point of the catalogue is PyTorch's backward value there, and
// just left and just right of the kink it is the derivative of the adjacent branch.
#include <cmath>
#include <iomanip>
#include <limits>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace act = lz::activations;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;  // prelu's slope, the alpha of elu(z, a) and celu(z, a)
constexpr lz::symbol<"l"> l;  // the threshold of softshrink(z, l) and hardshrink(z, l)
constexpr double a_value = 0.25, l_value = 1.5;

constexpr double infinity = std::numeric_limits<double>::infinity();

// PyTorch's SELU constants and their product, selu'(0)
constexpr double selu_scale = 1.0507009873554804934193349852946;
constexpr double selu_scale_alpha = 1.7580993408473768599402175;

template <class E>
double at(E const& e, double x) {
    return e(z = x, a = a_value, l = l_value);
}

// f'(kink) is PyTorch's value (to 1e-15, and exactly when it is 0); at the closest doubles
// and at 1e-9 and 1e-6 on either side, f' is the derivative of the branch on that side.
template <class F, class Left, class Right>
void check_kink(F const& f, double kink, double pytorch, Left left, Right right) {
    auto const d1 = lz::d(f, z);
    INFO("kink at z = " << std::setprecision(17) << kink);
    if (pytorch == 0)
        CHECK(at(d1, kink) == 0);
    else
        CHECK(at(d1, kink) == Approx(pytorch).epsilon(1e-15));
    for (double step : {0.0, 1e-9, 1e-6}) {
        double const below = step == 0 ? std::nextafter(kink, -infinity) : kink - step;
        double const above = step == 0 ? std::nextafter(kink, infinity) : kink + step;
        INFO("left at z = " << below << ", right at z = " << above);
        CHECK(at(d1, below) == Approx(left(below)).epsilon(1e-13).margin(1e-15));
        CHECK(at(d1, above) == Approx(right(above)).epsilon(1e-13).margin(1e-15));
    }
}

// the derivative of a constant branch, and of the branch z
constexpr auto flat = [](double) { return 0.0; };
constexpr auto rising = [](double) { return 1.0; };

}  // namespace

TEST_CASE("relu'(0) = 0", "[catalogue][kink]") {
    check_kink(act::relu(z), 0, 0, flat, rising);
    CHECK(at(lz::d(act::relu(z), z), -0.0) == 0);
}

TEST_CASE("leaky_relu'(0) = a, 1/100 by default", "[catalogue][kink]") {
    auto const slope = [](double) { return 0.01; };
    check_kink(act::leaky_relu(z), 0, 0.01, slope, rising);
}

TEST_CASE("prelu'(0) = a", "[catalogue][kink]") {
    auto const slope = [](double) { return a_value; };
    check_kink(act::prelu(z, a), 0, a_value, slope, rising);
}

TEST_CASE("elu'(0) = alpha", "[catalogue][kink]") {
    check_kink(act::elu(z), 0, 1, [](double x) { return std::exp(x); }, rising);
    check_kink(act::elu(z, a), 0, a_value, [](double x) { return a_value * std::exp(x); }, rising);
}

TEST_CASE("celu'(0) = 1", "[catalogue][kink]") {
    check_kink(act::celu(z), 0, 1, [](double x) { return std::exp(x); }, rising);
    check_kink(act::celu(z, a), 0, 1, [](double x) { return std::exp(x / a_value); }, rising);
}

TEST_CASE("selu'(0) = scale alpha", "[catalogue][kink]") {
    auto const left = [](double x) { return selu_scale_alpha * std::exp(x); };
    auto const right = [](double) { return selu_scale; };
    check_kink(act::selu(z), 0, selu_scale_alpha, left, right);
}

TEST_CASE("hard_sigmoid'(-3) = hard_sigmoid'(3) = 0", "[catalogue][kink]") {
    auto const middle = [](double) { return 1.0 / 6; };
    check_kink(act::hard_sigmoid(z), -3, 0, flat, middle);
    check_kink(act::hard_sigmoid(z), 3, 0, middle, flat);
}

TEST_CASE("hard_tanh'(-1) = hard_tanh'(1) = 0", "[catalogue][kink]") {
    check_kink(act::hard_tanh(z), -1, 0, flat, rising);
    check_kink(act::hard_tanh(z), 1, 0, rising, flat);
}

TEST_CASE("relu6'(0) = relu6'(6) = 0", "[catalogue][kink]") {
    check_kink(act::relu6(z), 0, 0, flat, rising);
    check_kink(act::relu6(z), 6, 0, rising, flat);
}

TEST_CASE("hardswish'(-3) = -1/2 and hardswish'(3) = 3/2: the middle branch owns both kinks",
          "[catalogue][kink]") {
    auto const middle = [](double x) { return (2 * x + 3) / 6; };
    check_kink(act::hardswish(z), -3, -0.5, flat, middle);
    check_kink(act::hardswish(z), 3, 1.5, middle, rising);
}

TEST_CASE("softshrink'(-l) = softshrink'(l) = 0", "[catalogue][kink]") {
    check_kink(act::softshrink(z), -0.5, 0, rising, flat);
    check_kink(act::softshrink(z), 0.5, 0, flat, rising);
    check_kink(act::softshrink(z, l), -l_value, 0, rising, flat);
    check_kink(act::softshrink(z, l), l_value, 0, flat, rising);
}

TEST_CASE("hardshrink'(-l) = hardshrink'(l) = 0", "[catalogue][kink]") {
    check_kink(act::hardshrink(z), -0.5, 0, rising, flat);
    check_kink(act::hardshrink(z), 0.5, 0, flat, rising);
    check_kink(act::hardshrink(z, l), -l_value, 0, rising, flat);
    check_kink(act::hardshrink(z, l), l_value, 0, flat, rising);
}

TEST_CASE("binary_step' = 0 everywhere, at the step too", "[catalogue][kink]") {
    check_kink(act::binary_step(z), 0, 0, flat, flat);
    auto const d1 = lz::d(act::binary_step(z), z);
    for (double x : {-30.0, -1.0, -0.0, 0.0, 1.0, 30.0}) CHECK(at(d1, x) == 0);
}

TEST_CASE("softsign'(0) = 1, and softsign''(0) = 0 between -2 and 2", "[catalogue][kink]") {
    check_kink(
        act::softsign(z), 0, 1, [](double x) { return 1 / ((1 - x) * (1 - x)); },
        [](double x) { return 1 / ((1 + x) * (1 + x)); });
    check_kink(
        lz::d(act::softsign(z), z), 0, 0,
        [](double x) { return 2 / ((1 - x) * (1 - x) * (1 - x)); },
        [](double x) { return -2 / ((1 + x) * (1 + x) * (1 + x)); });
}
