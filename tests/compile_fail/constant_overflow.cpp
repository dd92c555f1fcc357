// expect: leibniz: an exact constant does not fit in 64-bit integers
// Exact arithmetic that overflows is diagnosed, never wrapped or silently zero (the same check
// guards derivatives such as lz::d<25>(lz::pow(z, 30_c), z), whose coefficient 30!/5! is larger).
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;
constexpr lz::symbol<"z"> z;

constexpr auto product = lz::c<(1LL << 62)> * 4_c;

int main() { return static_cast<int>(lz::eval(product * z, z = 1.0)); }
