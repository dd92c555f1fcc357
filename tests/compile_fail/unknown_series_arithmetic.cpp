// expect: leibniz: this is lz::unknown_series .*test lz::same\(r, lz::unknown_series\)
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    constexpr auto r = lz::asymptotic(lz::atan(z), z, lz::inf, 2_c);  // pi/2: unknown_series
    auto s = r + z;
    (void)s;
}
