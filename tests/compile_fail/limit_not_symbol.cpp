// expect: leibniz: limit\(f, z, lz::inf\): z must be a symbol
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    auto l = lz::limit(lz::exp(z), 2_c * z, lz::inf);
    (void)l;
}
