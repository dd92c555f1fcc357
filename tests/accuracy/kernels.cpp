// Accuracy of lz::kernel (the vector kernels of batch/ and blends for where) for every catalogue
// activation: the fused kernel of f and f' over the accuracy grid, against the 50-digit textbook
// formulas with the bounds of accuracy.cpp (4 ulp for the textbook ten, 16 for the others, the
// absolute bound in root windows), against lz::eval (the same lowering, other exp, log, ...:
// within 4 ulp of it, of max|f|/8 in root windows), and finite where the true value is finite at
// the extremes (±88.7, ±89, ±709.8, ±710, ±1e300, the largest finite value, subnormals).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <vector>

#include <catch2/catch.hpp>

#include <leibniz/activations.hpp>
#include <leibniz/batch/kernel.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/eval/eval.hpp>

#include "../codegen/compiled/activations.hpp"
#include "measure.hpp"
#include "reference.hpp"

namespace {

namespace lz = leibniz;
using accuracy::real;
using codegen_test::for_each_activation;
using codegen_test::z;

// The distance of a from b in ulp of T at |b|, or at scale when |b| is smaller (in a root window
// both are accurate only in absolute terms).
template <class T>
double ulp_distance(T a, T b, real const& scale) {
    if (a == b) return 0;
    if (!std::isfinite(a) || !std::isfinite(b)) return std::numeric_limits<double>::infinity();
    return static_cast<double>(abs(real(a) - real(b)) /
                               accuracy::ulp_of<T>(std::max(real(abs(real(b))), scale)));
}

template <class T>
void check_kernels(char const* type) {
    std::printf("\nlz::kernel accuracy, %s: max ulp on [-40, 40]; max ulp from lz::eval\n", type);
    std::printf("%-14s %8s %8s %10s %10s\n", "function", "f", "f'", "f vs eval", "f' vs eval");
    std::vector<T> const xs = accuracy::grid<T>();
    for_each_activation([&](char const* name, auto const& f) {
        auto const df = lz::d(f, z);
        auto const k = lz::kernel(lz::inputs(z), f, df);
        std::vector<T> y(xs.size()), dy(xs.size());
        k(xs.size(), xs.data(), y.data(), dy.data());
        accuracy::result const r0 = accuracy::measure<T>(name, 0, y),
                               r1 = accuracy::measure<T>(name, 1, dy);
        std::vector<T> v(xs.size()), dv(xs.size());
        real m0 = 0, m1 = 0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            v[i] = f(z = xs[i]);
            dv[i] = df(z = xs[i]);
            m0 = std::max(m0, real(abs(real(v[i]))));
            m1 = std::max(m1, real(abs(real(dv[i]))));
        }
        double e0 = 0, e1 = 0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            e0 = std::max(e0, ulp_distance(y[i], v[i], m0 / 8));
            e1 = std::max(e1, ulp_distance(dy[i], dv[i], m1 / 8));
        }
        std::printf("%-14s %8.2f %8.2f %10.2f %10.2f\n", name, r0.max_ulp, r1.max_ulp, e0, e1);
        INFO(type << ' ' << name);
        double const bound = accuracy::ulp_bound(name);
        CHECK(r0.max_ulp <= bound);
        CHECK(r1.max_ulp <= bound);
        CHECK(r0.max_abs <= r0.abs_bound);
        CHECK(r1.max_abs <= r1.abs_bound);
        CHECK(e0 <= 4);  // two implementations of exp, log, ... each within 2 ulp
        CHECK(e1 <= 4);
    });
}

template <class T>
void check_kernels_finite(char const* type) {
    std::vector<T> const xs = accuracy::extremes<T>();
    for_each_activation([&](char const* name, auto const& f) {
        auto const k = lz::kernel(lz::inputs(z), f, lz::d(f, z));
        std::vector<T> got[2] = {std::vector<T>(xs.size()), std::vector<T>(xs.size())};
        k(xs.size(), xs.data(), got[0].data(), got[1].data());
        accuracy::check_finite_values<T>(type, name, xs, got);
    });
}

}  // namespace

TEST_CASE("lz::kernel against 50-digit textbook formulas, double", "[accuracy][kernel]") {
    check_kernels<double>("double");
}

TEST_CASE("lz::kernel against 50-digit textbook formulas, float", "[accuracy][kernel]") {
    check_kernels<float>("float");
}

TEST_CASE("lz::kernel: no inf or NaN where the true value is finite", "[accuracy][kernel]") {
    check_kernels_finite<double>("double");
    check_kernels_finite<float>("float");
}
