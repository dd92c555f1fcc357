// lz::study of the catalogue's mixed forms (a power of z times a function of exp or erf)
// against their textbook profiles; the extrema are 50-digit mpmath values of the minimum of f
// and of the extrema of f' (found by findroot on f' and f'').
#include <catch2/catch.hpp>

#include "../study/expect.hpp"

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;
using study_test::matches;
using study_test::truth;

namespace {
constexpr lz::symbol<"z"> z;

// Every mixed form here has one profile but its minimum and its largest slope: not monotone,
// neither convex nor concave, no symmetry, f(0) = 0 with f'(0) < 1 (not the identity),
// zero-centred, bounded below only, saturating on the left (f' -> 0) and not on the right
// (f' -> 1), no dead region, smooth, the minimum attained.
constexpr truth mixed(long double minimum, long double slope) {
    return {false, false, false, false,      false,   true, false, true,  true,  false,
            true,  false, false, lz::smooth, minimum, 0,    true,  false, slope, false};
}
}  // namespace

// fields: increasing decreasing convex_or_concave odd even zero_at_zero identity_near_origin
//         zero_centred bounded_below bounded_above saturates_left saturates_right dead_region
//         continuity lo hi lo_attained hi_attained slope slope_unbounded

TEST_CASE("study: silu", "[study][profile]") {
    // min -0.27846454276107379511 at -1.2785; sup silu' = 1.0998393201288669170
    constexpr truth t = mixed(-0.2784645427610737951094L, 1.099839320128866916958L);
    STATIC_REQUIRE(matches(lz::study(act::silu(z), z), t, "slope"));
}

TEST_CASE("study: gelu", "[study][profile]") {
    // min -0.16997120747990366169; sup gelu' = 1.1289041451851547863
    constexpr truth t = mixed(-0.1699712074799036616939L, 1.128904145185154786341L);
    STATIC_REQUIRE(matches(lz::study(act::gelu(z), z), t, "slope"));
}

TEST_CASE("study: gelu_tanh", "[study][profile]") {
    constexpr truth t = mixed(-0.1700407505712540506391L, 1.128993068658771765456L);
    // gaps: the limits of exp(c z^3) with an irrational c (sqrt(2/pi)), and the budget of the
    // range search
    STATIC_REQUIRE(matches(lz::study(act::gelu_tanh(z), z), t, "above left right dead lo slope"));
}

TEST_CASE("study: mish", "[study][profile]") {
    // min -0.30884341301725040663; sup mish' = 1.0884981612517278612
    constexpr truth t = mixed(-0.3088434130172504066288L, 1.088498161251727861228L);
    STATIC_REQUIRE(matches(lz::study(act::mish(z), z), t, "slope"));
}
