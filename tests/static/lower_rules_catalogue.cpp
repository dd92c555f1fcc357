// The lowering's rules that the catalogue's shapes first needed (lower/rules/): each fires on
// its target and on a variant (a scaled argument, a sum around it), and removes the error it
// names, in constant evaluation. Compiling this file is the test. The reference values were
// computed with mpmath at 60 digits, not with the library.
#include <limits>
#include <type_traits>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

#include "lowering.hpp"

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
namespace dt = lz::detail;
using namespace lz::literals;
constexpr lz::symbol<"z"> z;
using namespace lowering_test;

}  // namespace

TEST_CASE("logistic: sigma(w)^a sigma(-w)^b from t = exp(-|w|)", "[lowering][constexpr]") {
    constexpr auto s1 = lz::d(act::sigmoid(z), z);
    STATIC_REQUIRE(lowered_calls<lz::abs_fn, decltype(s1)>);           // t = exp(-|z|)
    STATIC_REQUIRE(within(s1(z = -700.0), 9.85967654375977e-305, 4));  // inf/inf as written
    constexpr auto s3 = lz::d(act::sigmoid(3_c * z), z);
    STATIC_REQUIRE(within(s3(z = -230.0), 6.515214844169481e-300, 4));
}

TEST_CASE("tanh: 2 sigma(2z) - 1 is tanh z", "[lowering][constexpr]") {
    constexpr auto t1 = 2_c * act::sigmoid(2_c * z) - 1_c;
    STATIC_REQUIRE(lowered_calls<lz::tanh_fn, decltype(t1)>);
    STATIC_REQUIRE(within(t1(z = 1e-9), 1e-9, 2));  // every digit lost as written
    constexpr auto t3 = 2_c * act::sigmoid(6_c * z) - 1_c;
    STATIC_REQUIRE(within(t3(z = 1e-9), 3e-9, 2));
}

TEST_CASE("sech2: 1 - tanh(x)^2 from t = exp(-2|x|)", "[lowering][constexpr]") {
    constexpr auto s = 1_c - lz::pow(lz::tanh(z), 2_c);
    STATIC_REQUIRE(!lowered_calls<lz::tanh_fn, decltype(s)>);
    STATIC_REQUIRE(within(s(z = 30.0), 3.502604305078608e-26, 4));  // 0 as written
    constexpr auto s3 = 2_c - 2_c * lz::pow(lz::tanh(3_c * z), 2_c);
    STATIC_REQUIRE(within(s3(z = 10.0), 2 * 3.502604305078608e-26, 4));
}

TEST_CASE("expm1 and log1p", "[lowering][constexpr]") {
    STATIC_REQUIRE(fires<dt::expm1_op, decltype(lz::exp(z) - 1_c)>);
    STATIC_REQUIRE(within((lz::exp(z) - 1_c)(z = 1e-10), 1.00000000005e-10, 1));
    STATIC_REQUIRE(within((3_c * (lz::exp(2_c * z) - 1_c))(z = 1e-10), 6.0000000006e-10, 2));
    STATIC_REQUIRE(fires<dt::log1p_op, decltype(lz::log(1_c + z))>);
    STATIC_REQUIRE(within(lz::log(1_c + z)(z = 1e-20), 1e-20, 1));
    STATIC_REQUIRE(within(lz::log(1_c + z * z)(z = 1e-10), 1e-20, 1));
}

TEST_CASE("softplus: max(w, 0) + log1p(exp(-|w|))", "[lowering][constexpr]") {
    STATIC_REQUIRE(act::softplus(z)(z = 800.0) == 800.0);  // inf as written
    STATIC_REQUIRE(lz::log(1_c + lz::exp(3_c * z))(z = 300.0) == 900.0);
    STATIC_REQUIRE(within(act::softplus(z)(z = -800.0) + 1.0, 1.0, 0));
}

TEST_CASE("erfc: 1 + erf x from erfc", "[lowering][constexpr]") {
    constexpr auto e = 1_c + lz::erf(z);
    STATIC_REQUIRE(fires<dt::erfc_op, decltype(e)>);
    STATIC_REQUIRE(within(e(z = -10.0), 2.088487583762545e-45, 4));  // 0 as written
    constexpr auto e2 = (1_c - lz::erf(2_c * z)) / 2_c;
    STATIC_REQUIRE(within(e2(z = 5.0), 1.0442437918812724e-45, 4));
}

TEST_CASE("gaussian: exp(-k y^2) from the exact square", "[lowering][constexpr]") {
    constexpr auto g = lz::exp(-lz::pow(z, 2_c) / 2_c);
    STATIC_REQUIRE(!std::is_same_v<lowered_t<decltype(g)>, dt::tree_t<decltype(g)>>);
    STATIC_REQUIRE(within(g(z = 30.0), 3.693883068487256e-196, 4));
    STATIC_REQUIRE(within(lz::exp(-2_c * lz::pow(z, 2_c))(z = 10.5), 1.73008220968259e-96, 4));
}

TEST_CASE("shift, softsign and mish (exp_rational)", "[lowering][constexpr]") {
    // 1/2 + z/6 as (z + 3)/6: no cancellation near its root -3
    STATIC_REQUIRE(within((1_c / 2_c + z / 6_c)(z = -3.0 + 0x1p-30), 0x1p-30 / 6, 1));
    STATIC_REQUIRE(within(lz::d(act::softsign(z), z)(z = 1e10), 9.999999998e-21, 4));
    STATIC_REQUIRE(within(lz::d(act::mish(z), z)(z = -30.0), -2.713710660963392e-12, 8));
    STATIC_REQUIRE(within(lz::d(act::mish(2_c * z), z)(z = -15.0), -5.427421321926784e-12, 8));
}
