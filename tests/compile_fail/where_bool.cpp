// expect: leibniz: where\(cond, a, b\): cond must be a comparison
// where with a bool: the condition must stay symbolic.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;

int main() {
    constexpr lz::symbol<"z"> z;
    auto f = lz::where(true, z, 0_c);
    (void)f;
}
