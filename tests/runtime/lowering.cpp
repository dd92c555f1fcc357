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
    // any positive definite quadratic under a root (rules/hypot.hpp): scaled, shifted, with a
    // linear term (0 or inf before)
    constexpr auto scaled = lz::sqrt(z * z / 3_c + 2_c);
    CHECK(ulps(scaled(z = 1e200), 5.7735026918962576e+199) <= 2);
    CHECK(ulps(lz::sqrt(z * z + z + 1_c)(z = -1e200), 1e200) <= 2);
    CHECK(ulps(lz::sqrt(lz::pow(2_c * z + 1_c, 2_c) + 3_c)(z = 1e200), 2e200) <= 2);
    CHECK(ulps(((3_c * z) / scaled)(z = 1e300), 5.1961524227066319) <= 4);
    CHECK(ulps((z / lz::sqrt(1_c + z * z / 2_c))(z = -largest), -1.4142135623730950) <= 4);
    // a root of a polynomial in exp (rules/exp_power.hpp): the side of its select that is not
    // taken is 0, not 0 (3z) = NaN at z = -DBL_MAX
    constexpr auto root_exp = lz::sqrt(lz::exp(3_c * z) + 1_c) * act::sigmoid(-z);
    CHECK(root_exp(z = -largest) == 1.0);
    CHECK(lz::d(root_exp, z)(z = -largest) == 0.0);
    CHECK(ulps(lz::sqrt(lz::exp(z) + 2_c)(z = 1400.0), 1.0142320547350045e+304) <= 2);
}

TEST_CASE("asymptotic regime: algebraic formulas where they overflow", "[lowering]") {
    // references: SymPy's derivatives in mpmath at 1400 digits
    auto const squareplus = (z + lz::sqrt(z * z + 4_c)) / 2_c;
    CHECK(ulps(squareplus(z = largest), largest) <= 1);  // was inf (z + hypot(z, 2))
    CHECK(ulps(squareplus(z = -largest), 5.5626846462680041e-309) <= 1);
    CHECK(ulps(squareplus(z = -1e155), 1e-155) <= 2);
    CHECK(ulps(lz::d(squareplus, z)(z = -1e155), 1e-310) <= 2);
    CHECK(lz::d(squareplus, z)(z = 1e300) == 1.0);
    CHECK(lz::d<2>(squareplus, z)(z = -1e155) == 0.0);  // 2e-465
    auto const pflu = z * (1_c + z / lz::sqrt(1_c + z * z)) / 2_c;
    CHECK(ulps(pflu(z = -largest), -1.390671161567001e-309) <= 1);  // was 0
    CHECK(ulps(pflu(z = -1e155), -2.5e-156) <= 2);
    CHECK(ulps(lz::d(pflu, z)(z = -1e155), -2.5e-311) <= 2);
    CHECK(ulps(pflu(z = largest), largest) <= 1);  // was inf
    auto const bent = (lz::sqrt(z * z + 1_c) - 1_c) / 2_c + z;
    CHECK(ulps(lz::d(bent, z)(z = 1e103), 1.5) <= 1);
    CHECK(ulps(lz::d<2>(bent, z)(z = 1e103), 5.0e-310) <= 2);  // was 0
    auto const g = z * lz::pow(1_c + z * z, lz::c<-3, 2>);
    CHECK(ulps(g(z = 1e103), 1e-206) <= 2);  // was 0: (1 + z^2)^(3/2) overflows
    CHECK(g(z = -1e200) == 0.0);             // -1e-400
    // float: its own threshold (z^2 overflows from 1.8e19)
    constexpr float flargest = std::numeric_limits<float>::max();
    CHECK(squareplus(z = flargest) == flargest);
    float const gf = g(z = 1e15f);  // (1 + z^2)^(3/2) overflows float
    CHECK(std::fabs(gf - 1e-30f) <= 2 * std::numeric_limits<float>::epsilon() * 1e-30f);
}

TEST_CASE("a term without an exponential joins the group of its factors", "[lowering]") {
    // z sigma(z) - z = -z sigma(-z): the -z cancels against z sigma(z) as a polynomial
    // (reference: mpmath at 400 digits; 0 before, the two terms subtracted)
    CHECK(ulps((z * act::sigmoid(z) - z)(z = 709.8), -3.880723853403031e-306) <= 4);
}
