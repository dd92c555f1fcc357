// expect: leibniz: where\(cond, a, b\): cond must be a comparison
// where with an expression where a condition belongs.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;

int main() {
    constexpr lz::symbol<"z"> z;
    auto f = lz::where(z, 1_c, 0_c);
    (void)f;
}
