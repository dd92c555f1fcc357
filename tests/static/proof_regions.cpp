// Regions: abs and sign split on their argument's sign, a where inside a condition is split
// first, and where a linear condition is an equality the point (or the symbol it fixes) is
// substituted exactly. Each identity beside false variants that must never be proven.
#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;
constexpr lz::symbol<"b"> b;
constexpr auto tiny = lz::c<1, 10000000000>;
}  // namespace

TEST_CASE("abs and sign by the sign of their argument", "[proof][regions][static]") {
    STATIC_REQUIRE(lz::equivalent(act::relu(z), (z + lz::abs(z)) / 2_c));
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(z * z), lz::abs(z)));
    STATIC_REQUIRE(lz::equivalent(lz::sign(z) * lz::abs(z), z));
    STATIC_REQUIRE(lz::equivalent(lz::abs(z) * lz::abs(z), z * z));
    STATIC_REQUIRE(
        lz::equivalent(lz::d(act::softsign(z), z), 1_c / lz::pow(1_c + lz::abs(z), 2_c)));
    STATIC_REQUIRE(lz::equivalent(lz::abs(z - 2_c), lz::where(z <= 2_c, 2_c - z, z - 2_c)));
    // sign(z) is 0 at 0: not -1 and not 1 there
    STATIC_REQUIRE(lz::equivalent(lz::sign(z), lz::where(z <= 0_c, -1_c, 1_c)).disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::sign(z), lz::where(z < 0_c, -1_c, 1_c)));
    STATIC_REQUIRE(
        lz::equivalent(lz::sign(z), lz::where(z < 0_c, -1_c, lz::where(z > 0_c, 1_c, 0_c))));
    STATIC_REQUIRE(lz::equivalent(act::relu(z), (z + lz::abs(z)) / 2_c + tiny).disproved());
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(z * z), z).disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::sqrt(z * z * z * z), z * lz::abs(z)));
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(z * z * z * z), z * z));
}

TEST_CASE("max and min of two symbols", "[proof][regions][static]") {
    // the region a - b = 0 substitutes a = b
    STATIC_REQUIRE(lz::equivalent(lz::max(a, b), (a + b + lz::abs(a - b)) / 2_c));
    STATIC_REQUIRE(lz::equivalent(lz::min(a, b), (a + b - lz::abs(a - b)) / 2_c));
    STATIC_REQUIRE(lz::equivalent(lz::max(a, b) + lz::min(a, b), a + b));
    STATIC_REQUIRE(!lz::equivalent(lz::max(a, b), (a + b + lz::abs(a - b)) / 2_c + tiny * a));
    STATIC_REQUIRE(!lz::equivalent(lz::max(a, b) + lz::min(a, b), a + b + tiny));
}

TEST_CASE("a point region is decided at the point", "[proof][regions][static]") {
    // z = 6 in relu6 and z = -3, 3 in hardswish are regions of a single point
    STATIC_REQUIRE(lz::equivalent(act::relu6(z), act::relu(z) - act::relu(z - 6_c)));
    STATIC_REQUIRE(lz::equivalent(act::relu6(z), lz::min(lz::max(z, 0_c), 6_c)));
    STATIC_REQUIRE(
        lz::equivalent(act::hardswish(z), z * lz::max(0_c, lz::min(1_c, (z + 3_c) / 6_c))));
    STATIC_REQUIRE(!lz::equivalent(act::relu6(z), act::relu(z) - act::relu(z - 6_c) + tiny));
    // they differ at z = 6 alone: never proven
    STATIC_REQUIRE(!lz::equivalent(lz::where(z < 6_c, z, 7_c), lz::where(z <= 6_c, z, 7_c)));
    STATIC_REQUIRE(lz::equivalent(lz::where(z < 6_c, z, 6_c), lz::where(z <= 6_c, z, 6_c)));
}

TEST_CASE("a where inside a condition", "[proof][regions][static]") {
    STATIC_REQUIRE(lz::equivalent(act::hard_tanh(z), lz::max(-1_c, lz::min(1_c, z))));
    STATIC_REQUIRE(lz::equivalent(act::hard_tanh(z), lz::min(1_c, lz::max(-1_c, z))));
    STATIC_REQUIRE(
        lz::equivalent(act::hard_sigmoid(z), lz::max(0_c, lz::min(1_c, z / 6_c + lz::c<1, 2>))));
    STATIC_REQUIRE(
        lz::equivalent(act::hard_tanh(z), lz::max(-1_c, lz::min(1_c, 2_c * z))).disproved());
    STATIC_REQUIRE(
        !lz::equivalent(act::hard_tanh(z), lz::max(-1_c, lz::min(1_c + tiny, z))).proven());
    STATIC_REQUIRE(lz::equivalent(lz::abs(lz::max(z, -z)), lz::abs(z)));
}
