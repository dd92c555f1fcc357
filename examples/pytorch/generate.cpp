// Writes the C kernels of the PyTorch example (leibniz_torch.py): for each activation NAME, the
// forward NAME_fwd(n, x, y) and the backward NAME_vjp(n, x, grad_out, grad_in), in double and
// float (_f), after lz::c_prelude(). The catalogue's sigmoid, SiLU, GELU, Mish and ELU, and a
// user-defined activation no library has: serf(z) = z erf(softplus(z)).
// Usage: example_pytorch_generate <file.c>
#include <fstream>
#include <string>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;

namespace {

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"g"> g;

template <class F>
std::string kernels(std::string const& name, F const& f) {
    constexpr auto fwd = lz::kernel(lz::inputs(z), F{});
    constexpr auto vjp = lz::kernel(lz::inputs(z, g), g * lz::d(F{}, z));
    (void)f;
    return lz::to_c(fwd, name + "_fwd") + lz::to_c<float>(fwd, name + "_fwd_f") +
           lz::to_c(vjp, name + "_vjp") + lz::to_c<float>(vjp, name + "_vjp_f");
}

}  // namespace

int main(int argc, char** argv) {
    std::ofstream out(argc > 1 ? argv[1] : "leibniz_torch_kernels.c");
    out << lz::c_prelude() << '\n';
    out << kernels("sigmoid", act::sigmoid(z)) << kernels("silu", act::silu(z))
        << kernels("gelu", act::gelu(z)) << kernels("mish", act::mish(z))
        << kernels("elu", act::elu(z)) << kernels("serf", z * lz::erf(act::softplus(z)));
    return out ? 0 : 1;
}
