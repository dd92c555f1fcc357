// expect: leibniz: limit\(f, z, point\): the point must be lz::inf or -lz::inf
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    auto l = lz::limit(lz::exp(z), z, 1_c);
    (void)l;
}
