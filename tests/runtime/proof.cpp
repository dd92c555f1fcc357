// lz::equivalent, lz::in_terms_of and lz::explain at run time: the identity list decided outside
// constant evaluation, the soundness of the decision over the whole catalogue, and the text of
// explain.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

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
    constexpr lz::symbol<"beta"> beta;
    constexpr lz::symbol<"l"> l;
    check_sound_with_derivative("identity", act::identity(z));
    check_sound_with_derivative("binary_step", act::binary_step(z));
    check_sound_with_derivative("sigmoid", act::sigmoid(z));
    check_sound_with_derivative("sigmoid(z, beta)", act::sigmoid(z, beta));
    check_sound_with_derivative("tanh", act::tanh(z));
    check_sound_with_derivative("arctan", act::arctan(z));
    check_sound_with_derivative("relu", act::relu(z));
    check_sound_with_derivative("leaky_relu", act::leaky_relu(z));
    check_sound_with_derivative("leaky_relu(z, 0.02)", act::leaky_relu(z, 0.02));
    check_sound_with_derivative("prelu", act::prelu(z, a));
    check_sound_with_derivative("elu", act::elu(z, alpha));
    check_sound_with_derivative("softplus", act::softplus(z));
    check_sound_with_derivative("gelu", act::gelu(z));
    check_sound_with_derivative("gelu_tanh", act::gelu_tanh(z));
    check_sound_with_derivative("silu", act::silu(z));
    check_sound_with_derivative("swish", act::swish(z, beta));
    check_sound_with_derivative("mish", act::mish(z));
    check_sound_with_derivative("selu", act::selu(z));
    check_sound_with_derivative("celu", act::celu(z, alpha));
    check_sound_with_derivative("softsign", act::softsign(z));
    check_sound_with_derivative("hard_sigmoid", act::hard_sigmoid(z));
    check_sound_with_derivative("hard_tanh", act::hard_tanh(z));
    check_sound_with_derivative("hardswish", act::hardswish(z));
    check_sound_with_derivative("relu6", act::relu6(z));
    check_sound_with_derivative("log_sigmoid", act::log_sigmoid(z));
    check_sound_with_derivative("softshrink", act::softshrink(z, l));
    check_sound_with_derivative("hardshrink", act::hardshrink(z, l));
    check_sound_with_derivative("tanhshrink", act::tanhshrink(z));
}

TEST_CASE("outside the decidable class, the answer is unknown", "[proof][runtime]") {
    CHECK(lz::equivalent(lz::log(z * z), 2_c * lz::log(z)).unknown());
    CHECK(lz::equivalent(lz::sqrt(z * z), lz::abs(z)).unknown());
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

    std::string opaque = lz::explain(lz::sqrt(z * z), lz::abs(z));
    CHECK(opaque.find("verdict: unknown") != std::string::npos);

    std::string sampled = lz::explain(act::leaky_relu(z, 0.01), act::leaky_relu(z, 0.02));
    CHECK(sampled.find("0.01") != std::string::npos);
    CHECK(sampled.find("verdict: disproved (the sides differ at a sample point)") !=
          std::string::npos);
}
