// expect: leibniz: this is lz::unknown_series .*not an expression
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    constexpr auto r = lz::series(lz::abs(z), z, 0_c, 3_c);  // a kink at 0: unknown_series
    return static_cast<int>(lz::eval(r, z = 0.5));
}
