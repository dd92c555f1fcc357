// The formulas of issue 10 that the lowering got wrong (NaN, inf, or every digit lost), at run
// time in double, against values computed with mpmath at 60 digits (not with the library); and
// the cases whose intermediate results overflow, which constant evaluation does not accept.
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"beta"> beta;
constexpr double largest = std::numeric_limits<double>::max();

// |got - want| in units of the spacing at want (the spacing at the smallest normal for 0).
double ulps(double got, double want) {
    if (!std::isfinite(got)) return std::numeric_limits<double>::infinity();
    double const a = std::fabs(want) < std::numeric_limits<double>::min()
                         ? std::numeric_limits<double>::min()
                         : std::fabs(want);
    int e = 0;
    std::frexp(a, &e);
    return std::fabs(got - want) / std::ldexp(1.0, e - std::numeric_limits<double>::digits);
}

}  // namespace

TEST_CASE("the user formulas of issue 10", "[lowering]") {
    CHECK(ulps(lz::d(act::swish(z, beta), beta)(z = 1e155, beta = 1.5), 0.0) <= 0);
    CHECK(ulps(lz::d(z * lz::tanh(lz::exp(z)), z)(z = 709.0), 1.0) <= 1);
    CHECK(ulps(((lz::exp(2_c * z) - 1_c) / (lz::exp(2_c * z) + 1_c))(z = 400.0), 1.0) <= 1);
    CHECK(ulps(lz::d((lz::exp(2_c * z) - 1_c) / (lz::exp(2_c * z) + 1_c), z)(z = 25.0),
               7.714999391855671e-22) <= 4);
    CHECK(ulps(((lz::sqrt(z * z + 1_c) - 1_c) / 2_c + z)(z = 1e-20), 1e-20) <= 1);
    CHECK(ulps((lz::log(1_c + lz::exp(2_c * z)) / 2_c)(z = largest), largest) <= 1);
    CHECK(ulps(lz::d(lz::exp(z) / (1_c + lz::exp(z)), z)(z = 40.0), 4.248354255291589e-18) <= 4);
    CHECK(ulps(act::tanhshrink(z)(z = 1e-8), 3.333333333333333e-25) <= 2);
    CHECK(ulps(lz::d(z * act::sigmoid(act::sigmoid(z)), z)(z = -800.0), 0.5) <= 1);
    CHECK(ulps(lz::d<2>(act::sigmoid(z) * act::sigmoid(-z), z)(z = -517.5),
               1.788980534236086e-225) <= 16);
    CHECK(ulps(lz::d<3>(act::softplus(z), z)(z = 40.0), -4.248354255291589e-18) <= 16);
    CHECK(ulps((z * act::sigmoid(lz::c<1702, 1000> * z))(z = -30.0), -2.0046797745009426e-21) <= 2);
}

TEST_CASE("overflowing intermediates at the largest double", "[lowering]") {
    CHECK((lz::log(1_c + lz::exp(-3_c * z)) / 3_c)(z = -largest) == largest);
    CHECK(lz::d(z * lz::tanh(lz::exp(z)), z)(z = 710.0) == 1.0);
    CHECK(lz::d(z * lz::tanh(lz::exp(z)), z)(z = largest) == 1.0);
    CHECK(lz::d(3_c * z * lz::tanh(lz::exp(2_c * z)), z)(z = 400.0) == 3.0);
    CHECK(((lz::exp(2_c * z) - 1_c) / (lz::exp(2_c * z) + 1_c))(z = -largest) == -1.0);
    CHECK(ulps(lz::sqrt(z * z + 1_c)(z = largest), largest) <= 1);
    CHECK(ulps(lz::d(lz::sqrt(z * z + 1_c), z)(z = -largest), -1.0) <= 1);
    CHECK(lz::log(lz::exp(z) + lz::exp(2_c * z))(z = largest / 2) == largest);
    CHECK(ulps(lz::d((lz::sqrt(z * z + 1_c) - 1_c) / 2_c + z, z)(z = -1e300), 0.5) <= 2);
}

TEST_CASE("a term without an exponential joins the group of its factors", "[lowering]") {
    // z sigma(z) - z = -z sigma(-z): the -z cancels against z sigma(z) as a polynomial
    // (reference: mpmath at 400 digits; 0 before, the two terms subtracted)
    CHECK(ulps((z * act::sigmoid(z) - z)(z = 709.8), -3.880723853403031e-306) <= 4);
}
