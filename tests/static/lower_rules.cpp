// The lowering's general rules and regimes (lower/rules/, lower/regimes/): each fires on its
// target and on a variant (a scaled argument, a sum around it, a derivative), and removes the
// error it names, in constant evaluation. Compiling this file is the test. The reference values
// were computed with mpmath at 60 digits, not with the library.
#include <limits>
#include <type_traits>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

#include "lowering.hpp"

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
namespace dt = lz::detail;
using namespace lz::literals;
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"beta"> beta;
using namespace lowering_test;

}  // namespace

TEST_CASE("exp_rational: rational functions of one exponential", "[lowering][constexpr]") {
    constexpr auto th = (lz::exp(2_c * z) - 1_c) / (lz::exp(2_c * z) + 1_c);  // tanh in disguise
    STATIC_REQUIRE(fires<dt::select_op, decltype(th)>);
    STATIC_REQUIRE(th(z = 400.0) == 1.0);  // was NaN: inf/inf
    STATIC_REQUIRE(th(z = -400.0) == -1.0);
    // a scaled argument, a sum around it, its derivative (two terms that cancel for z > 20)
    constexpr auto th6 = (lz::exp(6_c * z) - 1_c) / (lz::exp(6_c * z) + 1_c);
    STATIC_REQUIRE(th6(z = 200.0) == 1.0);
    STATIC_REQUIRE((th + z)(z = 400.0) == 401.0);
    STATIC_REQUIRE(within(lz::d(th, z)(z = 25.0), 7.714999391855671e-22, 4));
    // e^z/(1 + e^z) and the second derivative of sigma(z) sigma(-z), which mix exp(z), exp(-z)
    // and both denominators
    STATIC_REQUIRE(
        within(lz::d(lz::exp(z) / (1_c + lz::exp(z)), z)(z = 40.0), 4.248354255291589e-18, 4));
    STATIC_REQUIRE(within(lz::d<2>(act::sigmoid(z) * act::sigmoid(-z), z)(z = -517.5),
                          1.788980534236086e-225, 16));
    STATIC_REQUIRE(within(lz::d<3>(act::softplus(z), z)(z = 40.0), -4.248354255291589e-18, 16));
    // sigma of sigma: exp(-z - sigma(z)) splits into exp(-z) exp(-sigma(z))
    STATIC_REQUIRE(within(lz::d(z * act::sigmoid(act::sigmoid(z)), z)(z = -800.0), 0.5, 4));
    // a factor that overflows beside one that vanishes: z^2 t/(1 + t)^2 at z = 1e155
    STATIC_REQUIRE(lz::d(act::swish(z, beta), beta)(z = 1e155, beta = 1.5) == 0.0);
}

TEST_CASE("exp_rational: rational functions of u inside a factor (tanh(log X), powers, sums)",
          "[lowering][constexpr]") {
    // Mish's derivative, z sigma(z) (1 - tanh(softplus z)^2) + tanh(softplus z), is one fraction
    // in u = exp(z) (no rule names it): the tanh calls are gone, and its terms no longer cancel
    constexpr auto th = lz::tanh(act::softplus(z));
    constexpr auto m1 = lz::d(act::mish(z), z);
    STATIC_REQUIRE(!lowered_calls<lz::tanh_fn, decltype(m1)>);
    STATIC_REQUIRE(within(m1(z = -30.0), -2.713710660963392e-12, 4));
    // a scaled and shifted argument, the second derivative, other products and powers of it
    constexpr auto m2 = lz::d<2>(act::mish(z), z);
    STATIC_REQUIRE(!lowered_calls<lz::tanh_fn, decltype(m2)>);
    STATIC_REQUIRE(within(m2(z = -30.0), -2.620134431274741e-12, 16));
    STATIC_REQUIRE(within(m2(z = 30.0), -2.0315104969447274e-24, 16));
    STATIC_REQUIRE(within(m2(z = -1.0), 0.34970567367064495, 16));
    STATIC_REQUIRE(
        within(lz::d(act::mish(2_c * z + 1_c), z)(z = -30.0), -2.7611090340855047e-24, 4));
    constexpr auto v = lz::d(z * th * act::sigmoid(z), z);
    STATIC_REQUIRE(!lowered_calls<lz::tanh_fn, decltype(v)>);
    STATIC_REQUIRE(within(v(z = -30.0), -5.1663413499898531e-25, 4));
    STATIC_REQUIRE(within(v(z = -5.0), -0.00040223374806684561, 4));
    constexpr auto q = lz::d(lz::pow(th, 3_c) * act::sigmoid(-z), z);
    STATIC_REQUIRE(within(q(z = -30.0), 2.4582037871963879e-39, 4));
    STATIC_REQUIRE(within(q(z = 30.0), -9.3576229688384233e-14, 4));
}

TEST_CASE("common_denominator: terms over powers of one base whose numerators cancel",
          "[lowering][constexpr]") {
    // softsign's derivatives (no rule names them): y sign(y) = |y| in the numerator, which is 1
    constexpr auto s1 = lz::d(act::softsign(z), z);
    STATIC_REQUIRE(!lowered_calls<lz::sign_fn, decltype(s1)>);
    STATIC_REQUIRE(within(s1(z = 1e16), 9.999999999999998e-33, 4));
    STATIC_REQUIRE(within(s1(z = -1e16), 9.999999999999998e-33, 4));
    constexpr auto s2 = lz::d<2>(act::softsign(z), z);
    STATIC_REQUIRE(within(s2(z = -1e10), 1.9999999994e-30, 16));
    STATIC_REQUIRE(within(s2(z = 1e10), -1.9999999994e-30, 16));
    STATIC_REQUIRE(within(lz::d(act::softsign(2_c * z), z)(z = 1e10), 4.9999999995e-21, 4));
    // a rational function: (1 + z^2)^-1 - 2 z^2 (1 + z^2)^-2 = (1 - z^2)/(1 + z^2)^2 (near its
    // root z = 1 the rounding of z^2 remains: 1 - z^2 is not factored)
    constexpr auto r = lz::d(z / (1_c + z * z), z);
    STATIC_REQUIRE(!std::is_same_v<lowered_t<decltype(r)>, dt::tree_t<decltype(r)>>);
    STATIC_REQUIRE(within(r(z = 0.5), 0.48, 4));
    STATIC_REQUIRE(within(r(z = 1e8), -9.999999999999997e-17, 4));
    // two denominators, one a root: rootsig' = 1/(1 + r) - z^2/(r (1 + r)^2) = 1/(r (1 + r)),
    // r^2 = 1 + z^2 multiplied out (76 ulp at -31.5 before)
    constexpr auto rootsig1 = lz::d(z / (1_c + lz::sqrt(1_c + z * z)), z);
    STATIC_REQUIRE(within(rootsig1(z = -31.5), 0.00097583265625117302, 4));
    STATIC_REQUIRE(within(rootsig1(z = 1e10), 9.999999999e-21, 4));
}

TEST_CASE("exp_power: a root of a polynomial in exp(w) from t = exp(-|w|)",
          "[lowering][constexpr]") {
    // sqrt(exp(z) + 2) = exp(z/2) sqrt(1 + 2t) for z >= 0: finite where exp(z) overflows
    constexpr auto f = lz::sqrt(lz::exp(z) + 2_c);
    STATIC_REQUIRE(fires<dt::select_op, decltype(f)>);
    STATIC_REQUIRE(within(f(z = 700.0), 1.0070908870280798e+152, 2));
    STATIC_REQUIRE(f(z = 89.0f) > 2.1e19f && f(z = 89.0f) < 2.2e19f);  // was inf in float
    // its derivative: the prefactor merges with exp(z) (exp(z/2), not inf/inf), a product around
    STATIC_REQUIRE(within(lz::d(f, z)(z = 700.0), 5.0354544351403988e+151, 4));
    STATIC_REQUIRE(within(lz::d(f, z)(z = -40.0), 1.5020200513997038e-18, 4));
    STATIC_REQUIRE(within((f * act::sigmoid(z))(z = -1.0), 0.41384478724512221, 4));
    // a cube root of a scaled argument: exp(-2z/3) with the rounding of 2z/3 compensated
    constexpr auto h = lz::pow(1_c + lz::exp(-2_c * z), lz::c<1, 3>);
    STATIC_REQUIRE(within(h(z = -800.0), 4.2045902775460226e+231, 4));  // was inf
}

TEST_CASE("logistic_difference: sigma(a) - sigma(b) of two families", "[lowering][constexpr]") {
    // soft clipping's derivative sigma(z) - sigma(z - 1): -sigma(z) sigma(1 - z) expm1(-1)
    constexpr auto soft_clip1 = lz::d(act::softplus(z) - act::softplus(z - 1_c), z);
    STATIC_REQUIRE(fires<dt::expm1_op, decltype(soft_clip1)>);
    STATIC_REQUIRE(within(soft_clip1(z = 40.0), 7.2998699177241969e-18, 4));  // was -1.2e-16
    STATIC_REQUIRE(within(soft_clip1(z = -1.0), 0.14973849934787756, 4));
    STATIC_REQUIRE(within(soft_clip1(z = 5.0), 0.011293359037806702, 4));
    // a factor around it and scaled, shifted arguments: 3 z (sigma(2z + 1) - sigma(2z - 2))
    constexpr auto v = 3_c * z * (act::sigmoid(2_c * z + 1_c) - act::sigmoid(2_c * z - 2_c));
    constexpr auto v_expanded =
        3_c * z * act::sigmoid(2_c * z + 1_c) - 3_c * z * act::sigmoid(2_c * z - 2_c);
    STATIC_REQUIRE(within(v(z = 40.0), 1.5206616522077448e-32, 4));
    STATIC_REQUIRE(within(v_expanded(z = 40.0), 1.5206616522077448e-32, 4));
    STATIC_REQUIRE(within(v_expanded(z = -1.0), -0.75286563422371069, 4));
}

TEST_CASE("exp_product: exponentials merged where one overflows", "[lowering][constexpr]") {
    // where exp(z) overflows (z = 709, 710: tests/runtime/lowering.cpp, since an overflow is not
    // a constant expression) the merged exp(z - 2|exp z|) is taken; below, the product
    constexpr auto f = z * lz::tanh(lz::exp(z));
    STATIC_REQUIRE(fires<dt::exp_finite_op, decltype(lz::d(f, z))>);
    STATIC_REQUIRE(lz::d(f, z)(z = 700.0) == 1.0);
    constexpr auto g = 3_c * z * lz::tanh(lz::exp(2_c * z));
    STATIC_REQUIRE(fires<dt::exp_finite_op, decltype(lz::d(g, z))>);
    STATIC_REQUIRE(lz::d(g, z)(z = 340.0) == 3.0);
}

TEST_CASE("exact_slope: exp(-|k y|) with k not exact in the type", "[lowering][constexpr]") {
    constexpr auto g1702 = z * act::sigmoid(lz::c<1702, 1000> * z);
    STATIC_REQUIRE(fires<dt::fma_op, decltype(g1702)>);
    STATIC_REQUIRE(within(g1702(z = -30.0), -2.0046797745009426e-21, 2));  // was 89 ulp
    constexpr auto g17 = z * act::sigmoid(lz::c<17, 10> * z);
    STATIC_REQUIRE(within(g17(z = -30.0), -2.128642248685411e-21, 2));
    // an exact slope is not compensated
    STATIC_REQUIRE(!fires<dt::fma_op, decltype(z * act::sigmoid(lz::c<3, 2> * z))>);
}

TEST_CASE("sqrt_difference and hypot", "[lowering][constexpr]") {
    constexpr auto bent = (lz::sqrt(z * z + 1_c) - 1_c) / 2_c + z;
    STATIC_REQUIRE(fires<dt::select_op, decltype(bent)>);
    STATIC_REQUIRE(within(bent(z = 1e-20), 1e-20, 1));  // was 0
    STATIC_REQUIRE(within((3_c * (lz::sqrt(4_c + z * z) - 2_c))(z = 1e-10), 7.5e-21, 2));
    // sqrt(z^2 + 1) and its derivative at 1e200, where z^2 overflows
    constexpr auto root = lz::sqrt(z * z + 1_c);
    STATIC_REQUIRE(fires<dt::hypot_op, decltype(root)>);
    STATIC_REQUIRE(within(root(z = 1e200), 1e200, 1));
    STATIC_REQUIRE(within(lz::d(root, z)(z = 1e200), 1.0, 1));
    // any positive definite quadratic: k (y + d)^2 + k c, scaled, shifted, with a linear term
    constexpr auto scaled = lz::sqrt(z * z / 3_c + 2_c);
    STATIC_REQUIRE(fires<dt::hypot_op, decltype(scaled)>);
    // (above |y| = 2^56; where the radicand overflows, in tests/runtime/lowering.cpp: constant
    // evaluation rejects the overflow in the branch that the select does not take)
    STATIC_REQUIRE(within(scaled(z = 1e20), 5.7735026918962576e+19, 2));
    STATIC_REQUIRE(within(lz::sqrt(z * z + z + 1_c)(z = 1e20), 1e20, 2));
    STATIC_REQUIRE(within(lz::sqrt(z * z + z + 1_c)(z = -0.5), 0.86602540378443865, 2));
    STATIC_REQUIRE(within(lz::sqrt(lz::pow(2_c * z + 1_c, 2_c) + 3_c)(z = 1e20), 2e20, 2));
    STATIC_REQUIRE(within(((3_c * z) / scaled)(z = 1e20), 5.1961524227066319, 4));
    STATIC_REQUIRE(within((z / lz::sqrt(1_c + z * z / 2_c))(z = 1e20), 1.4142135623730950, 4));
    // not a square plus a positive constant: z^2 - 1 and z^2 + 2 z + 1 stay as written
    STATIC_REQUIRE(!fires<dt::hypot_op, decltype(lz::sqrt(z * z - 1_c))>);
    STATIC_REQUIRE(!fires<dt::hypot_op, decltype(lz::sqrt(z * z + 2_c * z + 1_c))>);
}

TEST_CASE("log_sum_exp and a scaled softplus", "[lowering][constexpr]") {
    constexpr auto lse = lz::log(lz::exp(z) + lz::exp(2_c * z));
    STATIC_REQUIRE(fires<dt::log1p_op, decltype(lse)>);
    STATIC_REQUIRE(lse(z = 800.0) == 1600.0);
    STATIC_REQUIRE(lse(z = -800.0) == -800.0);
    // the largest double, where k z overflows: tests/runtime/lowering.cpp (an overflow is not a
    // constant expression)
}

TEST_CASE("series regime: a Taylor polynomial where a sum cancels at 0", "[lowering][constexpr]") {
    constexpr auto ts = act::tanhshrink(z);
    STATIC_REQUIRE(fires<dt::select_op, decltype(ts)>);
    STATIC_REQUIRE(within(ts(z = 1e-8), 3.333333333333333e-25, 2));  // was 0
    STATIC_REQUIRE(
        within((z - lz::tanh(z) + lz::pow(z, 3_c))(z = 1e-8), 1.3333333333333332e-24, 2));
    STATIC_REQUIRE(within((2_c * z - lz::tanh(2_c * z))(z = 1e-8), 2.666666666666666e-24, 2));
    STATIC_REQUIRE(within((lz::exp(z) - 1_c - z)(z = 1e-9), 5.000000001666666e-19, 2));
    // no cancellation, no regime: sigma and a polynomial
    STATIC_REQUIRE(!fires<dt::select_op, decltype(z + lz::pow(z, 3_c))>);
    STATIC_REQUIRE(!fires<dt::select_op, decltype(lz::exp(z) + z)>);
}

TEST_CASE("asymptotic regime: algebraic formulas toward +-infinity", "[lowering][constexpr]") {
    constexpr auto squareplus = (z + lz::sqrt(z * z + 4_c)) / 2_c;
    STATIC_REQUIRE(at_infinity<decltype(squareplus)>);
    STATIC_REQUIRE(at_infinity<decltype(squareplus), float>);
    // a scaled argument, a sum around it, a derivative, a power of a sum in a denominator
    constexpr auto scaled = (3_c * z + lz::sqrt(9_c * z * z + 4_c)) / 2_c;
    STATIC_REQUIRE(at_infinity<decltype(scaled)>);
    STATIC_REQUIRE(at_infinity<decltype(squareplus + z)>);
    STATIC_REQUIRE(at_infinity<decltype(lz::d<2>(squareplus, z))>);
    constexpr auto g = z * lz::pow(1_c + z * z, lz::c<-3, 2>);
    STATIC_REQUIRE(at_infinity<decltype(g)>);
    // beyond the threshold (2^16 here) the leading terms, where the formula is still finite (at
    // 1e10 its unused conjugate divides by z - sqrt(z^2 + 4) = 0, not a constant expression; at
    // the largest values, where it overflows: tests/runtime/lowering.cpp)
    STATIC_REQUIRE(within(squareplus(z = 1e5), 100000.00001, 1));
    STATIC_REQUIRE(within(squareplus(z = -1e5), 9.999999999e-6, 1));
    STATIC_REQUIRE(within(scaled(z = -1e5), 3.3333333332962963e-6, 2));
    STATIC_REQUIRE(within(lz::d(squareplus, z)(z = -1e5), 9.999999997e-11, 2));
    STATIC_REQUIRE(within(lz::d<2>(squareplus, z)(z = 1e5), 1.9999999988e-15, 2));
    STATIC_REQUIRE(within(g(z = 1e10), 1e-20, 2));
    // not its class: a function (the rules keep it finite), no radical, an irrational leading
    // coefficient (sqrt 2 / |z|), a second symbol
    STATIC_REQUIRE(!at_infinity<decltype(act::sigmoid(z))>);
    STATIC_REQUIRE(!at_infinity<decltype(z * z + 1_c)>);
    STATIC_REQUIRE(!at_infinity<decltype(z / lz::sqrt(1_c + z * z / 2_c))>);
    STATIC_REQUIRE(!at_infinity<decltype((z + lz::sqrt(z * z + beta)) / 2_c)>);
}

TEST_CASE("sqrt_rational: sums of y^i sqrt(a + k y^2)^j", "[lowering][constexpr]") {
    constexpr auto squareplus = (z + lz::sqrt(z * z + 4_c)) / 2_c;
    STATIC_REQUIRE(fires<dt::select_op, decltype(squareplus)>);
    STATIC_REQUIRE(within(squareplus(z = -40.0), 0.02498439450078573, 2));  // was 507 ulp
    STATIC_REQUIRE(within(lz::d(squareplus, z)(z = -40.0), 0.0006238305610776627, 4));
    // a product around it (PFLU), a derivative whose terms add to 1/r^3 (ISRU'), a log around it
    constexpr auto pflu = z * (1_c + z / lz::sqrt(1_c + z * z)) / 2_c;
    STATIC_REQUIRE(within(pflu(z = -38.166666666666664), -0.006546847795013068, 4));
    constexpr auto isru = z / lz::sqrt(1_c + z * z / 2_c);
    STATIC_REQUIRE(within(lz::d(isru, z)(z = -39.5), 4.5805665099073356e-05, 4));
    constexpr auto asinh = lz::log(z + lz::sqrt(z * z + 1_c));
    STATIC_REQUIRE(within(asinh(z = -37.0), -4.304247658249556, 2));
    // near 0, log(S) as log1p(S - 1), S - 1 = z + (sqrt(z^2 + 1) - 1) from the conjugate
    STATIC_REQUIRE(within(asinh(z = 1e-20), 1e-20, 2));  // was 0
    STATIC_REQUIRE(within(asinh(z = -1e-5), -9.9999999998333333e-06, 2));
    STATIC_REQUIRE(within(asinh(z = 0.3), 0.29567304756342244, 2));
    STATIC_REQUIRE(within(lz::d(asinh, z)(z = -37.166667938232422), 0.026896095077960234, 4));
    // a term with a sum factor is multiplied out first: PFLU''' = z (..)/2 - 9 z/(2 r^3) + ...
    // cancels between them (2e-10 relative at 710 before, 1e6 ulp)
    constexpr auto pflu3 = lz::d<3>(pflu, z);
    STATIC_REQUIRE(within(pflu3(z = 710.0), 5.9027094001712363e-12, 16));
    STATIC_REQUIRE(within(pflu3(z = -100.0), -1.4988753280561059e-8, 16));
}

TEST_CASE("exp_rational: shifted arguments and constants (found by tests/property/lowering)",
          "[lowering][constexpr]") {
    // exp(2z - 2) and exp(1 - z) are powers of one u = exp(z - 1)
    STATIC_REQUIRE(
        within(lz::d<2>(act::softplus(z - 1_c), z)(z = 37.24), 1.824601282649533e-16, 8));
    STATIC_REQUIRE(
        within(lz::d<2>(act::softplus(-2_c * z - 1_c), z)(z = -37.24), 4.8989325621671564e-32, 8));
    STATIC_REQUIRE(
        within(lz::d<2>(act::sigmoid(z - 1_c), z)(z = -700.0), 3.6271722970495225e-305, 8));
    STATIC_REQUIRE(within(lz::d<2>(1_c / (3_c + lz::exp(z + lz::c<1, 4>)), z)(z = 400.0),
                          1.4915355816354144e-174, 8));
    // 1 - sigma(z) is sigma(-z), not -(sigma(z) - 1)
    STATIC_REQUIRE(within((1_c - act::sigmoid(z))(z = 40.0), 4.248354255291589e-18, 2));
}
