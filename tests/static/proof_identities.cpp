// lz::equivalent at compile time: every identity of tests/proof/identities.hpp is proven, its
// false variants are disproved, and identities outside the decidable class are unknown. With
// the compilers' default constexpr limits.
#include <catch2/catch.hpp>

#include "../proof/identities.hpp"

using namespace identities;

#define LEIBNIZ_IDENTITY(id)                                                                       \
    STATIC_REQUIRE(lz::equivalent(id.a, id.b));                                                    \
    STATIC_REQUIRE(lz::equivalent(id.a, id.wrong_sign).disproved());                               \
    STATIC_REQUIRE(lz::equivalent(id.a, id.wrong_factor).disproved());

// clang-format off
TEST_CASE("the identities are proven, their false variants disproved", "[proof][static]") {
    LEIBNIZ_IDENTITIES(LEIBNIZ_IDENTITY)
}  // clang-format on

TEST_CASE("radicals and pi", "[proof][static]") {
    // constants are normalised: sqrt(2) sqrt(pi) = sqrt(2 pi), sqrt(2)^2 = 2, e^(1/2) e^(1/2) = e
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(2_c) * lz::sqrt(lz::pi), lz::sqrt(2_c * lz::pi)));
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(2_c) * lz::sqrt(2_c) * z, 2_c * z));
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(lz::e) * lz::sqrt(lz::e), lz::e));
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(12_c), 2_c * lz::sqrt(3_c)));
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(2_c), lz::sqrt(3_c)).disproved());
}

TEST_CASE("outside the decidable class: unknown, never proven", "[proof][static]") {
    STATIC_REQUIRE(lz::equivalent(lz::log(z * z), 2_c * lz::log(z)).unknown());
    // (sin^2 + cos^2 = 1 is proven: tests/static/proof_trig.cpp)
    STATIC_REQUIRE(lz::equivalent(lz::sin(lz::atan(z)), z / lz::sqrt(1_c + z * z)).unknown());
    // true, but 14^25 overflows 64 bits: the answer is unknown, never a wrong one
    STATIC_REQUIRE(
        lz::equivalent(lz::pow(14_c + 2_c * z, 25_c) / lz::pow(2_c, 25_c), lz::pow(7_c + z, 25_c))
            .unknown());
}

TEST_CASE("exp, log and powers", "[proof][static]") {
    STATIC_REQUIRE(lz::equivalent(lz::exp(z) * lz::exp(z), lz::exp(2_c * z)));
    STATIC_REQUIRE(
        lz::equivalent(lz::exp(z / 3_c) * lz::exp(z / 3_c) * lz::exp(z / 3_c), lz::exp(z)));
    STATIC_REQUIRE(lz::equivalent(act::log_sigmoid(z), -act::softplus(-z)));
    STATIC_REQUIRE(lz::equivalent(lz::pow(a, z) * lz::pow(a, b), lz::pow(a, z + b)));
    STATIC_REQUIRE(
        lz::equivalent(lz::exp(lz::log(1_c + z * z) * 2_c), (1_c + z * z) * (1_c + z * z)));
    STATIC_REQUIRE(lz::equivalent(lz::exp(z), lz::exp(2_c * z)).disproved());
}

TEST_CASE("every expression is equivalent to itself, and not to a nudge of it", "[proof][static]") {
    STATIC_REQUIRE(lz::equivalent(act::mish(z), act::mish(z)));
    STATIC_REQUIRE(!lz::equivalent(act::mish(z), act::mish(z) + lz::c<1, 1000000>));
    STATIC_REQUIRE(!lz::equivalent(act::gelu(z), act::gelu(z) * lz::c<1000001, 1000000>));
    STATIC_REQUIRE(lz::equivalent(act::leaky_relu(z, 0.01), act::leaky_relu(z, 0.01)));
    STATIC_REQUIRE(lz::equivalent(act::leaky_relu(z, 0.01), act::leaky_relu(z, 0.02)).disproved());
}

TEST_CASE("the catalogue's larger derivatives, within the budget", "[proof][static]") {
    // mish' in its tanh(softplus) form; the mixed second derivative of a sigmoid neuron
    constexpr auto t = lz::tanh(act::softplus(z));
    STATIC_REQUIRE(lz::equivalent(lz::d(act::mish(z), z), t + z * (1_c - t * t) * act::sigmoid(z)));
    STATIC_REQUIRE(!lz::equivalent(lz::d(act::mish(z), z),
                                   t + z * (1_c - t * t) * act::sigmoid(z) + lz::c<1, 4294967291>));
    constexpr auto s = act::sigmoid(w0 * x0 + b);
    STATIC_REQUIRE(lz::equivalent(lz::d(s, w0, x0),
                                  s * (1_c - s) + w0 * x0 * s * (1_c - s) * (1_c - 2_c * s)));
    STATIC_REQUIRE(
        lz::equivalent(lz::d(s, w0, x0), s * (1_c - s) + w0 * x0 * s * (1_c - s) * (1_c + 2_c * s))
            .disproved());
}
