// The IR graph (ir/graph.hpp): one record per distinct subterm, children first, the root last;
// each record is its operation's traits (ir/ops.hpp) with the node's data; the graph of a
// lowered tree (codegen's program_of) flags subtracted terms and dividing factors as lz::eval
// computes them. Compiling this file is the test.
#include <string_view>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace dt = lz::detail;
using namespace lz::literals;
using namespace std::string_view_literals;

constexpr lz::symbol<"z"> z;

template <class E>
constexpr dt::graph_view graph(E const&) {
    return dt::view_of<dt::tree_t<E>>();
}

// the index of the first node of kind k
constexpr std::size_t find(dt::graph_view g, dt::kind k) {
    std::size_t i = 0;
    while (g[i].k != k) ++i;
    return i;
}

}  // namespace

TEST_CASE("a canonical tree's graph lists each distinct subterm once, children first",
          "[ir][constexpr]") {
    // exp(z) - z exp(z): z, exp(z), -1, the product, the sum
    constexpr auto g = graph(lz::exp(z) - z * lz::exp(z));
    STATIC_REQUIRE(g.size == 5);
    STATIC_REQUIRE(g[g.root()].k == dt::kind::sum);
    STATIC_REQUIRE(g[g.root()].count == 2);
    constexpr std::size_t s = find(g, dt::kind::symbol), e = find(g, dt::kind::apply);
    STATIC_REQUIRE(g[s].name == "z"sv);
    STATIC_REQUIRE(g.child(e, 0) == s);
    STATIC_REQUIRE(g.child(g.root(), 0) == e || g.child(g.root(), 1) == e);
    // every child comes before its parent
    STATIC_REQUIRE([&] {
        for (std::size_t i = 0; i < g.size; ++i)
            for (std::size_t k = 0; k < g[i].count; ++k)
                if (g.child(i, k) >= i) return false;
        return true;
    }());
}

TEST_CASE("a function's record carries its op traits", "[ir][constexpr]") {
    constexpr auto g = graph(lz::exp(z));
    constexpr auto const& f = g[g.root()];
    STATIC_REQUIRE(f.arity == 1);
    STATIC_REQUIRE(f.name == "exp"sv && f.latex == "\\exp"sv && f.c == "exp"sv);
    STATIC_REQUIRE(f.rule == lz::proof_rule::exp);
    STATIC_REQUIRE(f.has_kernel && f.kernel(0.0L) == 1.0L);
    constexpr auto c = graph(z < 0_c);
    STATIC_REQUIRE(c[c.root()].k == dt::kind::comparison && c[c.root()].name == "<"sv);
    STATIC_REQUIRE(dt::ops_of_kind(dt::kind::sum).arity == -1);
    STATIC_REQUIRE(dt::ops_of_kind(dt::kind::power).arity == 2);
}

TEST_CASE("products and powers hold their coefficient and constant exponent", "[ir][constexpr]") {
    constexpr auto g = graph(3_c * lz::pow(z, lz::c<1, 2>) * lz::exp(z));
    constexpr auto const& p = g[g.root()];
    STATIC_REQUIRE(p.k == dt::kind::product && p.num == 3 && p.den == 1);
    constexpr auto const& s = g[find(g, dt::kind::power)];
    STATIC_REQUIRE(s.constant_exponent && s.num == 1 && s.den == 2);
}

TEST_CASE("the graph of a lowered tree has eval's operands and their flags", "[ir][constexpr]") {
    // z - exp(z): exp(z) is subtracted, not multiplied by -1
    using sub = dt::tree_t<decltype(z - lz::exp(z))>;
    constexpr auto g = dt::graph_view_of<dt::evaluated_operands, sub>();
    STATIC_REQUIRE(g[g.root()].k == dt::kind::sum && g[g.root()].count == 2);
    STATIC_REQUIRE([&] {
        int subtracted = 0;
        for (std::size_t k = 0; k < 2; ++k) {
            auto o = g.operand(g.root(), k);
            if (o.flag) subtracted += g[o.node].k == dt::kind::apply;
        }
        return subtracted == 1;
    }());
    // z / (1 + z): 1 + z divides
    using div = dt::tree_t<decltype(z / (1_c + z))>;
    constexpr auto h = dt::graph_view_of<dt::evaluated_operands, div>();
    STATIC_REQUIRE(h[h.root()].k == dt::kind::product && h[h.root()].count == 2);
    STATIC_REQUIRE(h.operand(h.root(), 0).flag != h.operand(h.root(), 1).flag);
}
