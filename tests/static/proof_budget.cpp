// Decisions past the work budget: each is unknown (or decided), never a hard compile error,
// with the compilers' default limits (clang's 2^20 steps per constant expression is the tight
// one). benchmarks/proof_steps.sh prints the steps each needs beside its work.
#include <catch2/catch.hpp>

#include "../proof/budget.hpp"

using namespace budget;

TEST_CASE("past the work budget: unknown, not a compile error", "[proof][budget][static]") {
    STATIC_REQUIRE(!lz::equivalent(regions_a, regions_b).disproved());
    STATIC_REQUIRE(!lz::equivalent(expansion_a, expansion_b).disproved());
    STATIC_REQUIRE(!lz::equivalent(mixed_a, mixed_b).proven());
}
