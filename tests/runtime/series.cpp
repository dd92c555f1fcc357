// lz::series and lz::asymptotic at run time: each expansion, evaluated in 50 digits
// (Boost.Multiprecision) near its point or far out, differs from the textbook value of the
// function by its first omitted term: |f - p| lies within [1/2, 2] times |c_m| h^m (Taylor, h the
// distance to the point, c_m h^m the first term SymPy's series has beyond the order) or times the
// first omitted term of the asymptotic form. This checks every kept term and the truncation.
#include <catch2/catch.hpp>

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;
using mp = boost::multiprecision::cpp_bin_float_50;

namespace {
constexpr lz::symbol<"z"> z;

// The textbook formulas, in 50 digits, independently of leibniz.
mp sigmoid(mp x) { return 1 / (1 + exp(-x)); }
mp softplus(mp x) { return log1p(exp(x)); }
mp mish(mp x) { return x * tanh(softplus(x)); }

// |f(x) - p(x)| within [1/2, 2] |next|, next the first omitted term at x.
template <class P, class F>
void check(P const& p, F f, mp x, mp next) {
    mp err = f(x) - lz::eval(p, z = x);
    INFO("x = " << x << ", error " << err << ", first omitted term " << next);
    CHECK(abs(err) <= 2 * abs(next));
    CHECK(abs(err) >= abs(next) / 2);
    CHECK((err > 0) == (next > 0));
}

// A Taylor polynomial at c, first omitted term cm (z - c)^m, at c +- h for a few h.
template <class P, class F>
void near(P const& p, F f, mp c, mp cm, int m) {
    for (mp h : {mp(1) / 100, mp(-1) / 100, mp(1) / 1000, mp(-1) / 3000})
        check(p, f, c + h, cm * pow(h, m));
}
}  // namespace

TEST_CASE("Taylor polynomials against 50-digit values", "[series]") {
    near(
        lz::series(act::tanhshrink(z), z, 0_c, 7_c), [](mp x) { return x - tanh(x); }, 0,
        mp(-62) / 2835, 9);
    near(lz::series(act::sigmoid(z), z, 0_c, 7_c), sigmoid, 0, mp(31) / 1451520, 9);
    near(lz::series(act::tanh(z), z, 0_c, 7_c), [](mp x) { return tanh(x); }, 0, mp(62) / 2835, 9);
    near(lz::series(act::softplus(z), z, 0_c, 6_c), softplus, 0, mp(-17) / 645120, 8);
    near(
        lz::series(act::silu(z), z, 0_c, 6_c), [](mp x) { return x * sigmoid(x); }, 0,
        mp(-17) / 80640, 8);
    near(lz::series(act::mish(z), z, 0_c, 6_c), mish, 0, mp(2413) / 2812500, 7);
    near(
        lz::series(lz::atan(lz::exp(z) - 1_c), z, 0_c, 6_c), [](mp x) { return atan(expm1(x)); }, 0,
        mp(2039) / 5040, 7);
    near(
        lz::series((lz::exp(z) - 1_c - z) / (z * z), z, 0_c, 5_c),
        [](mp x) { return (expm1(x) - x) / (x * x); }, 0, mp(1) / 40320, 6);
    near(
        lz::series(1_c / lz::sin(z), z, 0_c, 5_c), [](mp x) { return 1 / sin(x); }, 0,
        mp(127) / 604800, 7);
    near(lz::series(lz::log(z), z, 2_c, 4_c), [](mp x) { return log(x); }, 2, mp(1) / 160, 5);
    near(lz::series(lz::sqrt(z), z, 4_c, 4_c), [](mp x) { return sqrt(x); }, 4, mp(7) / 131072, 5);
    near(
        lz::series(1_c / (1_c + z * z), z, 2_c, 4_c), [](mp x) { return 1 / (1 + x * x); }, 2,
        mp(-44) / 15625, 5);
    near(
        lz::series(act::softsign(z), z, 1_c, 4_c), [](mp x) { return x / (1 + abs(x)); }, 1,
        mp(1) / 64, 5);
}

TEST_CASE("asymptotic forms against 50-digit values far out", "[series][asymptotic]") {
    for (mp x : {mp(6), mp(10)}) {  // the first omitted term well within 50 digits
        check(lz::asymptotic(act::sigmoid(z), z, lz::inf, 2_c), sigmoid, x, -exp(-3 * x));
        check(lz::asymptotic(act::sigmoid(z), z, -lz::inf, 2_c), sigmoid, -x, exp(-3 * x));
        check(lz::asymptotic(act::softplus(z), z, lz::inf, 2_c), softplus, x, exp(-3 * x) / 3);
        check(
            lz::asymptotic(act::silu(z), z, lz::inf, 2_c), [](mp t) { return t * sigmoid(t); }, x,
            -x * exp(-3 * x));
        check(
            lz::asymptotic(act::tanh(z), z, lz::inf, 2_c), [](mp t) { return tanh(t); }, x,
            -2 * exp(-6 * x));
        check(
            lz::asymptotic(act::tanhshrink(z), z, lz::inf, 2_c), [](mp t) { return t - tanh(t); },
            x, 2 * exp(-6 * x));
        check(lz::asymptotic(act::mish(z), z, lz::inf, 2_c), mish, x, 4 * x * exp(-3 * x));
        check(
            lz::asymptotic(act::log_sigmoid(z), z, -lz::inf, 2_c),
            [](mp t) { return -log1p(exp(-t)); }, -x, -exp(-3 * x) / 3);
    }
    for (mp x : {mp(100), mp(1000)}) {
        check(
            lz::asymptotic(1_c / (1_c + z * z), z, lz::inf, 6_c),
            [](mp t) { return 1 / (1 + t * t); }, x, -pow(x, -8));
        check(
            lz::asymptotic(lz::sqrt(1_c + z * z), z, lz::inf, 3_c),
            [](mp t) { return sqrt(1 + t * t); }, x, pow(x, -5) / 16);
        check(
            lz::asymptotic(act::softsign(z), z, -lz::inf, 3_c),
            [](mp t) { return t / (1 + abs(t)); }, -x, -pow(x, -4));
    }
}

TEST_CASE("the forms print and evaluate in double too", "[series]") {
    constexpr auto p = lz::series(act::tanhshrink(z), z, 0_c, 7_c);
    CHECK(lz::to_string(p) == "z^3/3 - 2*z^5/15 + 17*z^7/315");
    CHECK(lz::to_string(lz::asymptotic(act::sigmoid(z), z, lz::inf, 2_c)) ==
          "1 + exp(-2*z) - exp(-z)");
    CHECK(p(z = 0.01) == Approx(0.01 - std::tanh(0.01)).epsilon(1e-12));
    STATIC_REQUIRE(lz::equivalent(lz::d(p, z), z * z - 2_c * lz::pow(z, 4_c) / 3_c +
                                                   17_c * lz::pow(z, 6_c) / 45_c));
}
