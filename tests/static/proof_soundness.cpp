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
// 1, opaquely (13 z is beyond the multiples that proof/trig.hpp expands)
constexpr auto one = lz::sin(13_c * z) * lz::sin(13_c * z) + lz::cos(13_c * z) * lz::cos(13_c * z);
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

TEST_CASE("an exact coefficient that overflows proves nothing", "[proof][soundness][static]") {
    // the exact remainder of (z + 5e18) / (z - 5e18) is 1e19, which does not fit: it must not
    // read as 0 (the quotient would be 1)
    constexpr auto huge = 5000000000000000000_c;
    STATIC_REQUIRE(!lz::equivalent((z + huge) / (z - huge), 1_c));
    STATIC_REQUIRE(lz::equivalent((z + huge) / (z - huge), 1_c).disproved());  // at a point
    constexpr auto p = lz::c<1, 4294967291>;  // primes near 2^32: their product overflows
    constexpr auto q = lz::c<1, 4294967279>;
    STATIC_REQUIRE(!lz::equivalent((z + p) / (z + q), 1_c));
    STATIC_REQUIRE(!lz::equivalent((z + lz::c<1, 10000000000>) / (z + lz::c<1, 10000000001>), 1_c));
    STATIC_REQUIRE(!lz::equivalent(lz::exp((z + p) / (z + q)), lz::e));
    STATIC_REQUIRE(!lz::equivalent(1_c / (z + p) + 1_c / (z + q), 2_c / (z + q)));
    // the same with the symbol's coefficient large, and in a product
    STATIC_REQUIRE(!lz::equivalent((huge * z + 1_c) / (huge * z - 1_c) * (z + 1_c), z + 1_c));
}

TEST_CASE("a side undefined on part of a region is not disproved by algebra",
          "[proof][soundness][static]") {
    // "equal" is: equal wherever both sides are defined. sqrt(z) on z <= 0 exists at 0 only,
    // where exp(sqrt z) = 1; exp(2 log z) exists for z > 0 only, so nowhere in z <= 0.
    STATIC_REQUIRE(!lz::equivalent(lz::where(z <= 0_c, lz::exp(lz::sqrt(z)), 0_c),
                                   lz::where(z <= 0_c, 1_c, 0_c))
                        .disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::where(z <= 0_c, lz::exp(2_c * lz::log(z)), 0_c),
                                   lz::where(z <= 0_c, z * z + z, 0_c))
                        .disproved());
    STATIC_REQUIRE(!lz::equivalent(lz::sqrt(z) * lz::sqrt(4_c * z),
                                   lz::where(z >= 0_c, 2_c * z, 2_c * z + 1_c))
                        .disproved());
    // where both are defined everywhere, algebra still disproves
    STATIC_REQUIRE(lz::equivalent(lz::exp(2_c * lz::log(1_c + lz::exp(z))),
                                  (1_c + lz::exp(z)) * (2_c + lz::exp(z)))
                       .disproved());
}

TEST_CASE("valid input is never a hard compile error", "[proof][soundness][static]") {
    // an exact root with a huge denominator stays a power; so does a root whose rational
    // factor would not fit
    constexpr auto p = lz::pow(2_c, lz::c<500001, 1000000>);
    constexpr auto q = lz::pow(lz::c<1, 4294967291>, lz::c<3, 2>);
    STATIC_REQUIRE(!lz::equivalent(p, p + 1_c).proven());
    STATIC_REQUIRE(!lz::equivalent(q, q + 1_c).proven());
    STATIC_REQUIRE(lz::equivalent(p * p, lz::pow(2_c, lz::c<500001, 500000>)));
    STATIC_REQUIRE(lz::eval(q) > 3.5e-15 && lz::eval(q) < 3.6e-15);
    // a decision past the work budget is unknown before clang's 2^20 steps run out
    constexpr auto x = lz::where(z <= 0_c, z, w);
    constexpr auto m = lz::min(lz::log(2_c), lz::sign(w));
    STATIC_REQUIRE(
        !lz::equivalent(lz::tanh(x) / m * (lz::sin(w) + w),
                        (lz::exp(2_c * x) - 1_c) * (w + lz::sin(w)) / (1_c + lz::exp(2_c * x)) / m)
             .disproved());
}

TEST_CASE("the numeric witness never overflows, nor runs past its budget",
          "[proof][soundness][static]") {
    // (the sqrt forbids an algebraic disproof, so the sample points are tried)
    constexpr auto huge = lz::exp(1700_c * z) * (lz::exp(1700_c * z) + 1_c) + lz::sqrt(z);
    STATIC_REQUIRE(!lz::equivalent(huge, huge + 1_c).proven());
    constexpr auto far = lz::pow(z, 1e30);  // a run-time exponent beyond every integer type
    STATIC_REQUIRE(!lz::equivalent(far, far + 1_c).proven());
    // a power of a base near e^3000: log's loop would take a step per binade
    constexpr auto sq = lz::sqrt(lz::exp(3000_c * z) + 1_c) + lz::sqrt(lz::exp(3000_c * z) + 2_c);
    STATIC_REQUIRE(
        !lz::equivalent(sq + lz::atan(z) + lz::atan(1_c / z), sq + lz::pi / 2_c * lz::sign(z))
             .disproved());
    // a radical exponent of -2^62 units (the negation of INT64_MIN)
    constexpr auto q = lz::pow(lz::c<1, 4>, lz::c<-288230376151711744, 45045>);
    STATIC_REQUIRE(!lz::equivalent(q, q + 1_c).proven());
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
