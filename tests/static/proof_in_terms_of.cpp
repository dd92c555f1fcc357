// lz::in_terms_of at compile time: derivatives written through the function itself, region by
// region; none where no polynomial of degree <= 4 exists.
#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"y"> y;
constexpr lz::symbol<"alpha"> alpha;
constexpr auto s = act::sigmoid(z);
}  // namespace

TEST_CASE("the logistic function's derivatives through itself", "[proof][in_terms_of][static]") {
    constexpr auto d1 = lz::in_terms_of(lz::d(s, z), s, y);
    STATIC_REQUIRE(lz::found(d1));
    STATIC_REQUIRE(lz::equivalent(d1, y - y * y));
    STATIC_REQUIRE(lz::equivalent(d1, y * (1_c + y)).disproved());
    constexpr auto d2 = lz::in_terms_of(lz::d(s, z, z), s, y);
    STATIC_REQUIRE(lz::equivalent(d2, y * (1_c - y) * (1_c - 2_c * y)));
    constexpr auto d3 = lz::in_terms_of(lz::d<3>(s, z), s, y);
    STATIC_REQUIRE(lz::equivalent(d3, y * (1_c - y) * (1_c - 6_c * y + 6_c * y * y)));
    // softplus' in terms of sigma
    STATIC_REQUIRE(lz::equivalent(lz::in_terms_of(lz::d(act::softplus(z), z), s, y), y));
    // the slope form: d sigma(alpha z)/dz = alpha y (1 - y), a coefficient with a symbol
    constexpr auto sa = act::sigmoid(z, alpha);
    STATIC_REQUIRE(lz::equivalent(lz::in_terms_of(lz::d(sa, z), sa, y), alpha * y * (1_c - y)));
}

TEST_CASE("tanh through itself", "[proof][in_terms_of][static]") {
    STATIC_REQUIRE(
        lz::equivalent(lz::in_terms_of(lz::d(lz::tanh(z), z), lz::tanh(z), y), 1_c - y * y));
    STATIC_REQUIRE(
        lz::equivalent(lz::in_terms_of(lz::d(act::tanh(z), z), act::tanh(z), y), 1_c - y * y));
}

TEST_CASE("piecewise functions, region by region", "[proof][in_terms_of][static]") {
    constexpr auto elu = act::elu(z, alpha);
    constexpr auto back = lz::in_terms_of(lz::d(elu, z), elu, y);
    STATIC_REQUIRE(lz::equivalent(back, lz::where(z <= 0_c, y + alpha, 1_c)));
    STATIC_REQUIRE(lz::same(back, lz::where(z <= 0_c, y + alpha, 1_c)));
    STATIC_REQUIRE(lz::equivalent(lz::in_terms_of(lz::d(act::relu(z), z), act::relu(z), y),
                                  lz::where(z <= 0_c, 0_c, 1_c)));
}

TEST_CASE("none exists", "[proof][in_terms_of][static]") {
    STATIC_REQUIRE(!lz::found(lz::in_terms_of(lz::d(act::silu(z), z), act::silu(z), y)));
    STATIC_REQUIRE(!lz::found(lz::in_terms_of(lz::d(act::softplus(z), z), act::softplus(z), y)));
    STATIC_REQUIRE(!lz::found(lz::in_terms_of(lz::d(act::gelu(z), z), act::gelu(z), y)));
}
