// expect: leibniz: gradient\(f, x, \.\.\.\): name at least one symbol
// A gradient by no symbol.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    auto g = lz::gradient(z * z);
    (void)g;
}
