// The catalogue's derivatives against central finite differences of f itself, computed with
// 50 significant digits (boost::multiprecision::cpp_bin_float_50): f' by a first difference with
// h = 1e-15 (error O(h^2) ~ 1e-30), f'' by a second difference with h = 1e-12 (error ~ 1e-24).
// lz::d is evaluated in 50 digits and in double; f, f' and f'' in float and long double are
// compared with their 50-digit values. The points stay 1e-9 or more away from every kink.
#include <cmath>
#include <iomanip>
#include <limits>
#include <vector>

#include <boost/multiprecision/cpp_bin_float.hpp>
#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
using mp = boost::multiprecision::cpp_bin_float_50;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;        // prelu's slope, the alpha of elu(z, a) and celu(z, a)
constexpr lz::symbol<"beta"> beta;  // the slope of sigmoid(z, beta) and swish(z, beta)
constexpr lz::symbol<"l"> l;        // the threshold of softshrink(z, l) and hardshrink(z, l)
constexpr double a_value = 0.25, beta_value = 1.75, l_value = 1.5;

// Ordinary points, the far tails, and both sides (1e-9 away) of every kink of the catalogue:
// 33 points for every function.
std::vector<double> const points = [] {
    std::vector<double> xs{-30, -12.5, -4.25, -2, -0.25, 0.1, 0.75, 1.7, 2.5, 4.5, 8, 12.5, 30};
    for (double kink : {-3.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 3.0, 6.0})
        xs.insert(xs.end(), {kink - 1e-9, kink + 1e-9});
    return xs;
}();

// e at z = x, the parameters bound in the same type as x
template <class T, class E>
T at(E const& e, T const& x) {
    return e(z = x, a = T(a_value), beta = T(beta_value), l = T(l_value));
}

// |got - want| <= relative |want| + absolute
template <class T>
void check_close(char const* what, double x, T const& got, mp const& want, double relative,
                 mp const& absolute) {
    mp const error = abs(mp(got) - want);
    mp const tolerance = relative * abs(want) + absolute;
    INFO(what << " at z = " << std::setprecision(17) << x << std::setprecision(25) << ": got "
              << mp(got) << ", want " << want << std::setprecision(3) << ", error " << error
              << " > tolerance " << tolerance);
    CHECK(error <= tolerance);
}

// The library's formulas add terms of size up to about 1 + |z| that cancel where the value is
// far below 1 (1 - tanh^2, 1 + erf in the negative tail, log(1 + exp z)): such values are
// checked to 16 ulp of 1 + |z|, all others to their own few ulp.
template <class T>
mp absolute_in(double x) {
    return 16 * mp(std::numeric_limits<T>::epsilon()) * (1 + std::abs(x));
}

// f, f' and f'' in T at x rounded to T, against the 50-digit values at the same point
template <class T, class F, class D1, class D2>
void check_precision(char const* type, F const& f, D1 const& d1, D2 const& d2, double x) {
    T const t = static_cast<T>(x);
    mp const exact = mp(t);
    double const relative = 8 * static_cast<double>(std::numeric_limits<T>::epsilon());
    INFO("evaluated in " << type);
    check_close("f", x, at(f, t), at(f, exact), relative, absolute_in<T>(x));
    check_close("f'", x, at(d1, t), at(d1, exact), relative, absolute_in<T>(x));
    check_close("f''", x, at(d2, t), at(d2, exact), relative, absolute_in<T>(x));
}

template <class F>
void check_finite_differences(char const* name, F const& f) {
    INFO(name);
    auto const d1 = lz::d(f, z);
    auto const d2 = lz::d(f, z, z);
    mp const h1("1e-15"), h2("1e-12");
    for (double x : points) {
        mp const X(x);
        mp const f0 = at(f, X);
        mp const fd1 = (at(f, mp(X + h1)) - at(f, mp(X - h1))) / (2 * h1);
        mp const fd2 = (at(f, mp(X + h2)) - 2 * f0 + at(f, mp(X - h2))) / (h2 * h2);
        // the stencils lose about 1e-50 |f| / h^2 to rounding: 1e-24 (1 + |f|) absolute
        mp const absolute = mp("1e-24") * (1 + abs(f0));
        check_close("50-digit f'", x, at(d1, X), fd1, 1e-20, absolute);
        check_close("50-digit f''", x, at(d2, X), fd2, 1e-20, absolute);
        check_close("double f'", x, at(d1, x), fd1, 1e-14, absolute_in<double>(x));
        check_close("double f''", x, at(d2, x), fd2, 1e-14, absolute_in<double>(x));
        // In float, the plain formulas of f'' overflow past |z| ~ 29 ((1 + exp(30))^3 > 3.4e38):
        // the overflow-free lowering belongs to the code generation and numerics work.
        if (std::abs(x) <= 20) check_precision<float>("float", f, d1, d2, x);
        check_precision<long double>("long double", f, d1, d2, x);
    }
}

}  // namespace

TEST_CASE("identity, binary_step, relu, relu6, hard_tanh, hard_sigmoid",
          "[catalogue][finite-difference]") {
    check_finite_differences("identity(z)", act::identity(z));
    check_finite_differences("binary_step(z)", act::binary_step(z));
    check_finite_differences("relu(z)", act::relu(z));
    check_finite_differences("relu6(z)", act::relu6(z));
    check_finite_differences("hard_tanh(z)", act::hard_tanh(z));
    check_finite_differences("hard_sigmoid(z)", act::hard_sigmoid(z));
}

TEST_CASE("leaky_relu, prelu", "[catalogue][finite-difference]") {
    check_finite_differences("leaky_relu(z)", act::leaky_relu(z));
    check_finite_differences("prelu(z, a)", act::prelu(z, a));
}

TEST_CASE("sigmoid, sigmoid with slope beta", "[catalogue][finite-difference]") {
    check_finite_differences("sigmoid(z)", act::sigmoid(z));
    check_finite_differences("sigmoid(z, beta)", act::sigmoid(z, beta));
}

TEST_CASE("tanh, arctan, tanhshrink", "[catalogue][finite-difference]") {
    check_finite_differences("tanh(z)", act::tanh(z));
    check_finite_differences("arctan(z)", act::arctan(z));
    check_finite_differences("tanhshrink(z)", act::tanhshrink(z));
}

TEST_CASE("elu, selu, celu", "[catalogue][finite-difference]") {
    check_finite_differences("elu(z)", act::elu(z));
    check_finite_differences("elu(z, a)", act::elu(z, a));
    check_finite_differences("selu(z)", act::selu(z));
    check_finite_differences("celu(z)", act::celu(z));
    check_finite_differences("celu(z, a)", act::celu(z, a));
}

TEST_CASE("softplus, log_sigmoid", "[catalogue][finite-difference]") {
    check_finite_differences("softplus(z)", act::softplus(z));
    check_finite_differences("log_sigmoid(z)", act::log_sigmoid(z));
}

TEST_CASE("gelu, gelu_tanh", "[catalogue][finite-difference]") {
    check_finite_differences("gelu(z)", act::gelu(z));
    check_finite_differences("gelu_tanh(z)", act::gelu_tanh(z));
}

TEST_CASE("silu, swish, mish", "[catalogue][finite-difference]") {
    check_finite_differences("silu(z)", act::silu(z));
    check_finite_differences("swish(z, beta)", act::swish(z, beta));
    check_finite_differences("mish(z)", act::mish(z));
}

TEST_CASE("softsign, hardswish", "[catalogue][finite-difference]") {
    check_finite_differences("softsign(z)", act::softsign(z));
    check_finite_differences("hardswish(z)", act::hardswish(z));
}

TEST_CASE("softshrink, hardshrink", "[catalogue][finite-difference]") {
    check_finite_differences("softshrink(z)", act::softshrink(z));
    check_finite_differences("softshrink(z, l)", act::softshrink(z, l));
    check_finite_differences("hardshrink(z)", act::hardshrink(z));
    check_finite_differences("hardshrink(z, l)", act::hardshrink(z, l));
}
