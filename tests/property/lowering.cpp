// Accuracy property test of the lowering: random expressions in z (lowering.py, one seed an
// executable) and their first and second derivatives, evaluated by lz::eval in double at a grid
// of points ([-40, 40], 1e-20, +-1e-8, +-700, +-1e10) against references enclosed by interval
// arithmetic to 25 digits. Two checks at every point where the reference is finite in double:
//   - the computed value is finite (no inf or NaN where the truth is finite);
//   - |computed - ref| <= 2^-40 (|ref| + |z f^(k+1)(z)| + 1e-12 M), where |z f^(k+1)(z)| is the
//     conditioning term (the change of f^(k) when z, or an affine argument 3z - 1 of it, moves
//     by a relative ulp: an error the rounding of the arguments allows) and M the largest |ref|
//     at the point and its two neighbours in the sorted list of points (a scale of the function
//     there, so that roots and cancellations of the terms are not measured in relative terms).
// 2^-40 is 4096 ulps: the test looks for inf/NaN and gross errors (a wrong branch, coefficient
// or sign in a rule), not for ulps. Every failure is printed with the expression, the order,
// the point, the computed value and the reference.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <iterator>
#include <limits>
#include <map>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "lowering.hpp"

#include "lowering_table.hpp"

namespace lowering {
#define LEIBNIZ_LOWERING_DECLARE(i) std::vector<expression> part_##i();
LEIBNIZ_LOWERING_PARTS(LEIBNIZ_LOWERING_DECLARE)
#undef LEIBNIZ_LOWERING_DECLARE
}  // namespace lowering

namespace {

using lowering::expression;
using lowering::reference;

std::vector<expression> all_expressions() {
    std::vector<expression> out;
#define LEIBNIZ_LOWERING_APPEND(i)                                                                 \
    for (expression & e : lowering::part_##i()) out.push_back(std::move(e));
    LEIBNIZ_LOWERING_PARTS(LEIBNIZ_LOWERING_APPEND)
#undef LEIBNIZ_LOWERING_APPEND
    std::sort(out.begin(), out.end(),
              [](expression const& a, expression const& b) { return a.index < b.index; });
    return out;
}

//! M of each reference: the largest |ref| at its point and its two neighbours (sorted by z)
//! among the references of the same expression and order.
std::vector<double> neighbour_scales() {
    std::size_t const n = std::size(lowering::references);
    std::map<std::pair<int, int>, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < n; ++i)
        groups[{lowering::references[i].expr, lowering::references[i].order}].push_back(i);
    std::vector<double> scale(n, 0.0);
    for (auto& [key, idx] : groups) {
        std::sort(idx.begin(), idx.end(), [](std::size_t a, std::size_t b) {
            return lowering::references[a].z < lowering::references[b].z;
        });
        for (std::size_t j = 0; j < idx.size(); ++j) {
            double m = 0;
            for (std::size_t k = (j == 0 ? 0 : j - 1); k <= std::min(j + 1, idx.size() - 1); ++k)
                m = std::max(m, std::abs(lowering::references[idx[k]].value));
            scale[idx[j]] = m;
        }
    }
    return scale;
}

}  // namespace

TEST_CASE("random expressions: lz::eval in double is finite and near the reference",
          "[property][lowering]") {
    std::vector<expression> const exprs = all_expressions();
    std::vector<double> const scale = neighbour_scales();
    double const tolerance = std::ldexp(1.0, -40);
    int checked = 0, not_finite = 0, inaccurate = 0;
    for (std::size_t i = 0; i < std::size(lowering::references); ++i) {
        reference const& r = lowering::references[i];
        REQUIRE(r.expr >= 0);
        REQUIRE(static_cast<std::size_t>(r.expr) < exprs.size());
        expression const& e = exprs[static_cast<std::size_t>(r.expr)];
        REQUIRE(e.index == r.expr);
        double const computed = e.order[static_cast<std::size_t>(r.order)](r.z);
        double const bound = tolerance * (std::abs(r.value) + r.slope + 1e-12 * scale[i]);
        double const error = std::abs(computed - r.value);
        bool const finite = std::isfinite(computed);
        bool const accurate = finite && error <= bound;
        ++checked;
        if (!accurate) {
            ++(finite ? inaccurate : not_finite);
            std::printf(
                "FAIL (seed %d, expression %d, order %d): %s\n  z = %.17g: computed "
                "%.17g, reference %.17g, error %.3g, bound %.3g (|z f^(k+1)| %.3g, M %.3g)\n",
                LEIBNIZ_LOWERING_SEED, r.expr, r.order, e.text.data(), r.z, computed, r.value,
                error, bound, r.slope, scale[i]);
        }
        CHECK(finite);
        CHECK(error <= bound);
    }
    std::printf("lowering property seed %d: %zu expressions, %d checks: %d not finite, %d "
                "beyond the bound\n",
                LEIBNIZ_LOWERING_SEED, exprs.size(), checked, not_finite, inaccurate);
}
