// lz::kernel at compile time: the inputs split into arrays and scalars in order, outputs
// counted, run-time constants carried (renumbered after each other's), shared subterms counted
// once in the kernel's frame, and the batch policy's table of vector kernels.
#include <catch2/catch.hpp>
#include <type_traits>

#include <leibniz/activations.hpp>
#include <leibniz/batch/kernel.hpp>
#include <leibniz/calculus/d.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
namespace detail = lz::detail;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"g"> g;
constexpr lz::symbol<"alpha"> alpha;
constexpr lz::symbol<"beta"> beta;

template <class K, class T>
constexpr std::size_t frame_size =
    detail::collect_t<detail::deep_operands, typename K::template root<T>>::size;
}  // namespace

TEST_CASE("inputs: arrays first, then scalars, each in order", "[kernel]") {
    constexpr auto in = lz::inputs(z, lz::scalar(alpha), g, lz::scalar(beta));
    STATIC_REQUIRE(
        std::is_same_v<std::remove_const_t<decltype(in)>,
                       lz::input_list<detail::type_list<lz::symbol<"z">, lz::symbol<"g">>,
                                      detail::type_list<lz::symbol<"alpha">, lz::symbol<"beta">>>>);
    constexpr auto k = lz::kernel(in, g * act::elu(z, alpha) + beta);
    STATIC_REQUIRE(k.arrays == 2);
    STATIC_REQUIRE(k.scalars == 2);
    STATIC_REQUIRE(k.outputs == 1);
}

TEST_CASE("outputs share one frame; run-time constants are renumbered", "[kernel]") {
    constexpr auto f = act::silu(z);
    constexpr auto fused = lz::kernel(lz::inputs(z), f, lz::d(f, z));
    constexpr auto alone = lz::kernel(lz::inputs(z), lz::d(f, z));
    using F = std::remove_const_t<decltype(fused)>;
    using A = std::remove_const_t<decltype(alone)>;
    using B = std::remove_const_t<decltype(lz::kernel(lz::inputs(z), f))>;
    STATIC_REQUIRE(F::outputs == 2);
    // f and f' share |z|, -|z|, exp(-|z|) and z: fused, they take fewer slots than apart (the
    // roots aside)
    STATIC_REQUIRE(frame_size<F, double> + 4 <= frame_size<A, double> + frame_size<B, double>);
    constexpr auto p = lz::kernel(lz::inputs(z), z * 0.25, z + 0.5);
    STATIC_REQUIRE(p.params.size() == 2);
    STATIC_REQUIRE(p.params[0] == 0.25);
    STATIC_REQUIRE(p.params[1] == 0.5);
}

TEST_CASE("the batch policy: vector kernels by C name, blends for where", "[kernel]") {
    STATIC_REQUIRE(detail::batch_kernel_name("exp") == "lz_exp");
    STATIC_REQUIRE(detail::batch_kernel_name("log1p") == "lz_log1p");
    STATIC_REQUIRE(detail::batch_kernel_name("erfc") == "lz_erfc");
    STATIC_REQUIRE(detail::batch_kernel_name("sin").empty());
    STATIC_REQUIRE(detail::pattern_function("@expm1($0)") == "expm1");
    STATIC_REQUIRE(detail::pattern_function("($0 > $1 ? $0 : $1)").empty());
    STATIC_REQUIRE(detail::batch_math::blends);
    STATIC_REQUIRE(!detail::standard_math::blends);
    // a kernel's frame holds both branches of a where; eval's computes the branch taken
    using K = std::remove_const_t<decltype(lz::kernel(lz::inputs(z), act::elu(z)))>;
    STATIC_REQUIRE(frame_size<K, double> >= 5);
}

TEST_CASE("the kernel sources are kept for the C prelude", "[kernel]") {
    STATIC_REQUIRE(lz::batch::exp_source.find("lz_exp(double x)") != std::string_view::npos);
    STATIC_REQUIRE(lz::batch::erf_source.find("lz_erfc(double x)") != std::string_view::npos);
    STATIC_REQUIRE(lz::batch::bits_source.find("lz_select") != std::string_view::npos);
    // no comment survives: the prelude is the code
    STATIC_REQUIRE(lz::batch::log_source.find("//") == std::string_view::npos);
}
