// lz::equivalent, lz::in_terms_of and lz::explain at run time: the identity list decided outside
// constant evaluation, the soundness of the decision over the whole catalogue, and the text of
// explain.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "../codegen/compiled/activations.hpp"
#include "../proof/identities.hpp"

using namespace identities;

namespace {

template <class E>
void check_sound(std::string const& name, E const& e) {
    INFO(name);
    CHECK(lz::equivalent(e, e).proven());
    CHECK_FALSE(lz::equivalent(e, e + lz::c<1, 1000000>).proven());
    if constexpr (!lz::same(E{}, 0_c))  // 0 = 0 (1 + 1e-6), rightly
        CHECK_FALSE(lz::equivalent(e, e * lz::c<1000001, 1000000>).proven());
    CHECK(lz::equivalent(e, e + lz::c<1, 1000000>).disproved());
}

template <class F>
void check_sound_with_derivative(std::string const& name, F const& f) {
    check_sound(name, f);
    check_sound(name + "'", lz::d(f, z));
}

}  // namespace

TEST_CASE("the identity list, decided at run time", "[proof][runtime]") {
    std::apply(
        [](auto const&... id) {
            (
                [&] {
                    INFO(id.name);
                    CHECK(lz::equivalent(id.a, id.b).proven());
                    CHECK(lz::equivalent(id.a, id.wrong_sign).disproved());
                    CHECK(lz::equivalent(id.a, id.wrong_factor).disproved());
                }(),
                ...);
        },
        all);
}

TEST_CASE("equivalent is sound over the catalogue and its derivatives", "[proof][runtime]") {
    codegen_test::for_each_activation(
        [](std::string const& name, auto const& f) { check_sound_with_derivative(name, f); });
    check_sound_with_derivative("elu(z, alpha)", act::elu(z, alpha));
    check_sound_with_derivative("prelu(z, a)", act::prelu(z, a));
}

TEST_CASE("outside the decidable class, the answer is unknown", "[proof][runtime]") {
    CHECK(lz::equivalent(lz::log(z * z), 2_c * lz::log(z)).unknown());
    CHECK(lz::equivalent(lz::sqrt(z * z), lz::abs(z)).proven());  // regions on the sign of z
    // true, but a bare erf is opaque: nothing can be shown either way
    CHECK(lz::equivalent(lz::erf(-z), -lz::erf(z)).proven());  // odd symmetry is canonical
    CHECK(lz::equivalent(lz::erf(z) * lz::erf(z), lz::erf(z)).disproved());
}

TEST_CASE("in_terms_of results print as polynomials in y", "[proof][in_terms_of][runtime]") {
    constexpr lz::symbol<"y"> y;
    CHECK(lz::to_string(lz::in_terms_of(lz::d(s, z), s, y)) == "y - y^2");
    CHECK(lz::to_string(lz::in_terms_of(lz::d(t, z), t, y)) == "1 - y^2");
    CHECK(lz::to_string(lz::in_terms_of(lz::d(s, z, z), s, y)) == "y - 3*y^2 + 2*y^3");
    CHECK(lz::to_string(lz::in_terms_of(lz::d(act::elu(z, alpha), z), act::elu(z, alpha), y)) ==
          "where(z <= 0, alpha + y, 1)");
    // the result evaluates like the derivative it stands for
    auto back = lz::in_terms_of(lz::d(s, z), s, y);
    for (double x : {-3.0, -0.5, 0.0, 0.25, 2.0}) {
        double sx = s(z = x);
        CHECK(back(y = sx) == Approx(lz::d(s, z)(z = x)).epsilon(1e-14));
    }
}

TEST_CASE("explain shows the normal forms, the difference and the verdict", "[proof][runtime]") {
    std::string proof = lz::explain(lz::d(s, z), s * (1_c - s));
    CHECK(proof.find("a = exp(-z)/(1 + exp(-z))^2") != std::string::npos);
    CHECK(proof.find("normal form of a: exp(z)/(exp(z)^2 + 2*exp(z) + 1)") != std::string::npos);
    CHECK(proof.find("num(a) den(b) - num(b) den(a) = 0") != std::string::npos);
    CHECK(proof.find("verdict: proven") != std::string::npos);

    std::string wrong = lz::explain(lz::d(s, z), s * (1_c + s));
    CHECK(wrong.find("num(a) den(b) - num(b) den(a) = 0") == std::string::npos);
    CHECK(wrong.find("verdict: disproved") != std::string::npos);

    std::string elu = lz::explain(lz::d(act::elu(z, alpha), z),
                                  lz::where(z <= 0_c, act::elu(z, alpha) + alpha, 1_c));
    CHECK(elu.find("region: z <= 0") != std::string::npos);
    CHECK(elu.find("region: z > 0") != std::string::npos);
    CHECK(elu.find("normal form of a: exp(z)*alpha") != std::string::npos);

    std::string opaque = lz::explain(lz::log(z * z), 2_c * lz::log(z));
    CHECK(opaque.find("verdict: unknown") != std::string::npos);

    std::string sampled = lz::explain(act::leaky_relu(z, 0.01), act::leaky_relu(z, 0.02));
    CHECK(sampled.find("0.01") != std::string::npos);
    CHECK(sampled.find("verdict: disproved (the sides differ at a sample point)") !=
          std::string::npos);
}
