// Writes, for every catalogue activation, the C functions NAME and NAME_grad (double) and
// NAME_f and NAME_grad_f (float), a table of them in catalogue order, and the C++ templates,
// into DIR/generated.c, DIR/generated.hpp and DIR/generated.cu (CUDA, both precisions); and the
// batch kernels (lz::kernel) NAME_fused (f and f'), NAME_vjp (g f') and their float versions
// _f, after lz::c_prelude(), with tables, into DIR/generated_kernels.c (and the CUDA kernels),
// and fused kernels of four formulas with square roots (k_user_*).
#include <cstdio>
#include <fstream>
#include <string>

#include "activations.hpp"

int main(int argc, char** argv) {
    using namespace codegen_test;
    std::string dir = argc > 1 ? argv[1] : ".";
    std::ofstream c(dir + "/generated.c"), cpp(dir + "/generated.hpp"), cu(dir + "/generated.cu"),
        k(dir + "/generated_kernels.c");
    c << "#include <math.h>\n\n";
    k << lz::c_prelude() << '\n';
    cu << "#include <cstddef>\n\n";
    std::string fused, fused_f, vjps, vjps_f;
    cpp << "#pragma once\n#include <cmath>\n\nnamespace generated {\n\n";
    std::string doubles, floats;
    for_each_activation([&](char const* name, auto const& f) {
        // prefixed: a function named tanh would call itself instead of the C library's
        std::string n = std::string("lz_") + name, g = n + "_grad";
        auto df = lz::d(f, z);
        c << lz::to_c(f, n, z) << '\n' << lz::to_c(df, g, z) << '\n';
        c << lz::to_c<float>(f, n + "_f", z) << '\n' << lz::to_c<float>(df, g + "_f", z) << '\n';
        cpp << lz::to_cpp(f, n, z) << '\n' << lz::to_cpp(df, g, z) << '\n';
        cu << lz::to_cuda(df, g, z) << '\n' << lz::to_cuda<float>(df, g + "_f", z) << '\n';
        auto const fk = lz::kernel(lz::inputs(z), f, df);
        auto const vk = lz::kernel(lz::inputs(z, codegen_test::g), codegen_test::g * df);
        std::string kn = std::string("k_") + name;
        k << lz::to_c(fk, kn + "_fused") << lz::to_c<float>(fk, kn + "_fused_f")
          << lz::to_c(vk, kn + "_vjp") << lz::to_c<float>(vk, kn + "_vjp_f") << '\n';
        cu << lz::to_cuda(fk, kn + "_fused") << lz::to_cuda<float>(vk, kn + "_vjp_f") << '\n';
        fused += "    " + kn + "_fused,\n";
        fused_f += "    " + kn + "_fused_f,\n";
        vjps += "    " + kn + "_vjp,\n";
        vjps_f += "    " + kn + "_vjp_f,\n";
        doubles += "    " + n + ", " + g + ",\n";
        floats += "    " + n + "_f, " + g + "_f,\n";
    });
    // formulas with square roots (lz_sqrt, lz_hypot), for the vectorisation check
    auto user = [&](char const* name, auto const& f) {
        auto const fk = lz::kernel(lz::inputs(z), f, lz::d(f, z));
        std::string kn = std::string("k_user_") + name;
        k << lz::to_c(fk, kn) << lz::to_c<float>(fk, kn + "_f") << '\n';
    };
    user("isru", z / lz::sqrt(1_c + z * z));
    user("bent", (lz::sqrt(z * z + 1_c) - 1_c) / 2_c + z);
    user("asinh", lz::log(z + lz::sqrt(z * z + 1_c)));
    user("sqrt_exp", lz::sqrt(lz::exp(z) + 2_c));
    c << "double (*const generated_double[])(double) = {\n" << doubles << "};\n";
    c << "float (*const generated_float[])(float) = {\n" << floats << "};\n";
    cpp << "}  // namespace generated\n";
    k << "void (*const kernels_fused[])(size_t, const double*, double*, double*) = {\n"
      << fused << "};\n";
    k << "void (*const kernels_fused_f[])(size_t, const float*, float*, float*) = {\n"
      << fused_f << "};\n";
    k << "void (*const kernels_vjp[])(size_t, const double*, const double*, double*) = {\n"
      << vjps << "};\n";
    k << "void (*const kernels_vjp_f[])(size_t, const float*, const float*, float*) = {\n"
      << vjps_f << "};\n";
    return c && cpp && cu && k ? 0 : 1;
}
