// expect: leibniz: eval\(f, \.\.\.\): a symbol is bound twice
// Binding one symbol twice.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    return static_cast<int>(lz::eval(z * z, z = 1.0, z = 2.0));
}
