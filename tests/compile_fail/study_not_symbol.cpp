// expect: leibniz: study\(f, z\): z must be a symbol
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    lz::profile p = lz::study(lz::exp(z), 2_c * z);
    return p.monotone.proven() ? 0 : 1;
}
