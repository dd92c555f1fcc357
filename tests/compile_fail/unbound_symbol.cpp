// expect: leibniz: no value bound
// Evaluating with a symbol left unbound.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    constexpr lz::symbol<"alpha"> alpha;
    return static_cast<int>(lz::eval(z * alpha, z = 1.0));
}
