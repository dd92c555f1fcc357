// expect: leibniz: series\(f, z, c, n\): z must be a symbol
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    auto p = lz::series(lz::exp(z), 2_c * z, 0_c, 3_c);
    (void)p;
}
