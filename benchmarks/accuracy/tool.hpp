// The C++ half of the accuracy tool (accuracy.py): a user's .cpp defines the function,
//
//     #include "tool.hpp"
//     int main() { return accuracy_tool::run(z * lz::tanh(lz::exp(z))); }
//
// and the program reads one number a line from stdin and writes, for each, d^k f/dz^k for
// k = 0, 1, 2 as hexadecimal floats: leibniz in double, as written in double, leibniz in float,
// as written in float (twelve columns, k major). z is the symbol; other parameters are written
// as exact constants (lz::c<3, 2>) or plain numbers.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <leibniz/leibniz.hpp>

#include "as_written.hpp"

namespace accuracy_tool {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

inline constexpr lz::symbol<"z"> z;

template <class F>
int run(F const& f) {
    auto const d1 = lz::d(f, z);
    auto const d2 = lz::d(d1, z);
    char line[128];
    while (std::fgets(line, sizeof line, stdin)) {
        double const x = std::strtod(line, nullptr);
        float const xf = static_cast<float>(x);
        auto one = [&](auto const& e) {
            std::printf(
                "%a %a %a %a ", lz::eval(e, z = x),
                static_cast<double>(lz::eval(e, z = as_written<double>(x))),
                static_cast<double>(lz::eval(e, z = xf)),
                static_cast<double>(static_cast<float>(lz::eval(e, z = as_written<float>(xf)))));
        };
        one(f);
        one(d1);
        one(d2);
        std::printf("\n");
    }
    return 0;
}

}  // namespace accuracy_tool
