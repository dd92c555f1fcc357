// Accuracy of lz::eval (which computes the numerically stable lowering, as the generated code does)
// against the textbook formulas in 50 digits (reference.cpp), for every catalogue activation and
// its first derivative, in double and in float:
//   - the ten textbook activations (sigmoid, tanh, relu, leaky_relu, elu, softplus, gelu, silu,
//     mish, selu) and their derivatives: at most 4 ulp on [-40, 40], |z| < 1e-8 included;
//   - every other one: at most 16 ulp on [-40, 40];
//   - near an interior root (a sign change of the true value; at z = 0 only for the others):
//     within 1/2 of it, and within 2 of it where |f| < max|f|/8, the absolute error at most
//     4 eps max|f| over [-40, 40] instead;
//   - ulp measured with the spacing at 2^12 times the smallest normal number as a floor;
//   - no inf or NaN where the true value is finite, on a grid of ±0, subnormals, ±88.7, ±89,
//     ±709.8, ±710, ±1e300 and the largest finite value.
// The measured table is printed (ctest -V, or run the executable).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include <leibniz/activations.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/eval/eval.hpp>

#include "../codegen/compiled/activations.hpp"
#include "measure.hpp"
#include "reference.hpp"

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;
using accuracy::measure;
using accuracy::real;
using accuracy::result;
using accuracy::ulp_of;

// The catalogue with the parameters of the codegen tests.
using codegen_test::for_each_activation;
using codegen_test::z;

template <class T>
void check_accuracy(char const* type) {
    std::printf("\nleibniz accuracy, %s: max ulp on [-40, 40] (max abs error / bound near roots)\n",
                type);
    std::printf("%-14s %10s %9s   %10s %9s\n", "function", "f", "at", "f'", "at");
    for_each_activation([&](char const* name, auto const& f) {
        auto const df = lz::d(f, z);
        std::vector<T> const xs = accuracy::grid<T>();
        std::vector<T> y, dy;
        for (T x : xs) {
            y.push_back(f(z = x));
            dy.push_back(df(z = x));
        }
        result const r0 = measure<T>(name, 0, y), r1 = measure<T>(name, 1, dy);
        std::printf("%-14s %10.2f %9.3g   %10.2f %9.3g", name, r0.max_ulp, r0.at, r1.max_ulp,
                    r1.at);
        for (result const* r : {&r0, &r1})
            if (r->max_abs > 0) std::printf("   near root %.2g/%.2g", r->max_abs, r->abs_bound);
        std::printf("\n");
        double const bound = accuracy::ulp_bound(name);
        CHECK(r0.max_ulp <= bound);
        CHECK(r1.max_ulp <= bound);
        CHECK(r0.max_abs <= r0.abs_bound);
        CHECK(r1.max_abs <= r1.abs_bound);
    });
}

template <class T>
void check_finite(char const* type) {
    std::vector<T> const xs = accuracy::extremes<T>();
    for_each_activation([&](char const* name, auto const& f) {
        auto const df = lz::d(f, z);
        std::vector<T> got[2];
        for (T x : xs) {
            got[0].push_back(f(z = x));
            got[1].push_back(df(z = x));
        }
        accuracy::check_finite_values<T>(type, name, xs, got);
    });
}

}  // namespace

TEST_CASE("accuracy against 50-digit textbook formulas, double", "[accuracy]") {
    check_accuracy<double>("double");
}

TEST_CASE("accuracy against 50-digit textbook formulas, float", "[accuracy]") {
    check_accuracy<float>("float");
}

TEST_CASE("no inf or NaN where the true value is finite", "[accuracy]") {
    check_finite<double>("double");
    check_finite<float>("float");
}
