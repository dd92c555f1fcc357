// Writes, for every catalogue activation, the C functions NAME and NAME_grad (double) and
// NAME_f and NAME_grad_f (float), a table of them in catalogue order, and the C++ templates,
// into DIR/generated.c, DIR/generated.hpp and DIR/generated.cu (CUDA, both precisions).
#include <cstdio>
#include <fstream>
#include <string>

#include "activations.hpp"

int main(int argc, char** argv) {
    using namespace codegen_test;
    std::string dir = argc > 1 ? argv[1] : ".";
    std::ofstream c(dir + "/generated.c"), cpp(dir + "/generated.hpp"), cu(dir + "/generated.cu");
    c << "#include <math.h>\n\n";
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
        doubles += "    " + n + ", " + g + ",\n";
        floats += "    " + n + "_f, " + g + "_f,\n";
    });
    c << "double (*const generated_double[])(double) = {\n" << doubles << "};\n";
    c << "float (*const generated_float[])(float) = {\n" << floats << "};\n";
    cpp << "}  // namespace generated\n";
    return c && cpp && cu ? 0 : 1;
}
