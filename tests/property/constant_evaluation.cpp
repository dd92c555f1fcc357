// The compile-time part of the property suite: a few of the random pairs decided in constant
// evaluation (default constexpr limits), checked by static_assert, and compared with the
// run-time verdict. A hard compile error here is a bug of the prover.
#include <catch2/catch.hpp>

#include <iostream>

#include "prelude.hpp"

#include "constexpr_pairs.hpp"

TEST_CASE("random pairs in constant evaluation", "[property][static]") {
    int count = 0;
#define LEIBNIZ_PROPERTY_STATIC(i, label, a, b, ta, tb)                                            \
    {                                                                                              \
        constexpr lz::verdict v = lz::equivalent(a, b);                                            \
        static_assert((label) || !v.proven(), "pair " #i ": a false pair is proven");              \
        static_assert(!(label) || !v.disproved(), "pair " #i ": a true pair is disproved");        \
        INFO("pair " #i ": " << ta << "  vs  " << tb);                                             \
        CHECK(v == lz::equivalent(a, b));                                                          \
        ++count;                                                                                   \
    }
    LEIBNIZ_PROPERTY_CONSTEXPR_PAIRS(LEIBNIZ_PROPERTY_STATIC)
#undef LEIBNIZ_PROPERTY_STATIC
    std::cout << "property seed " << LEIBNIZ_PROPERTY_SEED << ": " << count
              << " pairs decided in constant evaluation\n";
}
