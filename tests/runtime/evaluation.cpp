// Evaluation at run time: bindings (extra ones, several symbols, integers), the value type
// (float, double, long double, a 50-digit Boost.Multiprecision float, a user type found by
// ADL), run-time constants, gradient, where computing only the branch it takes, and each
// distinct subexpression computed once.
#include <catch2/catch.hpp>

#include <cfenv>
#include <cmath>
#include <type_traits>

#include <boost/hana/at.hpp>
#include <boost/math/constants/constants.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;
using boost::multiprecision::cpp_bin_float_50;

namespace {

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"x"> x;
constexpr lz::symbol<"y"> y;
constexpr lz::symbol<"alpha"> alpha;

double logistic(double v) { return 1 / (1 + std::exp(-v)); }

}  // namespace

// (a named namespace: clang warns about unused friends of a class in an unnamed one)
namespace counting {

// A number that counts the calls of its elementary functions: they are found by ADL, as for
// any user number type.
struct counted {
    double v = 0;
    static inline int exp_calls = 0;
    static inline int log_calls = 0;
    static inline int other_calls = 0;

    counted() = default;
    counted(double value) : v(value) {}

    static void reset() { exp_calls = log_calls = other_calls = 0; }

    friend counted operator+(counted a, counted b) { return a.v + b.v; }
    friend counted operator-(counted a, counted b) { return a.v - b.v; }
    friend counted operator*(counted a, counted b) { return a.v * b.v; }
    friend counted operator/(counted a, counted b) { return a.v / b.v; }
    friend counted operator-(counted a) { return -a.v; }
    friend bool operator<(counted a, counted b) { return a.v < b.v; }
    friend bool operator<=(counted a, counted b) { return a.v <= b.v; }
    friend bool operator>(counted a, counted b) { return a.v > b.v; }
    friend bool operator>=(counted a, counted b) { return a.v >= b.v; }

    friend counted exp(counted a) {
        ++exp_calls;
        return std::exp(a.v);
    }
    friend counted log(counted a) {
        ++log_calls;
        return std::log(a.v);
    }
    friend counted tanh(counted a) {
        ++other_calls;
        return std::tanh(a.v);
    }
    friend counted atan(counted a) {
        ++other_calls;
        return std::atan(a.v);
    }
    friend counted sqrt(counted a) {
        ++other_calls;
        return std::sqrt(a.v);
    }
    friend counted pow(counted a, counted b) {
        ++other_calls;
        return std::pow(a.v, b.v);
    }
};

}  // namespace counting

using counting::counted;

TEST_CASE("bindings: several symbols, in any order, extra ones ignored", "[eval]") {
    CHECK(lz::eval(x * y + z, x = 2.0, y = 3.0, z = 1.0) == 7.0);
    CHECK(lz::eval(x * y + z, z = 1.0, y = 3.0, x = 2.0) == 7.0);
    CHECK(lz::eval(z * z, z = 3.0, x = 100.0, alpha = -1.0) == 9.0);
    CHECK(lz::eval(z * alpha, alpha = 2.0, z = 1.5) == 3.0);
    // the call operator is eval
    constexpr auto sigma = act::sigmoid(z);
    CHECK(sigma(z = 0.5) == lz::eval(sigma, z = 0.5));
    CHECK(sigma(z = 0.5, alpha = 7.0) == Approx(logistic(0.5)));
    // an integer binds as a double
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(z * z, z = 3)), double>);
    CHECK(lz::eval(z / 2_c, z = 3) == 1.5);
    // an expression without symbols needs no binding, and evaluates in double
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(2_c * lz::pi)), double>);
    CHECK(lz::eval(2_c * lz::pi) == Approx(2 * 3.141592653589793));
    CHECK(lz::eval(lz::c<1, 3> + lz::sqrt(2_c)) == Approx(1.0 / 3 + std::sqrt(2.0)));
}

TEST_CASE("values of the primitives", "[eval]") {
    for (double v : {-2.5, -0.3, 0.7, 1.9}) {
        CHECK(lz::eval(lz::exp(z), z = v) == Approx(std::exp(v)));
        CHECK(lz::eval(lz::log(z * z), z = v) == Approx(std::log(v * v)));
        CHECK(lz::eval(lz::tanh(z), z = v) == Approx(std::tanh(v)));
        CHECK(lz::eval(lz::atan(z), z = v) == Approx(std::atan(v)));
        CHECK(lz::eval(lz::erf(z), z = v) == Approx(std::erf(v)));
        CHECK(lz::eval(lz::sin(z), z = v) == Approx(std::sin(v)));
        CHECK(lz::eval(lz::cos(z), z = v) == Approx(std::cos(v)));
        CHECK(lz::eval(lz::abs(z), z = v) == std::abs(v));
        CHECK(lz::eval(lz::sign(z), z = v) == (v > 0 ? 1.0 : -1.0));
        CHECK(lz::eval(lz::sqrt(z * z + 1_c), z = v) == Approx(std::sqrt(v * v + 1)));
        CHECK(lz::eval(lz::pow(z, 3_c), z = v) == Approx(v * v * v));
        CHECK(lz::eval(lz::pow(z, -2_c), z = v) == Approx(1 / (v * v)));
        CHECK(lz::eval(lz::pow(2_c, z), z = v) == Approx(std::pow(2.0, v)));
        CHECK(lz::eval(lz::pow(z * z, lz::c<1, 3>), z = v) == Approx(std::cbrt(v * v)));
        CHECK(lz::eval(lz::pow(z * z, x), z = v, x = 0.7) == Approx(std::pow(v * v, 0.7)));
    }
    CHECK(lz::eval(lz::sign(z), z = 0.0) == 0.0);
    CHECK(lz::eval(lz::e * z, z = 1.0) == Approx(std::exp(1.0)));
}

TEST_CASE("the value type follows the bindings", "[eval]") {
    constexpr auto sigma = act::sigmoid(z);
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(sigma, z = 0.5f)), float>);
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(sigma, z = 0.5)), double>);
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(sigma, z = 0.5L)), long double>);
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(x * z, z = 0.5f, x = 2.0)), double>);
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(x * z, z = cpp_bin_float_50(1), x = 2.0)),
                                  cpp_bin_float_50>);
    // a Boost.Multiprecision expression template binds the number it makes
    cpp_bin_float_50 const m = 2;
    STATIC_REQUIRE(std::is_same_v<decltype(lz::eval(z * z, z = m * 2)), cpp_bin_float_50>);
    CHECK(lz::eval(z * z, z = m * 2) == 16);

    SECTION("float") {
        float v = lz::eval(sigma, z = 0.5f);
        CHECK(v == Approx(1 / (1 + std::exp(-0.5f))).epsilon(1e-6));
        CHECK(lz::eval(lz::d(sigma, z), z = 0.5f) == Approx(v * (1 - v)).epsilon(1e-6));
        CHECK(lz::eval(0.01 * z, z = 2.0f) == Approx(0.02f));
    }
    SECTION("long double") {
        long double v = lz::eval(lz::exp(z) * lz::atan(z), z = 0.75L);
        long double expected = std::exp(0.75L) * std::atan(0.75L);
        CHECK(std::abs(v - expected) <= 4 * std::numeric_limits<long double>::epsilon() * expected);
    }
    SECTION("50-digit cpp_bin_float_50") {
        using mp = cpp_bin_float_50;
        mp const half("0.5");
        mp const tolerance("1e-48");
        mp const s = lz::eval(sigma, z = half);
        CHECK(abs(s - 1 / (1 + exp(-half))) < tolerance);
        // the derivative identity sigma' = sigma (1 - sigma), to 48 digits
        CHECK(abs(lz::eval(lz::d(sigma, z), z = half) - s * (1 - s)) < tolerance);
        // exact constants, named constants and the functions at full precision
        CHECK(abs(lz::eval(lz::c<1, 3> * z, z = mp(1)) - mp(1) / 3) < tolerance);
        CHECK(abs(lz::eval(lz::pi * z, z = mp(1)) - boost::math::constants::pi<mp>()) < tolerance);
        CHECK(abs(lz::eval(lz::e * z, z = mp(1)) - boost::math::constants::e<mp>()) < tolerance);
        CHECK(abs(lz::eval(lz::sqrt(2_c) * z, z = mp(1)) - sqrt(mp(2))) < tolerance);
        CHECK(abs(lz::eval(act::gelu(z), z = half) - half / 2 * (1 + erf(half / sqrt(mp(2))))) <
              tolerance);
        CHECK(abs(lz::eval(lz::tanh(z) + lz::atan(z) + lz::log(z), z = half) -
                  (tanh(half) + atan(half) + log(half))) < tolerance);
        CHECK(abs(lz::eval(lz::pow(z, x), z = half, x = mp(3) / 7) - pow(half, mp(3) / 7)) <
              tolerance);
        // a run-time constant is a double: its value, not the decimal it was written as
        CHECK(lz::eval(0.01 * z, z = mp(1)) == mp(0.01));
    }
}

TEST_CASE("run-time constants", "[eval]") {
    CHECK(lz::eval(0.01 * z, z = 2.0) == Approx(0.02));
    CHECK(lz::eval(z * 0.01 + 1.5, z = 2.0) == Approx(1.52));
    CHECK(lz::eval(lz::pow(z, 0.5), z = 4.0) == Approx(2.0));
    CHECK(lz::eval(lz::exp(-0.5 * z * z), z = 2.0) == Approx(std::exp(-2.0)));
    // two run-time constants keep their own values when combined
    auto const f = 0.25 * z + 4.0 * x;
    CHECK(lz::eval(f, z = 1.0, x = 1.0) == Approx(4.25));
    CHECK(lz::eval(lz::d(f, z), z = 1.0, x = 1.0) == Approx(0.25));
    CHECK(lz::eval(lz::d(f, x), z = 1.0, x = 1.0) == Approx(4.0));
    CHECK(lz::eval(f * f, z = 1.0, x = 0.0) == Approx(0.0625));

    auto const leaky = act::leaky_relu(z, 0.2);
    auto const dleaky = lz::d(leaky, z);
    CHECK(lz::eval(leaky, z = -1.0) == Approx(-0.2));
    CHECK(lz::eval(leaky, z = 2.0) == 2.0);
    CHECK(lz::eval(dleaky, z = -1.0) == Approx(0.2));
    CHECK(lz::eval(dleaky, z = 0.0) == Approx(0.2));
    CHECK(lz::eval(dleaky, z = 3.0) == 1.0);
    CHECK(lz::eval(act::elu(z, 0.5), z = -1.0) == Approx(0.5 * (std::exp(-1.0) - 1)));
}

TEST_CASE("gradient holds the partial derivatives in order", "[eval]") {
    auto const f = x * x * y + lz::sin(y);
    auto const g = lz::gradient(f, x, y);
    CHECK(boost::hana::at_c<0>(g)(x = 1.5, y = 2.0) == Approx(2 * 1.5 * 2.0));
    CHECK(boost::hana::at_c<1>(g)(x = 1.5, y = 2.0) == Approx(1.5 * 1.5 + std::cos(2.0)));

    // a neuron: d sigma(w a + b)/dw = a sigma'(w a + b), d/db = sigma'(w a + b)
    constexpr lz::symbol<"w"> w;
    constexpr lz::symbol<"a"> a;
    constexpr lz::symbol<"b"> b;
    auto const neuron = act::sigmoid(w * a + b);
    auto const grad = lz::gradient(neuron, w, b, a);
    double const wv = 0.3, av = -1.2, bv = 0.4, s = logistic(wv * av + bv);
    CHECK(boost::hana::at_c<0>(grad)(w = wv, a = av, b = bv) == Approx(av * s * (1 - s)));
    CHECK(boost::hana::at_c<1>(grad)(w = wv, a = av, b = bv) == Approx(s * (1 - s)));
    CHECK(boost::hana::at_c<2>(grad)(w = wv, a = av, b = bv) == Approx(wv * s * (1 - s)));

    // with a run-time constant, and with a single symbol
    auto const single = lz::gradient(0.5 * z * z, z);
    CHECK(boost::hana::at_c<0>(single)(z = 3.0) == Approx(3.0));
}

TEST_CASE("where computes only the branch it takes", "[eval]") {
    // the other branch would be NaN, infinite or raise a floating-point exception
    CHECK(lz::eval(lz::where(z <= 0_c, z, lz::log(z)), z = -1.0) == -1.0);
    CHECK(lz::eval(lz::where(z <= 0_c, 0_c, z * lz::log(z)), z = 0.0) == 0.0);
    CHECK(lz::eval(lz::where(z < 0_c, lz::exp(1000_c * z), z), z = 1.0) == 1.0);
    CHECK(lz::eval(lz::where(z > 0_c, lz::sqrt(z), lz::sqrt(-z)), z = -4.0) == 2.0);
    // the derivative of a where, at a point where the other branch's derivative is undefined
    auto const f = lz::where(z <= 0_c, z * z, z * lz::log(z));
    CHECK(lz::eval(lz::d(f, z), z = -2.0) == -4.0);
    CHECK(lz::eval(lz::d(f, z), z = 0.0) == 0.0);
    CHECK(lz::eval(lz::d(f, z), z = std::exp(1.0)) == Approx(2.0));

    // log(-2), exp(2000) and 1/0 would raise floating-point exceptions
    std::feclearexcept(FE_ALL_EXCEPT);
    double v = lz::eval(lz::where(z >= 0_c, z, lz::log(z) + lz::exp(-1000_c * z)), z = 2.0);
    double u = lz::eval(lz::where(z > 0_c, 1_c / z, 0_c), z = 0.0);
    int raised = std::fetestexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
    CHECK(v == 2.0);
    CHECK(u == 0.0);
    CHECK(raised == 0);

    SECTION("counted") {
        counted::reset();
        CHECK(lz::eval(lz::where(z <= 0_c, lz::exp(z), z), z = counted(1.0)).v == 1.0);
        CHECK(counted::exp_calls == 0);
        CHECK(lz::eval(lz::where(z <= 0_c, lz::exp(z), z), z = counted(-1.0)).v ==
              Approx(std::exp(-1.0)));
        CHECK(counted::exp_calls == 1);
        // nested wheres: only the innermost branch taken computes
        counted::reset();
        auto const nested =
            lz::where(z <= 0_c, lz::log(-z), lz::where(z <= 2_c, lz::exp(z), lz::tanh(z)));
        CHECK(lz::eval(nested, z = counted(1.0)).v == Approx(std::exp(1.0)));
        CHECK(counted::exp_calls == 1);
        CHECK(counted::log_calls == 0);
        CHECK(counted::other_calls == 0);
    }
}

TEST_CASE("each distinct subexpression is computed once", "[eval]") {
    constexpr auto s = act::sigmoid(z);
    counted::reset();

    SECTION("sigma (1 - sigma)") {
        counted v = lz::eval(s * (1_c - s), z = counted(0.3));
        CHECK(v.v == Approx(logistic(0.3) * (1 - logistic(0.3))));
        CHECK(counted::exp_calls == 1);
    }
    SECTION("the derivatives of sigma") {
        counted d1 = lz::eval(lz::d(s, z), z = counted(0.3));
        CHECK(d1.v == Approx(logistic(0.3) * (1 - logistic(0.3))));
        CHECK(counted::exp_calls == 1);
        // the third derivative holds exp(-z), exp(-2 z) and exp(-3 z): three distinct
        // subexpressions
        counted::reset();
        lz::eval(lz::d<3>(s, z), z = counted(0.3));
        CHECK(counted::exp_calls == 3);
    }
    SECTION("softplus and its derivative together") {
        auto const sp = act::softplus(z);
        lz::eval(sp + lz::d(sp, z), z = counted(0.3));
        CHECK(counted::exp_calls == 1);
        CHECK(counted::log_calls == 1);
    }
    SECTION("a subexpression shared by a where's condition and its branch") {
        auto const f = lz::where(lz::exp(z) > 2_c, lz::exp(z) - 2_c, 0_c);
        CHECK(lz::eval(f, z = counted(1.0)).v == Approx(std::exp(1.0) - 2));
        CHECK(counted::exp_calls == 1);
        counted::reset();
        CHECK(lz::eval(f, z = counted(0.0)).v == 0.0);
        CHECK(counted::exp_calls == 1);
    }
    SECTION("a subexpression inside a where and outside it") {
        auto const f = lz::where(z <= 0_c, lz::exp(z), 0_c) + lz::exp(z);
        CHECK(lz::eval(f, z = counted(-1.0)).v == Approx(2 * std::exp(-1.0)));
        CHECK(counted::exp_calls == 1);
        counted::reset();
        CHECK(lz::eval(f, z = counted(1.0)).v == Approx(std::exp(1.0)));
        CHECK(counted::exp_calls == 1);
    }
    SECTION("tanh in tanh' = 1 - tanh^2 and in tanh") {
        lz::eval(lz::tanh(z) + lz::d(lz::tanh(z), z), z = counted(0.5));
        CHECK(counted::other_calls == 1);
    }
}
