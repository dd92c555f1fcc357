// expect: leibniz: holds\(condition, assumptions\.\.\.\): (an|each) assumption must be
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
using namespace lz::literals;
int main() {
    constexpr lz::symbol<"z"> z;
    constexpr lz::symbol<"a"> a;
    return lz::holds(z * z >= 0_c, a * 0_c + 2_c > 1_c).proven() ? 0 : 1;
}
