// expect: leibniz: d\(f, x\): x must be a symbol
// Differentiating by a constant.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;

int main() {
    constexpr lz::symbol<"z"> z;
    auto f = lz::d(z * z, 2_c);
    (void)f;
}
