// expect: leibniz: kernel\(lz::inputs\(\.\.\.\), f\.\.\.\): a symbol of an output
// Every symbol of every output must be an input of the kernel, an array or a scalar.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"alpha"> alpha;

int main() {
    auto k = lz::kernel(lz::inputs(z), alpha * z);
    (void)k;
}
