// expect: leibniz: series\(f, z, c, n\): the point c must be an exact constant
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    auto p = lz::series(lz::exp(z), z, 0.5, 3_c);
    (void)p;
}
