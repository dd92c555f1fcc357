// expect: leibniz: in_terms_of found no expression, so its result cannot be used as one
// Printing (or differentiating, or adding to) the result of an in_terms_of that found nothing.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    constexpr lz::symbol<"y"> y;
    constexpr auto softplus = lz::activations::softplus(z);
    auto back = lz::in_terms_of(lz::d(softplus, z), softplus, y);
    std::string text = lz::to_string(back);
    (void)text;
}
