// The generated C batch kernels (lz::to_c of lz::kernel, compiled by the C compiler with the
// prelude's vector kernels) against lz::kernel itself, which computes the same graph with the
// same kernels: the fused forward and backward and the VJP of every catalogue activation, at
// 1201 points in [-40, 40], the branch edges and the extremes, double and float: within 1 ulp
// (the C compiler may contract a*b + c into an FMA where the C++ one does not, or the reverse).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include <catch2/catch.hpp>

#include "activations.hpp"

extern "C" {
extern void (*const kernels_fused[])(std::size_t, double const*, double*, double*);
extern void (*const kernels_fused_f[])(std::size_t, float const*, float*, float*);
extern void (*const kernels_vjp[])(std::size_t, double const*, double const*, double*);
extern void (*const kernels_vjp_f[])(std::size_t, float const*, float const*, float*);
}

namespace {

using namespace codegen_test;

template <class T>
std::vector<T> points() {
    std::vector<T> xs;
    for (int i = 0; i <= 1200; ++i) xs.push_back(static_cast<T>(-40.0 + i / 15.0));
    for (double kink : {-6.0, -3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0, 6.0})
        for (double dx : {-1e-9, 0.0, 1e-9}) xs.push_back(static_cast<T>(kink + dx));
    for (double x : {88.7, 709.8, 710.0, 1e30, 1e300})
        for (double s : {1.0, -1.0})
            if (std::abs(x) <= std::numeric_limits<T>::max()) xs.push_back(static_cast<T>(s * x));
    return xs;
}

template <class T, class F, class Fused, class Vjp>
void compare(char const* name, F const& f, Fused fused, Vjp vjp) {
    auto const df = lz::d(f, z);
    auto const k = lz::kernel(lz::inputs(z), f, df);
    auto const v = lz::kernel(lz::inputs(z, g), g * df);
    std::vector<T> const xs = points<T>();
    std::size_t const n = xs.size();
    std::vector<T> gs(n, T(0.75)), y(n), dy(n), cy(n), cdy(n), gi(n), cgi(n);
    k(n, xs.data(), y.data(), dy.data());
    fused(n, xs.data(), cy.data(), cdy.data());
    v(n, xs.data(), gs.data(), gi.data());
    vjp(n, xs.data(), gs.data(), cgi.data());
    for (std::size_t i = 0; i < n; ++i) {
        INFO(name << " at z = " << xs[i] << ": kernel " << y[i] << ' ' << dy[i] << ' ' << gi[i]
                  << ", C " << cy[i] << ' ' << cdy[i] << ' ' << cgi[i]);
        CHECK(ulps(y[i], cy[i]) <= 1);
        CHECK(ulps(dy[i], cdy[i]) <= 1);
        CHECK(ulps(gi[i], cgi[i]) <= 1);
    }
}

}  // namespace

TEST_CASE("generated C kernels agree with lz::kernel", "[codegen][kernel]") {
    std::size_t i = 0;
    for_each_activation([&](char const* name, auto const& f) {
        compare<double>(name, f, kernels_fused[i], kernels_vjp[i]);
        compare<float>(name, f, kernels_fused_f[i], kernels_vjp_f[i]);
        ++i;
    });
    CHECK(i == 27);
}
