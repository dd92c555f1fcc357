// lz::study of the catalogue's piecewise functions against their textbook profiles (by hand,
// from the definitions and PyTorch's kink conventions: f' at a kink is the owning branch's).
#include <catch2/catch.hpp>

#include "../study/expect.hpp"

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;
using study_test::matches;
using study_test::truth;

namespace {
constexpr lz::symbol<"z"> z;
// SELU's constants as PyTorch defines them
constexpr long double selu_alpha = 1.6732632423543772848170429916717L;
constexpr long double selu_scale = 1.0507009873554804934193349852946L;
}  // namespace

// fields: increasing decreasing convex_or_concave odd even zero_at_zero identity_near_origin
//         zero_centred bounded_below bounded_above saturates_left saturates_right dead_region
//         continuity lo hi lo_attained hi_attained slope slope_unbounded

TEST_CASE("study: binary_step", "[study][profile]") {
    // a jump up at 0 (increasing, not decreasing), f' = 0: dead everywhere, max slope 0
    constexpr truth t{true, false, false, false, false, false, false, false, true, true,
                      true, true,  true,  -1,    0,     1,     true,  true,  0,    false};
    STATIC_REQUIRE(matches(lz::study(act::binary_step(z), z), t));
}

TEST_CASE("study: relu", "[study][profile]") {
    // relu'(0) = 0, so not the identity near 0; dead for z < 0 (the "dying ReLU")
    constexpr truth t{true, false, true, false, false, true, false, false, true, false,
                      true, false, true, 0,     0,     0,    true,  false, 1,    false};
    constexpr lz::profile p = lz::study(act::relu(z), z);
    STATIC_REQUIRE(matches(p, t));
    STATIC_REQUIRE(p.range.lo == 0 && p.range.lo_exact && p.range.lo_attained);
}

TEST_CASE("study: leaky_relu", "[study][profile]") {
    // slope 1/100 on the left: zero-centred, no dead region, no saturation
    constexpr truth t{true,  false, true,  false, false, true, false, true,  false, false,
                      false, false, false, 0,     0,     0,    false, false, 1,     false};
    STATIC_REQUIRE(matches(lz::study(act::leaky_relu(z), z), t));
}

TEST_CASE("study: elu", "[study][profile]") {
    // alpha = 1: C^1 (f' = e^z -> 1 = f'(0+)), convex, saturates to -1
    constexpr truth t{true, false, true,  false, false, true, true,  true,  true, false,
                      true, false, false, 1,     -1,    0,    false, false, 1,    false};
    STATIC_REQUIRE(matches(lz::study(act::elu(z), z), t));
}

TEST_CASE("study: celu", "[study][profile]") {
    constexpr truth t{true, false, true,  false, false, true, true,  true,  true, false,
                      true, false, false, 1,     -1,    0,    false, false, 1,    false};
    STATIC_REQUIRE(matches(lz::study(act::celu(z), z), t));
}

TEST_CASE("study: selu", "[study][profile]") {
    // f'(0-) = lambda alpha > f'(0+) = lambda: f' falls at 0, so not convex; C^0
    constexpr truth t{true,
                      false,
                      false,
                      false,
                      false,
                      true,
                      false,
                      true,
                      true,
                      false,
                      true,
                      false,
                      false,
                      0,
                      -selu_scale * selu_alpha,
                      0,
                      false,
                      false,
                      selu_scale * selu_alpha,
                      false};
    constexpr lz::profile p = lz::study(act::selu(z), z);
    STATIC_REQUIRE(matches(p, t, "slope"));
    STATIC_REQUIRE(p.range.lo_exact);
}

TEST_CASE("study: softsign", "[study][profile]") {
    // z/(1 + |z|): f' = 1/(1 + |z|)^2 is continuous, f'' jumps: C^1; f'' changes sign
    constexpr truth t{true, false, false, true, false, true, true,  true,  true, true,
                      true, true,  false, 1,    -1,    1,    false, false, 1,    false};
    STATIC_REQUIRE(matches(lz::study(act::softsign(z), z), t));
}

TEST_CASE("study: hard_sigmoid", "[study][profile]") {
    constexpr truth t{true, false, false, false, false, false, false, false, true,     true,
                      true, true,  true,  0,     0,     1,     true,  true,  1.0L / 6, false};
    STATIC_REQUIRE(matches(lz::study(act::hard_sigmoid(z), z), t));
}

TEST_CASE("study: hard_tanh", "[study][profile]") {
    // hard_tanh'(0) = 1: the identity near 0
    constexpr truth t{true, false, false, true, false, true, true, true, true, true,
                      true, true,  true,  0,    -1,    1,    true, true, 1,    false};
    STATIC_REQUIRE(matches(lz::study(act::hard_tanh(z), z), t));
}

TEST_CASE("study: hardswish", "[study][profile]") {
    // z (z + 3)/6 on [-3, 3]: minimum -3/8 at -3/2; f' jumps down at -3 (0 to -1/2): not convex
    constexpr truth t{false, false, false, false, false,   true, false, true,  true, false,
                      true,  false, true,  0,     -0.375L, 0,    true,  false, 1.5L, false};
    STATIC_REQUIRE(matches(lz::study(act::hardswish(z), z), t));
}

TEST_CASE("study: relu6", "[study][profile]") {
    constexpr truth t{true, false, false, false, false, true, false, false, true, true,
                      true, true,  true,  0,     0,     6,    true,  true,  1,    false};
    STATIC_REQUIRE(matches(lz::study(act::relu6(z), z), t));
}

TEST_CASE("study: softshrink", "[study][profile]") {
    constexpr truth t{true,  false, false, true, false, true, false, true,  false, false,
                      false, false, true,  0,    0,     0,    false, false, 1,     false};
    STATIC_REQUIRE(matches(lz::study(act::softshrink(z, lz::c<1, 2>), z), t));
}

TEST_CASE("study: hardshrink", "[study][profile]") {
    // jumps up at -1/2 (from -1/2 to 0) and at 1/2 (from 0 to 1/2): increasing, discontinuous
    constexpr truth t{true,  false, false, true, false, true, false, true,  false, false,
                      false, false, true,  -1,   0,     0,    false, false, 1,     false};
    STATIC_REQUIRE(matches(lz::study(act::hardshrink(z, lz::c<1, 2>), z), t));
}
