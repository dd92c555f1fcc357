// The accuracy measure shared by the catalogue's accuracy tests (accuracy.cpp for lz::eval,
// kernels.cpp for lz::kernel): the grid, the root windows and the error in ulp against the
// 50-digit textbook formulas (reference.cpp); see accuracy.cpp for the bounds.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <exception>
#include <limits>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "reference.hpp"

namespace accuracy {

inline bool textbook_ten(std::string_view name) {
    for (std::string_view n : {"sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "gelu",
                               "silu", "mish", "selu"})
        if (n == name) return true;
    return false;
}

// The grid on [-40, 40]: 4001 points (rounded to T), and tiny ones.
template <class T>
std::vector<T> grid() {
    std::vector<T> xs;
    for (int i = 0; i <= 4000; ++i) xs.push_back(static_cast<T>(-40.0 + 80.0 * i / 4000.0 + 1e-7));
    for (T tiny : {T(1e-9), T(3.3e-12), T(1e-20), std::numeric_limits<T>::min(),
                   std::numeric_limits<T>::denorm_min()}) {
        xs.push_back(tiny);
        xs.push_back(-tiny);
    }
    xs.push_back(T(0));
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    return xs;
}

struct result {
    double max_ulp = 0, at = 0;         // away from roots
    double max_abs = 0, abs_bound = 0;  // within root windows: the absolute error and its bound
};

//! The errors of got (the values at grid<T>() of order `order` of the catalogue function name).
template <class T>
result measure(std::string_view name, int order, std::vector<T> const& got_values) {
    std::vector<T> const xs = grid<T>();
    std::vector<real> want(xs.size());
    real max_abs_f = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        want[i] = accuracy::textbook(name, order, real(xs[i]));
        max_abs_f = std::max(max_abs_f, real(abs(want[i])));
    }
    // Interior roots: sign changes of the true value between neighbouring grid points (at z = 0
    // only for the others: the textbook ten are z g(z) there, accurate in relative terms). The
    // window of a root: within 1/2 of it, and the points within 2 of it where |f| < max|f|/8
    // (the terms of f cancel to an eighth or less of their size there: tanhshrink = z - tanh z
    // has a triple root at 0, and is 0.24 at z = 1, where tanh z is 0.76).
    std::vector<bool> near_root(xs.size(), false);
    bool const allow_zero = !textbook_ten(name);
    std::size_t last = xs.size();
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (want[i] == 0) continue;
        if (last != xs.size() && (want[i] > 0) != (want[last] > 0)) {
            double const r = (static_cast<double>(xs[last]) + static_cast<double>(xs[i])) / 2;
            if (allow_zero || r != 0) {
                for (std::size_t k = 0; k < xs.size(); ++k)
                    if (std::abs(static_cast<double>(xs[k]) - r) <= 0.5) near_root[k] = true;
                for (std::size_t k = i; k < xs.size() && abs(want[k]) * 8 < max_abs_f &&
                                        std::abs(static_cast<double>(xs[k]) - r) <= 2;
                     ++k)
                    near_root[k] = true;
                for (std::size_t k = last + 1; k-- > 0 && abs(want[k]) * 8 < max_abs_f &&
                                               std::abs(static_cast<double>(xs[k]) - r) <= 2;)
                    near_root[k] = true;
            }
        }
        last = i;
    }
    result out;
    out.abs_bound = static_cast<double>(4 * real(std::numeric_limits<T>::epsilon()) * max_abs_f);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        T const got = got_values[i];
        real const err = abs(real(got) - want[i]);
        if (!std::isfinite(got)) {
            out.max_ulp = std::numeric_limits<double>::infinity();
            out.at = static_cast<double>(xs[i]);
        } else if (near_root[i]) {
            out.max_abs = std::max(out.max_abs, static_cast<double>(err));
        } else {
            double const u = static_cast<double>(err / ulp_of<T>(want[i]));
            if (u > out.max_ulp) {
                out.max_ulp = u;
                out.at = static_cast<double>(xs[i]);
            }
        }
    }
    return out;
}

//! The extremes of the finiteness check: ±0, subnormals, the smallest normal, ±88.7, ±89,
//! ±709.8, ±710, ±1e30, ±1e300 (double) and the largest finite value, rounded to T.
template <class T>
std::vector<T> extremes() {
    using limits = std::numeric_limits<T>;
    std::vector<T> xs;
    for (double ax :
         {0.0, double(limits::denorm_min()), double(limits::min()) / 2, double(limits::min()), 88.7,
          89.0, 709.8, 710.0, 1e30, 1e300, double(limits::max())})
        for (double x : {ax, -ax})
            if (std::abs(x) <= double(limits::max())) xs.push_back(static_cast<T>(x));
    return xs;
}

//! Checks that got[order][i] (f at xs[i] for order 0, f' for 1) is finite wherever the true
//! value is: the textbook formula in 50 digits, where it does not overflow itself; at the largest
//! inputs it does (exp(1e300)), but every catalogue function grows at most like 1.06 |z| (selu),
//! so the true value is finite when |z| <= max/2.
template <class T>
void check_finite_values(char const* type, std::string_view name, std::vector<T> const& xs,
                         std::vector<T> const (&got)[2]) {
    using limits = std::numeric_limits<T>;
    for (std::size_t i = 0; i < xs.size(); ++i)
        for (int order : {0, 1}) {
            real want = std::numeric_limits<real>::quiet_NaN();
            try {
                want = textbook(name, order, real(xs[i]));
            } catch (std::exception const&) {  // Boost.Math: overflow in 50 digits
            }
            bool const finite = isfinite(want) ? abs(want) <= real(limits::max())
                                               : std::abs(double(xs[i])) <= limits::max() / 2;
            if (!finite) continue;
            T const value = got[order][i];
            INFO(type << ' ' << name << (order ? "'" : "") << " at z = " << xs[i] << ": " << value
                      << ", true value " << want);
            CHECK(std::isfinite(value));
        }
}

//! The bound in ulp away from roots: 4 for the textbook ten, 16 for the others.
inline double ulp_bound(std::string_view name) { return textbook_ten(name) ? 4 : 16; }

}  // namespace accuracy
