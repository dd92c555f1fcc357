// expect: leibniz: kernel\(n, \.\.\.\): give one const T\* per array input, one T\* per output
// A kernel is called with n, its input arrays, its output arrays and its scalars.
#include <vector>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
constexpr lz::symbol<"z"> z;

int main() {
    constexpr auto k = lz::kernel(lz::inputs(z), z * z, z + z);
    std::vector<double> x(4), y(4);
    k(x.size(), x.data(), y.data());  // two outputs: dy is missing
}
