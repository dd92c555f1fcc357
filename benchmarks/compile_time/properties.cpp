// Compile cost of the catalogue's properties table: lz::study of every catalogue function (the
// table of docs/catalogue.md), in one translation unit with the compilers' default limits.
#include <cstdio>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;

template <class F>
int decided(F const& f) {
    constexpr lz::profile p = lz::study(F{}, z);
    (void)f;
    lz::verdict const all[] = {p.monotone,       p.monotone_derivative, p.odd,
                               p.even,           p.zero_at_zero,        p.identity_near_origin,
                               p.zero_centred,   p.bounded_below,       p.bounded_above,
                               p.saturates_left, p.saturates_right,     p.dead_region};
    int n = 0;
    for (lz::verdict v : all) n += v.unknown() ? 0 : 1;
    return n;
}

int main() {
    int n = decided(act::identity(z)) + decided(act::binary_step(z)) + decided(act::sigmoid(z)) +
            decided(act::tanh(z)) + decided(act::arctan(z)) + decided(act::relu(z)) +
            decided(act::leaky_relu(z)) + decided(act::elu(z)) + decided(act::softplus(z)) +
            decided(act::gelu(z)) + decided(act::gelu_tanh(z)) + decided(act::silu(z)) +
            decided(act::mish(z)) + decided(act::selu(z)) + decided(act::celu(z)) +
            decided(act::softsign(z)) + decided(act::hard_sigmoid(z)) + decided(act::hard_tanh(z)) +
            decided(act::hardswish(z)) + decided(act::relu6(z)) + decided(act::log_sigmoid(z)) +
            decided(act::softshrink(z, lz::c<1, 2>)) + decided(act::hardshrink(z, lz::c<1, 2>)) +
            decided(act::tanhshrink(z));
    std::printf("%d of %d verdicts decided for 24 catalogue functions\n", n, 24 * 12);
}
