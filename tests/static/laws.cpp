// The exact laws of canonical form and of d, instantiated over the sample expressions: each
// STATIC_REQUIRE holds when both sides reach one canonical form (one type). Laws whose two sides
// may legitimately differ in form (c (a + b) against c a + c b) are checked numerically in
// tests/runtime/laws.cpp.
#include <catch2/catch.hpp>

#include "../laws/expressions.hpp"
#include "../laws/laws.hpp"

using namespace samples;

TEST_CASE("canonical form does not depend on the order of operands", "[laws][canonical]") {
    STATIC_REQUIRE(laws::commutative(polynomial, rational));
    STATIC_REQUIRE(laws::commutative(rational, sigma));
    STATIC_REQUIRE(laws::commutative(sigma, softplus));
    STATIC_REQUIRE(laws::commutative(softplus, tanh_atan));
    STATIC_REQUIRE(laws::commutative(tanh_atan, erf_gauss));
    STATIC_REQUIRE(laws::commutative(erf_gauss, trig));
    STATIC_REQUIRE(laws::commutative(trig, z_abs_z));
    STATIC_REQUIRE(laws::commutative(z_abs_z, symbolic_power));
    STATIC_REQUIRE(laws::commutative(symbolic_power, elu_alpha));
    STATIC_REQUIRE(laws::commutative(elu_alpha, three_symbols));
    STATIC_REQUIRE(laws::commutative(three_symbols, root_sum));
    STATIC_REQUIRE(laws::commutative(root_sum, exp2_z));
    STATIC_REQUIRE(laws::commutative(exp2_z, log_ratio));
    STATIC_REQUIRE(laws::commutative(log_ratio, gelu));
    STATIC_REQUIRE(laws::commutative(gelu, where_two));
    STATIC_REQUIRE(laws::commutative(where_two, polynomial));
    // operands that cancel or merge
    STATIC_REQUIRE(laws::commutative(sigma, sigma));
    STATIC_REQUIRE(laws::commutative(lz::exp(z), lz::exp(-z)));
    STATIC_REQUIRE(laws::commutative(z + 1_c, 1_c - z));
    STATIC_REQUIRE(laws::commutative(2_c * (x + z), -(x + z)));
    STATIC_REQUIRE(laws::commutative(lz::pow(z, x), lz::pow(z, -x)));
    STATIC_REQUIRE(laws::commutative(lz::c<-1, 3>, lz::pi));
}

TEST_CASE("canonical form does not depend on the grouping of operands", "[laws][canonical]") {
    STATIC_REQUIRE(laws::associative(polynomial, rational, sigma));
    STATIC_REQUIRE(laws::associative(rational, sigma, softplus));
    STATIC_REQUIRE(laws::associative(sigma, softplus, tanh_atan));
    STATIC_REQUIRE(laws::associative(softplus, tanh_atan, erf_gauss));
    STATIC_REQUIRE(laws::associative(tanh_atan, erf_gauss, trig));
    STATIC_REQUIRE(laws::associative(erf_gauss, trig, z_abs_z));
    STATIC_REQUIRE(laws::associative(trig, z_abs_z, symbolic_power));
    STATIC_REQUIRE(laws::associative(z_abs_z, symbolic_power, elu_alpha));
    STATIC_REQUIRE(laws::associative(symbolic_power, elu_alpha, three_symbols));
    STATIC_REQUIRE(laws::associative(elu_alpha, three_symbols, root_sum));
    STATIC_REQUIRE(laws::associative(three_symbols, root_sum, exp2_z));
    STATIC_REQUIRE(laws::associative(root_sum, exp2_z, log_ratio));
    STATIC_REQUIRE(laws::associative(exp2_z, log_ratio, gelu));
    STATIC_REQUIRE(laws::associative(log_ratio, gelu, where_two));
    STATIC_REQUIRE(laws::associative(gelu, where_two, polynomial));
    // operands that cancel or merge across the grouping
    STATIC_REQUIRE(laws::associative(z, -z, 2_c));
    STATIC_REQUIRE(laws::associative(lz::exp(z), z, lz::exp(-z)));
    STATIC_REQUIRE(laws::associative(z + 1_c, 1_c - z, 2_c * (z + 1_c)));
    STATIC_REQUIRE(laws::associative(1_c / z, lz::sqrt(z), z * z));
    STATIC_REQUIRE(laws::associative(lz::pow(z, x), x - z, lz::pow(z + 1_c, -2_c)));
    STATIC_REQUIRE(laws::associative(-(x + z), lz::exp(x) * z, lz::c<-1, 3>));
}

TEST_CASE("identity elements, absorbing elements and inverses", "[laws][canonical]") {
    STATIC_REQUIRE(laws::identities(z));
    STATIC_REQUIRE(laws::identities(polynomial));
    STATIC_REQUIRE(laws::identities(rational));
    STATIC_REQUIRE(laws::identities(sigma));
    STATIC_REQUIRE(laws::identities(softplus));
    STATIC_REQUIRE(laws::identities(tanh_atan));
    STATIC_REQUIRE(laws::identities(erf_gauss));
    STATIC_REQUIRE(laws::identities(trig));
    STATIC_REQUIRE(laws::identities(z_abs_z));
    STATIC_REQUIRE(laws::identities(symbolic_power));
    STATIC_REQUIRE(laws::identities(elu_alpha));
    STATIC_REQUIRE(laws::identities(three_symbols));
    STATIC_REQUIRE(laws::identities(root_sum));
    STATIC_REQUIRE(laws::identities(exp2_z));
    STATIC_REQUIRE(laws::identities(log_ratio));
    STATIC_REQUIRE(laws::identities(gelu));
    STATIC_REQUIRE(laws::identities(where_two));
    STATIC_REQUIRE(laws::identities(lz::pi));

    STATIC_REQUIRE(laws::all([](auto f) { return laws::inverse_functions(f); }, z, polynomial,
                             rational, sigma, softplus, tanh_atan, erf_gauss, trig, z_abs_z,
                             symbolic_power, elu_alpha, three_symbols, root_sum, exp2_z, log_ratio,
                             gelu, where_two, with_runtime_constant));
}

TEST_CASE("d of a constant is 0, d of the symbol is 1", "[laws][d]") {
    STATIC_REQUIRE(laws::identity_rule(z));
    STATIC_REQUIRE(laws::identity_rule(alpha));
    STATIC_REQUIRE(laws::constant_rule(0_c, z));
    STATIC_REQUIRE(laws::constant_rule(2_c, z));
    STATIC_REQUIRE(laws::constant_rule(-1_c, z));
    STATIC_REQUIRE(laws::constant_rule(lz::c<1, 3>, z));
    STATIC_REQUIRE(laws::constant_rule(lz::pi, z));
    STATIC_REQUIRE(laws::constant_rule(lz::e, z));
    STATIC_REQUIRE(laws::constant_rule(lz::sqrt(2_c), z));
    STATIC_REQUIRE(laws::constant_rule(lz::log(2_c), z));
    STATIC_REQUIRE(laws::constant_rule(lz::erf(lz::pi) / lz::sqrt(lz::pi), z));
    STATIC_REQUIRE(laws::constant_rule(0.01 + 0_c, z));
    // an expression that does not mention the symbol is a constant for it
    STATIC_REQUIRE(laws::all([](auto f) { return laws::constant_rule(f, q); }, polynomial, rational,
                             sigma, softplus, tanh_atan, erf_gauss, trig, z_abs_z, symbolic_power,
                             elu_alpha, three_symbols, root_sum, exp2_z, log_ratio, gelu, where_two,
                             with_runtime_constant));
    STATIC_REQUIRE(laws::constant_rule(polynomial, x));
    STATIC_REQUIRE(laws::constant_rule(sigma, alpha));
    STATIC_REQUIRE(laws::constant_rule(lz::exp(x * y), z));
}

TEST_CASE("d is additive and linear", "[laws][d]") {
    STATIC_REQUIRE(laws::additive(polynomial, rational, z));
    STATIC_REQUIRE(laws::additive(sigma, softplus, z));
    STATIC_REQUIRE(laws::additive(tanh_atan, erf_gauss, z));
    STATIC_REQUIRE(laws::additive(trig, z_abs_z, z));
    STATIC_REQUIRE(laws::additive(symbolic_power, elu_alpha, z));
    STATIC_REQUIRE(laws::additive(three_symbols, root_sum, x));
    STATIC_REQUIRE(laws::additive(exp2_z, log_ratio, z));
    STATIC_REQUIRE(laws::additive(gelu, where_two, z));
    STATIC_REQUIRE(laws::additive(sigma, sigma, z));
    STATIC_REQUIRE(laws::additive(with_runtime_constant, sigma, z));

    STATIC_REQUIRE(laws::linear(polynomial, rational, 2_c, 3_c, z));
    STATIC_REQUIRE(laws::linear(rational, sigma, lz::c<-1, 3>, 5_c, z));
    STATIC_REQUIRE(laws::linear(sigma, softplus, lz::c<1, 2>, -1_c, z));
    STATIC_REQUIRE(laws::linear(softplus, tanh_atan, 7_c, lz::c<2, 3>, z));
    STATIC_REQUIRE(laws::linear(tanh_atan, erf_gauss, 11_c, 2_c, z));
    STATIC_REQUIRE(laws::linear(erf_gauss, trig, lz::c<9, 4>, lz::c<-3, 4>, z));
    STATIC_REQUIRE(laws::linear(trig, z_abs_z, -2_c, 0.25_c, z));
    STATIC_REQUIRE(laws::linear(z_abs_z, symbolic_power, 3_c, lz::c<1, 10>, z));
    STATIC_REQUIRE(laws::linear(symbolic_power, elu_alpha, 2_c, -5_c, x));
    STATIC_REQUIRE(laws::linear(elu_alpha, three_symbols, lz::c<5, 2>, 4_c, alpha));
    STATIC_REQUIRE(laws::linear(three_symbols, root_sum, -1_c, 9_c, y));
    STATIC_REQUIRE(laws::linear(root_sum, exp2_z, lz::c<1, 7>, 100_c, z));
    STATIC_REQUIRE(laws::linear(exp2_z, log_ratio, 6_c, lz::c<-1, 6>, z));
    STATIC_REQUIRE(laws::linear(log_ratio, gelu, 2_c, 2_c, z));
    STATIC_REQUIRE(laws::linear(gelu, where_two, lz::c<3, 2>, 8_c, z));
    STATIC_REQUIRE(laws::linear(where_two, polynomial, -4_c, lz::c<1, 5>, y));
    // named constants (pi, sqrt(2)) are factors, not coefficients: pi (a + b) is not expanded,
    // so they take part only where f' is not a sum
    STATIC_REQUIRE(laws::linear(sigma, lz::exp(z), lz::pi, lz::sqrt(2_c), z));
    STATIC_REQUIRE(laws::linear(lz::atan(z), lz::log(z), lz::e, lz::log(2_c), z));
    // the same function twice: a f + b f = (a + b) f
    STATIC_REQUIRE(laws::linear(sigma, sigma, 2_c, 3_c, z));
    STATIC_REQUIRE(laws::linear(trig, trig, 2_c, -2_c, z));
    // run-time constants as coefficients, and inside f
    STATIC_REQUIRE(laws::linear(sigma, softplus, 0.5, -2.0, z));
    STATIC_REQUIRE(laws::linear(with_runtime_constant, sigma, 2_c, 3_c, z));
    STATIC_REQUIRE(laws::linear(with_runtime_constant, sigma, 0.5, -2.0, z));
}

// Products of single factors (sums, powers, functions, where): when f or g is itself a product,
// d f g is a sum of products while f' g is a product with a sum in it; both forms are canonical,
// so those pairs are compared numerically in tests/runtime/laws.cpp.
TEST_CASE("product rule", "[laws][d]") {
    STATIC_REQUIRE(laws::product_rule(polynomial, sigma, z));
    STATIC_REQUIRE(laws::product_rule(sigma, softplus, z));
    STATIC_REQUIRE(laws::product_rule(softplus, symbolic_power, z));
    STATIC_REQUIRE(laws::product_rule(symbolic_power, elu_alpha, z));
    STATIC_REQUIRE(laws::product_rule(elu_alpha, three_symbols, z));
    STATIC_REQUIRE(laws::product_rule(three_symbols, root_sum, z));
    STATIC_REQUIRE(laws::product_rule(root_sum, where_two, z));
    STATIC_REQUIRE(laws::product_rule(where_two, polynomial, z));
    STATIC_REQUIRE(laws::product_rule(symbolic_power, softplus, x));
    STATIC_REQUIRE(laws::product_rule(where_two, three_symbols, y));
    STATIC_REQUIRE(laws::product_rule(lz::exp(z), lz::sin(z), z));
    STATIC_REQUIRE(laws::product_rule(z, 1_c + z * z, z));
    STATIC_REQUIRE(laws::product_rule(z * z, 1_c + z, z));
    // factors that merge: f f = f^2, exp(z) exp(-z) = 1
    STATIC_REQUIRE(laws::product_rule(sigma, sigma, z));
    STATIC_REQUIRE(laws::product_rule(lz::exp(z), lz::exp(-z), z));
}

TEST_CASE("quotient rule", "[laws][d]") {
    STATIC_REQUIRE(laws::quotient_rule(polynomial, sigma, z));
    STATIC_REQUIRE(laws::quotient_rule(sigma, softplus, z));
    STATIC_REQUIRE(laws::quotient_rule(softplus, symbolic_power, z));
    STATIC_REQUIRE(laws::quotient_rule(symbolic_power, elu_alpha, z));
    STATIC_REQUIRE(laws::quotient_rule(elu_alpha, three_symbols, z));
    STATIC_REQUIRE(laws::quotient_rule(three_symbols, root_sum, z));
    STATIC_REQUIRE(laws::quotient_rule(root_sum, where_two, z));
    STATIC_REQUIRE(laws::quotient_rule(where_two, polynomial, z));
    STATIC_REQUIRE(laws::quotient_rule(lz::exp(z), lz::sin(z), z));
    STATIC_REQUIRE(laws::quotient_rule(z * z, 1_c + z, z));
    // f/f = 1
    STATIC_REQUIRE(laws::quotient_rule(rational, rational, z));
    STATIC_REQUIRE(laws::quotient_rule(gelu, gelu, z));
}

namespace {
// Outer functions with their derivatives, for the chain rule.
constexpr auto exp_ = [](auto u) { return lz::exp(u); };
constexpr auto log_ = [](auto u) { return lz::log(u); };
constexpr auto d_log = [](auto u) { return 1_c / u; };
constexpr auto tanh_ = [](auto u) { return lz::tanh(u); };
constexpr auto d_tanh = [](auto u) { return 1_c - lz::pow(lz::tanh(u), 2_c); };
constexpr auto atan_ = [](auto u) { return lz::atan(u); };
constexpr auto d_atan = [](auto u) { return 1_c / (1_c + u * u); };
constexpr auto sin_ = [](auto u) { return lz::sin(u); };
constexpr auto cos_ = [](auto u) { return lz::cos(u); };
constexpr auto d_cos = [](auto u) { return -lz::sin(u); };
constexpr auto erf_ = [](auto u) { return lz::erf(u); };
constexpr auto d_erf = [](auto u) { return 2_c / lz::sqrt(lz::pi) * lz::exp(-u * u); };
constexpr auto sqrt_ = [](auto u) { return lz::sqrt(u); };
constexpr auto d_sqrt = [](auto u) { return 1_c / (2_c * lz::sqrt(u)); };
constexpr auto cube = [](auto u) { return lz::pow(u, 3_c); };
constexpr auto d_cube = [](auto u) { return 3_c * u * u; };
constexpr auto exp2_ = [](auto u) { return lz::pow(2_c, u); };
constexpr auto d_exp2 = [](auto u) { return lz::pow(2_c, u) * lz::log(2_c); };
constexpr auto abs_ = [](auto u) { return lz::abs(u); };
constexpr auto d_abs = [](auto u) { return lz::sign(u); };
constexpr auto power_y = [](auto u) { return lz::pow(u, y); };
constexpr auto d_power_y = [](auto u) { return y * lz::pow(u, y - 1_c); };
}  // namespace

TEST_CASE("chain rule", "[laws][d]") {
    constexpr auto square_plus_1 = z * z + 1_c;
    constexpr auto xz = x * z;
    constexpr auto kinked = lz::where(z <= 0_c, z * z, z);

    STATIC_REQUIRE(laws::chain_rule(exp_, exp_, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(exp_, exp_, sigma, z));
    STATIC_REQUIRE(laws::chain_rule(exp_, exp_, kinked, z));
    STATIC_REQUIRE(laws::chain_rule(log_, d_log, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(log_, d_log, sigma, z));
    STATIC_REQUIRE(laws::chain_rule(log_, d_log, xz, z));
    STATIC_REQUIRE(laws::chain_rule(tanh_, d_tanh, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(tanh_, d_tanh, lz::sin(z), z));
    STATIC_REQUIRE(laws::chain_rule(tanh_, d_tanh, 3_c * z, z));
    STATIC_REQUIRE(laws::chain_rule(atan_, d_atan, sigma, z));
    STATIC_REQUIRE(laws::chain_rule(atan_, d_atan, xz, x));
    STATIC_REQUIRE(laws::chain_rule(sin_, cos_, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(sin_, cos_, kinked, z));
    STATIC_REQUIRE(laws::chain_rule(cos_, d_cos, 1_c - z, z));
    STATIC_REQUIRE(laws::chain_rule(cos_, d_cos, -z, z));
    STATIC_REQUIRE(laws::chain_rule(erf_, d_erf, z / lz::sqrt(2_c), z));
    STATIC_REQUIRE(laws::chain_rule(erf_, d_erf, lz::log(1_c + z * z), z));
    STATIC_REQUIRE(laws::chain_rule(sqrt_, d_sqrt, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(sqrt_, d_sqrt, sigma, z));
    STATIC_REQUIRE(laws::chain_rule(cube, d_cube, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(cube, d_cube, lz::sin(z), z));
    STATIC_REQUIRE(laws::chain_rule(exp2_, d_exp2, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(exp2_, d_exp2, xz, x));
    STATIC_REQUIRE(laws::chain_rule(abs_, d_abs, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(abs_, d_abs, 1_c - z, z));
    STATIC_REQUIRE(laws::chain_rule(power_y, d_power_y, square_plus_1, z));
    STATIC_REQUIRE(laws::chain_rule(power_y, d_power_y, sigma, z));
}

TEST_CASE("higher derivatives are repeated first derivatives", "[laws][d]") {
    STATIC_REQUIRE(laws::higher_order(polynomial, z));
    STATIC_REQUIRE(laws::higher_order(rational, z));
    STATIC_REQUIRE(laws::higher_order(sigma, z));
    STATIC_REQUIRE(laws::higher_order(softplus, z));
    STATIC_REQUIRE(laws::higher_order(tanh_atan, z));
    STATIC_REQUIRE(laws::higher_order(erf_gauss, z));
    STATIC_REQUIRE(laws::higher_order(trig, z));
    STATIC_REQUIRE(laws::higher_order(z_abs_z, z));
    STATIC_REQUIRE(laws::higher_order(symbolic_power, x));
    STATIC_REQUIRE(laws::higher_order(elu_alpha, z));
    STATIC_REQUIRE(laws::higher_order(three_symbols, y));
    STATIC_REQUIRE(laws::higher_order(root_sum, z));
    STATIC_REQUIRE(laws::higher_order(exp2_z, z));
    STATIC_REQUIRE(laws::higher_order(log_ratio, z));
    STATIC_REQUIRE(laws::higher_order(gelu, z));
    STATIC_REQUIRE(laws::higher_order(where_two, z));
    STATIC_REQUIRE(laws::higher_order(with_runtime_constant, z));
    // the third derivative of a cubic is constant and the fourth is 0
    STATIC_REQUIRE(lz::same(lz::d<3>(polynomial, z), 6_c));
    STATIC_REQUIRE(lz::same(lz::d<4>(polynomial, z), 0_c));
}

TEST_CASE("d(f, x, y) is d(d(f, x), y); gradient collects the partials", "[laws][d]") {
    STATIC_REQUIRE(laws::several_symbols(symbolic_power, z, x));
    STATIC_REQUIRE(laws::several_symbols(elu_alpha, z, alpha));
    STATIC_REQUIRE(laws::several_symbols(three_symbols, x, y));
    STATIC_REQUIRE(laws::several_symbols(three_symbols, z, y));
    STATIC_REQUIRE(laws::several_symbols(where_two, z, y));
    STATIC_REQUIRE(laws::several_symbols(sigma, z, q));
    STATIC_REQUIRE(laws::gradient_parts(symbolic_power, z, x));
    STATIC_REQUIRE(laws::gradient_parts(elu_alpha, z, alpha));
    STATIC_REQUIRE(laws::gradient_parts(three_symbols, x, z));
    STATIC_REQUIRE(laws::gradient_parts(where_two, y, z));
    STATIC_REQUIRE(laws::gradient_parts(with_runtime_constant, z, q));
}
