// lz::series and lz::asymptotic: the expansions by hand (each checked against SymPy's series,
// see tests/series/sympy_cases.py), the exponential scale at +-infinity, and the cases that
// must give lz::unknown_series.
#include <catch2/catch.hpp>

#include <type_traits>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"alpha"> alpha;
template <long long K>
constexpr auto zp = lz::pow(z, lz::c<K>);
}  // namespace

TEST_CASE("Taylor polynomials of the catalogue at 0", "[series]") {
    STATIC_REQUIRE(lz::same(lz::series(act::tanhshrink(z), z, 0_c, 7_c),
                            zp<3> / 3_c - 2_c * zp<5> / 15_c + 17_c * zp<7> / 315_c));
    STATIC_REQUIRE(lz::same(lz::series<7>(act::tanhshrink(z), z, 0_c),
                            lz::series(act::tanhshrink(z), z, 0_c, 7_c)));
    STATIC_REQUIRE(
        lz::same(lz::series(act::tanhshrink(z), z, 0_c, std::integral_constant<int, 7>{}),
                 lz::series(act::tanhshrink(z), z, 0_c, 7_c)));
    STATIC_REQUIRE(
        lz::same(lz::series(act::sigmoid(z), z, 0_c, 7_c),
                 lz::c<1, 2> + z / 4_c - zp<3> / 48_c + zp<5> / 480_c - 17_c * zp<7> / 80640_c));
    STATIC_REQUIRE(lz::same(lz::series(act::tanh(z), z, 0_c, 7_c),
                            z - zp<3> / 3_c + 2_c * zp<5> / 15_c - 17_c * zp<7> / 315_c));
    STATIC_REQUIRE(lz::same(lz::series(act::softplus(z), z, 0_c, 6_c),
                            lz::log(2_c) + z / 2_c + zp<2> / 8_c - zp<4> / 192_c + zp<6> / 2880_c));
    STATIC_REQUIRE(lz::same(lz::series(act::silu(z), z, 0_c, 6_c),
                            z / 2_c + zp<2> / 4_c - zp<4> / 48_c + zp<6> / 480_c));
    STATIC_REQUIRE(lz::same(lz::series(act::mish(z), z, 0_c, 6_c),
                            3_c * z / 5_c + 8_c * zp<2> / 25_c - 2_c * zp<3> / 125_c -
                                86_c * zp<4> / 1875_c - 7_c * zp<5> / 18750_c +
                                733_c * zp<6> / 93750_c));
    STATIC_REQUIRE(lz::same(lz::series(act::log_sigmoid(z), z, 0_c, 5_c),
                            -lz::log(2_c) + z / 2_c - zp<2> / 8_c + zp<4> / 192_c));
    STATIC_REQUIRE(lz::same(lz::series(act::identity(z), z, 0_c, 3_c), z));
    STATIC_REQUIRE(lz::same(lz::series(act::sigmoid(z), z, 0_c, 0_c), lz::c<1, 2>));
}

TEST_CASE("compositions of exp, log, atan, sin, cos, powers", "[series]") {
    STATIC_REQUIRE(lz::same(lz::series(lz::atan(z), z, 0_c, 9_c),
                            z - zp<3> / 3_c + zp<5> / 5_c - zp<7> / 7_c + zp<9> / 9_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::exp(lz::sin(z)), z, 0_c, 6_c),
                            1_c + z + zp<2> / 2_c - zp<4> / 8_c - zp<5> / 15_c - zp<6> / 240_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::atan(lz::exp(z) - 1_c), z, 0_c, 6_c),
                            z + zp<2> / 2_c - zp<3> / 6_c - 11_c * zp<4> / 24_c -
                                5_c * zp<5> / 24_c + 181_c * zp<6> / 720_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::log(lz::cos(z)), z, 0_c, 8_c),
                            -zp<2> / 2_c - zp<4> / 12_c - zp<6> / 45_c - 17_c * zp<8> / 2520_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::sqrt(1_c + z), z, 0_c, 5_c),
                            1_c + z / 2_c - zp<2> / 8_c + zp<3> / 16_c - 5_c * zp<4> / 128_c +
                                7_c * zp<5> / 256_c));
    STATIC_REQUIRE(
        lz::same(lz::series(lz::pow(1_c + z, lz::c<1, 3>), z, 0_c, 4_c),
                 1_c + z / 3_c - zp<2> / 9_c + 5_c * zp<3> / 81_c - 10_c * zp<4> / 243_c));
    STATIC_REQUIRE(
        lz::same(lz::series(lz::cos(z) * lz::cos(z) + lz::sin(z) * lz::sin(z), z, 0_c, 10_c), 1_c));
}

TEST_CASE("removable singularities and poles", "[series]") {
    STATIC_REQUIRE(lz::same(lz::series((lz::exp(z) - 1_c - z) / (z * z), z, 0_c, 5_c),
                            lz::c<1, 2> + z / 6_c + zp<2> / 24_c + zp<3> / 120_c + zp<4> / 720_c +
                                zp<5> / 5040_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::sin(z) / z, z, 0_c, 8_c),
                            1_c - zp<2> / 6_c + zp<4> / 120_c - zp<6> / 5040_c + zp<8> / 362880_c));
    STATIC_REQUIRE(lz::same(lz::series((1_c - lz::cos(z)) / (z * z), z, 0_c, 6_c),
                            lz::c<1, 2> - zp<2> / 24_c + zp<4> / 720_c - zp<6> / 40320_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::log(1_c + z) / z, z, 0_c, 5_c),
                            1_c - z / 2_c + zp<2> / 3_c - zp<3> / 4_c + zp<4> / 5_c - zp<5> / 6_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::tanh(z) / z, z, 0_c, 6_c),
                            1_c - zp<2> / 3_c + 2_c * zp<4> / 15_c - 17_c * zp<6> / 315_c));
    // a pole: the principal part, then the terms through z^n
    STATIC_REQUIRE(lz::same(lz::series(1_c / lz::sin(z), z, 0_c, 5_c),
                            1_c / z + z / 6_c + 7_c * zp<3> / 360_c + 31_c * zp<5> / 15120_c));
    STATIC_REQUIRE(lz::same(lz::series(1_c / (z * z) + z, z, 0_c, 2_c), 1_c / (z * z) + z));
}

TEST_CASE("points other than 0", "[series]") {
    constexpr auto t1 = z - 1_c;
    constexpr auto t2 = z - 2_c;
    constexpr auto t4 = z - 4_c;
    STATIC_REQUIRE(lz::same(lz::series(lz::log(z), z, 1_c, 5_c),
                            t1 - lz::pow(t1, 2_c) / 2_c + lz::pow(t1, 3_c) / 3_c -
                                lz::pow(t1, 4_c) / 4_c + lz::pow(t1, 5_c) / 5_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::log(z), z, 2_c, 4_c),
                            lz::log(2_c) + t2 / 2_c - lz::pow(t2, 2_c) / 8_c +
                                lz::pow(t2, 3_c) / 24_c - lz::pow(t2, 4_c) / 64_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::sqrt(z), z, 4_c, 4_c),
                            2_c + t4 / 4_c - lz::pow(t4, 2_c) / 64_c + lz::pow(t4, 3_c) / 512_c -
                                5_c * lz::pow(t4, 4_c) / 16384_c));
    STATIC_REQUIRE(lz::same(lz::series(1_c / (1_c + z * z), z, 2_c, 4_c),
                            lz::c<1, 5> - 4_c * t2 / 25_c + 11_c * lz::pow(t2, 2_c) / 125_c -
                                24_c * lz::pow(t2, 3_c) / 625_c +
                                41_c * lz::pow(t2, 4_c) / 3125_c));
    STATIC_REQUIRE(lz::same(lz::series(lz::atan(z - 1_c), z, 1_c, 5_c),
                            t1 - lz::pow(t1, 3_c) / 3_c + lz::pow(t1, 5_c) / 5_c));
    STATIC_REQUIRE(lz::same(lz::series(act::softsign(z), z, 1_c, 4_c),
                            lz::c<1, 2> + t1 / 4_c - lz::pow(t1, 2_c) / 8_c +
                                lz::pow(t1, 3_c) / 16_c - lz::pow(t1, 4_c) / 32_c));
    STATIC_REQUIRE(lz::same(lz::series(act::hardswish(z), z, 1_c, 3_c),
                            lz::c<2, 3> + 5_c * t1 / 6_c + lz::pow(t1, 2_c) / 6_c));
    STATIC_REQUIRE(lz::same(lz::series(act::elu(z), z, lz::c<1, 2>, 3_c), z));
    STATIC_REQUIRE(lz::same(lz::series(act::relu6(z), z, 3_c, 2_c), z));
    STATIC_REQUIRE(lz::same(lz::series(act::relu6(z), z, 7_c, 2_c), 6_c));
    STATIC_REQUIRE(lz::same(lz::series(act::hard_sigmoid(z), z, -5_c, 2_c), 0_c));
    STATIC_REQUIRE(
        lz::same(lz::series(act::softsign(z), z, -1_c, 1_c), -lz::c<1, 2> + (z + 1_c) / 4_c));
}

TEST_CASE("asymptotic forms on the exponential scale", "[series][asymptotic]") {
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::sigmoid(z), z, lz::inf, 2_c),
                            1_c - lz::exp(-z) + lz::exp(-2_c * z)));
    STATIC_REQUIRE(lz::same(lz::asymptotic<2>(act::sigmoid(z), z, lz::inf),
                            lz::asymptotic(act::sigmoid(z), z, lz::inf, 2_c)));
    STATIC_REQUIRE(
        lz::same(lz::asymptotic(act::sigmoid(z), z, -lz::inf, 2_c), lz::exp(z) - lz::exp(2_c * z)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::softplus(z), z, lz::inf, 2_c),
                            z + lz::exp(-z) - lz::exp(-2_c * z) / 2_c));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::softplus(z), z, -lz::inf, 2_c),
                            lz::exp(z) - lz::exp(2_c * z) / 2_c));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::silu(z), z, lz::inf, 2_c),
                            z - z * lz::exp(-z) + z * lz::exp(-2_c * z)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::silu(z), z, -lz::inf, 2_c),
                            z * lz::exp(z) - z * lz::exp(2_c * z)));
    // the catalogue's tanh: exponentials of rate 2, so u = exp(-2z)
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::tanh(z), z, lz::inf, 2_c),
                            1_c - 2_c * lz::exp(-2_c * z) + 2_c * lz::exp(-4_c * z)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::tanh(z), z, -lz::inf, 2_c),
                            -1_c + 2_c * lz::exp(2_c * z) - 2_c * lz::exp(4_c * z)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::tanhshrink(z), z, lz::inf, 2_c),
                            z - 1_c + 2_c * lz::exp(-2_c * z) - 2_c * lz::exp(-4_c * z)));
    STATIC_REQUIRE(
        lz::same(lz::asymptotic(act::mish(z), z, lz::inf, 2_c), z - 2_c * z * lz::exp(-2_c * z)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::elu(z), z, -lz::inf, 2_c), lz::exp(z) - 1_c));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::elu(z), z, lz::inf, 2_c), z));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::log_sigmoid(z), z, -lz::inf, 2_c),
                            z - lz::exp(z) + lz::exp(2_c * z) / 2_c));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::exp(-z) + lz::exp(-z / 2_c), z, lz::inf, 3_c),
                            lz::exp(-z) + lz::exp(-z / 2_c)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::relu(z), z, lz::inf, 1_c), z));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::relu(z), z, -lz::inf, 1_c), 0_c));
}

TEST_CASE("asymptotic forms on the power scale", "[series][asymptotic]") {
    STATIC_REQUIRE(lz::same(lz::asymptotic(1_c / (1_c + z * z), z, lz::inf, 6_c),
                            lz::pow(z, -2_c) - lz::pow(z, -4_c) + lz::pow(z, -6_c)));
    STATIC_REQUIRE(
        lz::same(lz::asymptotic(1_c / (1_c + z * z), z, lz::inf, 3_c), lz::pow(z, -2_c)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::sqrt(1_c + z * z), z, lz::inf, 3_c),
                            z + 1_c / (2_c * z) - lz::pow(z, -3_c) / 8_c));
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::softsign(z), z, -lz::inf, 3_c),
                            -1_c - 1_c / z - lz::pow(z, -2_c) - lz::pow(z, -3_c)));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::atan(1_c / z), z, lz::inf, 5_c),
                            1_c / z - lz::pow(z, -3_c) / 3_c + lz::pow(z, -5_c) / 5_c));
    STATIC_REQUIRE(lz::same(lz::asymptotic(z * z * z + z, z, -lz::inf, 2_c), z * z * z + z));
}

TEST_CASE("outside the class: unknown_series, never a wrong answer", "[series][unknown]") {
    // kinks at the point, non-analytic points
    STATIC_REQUIRE(lz::same(lz::series(act::relu(z), z, 0_c, 3_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(act::elu(z), z, 0_c, 3_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(lz::abs(z), z, 0_c, 3_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(lz::log(z), z, 0_c, 2_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(lz::sqrt(z), z, 0_c, 2_c), lz::unknown_series));
    // irrational values: exp(-1), erf's 2/sqrt(pi), named constants, other symbols
    STATIC_REQUIRE(lz::same(lz::series(act::sigmoid(z), z, 1_c, 3_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(act::elu(z), z, -1_c, 3_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(act::gelu(z), z, 0_c, 5_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(lz::erf(z), z, 0_c, 5_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(lz::pi * z, z, 0_c, 2_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(alpha * z, z, 0_c, 2_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(0.5 * z, z, 0_c, 2_c), lz::unknown_series));
    // coefficients that overflow 64 bits: 1/24!, and sigmoid's past z^19
    STATIC_REQUIRE(lz::same(lz::series(lz::exp(z), z, 0_c, 24_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(act::sigmoid(z), z, 0_c, 22_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::series(lz::exp(1000000_c * z), z, 0_c, 4_c), lz::unknown_series));
    // past the work budget (no overflow): unknown_series, within clang's default constexpr steps
    constexpr auto big = lz::pow(1_c - z, -1_c) + lz::pow(1_c - z, -2_c) + lz::pow(1_c - z, -3_c) +
                         lz::pow(1_c + z, -4_c) + lz::pow(1_c + z, -5_c) +
                         lz::pow(1_c + z * z, -6_c) + lz::log(1_c + z) + lz::log(1_c - z) +
                         lz::atan(z) + lz::sqrt(1_c + z * z) + 1_c / (1_c + z + z * z) +
                         1_c / (1_c + z * z * z) + lz::pow(1_c + z * z * z, -2_c) +
                         z / (1_c - z * z) + z * z / (1_c + z * z);
    STATIC_REQUIRE(lz::same(lz::series(big, z, 0_c, 16_c), lz::unknown_series));
    STATIC_REQUIRE(!lz::same(lz::series(big, z, 0_c, 6_c), lz::unknown_series));
    // an order above the largest
    STATIC_REQUIRE(lz::same(lz::series(z, z, 0_c, 25_c), lz::unknown_series));
    // at infinity: erf's tail exp(-z^2), atan's pi/2, log z, oscillation, a mix of scales
    STATIC_REQUIRE(lz::same(lz::asymptotic(act::gelu(z), z, lz::inf, 2_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::atan(z), z, lz::inf, 2_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::log(z), z, lz::inf, 2_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::sin(z), z, lz::inf, 2_c), lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::exp(-z) + 1_c / (1_c + z), z, lz::inf, 2_c),
                            lz::unknown_series));
    STATIC_REQUIRE(lz::same(lz::asymptotic(lz::exp(-z * z), z, lz::inf, 2_c), lz::unknown_series));
}

TEST_CASE("the exact Taylor coefficients for the numeric lowering", "[series][detail]") {
    constexpr auto f = (lz::exp(z) - 1_c) / z;
    constexpr auto r = lz::detail::taylor_coefficients<decltype(f), decltype(z), 0, 1, 4>();
    STATIC_REQUIRE(r.ok);
    STATIC_REQUIRE(r.c[0].num == 1);
    STATIC_REQUIRE((r.c[1].num == 1 && r.c[1].den == 2));
    STATIC_REQUIRE((r.c[4].num == 1 && r.c[4].den == 120));
    constexpr auto l =
        lz::detail::taylor_coefficients<decltype(lz::log(z)), decltype(z), 1, 1, 3>();
    STATIC_REQUIRE((l.ok && l.c[0].num == 0 && l.c[1].num == 1 && l.c[2].num == -1 &&
                    l.c[2].den == 2 && l.c[3].den == 3));
    constexpr auto bad =
        lz::detail::taylor_coefficients<decltype(act::relu(z)), decltype(z), 0, 1, 3>();
    STATIC_REQUIRE(!bad.ok);
    constexpr auto pole =
        lz::detail::taylor_coefficients<decltype(1_c / z), decltype(z), 0, 1, 2>();
    STATIC_REQUIRE(!pole.ok);
    constexpr auto offset =
        lz::detail::taylor_coefficients<decltype(act::softplus(z)), decltype(z), 0, 1, 2>();
    STATIC_REQUIRE(!offset.ok);  // log 2 is not rational
}
