// expect: leibniz: inputs\(\.\.\.\): a symbol is given twice
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
constexpr lz::symbol<"z"> z;

int main() {
    auto in = lz::inputs(z, lz::scalar(z));
    (void)in;
}
