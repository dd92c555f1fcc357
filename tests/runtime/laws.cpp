// The laws of d checked numerically, at several points, for every sample expression: these are
// the laws whose two sides may legitimately reach different canonical forms (c (a + b) and
// c a + c b are both canonical; pi is a factor, not a coefficient; -(1 - z) and z - 1 differ),
// so tests/static/laws.cpp cannot compare them with lz::same.
#include <catch2/catch.hpp>

#include <vector>

#include "../laws/expressions.hpp"
#include "../laws/laws.hpp"

using namespace samples;

namespace {

constexpr double points[] = {-1.7, -0.4, 0.6, 1.9};

// Every sample at every point, the other symbols fixed.
auto const at = [](auto const& e) {
    std::vector<double> out;
    for (double p : points)
        out.push_back(lz::eval(e, z = p, x = 0.8, y = -1.3, alpha = 1.5, q = 0.3));
    return out;
};

// Points that move every symbol, for the partial derivatives by x, y and alpha.
auto const at_moving = [](auto const& e) {
    std::vector<double> out;
    for (double p : points)
        out.push_back(
            lz::eval(e, z = p, x = 0.5 - 0.3 * p, y = 0.2 * p - 1.1, alpha = 1.5 + p, q = 0.3));
    return out;
};

auto const at_z = [](auto const& e, double p) {
    return lz::eval(e, z = p, x = 0.8, y = -1.3, alpha = 1.5);
};

}  // namespace

TEST_CASE("d is linear, with named and run-time constants as coefficients", "[laws][d]") {
    laws::linear_numeric(polynomial, rational, lz::pi, lz::sqrt(2_c), z, at);
    laws::linear_numeric(rational, sigma, lz::e, -1_c, z, at);
    laws::linear_numeric(sigma, softplus, 0.5, -2.0, z, at);
    laws::linear_numeric(softplus, tanh_atan, lz::log(2_c), 3_c, z, at);
    laws::linear_numeric(tanh_atan, erf_gauss, lz::pi, 2_c, z, at);
    laws::linear_numeric(erf_gauss, trig, lz::sqrt(2_c), lz::c<-3, 4>, z, at);
    laws::linear_numeric(trig, z_abs_z, -2_c, lz::e, z, at);
    laws::linear_numeric(z_abs_z, symbolic_power, 0.1, lz::pi, z, at);
    laws::linear_numeric(symbolic_power, elu_alpha, lz::sqrt(3_c), -0.7, x, at_moving);
    laws::linear_numeric(elu_alpha, three_symbols, lz::pi, 4_c, alpha, at_moving);
    laws::linear_numeric(three_symbols, root_sum, -1.5, lz::e, y, at_moving);
    laws::linear_numeric(root_sum, exp2_z, lz::c<1, 7>, lz::log(2_c), z, at);
    laws::linear_numeric(exp2_z, log_ratio, lz::pi, lz::pi, z, at);
    laws::linear_numeric(log_ratio, gelu, 2.0, 2.0, z, at);
    laws::linear_numeric(gelu, where_two, lz::sqrt(lz::pi), 8_c, z, at);
    laws::linear_numeric(where_two, with_runtime_constant, 0.3, lz::c<1, 5>, z, at);
    laws::linear_numeric(with_runtime_constant, polynomial, lz::pi, -0.25, z, at);
}

TEST_CASE("product rule", "[laws][d]") {
    laws::product_rule_numeric(polynomial, rational, z, at);
    laws::product_rule_numeric(rational, sigma, z, at);
    laws::product_rule_numeric(sigma, softplus, z, at);
    laws::product_rule_numeric(softplus, tanh_atan, z, at);
    laws::product_rule_numeric(tanh_atan, erf_gauss, z, at);
    laws::product_rule_numeric(erf_gauss, trig, z, at);
    laws::product_rule_numeric(trig, z_abs_z, z, at);
    laws::product_rule_numeric(z_abs_z, symbolic_power, z, at);
    laws::product_rule_numeric(symbolic_power, elu_alpha, z, at);
    laws::product_rule_numeric(elu_alpha, three_symbols, z, at);
    laws::product_rule_numeric(three_symbols, root_sum, z, at);
    laws::product_rule_numeric(root_sum, exp2_z, z, at);
    laws::product_rule_numeric(exp2_z, log_ratio, z, at);
    laws::product_rule_numeric(log_ratio, gelu, z, at);
    laws::product_rule_numeric(gelu, where_two, z, at);
    laws::product_rule_numeric(where_two, with_runtime_constant, z, at);
    laws::product_rule_numeric(with_runtime_constant, polynomial, z, at);
    // factors that merge into one power: (1 + z^2)^x (1 + z^2)^(1/2)
    laws::product_rule_numeric(symbolic_power, root_sum, z, at);
    laws::product_rule_numeric(symbolic_power, root_sum, x, at_moving);
    laws::product_rule_numeric(trig, trig, z, at);
    laws::product_rule_numeric(three_symbols, elu_alpha, y, at_moving);
}

TEST_CASE("quotient rule in its textbook form (f' g - f g')/g^2", "[laws][d]") {
    // denominators that do not vanish at the points
    laws::quotient_rule_numeric(polynomial, sigma, z, at);
    laws::quotient_rule_numeric(rational, softplus, z, at);
    laws::quotient_rule_numeric(tanh_atan, root_sum, z, at);
    laws::quotient_rule_numeric(erf_gauss, symbolic_power, z, at);
    laws::quotient_rule_numeric(trig, exp2_z, z, at);
    laws::quotient_rule_numeric(z_abs_z, polynomial, z, at);
    laws::quotient_rule_numeric(elu_alpha, sigma, z, at);
    laws::quotient_rule_numeric(three_symbols, softplus, z, at);
    laws::quotient_rule_numeric(log_ratio, gelu, z, at);
    laws::quotient_rule_numeric(where_two, root_sum, z, at);
    laws::quotient_rule_numeric(with_runtime_constant, rational, z, at);
    laws::quotient_rule_numeric(gelu, trig, z, at);
    laws::quotient_rule_numeric(1_c, softplus, z, at);
    laws::quotient_rule_numeric(symbolic_power, three_symbols, x, at_moving);
}

TEST_CASE("chain rule for compound outer functions", "[laws][d]") {
    constexpr lz::symbol<"u"> u;
    auto const u_exp_u = [](auto v) { return v * lz::exp(v); };
    auto const logistic = [](auto v) { return lz::activations::sigmoid(v); };
    auto const soft = [](auto v) { return lz::activations::softplus(v); };
    auto const log_square = [](auto v) { return lz::log(1_c + v * v); };
    auto const mixed = [](auto v) { return lz::pow(lz::tanh(v), 2_c) + lz::atan(v) / 3_c; };
    auto const kinked = [](auto v) { return lz::where(v <= 0_c, v * v, lz::sin(v)); };
    auto const root = [](auto v) { return lz::sqrt(1_c + v * v); };
    auto const odd = [](auto v) { return lz::tanh(v); };
    auto const even = [](auto v) { return lz::cos(v) * lz::erf(v * v); };
    auto const to_the_pi = [](auto v) { return lz::pow(1_c + v * v, lz::pi); };

    // each outer function with four inner functions of z, in rotation over nine
    constexpr auto square = z * z + 1_c;
    constexpr auto sine = lz::sin(z);
    constexpr auto log_sq = lz::log(1_c + z * z);
    constexpr auto kink = lz::where(z <= 0_c, z, z / 2_c);
    constexpr auto neg = -z;
    constexpr auto one_minus = 1_c - z;
    auto const scaled = 0.3 * z;
    constexpr auto ratio = z / (1_c + z * z);
    std::initializer_list<double> ps = {-1.7, -0.4, 0.6, 1.9};
    auto const check = [&](auto outer, auto const& g1, auto const& g2, auto const& g3,
                           auto const& g4) {
        laws::chain_rule_numeric(outer, g1, u, z, ps);
        laws::chain_rule_numeric(outer, g2, u, z, ps);
        laws::chain_rule_numeric(outer, g3, u, z, ps);
        laws::chain_rule_numeric(outer, g4, u, z, ps);
    };
    check(u_exp_u, sigma, square, sine, log_sq);
    check(logistic, kink, neg, one_minus, scaled);
    check(soft, ratio, sigma, square, sine);
    check(log_square, log_sq, kink, neg, one_minus);
    check(mixed, scaled, ratio, sigma, square);
    check(kinked, sine, log_sq, kink, neg);
    check(root, one_minus, scaled, ratio, sigma);
    check(odd, square, sine, log_sq, neg);
    check(even, one_minus, scaled, ratio, kink);
    check(to_the_pi, sigma, neg, scaled, ratio);
}

TEST_CASE("multiplication distributes over addition", "[laws][canonical]") {
    // both sides are canonical and differ in form: compare values
    laws::distributive(x, y, 2_c, at_moving);
    laws::distributive(z, -x, lz::c<-2, 3>, at_moving);
    laws::distributive(sigma, softplus, lz::pi, at);
    laws::distributive(polynomial, trig, z, at);
    laws::distributive(tanh_atan, where_two, erf_gauss, at);
    laws::distributive(symbolic_power, root_sum, symbolic_power, at);
    laws::distributive(with_runtime_constant, 1_c, 0.5, at);
    // f + f = 2 f
    laws::agree(polynomial + polynomial, 2_c * polynomial, at);
    laws::agree(gelu + gelu, 2_c * gelu, at);
}

TEST_CASE("odd and even functions of a difference", "[laws][canonical]") {
    // z - 1 and -(1 - z) are different canonical forms of one value, so the parity rewrites
    // see different signs: compare values
    laws::agree(lz::tanh(1_c - z), -lz::tanh(z - 1_c), at);
    laws::agree(lz::atan(x - z), -lz::atan(z - x), at_moving);
    laws::agree(lz::cos(1_c - z), lz::cos(z - 1_c), at);
    laws::agree(lz::abs(x - z), lz::abs(z - x), at_moving);
    laws::agree(lz::d(lz::tanh(-z), z), lz::d(-lz::tanh(z), z), at);
}

TEST_CASE("mixed partial derivatives commute", "[laws][d]") {
    laws::mixed_partials_commute(symbolic_power, z, x, at_moving);
    laws::mixed_partials_commute(elu_alpha, z, alpha, at_moving);
    laws::mixed_partials_commute(three_symbols, x, y, at_moving);
    laws::mixed_partials_commute(three_symbols, x, z, at_moving);
    laws::mixed_partials_commute(three_symbols, y, z, at_moving);
    laws::mixed_partials_commute(where_two, z, y, at_moving);
    laws::mixed_partials_commute(lz::sin(x * y) * lz::exp(x - y), x, y, at_moving);
    laws::mixed_partials_commute(lz::atan(x / (1_c + y * y)) + lz::pow(y, 3_c) * x, x, y,
                                 at_moving);
    laws::mixed_partials_commute(lz::log(1_c + lz::exp(x * z + y)), x, z, at_moving);
    laws::mixed_partials_commute(lz::pow(1_c + x * x, y), x, y, at_moving);
    laws::mixed_partials_commute(lz::erf(x * y * z) / (2_c + lz::tanh(y)), y, z, at_moving);
    laws::agree(lz::d(three_symbols, x, y, z), lz::d(three_symbols, z, y, x), at_moving);
    laws::agree(lz::d(three_symbols, x, y, z), lz::d(three_symbols, y, z, x), at_moving);
}

TEST_CASE("d agrees with difference quotients", "[laws][d]") {
    // away from kinks (0 for z |z| and ELU, x = 0.8 for where_two)
    std::initializer_list<double> ps = {-1.7, -0.4, 0.6, 1.9};
    laws::matches_difference_quotient(polynomial, z, at_z, ps);
    laws::matches_difference_quotient(rational, z, at_z, ps);
    laws::matches_difference_quotient(sigma, z, at_z, ps);
    laws::matches_difference_quotient(softplus, z, at_z, ps);
    laws::matches_difference_quotient(tanh_atan, z, at_z, ps);
    laws::matches_difference_quotient(erf_gauss, z, at_z, ps);
    laws::matches_difference_quotient(trig, z, at_z, ps);
    laws::matches_difference_quotient(z_abs_z, z, at_z, ps);
    laws::matches_difference_quotient(symbolic_power, z, at_z, ps);
    laws::matches_difference_quotient(elu_alpha, z, at_z, ps);
    laws::matches_difference_quotient(three_symbols, z, at_z, ps);
    laws::matches_difference_quotient(root_sum, z, at_z, ps);
    laws::matches_difference_quotient(exp2_z, z, at_z, ps);
    laws::matches_difference_quotient(log_ratio, z, at_z, ps);
    laws::matches_difference_quotient(gelu, z, at_z, ps);
    laws::matches_difference_quotient(where_two, z, at_z, ps);
    laws::matches_difference_quotient(with_runtime_constant, z, at_z, ps);
    // second derivatives: the quotient of the first derivative
    laws::matches_difference_quotient(lz::d(sigma, z), z, at_z, ps);
    laws::matches_difference_quotient(lz::d(gelu, z), z, at_z, ps);
    laws::matches_difference_quotient(lz::d(symbolic_power, z), z, at_z, ps);
}

TEST_CASE("laws with run-time constants, compared by value", "[laws][canonical]") {
    // run-time constants are opaque: the canonical order of operands that carry them follows
    // the order they were combined in, and f - f is not folded; values must still agree
    auto const a = 0.5 * z;
    auto const b = 0.25 * x;
    laws::agree(a + b, b + a, at);
    laws::agree(a * b, b * a, at);
    laws::agree((a + b) + with_runtime_constant, a + (b + with_runtime_constant), at);
    laws::agree(with_runtime_constant - with_runtime_constant, 0_c, at);
    laws::agree(with_runtime_constant / with_runtime_constant, 1_c, at);
    laws::agree(0.5 * z + 0.25 * z, 0.75 * z, at);
}
