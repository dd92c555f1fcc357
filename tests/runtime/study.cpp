// lz::holds and lz::study against independent 50-digit references (Boost.Multiprecision): every
// witness of a disproof is confirmed by the textbook formula evaluated at the witness, and the
// certified range bounds enclose minima found by a root finder on the textbook f'.
#include <catch2/catch.hpp>

#include <string>

#include <boost/math/tools/roots.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;
using mp = boost::multiprecision::cpp_bin_float_50;

namespace {
constexpr lz::symbol<"z"> z;

// The textbook formulas, in 50 digits, independently of leibniz.
mp sigmoid(mp x) { return 1 / (1 + exp(-x)); }
mp silu(mp x) { return x * sigmoid(x); }
mp silu1(mp x) { return sigmoid(x) * (1 + x * (1 - sigmoid(x))); }
mp silu2(mp x) { return sigmoid(x) * (1 - sigmoid(x)) * (2 + x * (1 - 2 * sigmoid(x))); }
mp gelu(mp x) { return x / 2 * (1 + erf(x / sqrt(mp(2)))); }
mp gelu1(mp x) {
    return (1 + erf(x / sqrt(mp(2)))) / 2 +
           x * exp(-x * x / 2) / sqrt(2 * boost::math::constants::pi<mp>());
}
mp gelu2(mp x) {
    return exp(-x * x / 2) / sqrt(2 * boost::math::constants::pi<mp>()) * (2 - x * x);
}
mp mish(mp x) { return x * tanh(log1p(exp(x))); }

// The minimum of f where f' changes sign in [a, b], by bisection and TOMS 748 on f'.
template <class F, class D>
mp minimum(F f, D d, mp a, mp b) {
    boost::math::tools::eps_tolerance<mp> tolerance(160);
    std::uintmax_t iterations = 200;
    auto [lo, hi] = boost::math::tools::toms748_solve(d, a, b, tolerance, iterations);
    return f((lo + hi) / 2);
}
}  // namespace

TEST_CASE("holds: every witness is confirmed in 50 digits", "[study][holds]") {
    lz::verdict gelu_nonnegative = lz::holds(act::gelu(z) >= 0_c);
    REQUIRE(gelu_nonnegative.disproved());
    REQUIRE(gelu_nonnegative.has_witness());
    REQUIRE(gelu(mp(gelu_nonnegative.witness())) < 0);

    lz::verdict slope = lz::holds(lz::d(act::sigmoid(z), z) <= lz::c<1, 5>);
    REQUIRE(slope.disproved());
    mp w = mp(slope.witness());
    REQUIRE(sigmoid(w) * (1 - sigmoid(w)) > mp(1) / 5);

    lz::verdict relu = lz::holds(act::relu(z) >= 1_c);
    REQUIRE(relu.disproved());
    REQUIRE(relu.witness() < 1);  // relu(w) = max(w, 0) < 1

    lz::verdict silu_bound = lz::holds(act::silu(z) >= lz::c<-2784, 10000>);
    if (silu_bound.disproved()) REQUIRE(silu(mp(silu_bound.witness())) < mp(-2784) / 10000);
    REQUIRE(!silu_bound.proven());

    lz::verdict gelu_slope = lz::holds(lz::d(act::gelu(z), z) >= 0_c);
    REQUIRE(gelu_slope.disproved());
    REQUIRE(gelu1(mp(gelu_slope.witness())) < 0);
}

TEST_CASE("study: the certified ranges enclose 50-digit minima", "[study][profile]") {
    mp silu_min = minimum(silu, silu1, mp(-2), mp(-1));
    mp gelu_min = minimum(gelu, gelu1, mp(-1), mp("-0.5"));
    mp mish_min = minimum(
        mish,
        [](mp x) {
            // mish' = tanh(sp) + x sigmoid(x) sech^2(sp), sp = softplus(x)
            mp sp = log1p(exp(x)), t = tanh(sp);
            return t + x * sigmoid(x) * (1 - t * t);
        },
        mp(-2), mp(-1));
    mp gelu_slope_max = [] {
        boost::math::tools::eps_tolerance<mp> tolerance(160);
        std::uintmax_t iterations = 200;
        auto [lo, hi] =
            boost::math::tools::toms748_solve(gelu2, mp(1), mp(2), tolerance, iterations);
        return gelu1((lo + hi) / 2);
    }();
    CHECK(abs(silu_min - mp("-0.2784645427610737951094")) < mp("1e-21"));  // (mpmath, 22 digits)

    constexpr lz::profile silu_p = lz::study(act::silu(z), z);
    constexpr lz::profile gelu_p = lz::study(act::gelu(z), z);
    constexpr lz::profile mish_p = lz::study(act::mish(z), z);
    for (auto [p, truth] :
         {std::pair{silu_p, silu_min}, std::pair{gelu_p, gelu_min}, std::pair{mish_p, mish_min}}) {
        INFO("certified lower bound " << static_cast<double>(p.range.lo) << ", minimum " << truth);
        if (!p.range.lo_infinite) REQUIRE(mp(p.range.lo) <= truth);
        REQUIRE(p.bounded_below.proven() == !p.range.lo_infinite);
    }
    if (!gelu_p.max_slope_infinite) REQUIRE(mp(gelu_p.max_slope) >= gelu_slope_max);
    (void)silu2;
}

TEST_CASE("study: to_string and explain say what was decided and how", "[study][profile]") {
    constexpr lz::profile p = lz::study(act::sigmoid(z), z);
    std::string text = lz::to_string(p), how = lz::explain(p);
    CHECK(text.find("Increasing") == 0);
    CHECK(text.find("Range (0, not attained, 1, not attained)") != std::string::npos);
    CHECK(how.find("increasing: proven (signs of the terms)") != std::string::npos);
    CHECK(how.find("monotone_derivative: disproved") != std::string::npos);
    CHECK(how.find("saturates_left: proven (limits at infinity)") != std::string::npos);
    CHECK(how.find("odd: disproved") != std::string::npos);
}
