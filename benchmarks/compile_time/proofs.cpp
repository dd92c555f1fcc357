// Compile cost of proofs: every identity of the proofs issue decided in a static_assert, with
// its two false variants, in one translation unit and with the compilers' default constexpr
// limits. The list is the test suite's (tests/proof/identities.hpp).
#include <cstdio>

#include "../../tests/proof/identities.hpp"

using namespace identities;

#define LEIBNIZ_DECIDE(id)                                                                         \
    static_assert(lz::equivalent(id.a, id.b));                                                     \
    static_assert(lz::equivalent(id.a, id.wrong_sign).disproved());                                \
    static_assert(lz::equivalent(id.a, id.wrong_factor).disproved());                              \
    ++count;

int main() {
    int count = 0;
    LEIBNIZ_IDENTITIES(LEIBNIZ_DECIDE)
    std::printf("%d identities proven, %d false variants disproved\n", count, 2 * count);
}
