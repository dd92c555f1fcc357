// The generated C (compiled by the C compiler) and C++ against lz::eval, at 1201 points in
// [-40, 40] and at the edges of every branch: equal to within 1 ulp, in double and in float.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include <catch2/catch.hpp>

#include "activations.hpp"
#include "generated.hpp"

extern "C" {
extern double (*const generated_double[])(double);
extern float (*const generated_float[])(float);
}

namespace {

using namespace codegen_test;

std::vector<double> points() {
    std::vector<double> xs;
    for (int i = 0; i <= 1200; ++i) xs.push_back(-40.0 + i / 15.0);
    for (double kink : {-6.0, -3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0, 6.0})
        for (double dx : {-1e-9, 0.0, 1e-9}) xs.push_back(kink + dx);
    return xs;
}

template <class T, class E, class Fn>
void compare(char const* what, E const& e, Fn generated) {
    for (double x : points()) {
        T const t = static_cast<T>(x);
        T const want = e(z = t), got = generated(t);
        INFO(what << " at z = " << x << ": eval " << want << ", generated " << got);
        CHECK(ulps(want, got) <= 1);
    }
}

}  // namespace

TEST_CASE("generated C and C++ agree with lz::eval", "[codegen]") {
    std::size_t i = 0;
    for_each_activation([&](char const* name, auto const& f) {
        INFO(name);
        auto const df = lz::d(f, z);
        compare<double>("C f", f, generated_double[2 * i]);
        compare<double>("C f'", df, generated_double[2 * i + 1]);
        compare<float>("C float f", f, generated_float[2 * i]);
        compare<float>("C float f'", df, generated_float[2 * i + 1]);
        ++i;
    });
    CHECK(i == 27);
}

TEST_CASE("generated C++ templates agree with lz::eval", "[codegen]") {
    // a few by name: the templates are instantiated for double and float
    compare<double>("sigmoid", act::sigmoid(z), generated::lz_sigmoid<double>);
    compare<double>("sigmoid'", lz::d(act::sigmoid(z), z), generated::lz_sigmoid_grad<double>);
    compare<float>("mish' float", lz::d(act::mish(z), z), generated::lz_mish_grad<float>);
    compare<double>("hardswish'", lz::d(act::hardswish(z), z),
                    generated::lz_hardswish_grad<double>);
    compare<double>("gelu'", lz::d(act::gelu(z), z), generated::lz_gelu_grad<double>);
    compare<double>("prelu", act::prelu(z, 0.25), generated::lz_prelu<double>);
    compare<double>("selu'", lz::d(act::selu(z), z), generated::lz_selu_grad<double>);
}
