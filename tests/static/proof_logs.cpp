// lz::equivalent on logs (proof/logs.hpp): logs of rationals over their primes, logs of products
// and quotients, exponentials whose coefficients hold radicals and pi. True identities proven,
// their false variants never proven, true identities that hold on part of the reals only never
// disproved. With the compilers' default constexpr limits.
#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"y"> y;
constexpr auto tenth = lz::c<1, 10000000000>;  // 1/10^10
}  // namespace

TEST_CASE("logs of rationals are sums over their primes", "[proof][logs][static]") {
    STATIC_REQUIRE(lz::equivalent(lz::log(4_c), 2_c * lz::log(2_c)));
    STATIC_REQUIRE(lz::equivalent(lz::log(lz::c<1, 12>), -2_c * lz::log(2_c) - lz::log(3_c)));
    STATIC_REQUIRE(lz::equivalent(lz::log(6_c), lz::log(2_c) + lz::log(3_c)));
    STATIC_REQUIRE(lz::equivalent(lz::pow(4_c, z), lz::pow(2_c, 2_c * z)));
    STATIC_REQUIRE(
        lz::equivalent(lz::log(lz::sqrt(2_c) * lz::pi), lz::log(2_c) / 2_c + lz::log(lz::pi)));
}

TEST_CASE("logs of products and quotients", "[proof][logs][static]") {
    STATIC_REQUIRE(lz::equivalent(lz::log(1_c / z), -lz::log(z)));
    STATIC_REQUIRE(lz::equivalent(lz::log(act::sigmoid(z)), -act::softplus(-z)));
    STATIC_REQUIRE(lz::equivalent(lz::log(z * y), lz::log(z) + lz::log(y)));
    STATIC_REQUIRE(lz::equivalent(lz::log(z / y), lz::log(z) - lz::log(y)));
    STATIC_REQUIRE(lz::equivalent(lz::log(-2_c * z), lz::log(2_c) + lz::log(-z)));
    STATIC_REQUIRE(
        lz::equivalent(lz::log(1_c + z * z) - lz::log(2_c + 2_c * z * z), -lz::log(2_c)));
    // where both are defined (z, y < 0)
    STATIC_REQUIRE(lz::equivalent(lz::log(-z) - lz::log(-y), lz::log(z / y)));
}

TEST_CASE("exponentials with radicals and pi in their coefficients", "[proof][logs][static]") {
    STATIC_REQUIRE(lz::equivalent(act::gelu_tanh(z) - act::gelu_tanh(-z), z));
    STATIC_REQUIRE(lz::equivalent(lz::exp(lz::c<8943, 100000> * lz::sqrt(2_c / lz::pi) * z) *
                                      lz::exp(lz::c<-8943, 100000> * lz::sqrt(2_c / lz::pi) * z),
                                  1_c));
}

TEST_CASE("false variants are never proven", "[proof][logs][static]") {
    STATIC_REQUIRE(!lz::equivalent(lz::log(4_c), 2_c * lz::log(2_c) + lz::c<1, 4294967291>));
    STATIC_REQUIRE(!lz::equivalent(lz::log(4_c), (2_c + tenth) * lz::log(2_c)));
    STATIC_REQUIRE(
        !lz::equivalent(lz::log(lz::c<1, 12>), -2_c * lz::log(2_c) - lz::log(3_c) + tenth));
    STATIC_REQUIRE(!lz::equivalent(lz::pow(4_c, z), lz::pow(2_c, (2_c + tenth) * z)));
    STATIC_REQUIRE(!lz::equivalent(lz::log(6_c), lz::log(2_c) + lz::log(5_c)));
    STATIC_REQUIRE(!lz::equivalent(lz::log(z), lz::log(-z)));
    STATIC_REQUIRE(!lz::equivalent(lz::log(z * y), lz::log(z) - lz::log(y)));
    STATIC_REQUIRE(!lz::equivalent(lz::log(act::sigmoid(z)), act::softplus(-z)));
    STATIC_REQUIRE(!lz::equivalent(act::gelu_tanh(z) - act::gelu_tanh(-z), (1_c + tenth) * z));
    STATIC_REQUIRE(!lz::equivalent(act::gelu_tanh(z) - act::gelu_tanh(-z), z + tenth));
    // log(z y) = log z + log y holds for z, y < 0 as log|z| + log|y| only: exp of it is not z at
    // z = y = -1 (the left side is 1 there)
    STATIC_REQUIRE(
        !lz::equivalent(lz::exp(lz::log(z * y) / 2_c + lz::log(z / y) / 2_c), z).proven());
    STATIC_REQUIRE(!lz::equivalent(lz::exp(lz::log(z * y) - lz::log(y * y) / 2_c), z).proven());
}

TEST_CASE("true identities on part of the reals are never disproved", "[proof][logs][static]") {
    STATIC_REQUIRE(!lz::equivalent(lz::where(z <= 0_c, lz::log(z * z) / 2_c, 0_c),
                                   lz::where(z <= 0_c, lz::log(-z), 0_c))
                        .disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::log(z * z), 2_c * lz::log(z)).disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::log(z * z * y), 2_c * lz::log(z) + lz::log(y)).disproved());
    STATIC_REQUIRE(
        !lz::equivalent(lz::exp(3_c * lz::log(z * y) - 3_c * lz::log(y)), z * z * z).disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::log(-z) + lz::log(-y), lz::log(z * y)).disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::log(-4_c), 2_c * lz::log(2_c)).disproved());
}

TEST_CASE("logs of large primes end within the limits", "[proof][logs][static]") {
    // trial division to 1000 on primes near 2^32 and 10^12, in many logs: an answer (proven or
    // unknown), never a compile error
    constexpr auto p = lz::c<4294967291, 4294967279>;
    constexpr auto q = lz::c<999999999989, 999999000001>;
    constexpr auto a = lz::log(p) + lz::log(q) + lz::log(p * z) + lz::log(q * z * z) +
                       lz::log(p + z) + lz::log(q - z) + lz::log(q * z / (1_c + z));
    constexpr auto b = 2_c * lz::log(p) + 3_c * lz::log(q) + 2_c * lz::log(z) + lz::log(z * z) +
                       lz::log(p + z) + lz::log(q - z) - lz::log(1_c + z);
    STATIC_REQUIRE(!lz::equivalent(a, b).disproved());
    STATIC_REQUIRE(!lz::equivalent(a, b + lz::log(lz::c<7, 1048576>)).proven());
    STATIC_REQUIRE(lz::equivalent(lz::log(p * z), lz::log(p) + lz::log(z)));
}

TEST_CASE("exp(c log m) is m^c for a monomial m", "[proof][logs][static]") {
    STATIC_REQUIRE(lz::equivalent(lz::pow(z, lz::c<-1, 3>), lz::exp(lz::c<-1, 3> * lz::log(z))));
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(z), lz::exp(lz::log(z) / 2_c)));
    // |z| is not z: never proven
    STATIC_REQUIRE(!lz::equivalent(lz::exp(lz::log(z * z) / 2_c), z).proven());
    STATIC_REQUIRE(!lz::equivalent(lz::exp(lz::log(-z) / 3_c), lz::pow(z, lz::c<1, 3>)).proven());
    STATIC_REQUIRE(
        !lz::equivalent(lz::exp(lz::log(z) / 3_c), lz::pow(z, lz::c<1, 3>) + lz::c<1, 4294967291>)
             .proven());
}
