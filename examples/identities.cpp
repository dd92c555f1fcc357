// Identities the textbooks state, proven while this file compiles, then explained at run time.
#include <iostream>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

int main() {
    constexpr lz::symbol<"z"> z;
    constexpr lz::symbol<"y"> y;
    constexpr lz::symbol<"alpha"> alpha;
    constexpr auto s = act::sigmoid(z);

    // proven by the compiler: each static_assert is a decision, not a test at sample points
    static_assert(lz::equivalent(lz::d(s, z), s * (1_c - s)));
    static_assert(lz::equivalent(act::tanh(z), lz::tanh(z)));  // 2 sigma(2z) - 1 = tanh z
    static_assert(lz::equivalent(lz::d(act::softplus(z), z), s));
    static_assert(lz::equivalent(lz::d(s, z), s * (1_c + s)).disproved());
    static_assert(lz::equivalent(lz::sqrt(z * z), lz::abs(z)));  // region by region of z's sign
    static_assert(lz::equivalent(act::hard_tanh(z), lz::max(-1_c, lz::min(1_c, z))));
    static_assert(lz::equivalent(lz::log(z * z), 2_c * lz::log(z)).unknown());  // z may be < 0

    // derivatives written through the function itself, as PyTorch's backward passes use them
    constexpr auto sigma_back = lz::in_terms_of(lz::d(s, z), s, y);
    constexpr auto tanh_back = lz::in_terms_of(lz::d(lz::tanh(z), z), lz::tanh(z), y);
    constexpr auto elu = act::elu(z, alpha);
    constexpr auto elu_back = lz::in_terms_of(lz::d(elu, z), elu, y);
    static_assert(lz::equivalent(sigma_back, y - y * y));
    static_assert(!lz::found(lz::in_terms_of(lz::d(act::silu(z), z), act::silu(z), y)));

    std::cout << "sigma'  = " << sigma_back << "   (y = sigma(z))\n";
    std::cout << "tanh'   = " << tanh_back << "   (y = tanh(z))\n";
    std::cout << "elu'    = " << elu_back << "   (y = elu(z))\n\n";
    std::cout << lz::explain(lz::d(s, z), s * (1_c - s)) << "\n";
    std::cout << lz::explain(act::tanh(z), lz::tanh(z)) << "\n";
    std::cout << lz::explain(lz::d(elu, z), lz::where(z <= 0_c, elu + alpha, 1_c));
}
