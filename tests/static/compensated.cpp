// Compensated arguments of the lowering (lower/compensated.hpp): which arguments are evaluated in
// double-double, the split of their coefficients, and gelu_tanh in its tail, where the plain
// argument loses up to 1.7e3 ulp. Compiling this file is the test. The reference values were
// computed with Python's decimal module at 50 digits, not with the library.
#include <limits>
#include <type_traits>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
namespace dt = lz::detail;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;

template <class T>
constexpr bool within_ulps(T got, long double want_exact, int ulps) {
    T const want = static_cast<T>(want_exact);
    T const difference = got > want ? got - want : want - got;
    T const magnitude = want < 0 ? -want : want;
    return difference <= static_cast<T>(ulps) * std::numeric_limits<T>::epsilon() * magnitude;
}

template <class E>
using argument = dt::compensated::argument<dt::tree_t<E>>;

// the argument 2u of gelu_tanh's 1 + tanh u = 2 sigma(2u)
constexpr auto two_u = 2_c * lz::sqrt(2_c / lz::pi) * (z + 0.044715_c * lz::pow(z, 3_c));
constexpr long double two_sqrt_2_over_pi = 1.5957691216057307117597842397375274738L;

constexpr auto gelu_tanh = act::gelu_tanh(z);
constexpr auto gelu_tanh_d1 = lz::d(gelu_tanh, z);

}  // namespace

TEST_CASE("a constant times a monotone polynomial of degree >= 2 is compensated",
          "[lowering][constexpr]") {
    using a = argument<decltype(two_u)>;
    STATIC_REQUIRE(a::applies);
    STATIC_REQUIRE(std::is_same_v<a::y, dt::tree_t<decltype(z)>>);
    STATIC_REQUIRE(a::n == 3);
    // the coefficients |c| a_i in long double: 64 bits, not the 53 of a double
    STATIC_REQUIRE(a::b[0] == 0 && a::b[2] == 0);
    STATIC_REQUIRE(a::b[1] - two_sqrt_2_over_pi < 1e-18L && two_sqrt_2_over_pi - a::b[1] < 1e-18L);
    // 32 is the first power of two where |2u| >= 2048
    STATIC_REQUIRE(a::bound == 32);
    // -2u has the same |c|, so that exp(-|2u|) and exp(-|-2u|) are one subterm
    STATIC_REQUIRE(std::is_same_v<argument<decltype(-two_u)>::exp_neg_abs, a::exp_neg_abs>);

    // not: degree 1, terms of both parities, coefficients of both signs, a second symbol
    constexpr lz::symbol<"w"> w;
    STATIC_REQUIRE(!argument<decltype(3_c * z)>::applies);
    STATIC_REQUIRE(!argument<decltype(z + z * z)>::applies);
    STATIC_REQUIRE(!argument<decltype(z - lz::pow(z, 3_c))>::applies);
    STATIC_REQUIRE(!argument<decltype(z + w * lz::pow(z, 3_c))>::applies);
    STATIC_REQUIRE(argument<decltype(z + lz::pow(z, 5_c) / 7_c)>::applies);
}

TEST_CASE("a long double splits into hi + lo of the target type", "[lowering][constexpr]") {
    constexpr long double v = two_sqrt_2_over_pi;
    using hi = dt::split_literal_op<v, false>;
    using lo = dt::split_literal_op<v, true>;
    // double: v - hi has at most 11 bits, so hi + lo is v exactly
    STATIC_REQUIRE(hi::eval<double>() == static_cast<double>(v));
    STATIC_REQUIRE(static_cast<long double>(hi::eval<double>()) + lo::eval<double>() == v);
    STATIC_REQUIRE(lo::eval<double>() != 0);
    // float: hi + lo within 2^-46 of v
    constexpr long double f = static_cast<long double>(hi::eval<float>()) + lo::eval<float>();
    STATIC_REQUIRE((f > v ? f - v : v - f) < 0x1p-46L * v);
    // the text is exact: an integer over powers of two (6693141/2^22 is v rounded to float)
    STATIC_REQUIRE(hi::pattern == "(#7186705221432913|6693141 / #4503599627370496|4194304)");
}

TEST_CASE("gelu_tanh and its derivative in the left tail, in constant evaluation",
          "[lowering][constexpr]") {
    STATIC_REQUIRE(within_ulps(gelu_tanh(z = -20.0), -3.3754509563109672538078074e-261L, 8));
    STATIC_REQUIRE(within_ulps(gelu_tanh(z = -5.0), -2.2917961966295059788700349e-07L, 8));
    STATIC_REQUIRE(within_ulps(gelu_tanh(z = 1.5), 1.3995715769802328232174204L, 8));
    STATIC_REQUIRE(within_ulps(gelu_tanh_d1(z = -20.0), -2.9424328724945026868295803e-259L, 8));
    STATIC_REQUIRE(within_ulps(gelu_tanh_d1(z = -5.0), -1.5463619875325946163830250e-06L, 8));
    STATIC_REQUIRE(within_ulps(gelu_tanh_d1(z = 1.5), 1.1277107931514331884415014L, 8));
    STATIC_REQUIRE(gelu_tanh(z = -20.0f) == 0);  // -3.4e-261 is below float's range
}

TEST_CASE("gelu_tanh' is finite where z^2 overflows", "[lowering][constexpr]") {
    // 1 + 3k z^2 is computed at the clamped z where sech^2 is 0: 0, not 0 inf
    STATIC_REQUIRE(gelu_tanh_d1(z = 1e300) == 1);
    STATIC_REQUIRE(gelu_tanh_d1(z = -1e300) == 0);
    STATIC_REQUIRE(gelu_tanh_d1(z = std::numeric_limits<double>::max()) == 1);
    STATIC_REQUIRE(gelu_tanh_d1(z = -1e30f) == 0);
    STATIC_REQUIRE(gelu_tanh(z = -1e300) == 0);
    STATIC_REQUIRE(gelu_tanh(z = 1e300) == 1e300);
}
