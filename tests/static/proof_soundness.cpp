// Soundness of lz::equivalent at its edges, one case per way a decision procedure can go wrong:
// never proven when false, never disproved when true, never a hard compile error. (Found in a
// review of proof/; each of these failed once.)
#include <catch2/catch.hpp>

#include <type_traits>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"w"> w;
constexpr lz::symbol<"y"> y;
constexpr auto one = lz::sin(z) * lz::sin(z) + lz::cos(z) * lz::cos(z);  // 1, opaquely
}  // namespace

TEST_CASE("false identities are not proven", "[proof][soundness][static]") {
    // a condition whose exact scaling overflows bounds nothing (1 < z <= 1.6e19 is a real region)
    constexpr auto big =
        lz::where(z * lz::c<1, 4000000000> <= lz::c<4000000000>, lz::where(z > 1_c, 1_c, 0_c), 0_c);
    STATIC_REQUIRE(!lz::equivalent(big, 0_c).proven());
    // sqrt(z w) = z sqrt(w/z) fails for z, w < 0: a radical is split only over factors of
    // known sign
    STATIC_REQUIRE(!lz::equivalent(lz::sqrt(z * w), z * lz::sqrt(w / z)).proven());
    STATIC_REQUIRE(
        !lz::equivalent(lz::sqrt(z * lz::sin(z)), z * lz::sqrt(lz::sin(z) / z)).proven());
    STATIC_REQUIRE(lz::equivalent(lz::sqrt(2_c * z) * lz::sqrt(8_c * z), 4_c * z));  // z >= 0
}

TEST_CASE("true identities are not disproved", "[proof][soundness][static]") {
    // 1022117 = 1009 * 1013 has no factor below 1000: not taken for a prime
    STATIC_REQUIRE(
        !lz::equivalent(lz::sqrt(lz::c<1022117>), lz::sqrt(lz::c<1009>) * lz::sqrt(lz::c<1013>))
             .disproved());
    // sqrt(z) exists on z <= 0 only at 0, where it is 0
    STATIC_REQUIRE(!lz::equivalent(lz::where(z <= 0_c, lz::sqrt(z), 0_c), 0_c).disproved());
    // a sample point on a boundary decides nothing
    STATIC_REQUIRE(!lz::equivalent(lz::where(one <= 1_c, 0_c, 1_c), 0_c).disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::where(z * z * z <= lz::c<-79507, 1000000>, 1_c, 0_c),
                                   lz::where(z <= lz::c<-43, 100>, 1_c, 0_c))
                        .disproved());
    // cancellation of large terms is measured against the large terms
    STATIC_REQUIRE(!lz::equivalent(one + lz::exp(40_c * z) * (1_c + z) - lz::exp(40_c * z) -
                                       z * lz::exp(40_c * z),
                                   1_c)
                        .disproved());
    // sin of a large argument is not evaluated
    STATIC_REQUIRE(!lz::equivalent(lz::sin(z + 1000000000000_c * lz::pi), lz::sin(z)).disproved());
}

TEST_CASE("large values are unknown, not compile errors", "[proof][soundness][static]") {
    constexpr auto big = lz::sin(lz::exp(50_c * z));
    STATIC_REQUIRE(!lz::equivalent(big + one, big + 1_c).disproved());
    constexpr auto tower = lz::pow(z, lz::exp(-50_c * z));
    STATIC_REQUIRE(!lz::equivalent(tower + one, tower + 1_c).disproved());
}

TEST_CASE("in_terms_of keeps exp of a constant", "[proof][soundness][in_terms_of][static]") {
    constexpr auto back = lz::in_terms_of(lz::exp(lz::c<1, 17>) * lz::exp(z), lz::exp(z), y);
    STATIC_REQUIRE(lz::same(back, lz::exp(lz::c<1, 17>) * y));
}
