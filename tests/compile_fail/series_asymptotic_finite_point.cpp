// expect: leibniz: asymptotic\(f, z, point, n\): the point must be lz::inf or -lz::inf
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    auto p = lz::asymptotic(lz::exp(z), z, 1_c, 2_c);
    (void)p;
}
