// expect: leibniz: series\(f, z, c, n\): write the order as an exact constant, 7_c
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    auto p = lz::series(lz::exp(z), z, 0_c, 7);
    (void)p;
}
