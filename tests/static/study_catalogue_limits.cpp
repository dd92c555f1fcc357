// Every lz::holds and lz::limit on a catalogue function and its first two derivatives compiles
// within the compilers' default constexpr limits (a valid input is never a hard error), and what
// they decide agrees with the textbook: f' >= 0 for the monotone increasing ones, the sign
// conditions below otherwise left to the profile tests.
#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;

// The limits of f, f', f'' at both ends and f' >= 0, f'' >= 0: each a constant expression of
// its own; `increasing` is the textbook truth of f' >= 0.
template <class F>
constexpr bool all_compile(F const& f, bool increasing) {
    constexpr auto d1 = lz::d(F{}, z);
    constexpr auto d2 = lz::d(d1, z);
    (void)lz::limit(f, z, lz::inf);
    (void)lz::limit(f, z, -lz::inf);
    (void)lz::limit(d1, z, lz::inf);
    (void)lz::limit(d1, z, -lz::inf);
    (void)lz::limit(d2, z, lz::inf);
    (void)lz::limit(d2, z, -lz::inf);
    constexpr lz::verdict slope = lz::holds(d1 >= 0_c);
    constexpr lz::verdict curve = lz::holds(d2 >= 0_c);
    (void)curve;
    return increasing ? !slope.disproved() : !slope.proven();
}
}  // namespace

TEST_CASE("holds and limit on the catalogue compile within default limits", "[study]") {
    STATIC_REQUIRE(all_compile(act::identity(z), true));
    STATIC_REQUIRE(all_compile(act::binary_step(z), true));
    STATIC_REQUIRE(all_compile(act::sigmoid(z), true));
    STATIC_REQUIRE(all_compile(act::tanh(z), true));
    STATIC_REQUIRE(all_compile(act::arctan(z), true));
    STATIC_REQUIRE(all_compile(act::relu(z), true));
    STATIC_REQUIRE(all_compile(act::leaky_relu(z), true));
    STATIC_REQUIRE(all_compile(act::elu(z), true));
    STATIC_REQUIRE(all_compile(act::softplus(z), true));
    STATIC_REQUIRE(all_compile(act::gelu(z), false));
    STATIC_REQUIRE(all_compile(act::gelu_tanh(z), false));
    STATIC_REQUIRE(all_compile(act::silu(z), false));
    STATIC_REQUIRE(all_compile(act::mish(z), false));
    STATIC_REQUIRE(all_compile(act::selu(z), true));
    STATIC_REQUIRE(all_compile(act::celu(z), true));
    STATIC_REQUIRE(all_compile(act::softsign(z), true));
    STATIC_REQUIRE(all_compile(act::hard_sigmoid(z), true));
    STATIC_REQUIRE(all_compile(act::hard_tanh(z), true));
    STATIC_REQUIRE(all_compile(act::hardswish(z), false));
    STATIC_REQUIRE(all_compile(act::relu6(z), true));
    STATIC_REQUIRE(all_compile(act::log_sigmoid(z), true));
    STATIC_REQUIRE(all_compile(act::softshrink(z, lz::c<1, 2>), true));
    STATIC_REQUIRE(all_compile(act::hardshrink(z, lz::c<1, 2>), true));
    STATIC_REQUIRE(all_compile(act::tanhshrink(z), true));
}
