// expect: leibniz: in_terms_of found no expression
// Evaluating the result of an in_terms_of that found nothing (SiLU' is no polynomial in SiLU).
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    constexpr lz::symbol<"y"> y;
    constexpr auto silu = lz::activations::silu(z);
    constexpr auto back = lz::in_terms_of(lz::d(silu, z), silu, y);
    double v = back(y = 0.5);
    (void)v;
}
