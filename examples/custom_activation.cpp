// Defining a new activation symbolically: a "soft clipped swish" with a learnable slope beta.
// Its derivatives by z and by beta come out exact, and evaluate at run time and in constexpr.
#include <cstdio>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"beta"> beta;

// Any function of expressions is an activation: here z * sigmoid(beta z), clipped above at 6.
template <lz::expression Z, class B>
constexpr auto clipped_swish(Z const& x, B const& b) {
    return lz::min(x * lz::activations::sigmoid(x, b), 6_c);
}

constexpr auto f = clipped_swish(z, beta);
constexpr auto grad = lz::gradient(f, z, beta);

// The derivative at 0 is 1/2 for every beta: checked while compiling.
static_assert(lz::eval(lz::d(f, z), z = 0.0, beta = 1.7) == 0.5);

int main() {
    std::printf("f        = %s\n", lz::to_string(f).c_str());
    std::printf("df/dz    = %s\n", lz::to_string(boost::hana::at_c<0>(grad)).c_str());
    std::printf("df/dbeta = %s\n", lz::to_string(boost::hana::at_c<1>(grad)).c_str());
    std::printf("LaTeX    : %s\n", lz::to_latex(f).c_str());
    for (double x : {-4.0, -1.0, 0.0, 1.0, 4.0, 8.0})
        std::printf("z = %4.1f  f = % .12f  df/dz = % .12f  df/dbeta = % .12f\n", x,
                    f(z = x, beta = 1.5), boost::hana::at_c<0>(grad)(z = x, beta = 1.5),
                    boost::hana::at_c<1>(grad)(z = x, beta = 1.5));
}
