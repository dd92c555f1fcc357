// expect: leibniz: inputs\(\.\.\.\): each input is a symbol \(an array\) or lz::scalar\(symbol\)
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;
constexpr lz::symbol<"z"> z;

int main() {
    auto in = lz::inputs(z, 2_c * z);
    (void)in;
}
