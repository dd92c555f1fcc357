// Compile cost of one lz::study (ELU, a piecewise function with a kink and an exp branch), for
// the budget of the study issue: <= 2 s and <= 1 GiB with g++ -O2.
#include <cstdio>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;

constexpr lz::symbol<"z"> z;

int main() {
    constexpr lz::profile p = lz::study(act::elu(z), z);
    static_assert(p.monotone.proven() && p.continuity == 1);
    std::printf("%s\n", lz::to_string(p).c_str());
}
