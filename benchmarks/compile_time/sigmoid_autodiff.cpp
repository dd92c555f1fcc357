// A reference point for benchmarks/compile_time.sh: Boost.Math autodiff computing sigma' alone,
// the smallest useful autodiff translation unit (quoted in the issue at 2.0 s / 313 MB).
#include <cmath>
#include <cstdio>

#include <boost/math/differentiation/autodiff.hpp>

template <class T>
T sigmoid(T z) {
    using std::exp;
    return 1.0 / (1.0 + exp(-z));
}

int main(int argc, char**) {
    auto const z = boost::math::differentiation::make_fvar<double, 1>(0.5 * argc);
    std::printf("%.17g\n", static_cast<double>(sigmoid(z).derivative(1)));
}
