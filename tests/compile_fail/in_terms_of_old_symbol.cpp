// expect: leibniz: in_terms_of\(g, f, y\): y must be a new symbol
// Writing g through f with a symbol that g already uses.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    constexpr auto s = lz::activations::sigmoid(z);
    auto back = lz::in_terms_of(lz::d(s, z), s, z);
    (void)back;
}
