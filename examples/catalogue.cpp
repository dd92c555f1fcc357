// The activation catalogue: each function's formula, first and second derivative, and their
// values at a few points.
#include <cstdio>
#include <string>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;

template <class F>
void show(char const* name, F const& f) {
    auto d1 = lz::d(f, z);
    auto d2 = lz::d(f, z, z);
    std::printf("%s\n  f   = %s\n  f'  = %s\n  f'' = %s\n", name, lz::to_string(f).c_str(),
                lz::to_string(d1).c_str(), lz::to_string(d2).c_str());
    for (double x : {-2.0, -0.5, 0.0, 0.5, 2.0})
        std::printf("  z = %5.2f   f = % .10f   f' = % .10f\n", x, f(z = x, a = 0.25),
                    d1(z = x, a = 0.25));
}

int main() {
    show("identity", act::identity(z));
    show("binary_step", act::binary_step(z));
    show("sigmoid", act::sigmoid(z));
    show("sigmoid with slope a", act::sigmoid(z, a));
    show("tanh", act::tanh(z));
    show("arctan", act::arctan(z));
    show("relu", act::relu(z));
    show("leaky_relu", act::leaky_relu(z));
    show("prelu", act::prelu(z, a));
    show("elu", act::elu(z));
    show("softplus", act::softplus(z));
    show("gelu", act::gelu(z));
    show("gelu_tanh", act::gelu_tanh(z));
    show("silu", act::silu(z));
    show("swish", act::swish(z, a));
    show("mish", act::mish(z));
    show("selu", act::selu(z));
    show("celu", act::celu(z, a));
    show("softsign", act::softsign(z));
    show("hard_sigmoid", act::hard_sigmoid(z));
    show("hard_tanh", act::hard_tanh(z));
    show("hardswish", act::hardswish(z));
    show("relu6", act::relu6(z));
    show("log_sigmoid", act::log_sigmoid(z));
    show("softshrink", act::softshrink(z));
    show("hardshrink", act::hardshrink(z));
    show("tanhshrink", act::tanhshrink(z));
}
