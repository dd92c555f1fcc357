// lz::study of the catalogue's smooth functions against their textbook profiles (by hand, from
// the definitions: tests/study/expect.hpp checks soundness, decidedness and the bounds).
#include <catch2/catch.hpp>

#include "../study/expect.hpp"

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;
using study_test::matches;
using study_test::truth;

namespace {
constexpr lz::symbol<"z"> z;
constexpr long double pi_2 = 1.5707963267948966192313216916397514L;
}  // namespace

// fields: increasing decreasing convex_or_concave odd even zero_at_zero identity_near_origin
//         zero_centred bounded_below bounded_above saturates_left saturates_right dead_region
//         continuity lo hi lo_attained hi_attained slope slope_unbounded

TEST_CASE("study: identity", "[study][profile]") {
    // f' = 1: no saturation, unbounded both ways
    constexpr truth t{true,  false, true,  true,       false, true, true,  true,  false, false,
                      false, false, false, lz::smooth, 0,     0,    false, false, 1,     false};
    STATIC_REQUIRE(matches(lz::study(act::identity(z), z), t));
}

TEST_CASE("study: sigmoid", "[study][profile]") {
    // sigma' = sigma (1 - sigma) in (0, 1/4]; sigma'' changes sign at 0; range (0, 1)
    constexpr truth t{true, false, false, false,      false, false, false, false, true,  true,
                      true, true,  false, lz::smooth, 0,     1,     false, false, 0.25L, false};
    constexpr lz::profile p = lz::study(act::sigmoid(z), z);
    STATIC_REQUIRE(matches(p, t));
    STATIC_REQUIRE(p.range.lo_exact && p.range.hi_exact && p.max_slope_exact);
    REQUIRE(p.max_slope == 0.25L);
}

TEST_CASE("study: tanh", "[study][profile]") {
    constexpr truth t{true, false, false, true,       false, true, true,  true,  true, true,
                      true, true,  false, lz::smooth, -1,    1,    false, false, 1,    false};
    STATIC_REQUIRE(matches(lz::study(act::tanh(z), z), t));
}

TEST_CASE("study: arctan", "[study][profile]") {
    constexpr truth t{true, false, false, true,       false, true, true,  true,  true, true,
                      true, true,  false, lz::smooth, -pi_2, pi_2, false, false, 1,    false};
    STATIC_REQUIRE(matches(lz::study(act::arctan(z), z), t, "lo hi"));
}

TEST_CASE("study: softplus", "[study][profile]") {
    // convex, (0, inf), softplus' = sigma < 1
    constexpr truth t{true, false, true,  false,      false, false, false, false, true, false,
                      true, false, false, lz::smooth, 0,     0,     false, false, 1,    false};
    STATIC_REQUIRE(matches(lz::study(act::softplus(z), z), t));
}

TEST_CASE("study: log_sigmoid", "[study][profile]") {
    // concave, (-inf, 0), f(0) = -log 2, f' = sigma(-z) -> 1 at -inf
    constexpr truth t{true,  false, true,  false,      false, false, false, false, false, true,
                      false, true,  false, lz::smooth, 0,     0,     false, false, 1,     false};
    constexpr lz::profile p = lz::study(act::log_sigmoid(z), z);
    STATIC_REQUIRE(matches(p, t));
    STATIC_REQUIRE(p.range.hi_exact && !p.range.hi_attained);
}

TEST_CASE("study: tanhshrink", "[study][profile]") {
    // z - tanh z: f' = tanh^2 z in [0, 1), f'' = 2 tanh z sech^2 z changes sign
    constexpr truth t{true,  false, false, true,       false, true, false, true,  false, false,
                      false, false, false, lz::smooth, 0,     0,    false, false, 1,     false};
    STATIC_REQUIRE(matches(lz::study(act::tanhshrink(z), z), t));
}
