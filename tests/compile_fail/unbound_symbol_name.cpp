// expect: [{]"alpha"[}]
// The diagnostic for an unbound symbol names it (alpha) near the `leibniz:` message.
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;

int main() {
    constexpr lz::symbol<"z"> z;
    constexpr lz::symbol<"alpha"> alpha;
    return static_cast<int>((z * alpha)(z = 1.0));
}
