// The translation unit whose compile cost benchmarks/compile_time.sh measures: the whole catalogue
// with first and second derivatives, each evaluated at a run-time point.
#include <cstdio>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;

template <class F>
double use(F const& f, double x) {
    return f(z = x, a = 0.25) + lz::d(f, z)(z = x, a = 0.25) + lz::d(f, z, z)(z = x, a = 0.25);
}

int main(int argc, char**) {
    double x = 0.5 * argc, s = 0;
    s += use(act::identity(z), x);
    s += use(act::binary_step(z), x);
    s += use(act::sigmoid(z), x);
    s += use(act::sigmoid(z, a), x);
    s += use(act::tanh(z), x);
    s += use(act::arctan(z), x);
    s += use(act::relu(z), x);
    s += use(act::leaky_relu(z), x);
    s += use(act::prelu(z, a), x);
    s += use(act::elu(z), x);
    s += use(act::softplus(z), x);
    s += use(act::gelu(z), x);
    s += use(act::gelu_tanh(z), x);
    s += use(act::silu(z), x);
    s += use(act::swish(z, a), x);
    s += use(act::mish(z), x);
    s += use(act::selu(z), x);
    s += use(act::celu(z, a), x);
    s += use(act::softsign(z), x);
    s += use(act::hard_sigmoid(z), x);
    s += use(act::hard_tanh(z), x);
    s += use(act::hardswish(z), x);
    s += use(act::relu6(z), x);
    s += use(act::log_sigmoid(z), x);
    s += use(act::softshrink(z), x);
    s += use(act::hardshrink(z), x);
    s += use(act::tanhshrink(z), x);
    std::printf("%.17g\n", s);
}
