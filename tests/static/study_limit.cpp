// lz::limit at +-infinity: the catalogue's limits, by hand from the definitions, and dominance
// on forms that no catalogue function has.
#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>
#include <leibniz/study/limit.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"alpha"> alpha;
}  // namespace

TEST_CASE("limits of the catalogue at both ends", "[study][limit]") {
    STATIC_REQUIRE(lz::same(lz::limit(act::sigmoid(z), z, lz::inf), 1_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::sigmoid(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::tanh(z), z, -lz::inf), -1_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::relu(z), z, lz::inf), lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit(act::relu(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::elu(z, alpha), z, -lz::inf), -alpha));
    STATIC_REQUIRE(lz::same(lz::limit(act::arctan(z), z, lz::inf), lz::pi / 2_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::arctan(z), z, -lz::inf), -lz::pi / 2_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::silu(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::silu(z), z, lz::inf), lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit(act::gelu(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::softplus(z), z, lz::inf), lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit(act::softplus(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::softsign(z), z, lz::inf), 1_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::softsign(z), z, -lz::inf), -1_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::hard_tanh(z), z, lz::inf), 1_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::log_sigmoid(z), z, -lz::inf), -lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit(act::log_sigmoid(z), z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::mish(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::d(act::sigmoid(z), z), z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::mish(z), z, lz::inf), lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit(act::relu6(z), z, lz::inf), 6_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::hardswish(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::selu(z), z, -lz::inf),
                            -(lz::named<lz::selu_scale_tag>{} * lz::named<lz::selu_alpha_tag>{})));
    STATIC_REQUIRE(lz::same(lz::limit(act::binary_step(z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(act::tanhshrink(z), z, lz::inf), lz::inf));
    // the derivatives vanish in the tails: saturation
    STATIC_REQUIRE(lz::same(lz::limit(lz::d(act::gelu(z), z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::d(act::silu(z), z), z, lz::inf), 1_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::d(act::mish(z), z), z, -lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::d(act::softsign(z), z), z, lz::inf), 0_c));
}

TEST_CASE("limits by dominance", "[study][limit]") {
    STATIC_REQUIRE(lz::same(lz::limit(z * z * lz::exp(-z), z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(z * z * lz::exp(-z), z, -lz::inf), lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit((3_c * z * z + 1_c) / (2_c - z * z), z, lz::inf), -3_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::exp(z * z) / lz::exp(z), z, -lz::inf), lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit(lz::log(z) / z, z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::sqrt(z), z, lz::inf), lz::inf));
    STATIC_REQUIRE(lz::same(lz::limit(lz::sin(z), z, lz::inf), lz::no_limit));
    STATIC_REQUIRE(lz::same(lz::limit(lz::sin(z) / z, z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(alpha * z, z, lz::inf), lz::unknown_limit));
    STATIC_REQUIRE(lz::same(lz::limit(z * (lz::atan(z) - lz::pi / 2_c), z, lz::inf), -1_c));
    STATIC_REQUIRE(lz::same(lz::limit(z * z * (lz::atan(z) - lz::pi / 2_c) + z, z, lz::inf),
                            lz::unknown_limit));
    STATIC_REQUIRE(lz::same(lz::limit(lz::erf(z), z, -lz::inf), -1_c));
    STATIC_REQUIRE(lz::same(lz::limit(z * lz::exp(z) - lz::exp(z) * z, z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::log(1_c + lz::exp(z)) - z, z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(lz::exp(z) * (1_c - lz::erf(z)), z, lz::inf), 0_c));
    STATIC_REQUIRE(lz::same(lz::limit(z * lz::sin(z), z, lz::inf), lz::no_limit));
    STATIC_REQUIRE(lz::same(lz::limit(lz::sqrt(z), z, -lz::inf), lz::unknown_limit));
}

TEST_CASE("limits at run time", "[study][limit]") {
    auto l = lz::limit(act::elu(z, alpha), z, -lz::inf);
    REQUIRE(l(alpha = 2.0) == -2.0);
    REQUIRE(lz::same(lz::limit(act::sigmoid(z), z, lz::inf), 1_c));
}
