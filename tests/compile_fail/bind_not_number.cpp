// expect: leibniz: a symbol can only be bound to a number
// Binding a string to a symbol.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    auto b = (z = "hello");
    (void)b;
}
