// expect: leibniz: eval\(f, \.\.\.\): give values as bindings
// Passing a bare number to eval instead of a binding.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    return static_cast<int>(lz::eval(z * z, 1.0));
}
