// expect: leibniz: this is lz::unknown_series
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    auto text = lz::to_string(lz::series(lz::erf(z), z, 0_c, 3_c));
    auto derivative = lz::d(lz::series(lz::erf(z), z, 0_c, 3_c), z);
    (void)text;
    (void)derivative;
}
