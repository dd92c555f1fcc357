// Accuracy property test of the lowering: random expressions in z (lowering.py, one seed an
// executable) and their first and second derivatives, evaluated by lz::eval in double at a grid
// of points ([-40, 40], 1e-20, +-1e-8, +-700, +-1e10; for the algebraic seeds, lowering.py
// --algebraic, +-1e30, +-1e100, +-1e155, +-1e300 and +-DBL_MAX instead of +-700 and +-1e10)
// against references enclosed by interval arithmetic to 25 digits. Two checks at every point where
// the reference is finite in double:
//   - the computed value is finite (no inf or NaN where the truth is finite);
//   - |computed - ref| <= 2^-40 (|ref| + |z f^(k+1)(z)| + M), where |z f^(k+1)(z)| is the
//     conditioning term (the change of f^(k) when z, or an affine argument 3z - 1 of it, moves
//     by a relative ulp: an error the rounding of the arguments allows) and M the largest |ref|
//     of the expression's f^(k) at the points within max(3, |z|/8) of z (the magnitude of the
//     function near z, so that a root is not measured in relative terms; at +-700 and +-1e10
//     only z itself is that near, and the bound is relative).
// 2^-40 is 4096 ulps (of the value, or of the function's magnitude nearby): the test looks for
// inf/NaN and gross errors (a wrong branch, coefficient or sign in a rule, a tail lost to
// cancellation), not for ulps. Every failure is printed with the expression, the order,
// the point, the computed value and the reference.
//
// Failures found when the test was written (seeds 1-3; g++ and clang++-19 agree), minimised;
// the first two classes are fixed (rules/exp_rational.hpp normalises exp(a z + b) and takes a
// positive gcd; rules/shift.hpp yields to it), the rest are in known_failures below:
//   - an exponential rational function (sigmoid, softplus', 1/(c + exp(w))) of an argument
//     with a constant shift, w = a z + b with b != 0 (or any w that is not a multiple of z):
//     the lowered tree keeps a factor exp(+-2w) outside the powers of t = exp(-|w|), so the
//     tails lose everything and overflow to NaN: d<2>(softplus(z - 1)) at 37.24 is 4.4e-16
//     (truth 1.82e-16), at 20 relative error 3.8e-8; d<2>(sigmoid(z - 1)) at -700 and
//     d<2>(softplus(z - 1)) at 700 are NaN; d<2>(1/(3 + exp(z + 1/4))) at 400 is NaN (truth
//     1.49e-174); d<2>(softplus(10z - 2)) at z = 40 is NaN; unshifted arguments are fine;
//   - 1 - sigmoid(z) at 40 is -0 (truth 4.25e-18): lowered as -(-1 + sigmoid(z)), not as
//     sigmoid(-z) (no rule fires on the sum of the constant and the logistic function);
//   - sqrt((a z + b)^2 + c)'' with b != 0, and sqrt(z^2 + c)'' summed with another term
//     (erf(z) - sqrt(z^2 + 4))'': the naive 1/s - y^2/s^3 (relative errors 1e-11 .. 2e-10);
//     ((-z) (z + sqrt(z^2 + 1/100)))' at -40: -z - sqrt(..) cancels in a larger sum (5e-6);
//   - intermediate overflow: sqrt(exp(2z) + 9) at 400 is inf (truth 5.2e173),
//     (exp(z)/(1/2 + 25z^2))' at 700 is -inf, (1/softplus(z))' at -600 is -inf,
//     exp(-z) softplus(z) at -1e10 and exp(-2z) softplus(10z - 2) at -700 are NaN;
//   - cancellations of two nearly equal functions that no rule handles: (softplus(z)/exp(z))'
//     at -40 is 0 (sigmoid(z) e^-z - softplus(z) e^-z), (softplus(z tanh z)/softplus(z))''
//     at 20.7 (5% relative).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <iterator>
#include <set>
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

//! M of each reference: the largest |ref| of the same expression and order at the points z'
//! with |z' - z| <= max(3, |z|/8) (z itself included): the magnitude of the function near z.
//! Near 0 it spans the tiny points and the grid points next to 0; on [-40, 40] the neighbours;
//! at +-700 and +-1e10 only z itself (the bound is then relative).
std::vector<double> nearby_scales() {
    std::size_t const n = std::size(lowering::references);
    std::vector<double> scale(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        reference const& r = lowering::references[i];
        double const window = std::max(3.0, std::abs(r.z) / 8);
        for (reference const& o : lowering::references)
            if (o.expr == r.expr && o.order == r.order && std::abs(o.z - r.z) <= window)
                scale[i] = std::max(scale[i], std::abs(o.value));
    }
    return scale;
}

// The (seed, expression, order) checks that fail today, after the fixes the failures above
// led to: the classes no rule handles yet (sqrt of a shifted or scaled square, sqrt of exp(z)^2,
// intermediate overflow such as exp(z)/(c + z^2)' at 700, cancellation between two functions
// such as softplus(z)/exp(z)). Their failures are printed, not checked; a fix removes entries
// (the test prints those that pass now). Do not add entries to make the test pass. The entries
// of seeds 11 and 12 (--algebraic) are those of the suite as it was added: f'' of square roots of
// shifted or scaled squares (the naive 1/s - y^2/s^3, on [-40, 40] and beyond), a rational f''
// whose exact expansion toward infinity overflows 64 bits (NaN at 1e155), nested roots.
struct known_failure {
    int seed, expr, order;
};
constexpr known_failure known_failures[] = {
    // KNOWN_FAILURES_BEGIN
    {1, 0, 1},   {1, 0, 2},   {1, 4, 1},   {1, 4, 2},   {1, 17, 2},  {1, 24, 2},  {1, 28, 1},
    {1, 28, 2},  {1, 51, 1},  {1, 51, 2},  {2, 7, 2},   {2, 18, 1},  {2, 18, 2},  {2, 52, 2},
    {2, 58, 0},  {2, 58, 1},  {2, 58, 2},  {3, 3, 1},   {3, 3, 2},   {3, 17, 2},  {3, 24, 2},
    {3, 42, 2},  {3, 48, 2},  {3, 53, 0},  {3, 53, 1},  {3, 53, 2},  {11, 0, 2},  {11, 5, 2},
    {11, 6, 2},  {11, 12, 2}, {11, 16, 2}, {11, 18, 2}, {11, 21, 2}, {11, 24, 2}, {11, 28, 2},
    {11, 32, 2}, {11, 34, 2}, {11, 39, 2}, {11, 40, 2}, {11, 41, 0}, {11, 41, 1}, {11, 41, 2},
    {11, 51, 2}, {11, 55, 2}, {11, 56, 2}, {12, 5, 2},  {12, 6, 2},  {12, 31, 2}, {12, 33, 2},
    {12, 37, 2}, {12, 39, 2}, {12, 47, 2},
    // KNOWN_FAILURES_END
};

bool known(int expr, int order) {
    for (known_failure const& k : known_failures)
        if (k.seed == LEIBNIZ_LOWERING_SEED && k.expr == expr && k.order == order) return true;
    return false;
}

}  // namespace

TEST_CASE("random expressions: lz::eval in double is finite and near the reference",
          "[property][lowering]") {
    std::vector<expression> const exprs = all_expressions();
    std::vector<double> const scale = nearby_scales();
    double const tolerance = std::ldexp(1.0, -40);
    int checked = 0, not_finite = 0, inaccurate = 0;
    std::set<std::pair<int, int>> failing_known;
    for (std::size_t i = 0; i < std::size(lowering::references); ++i) {
        reference const& r = lowering::references[i];
        REQUIRE(r.expr >= 0);
        REQUIRE(static_cast<std::size_t>(r.expr) < exprs.size());
        expression const& e = exprs[static_cast<std::size_t>(r.expr)];
        REQUIRE(e.index == r.expr);
        double const computed = e.order[static_cast<std::size_t>(r.order)](r.z);
        double const bound = tolerance * (std::abs(r.value) + r.slope + scale[i]);
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
        if (known(r.expr, r.order)) {
            if (!accurate) failing_known.insert({r.expr, r.order});
            continue;
        }
        CHECK(finite);
        CHECK(error <= bound);
    }
    for (known_failure const& k : known_failures)
        if (k.seed == LEIBNIZ_LOWERING_SEED && !failing_known.count({k.expr, k.order}))
            std::printf("known failure that passes now (remove it): seed %d, expression %d, order "
                        "%d\n",
                        k.seed, k.expr, k.order);
    std::printf("lowering property seed %d: %zu expressions, %d checks: %d not finite, %d "
                "beyond the bound\n",
                LEIBNIZ_LOWERING_SEED, exprs.size(), checked, not_finite, inaccurate);
}
