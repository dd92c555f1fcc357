// lz::holds on seeded generated conditions whose truth is known by construction: a sum of
// squares plus a constant c is >= 0 exactly when c >= 0 (> 0 when c > 0), in z and in exp(z);
// never proven when false, never disproved when true, and decided (the class is exact).
#include <catch2/catch.hpp>

#include <utility>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;

// The seed's numbers: a, b in [-5/3, 5/3], c in [-1/2, 1/2] (c = 0 included).
template <int I>
struct seed {
    static constexpr long long x = (I * 1103515245LL + 12345) % 2147483647;
    static constexpr auto a = lz::c<x % 11 - 5, 3>;
    static constexpr auto b = lz::c<(x / 11) % 11 - 5, 3>;
    static constexpr long long cn = (x / 121) % 9 - 4;
    static constexpr auto c = lz::c<cn, 8>;
};

// (each check a static member: its own constant expression, with its own step limit)
template <int I>
struct polynomial_case {
    static constexpr bool value = [] {
        using S = seed<I>;
        constexpr auto q = (z - S::a) * (z - S::a) * (z - S::b) * (z - S::b) + S::c;
        constexpr lz::verdict weak = lz::holds(q >= 0_c), strict = lz::holds(q > 0_c);
        return (S::cn >= 0 ? weak.proven() : weak.disproved()) &&
               (S::cn > 0 ? strict.proven() : strict.disproved());
    }();
};

template <int I>
struct exponential_case {
    static constexpr bool value = [] {
        using S = seed<I>;
        // u = exp(z) > 0: (u - a)^2 + c >= 0 fails exactly when c < 0 and some u > 0 has
        // (u - a)^2 < -c, which needs a > 0 or a^2 < -c
        constexpr auto u = lz::exp(z);
        constexpr auto q = (u - S::a) * (u - S::a) + S::c;
        constexpr lz::verdict weak = lz::holds(q >= 0_c);
        constexpr long long an = (S::x % 11) - 5;  // a = an / 3
        constexpr bool truth = S::cn >= 0 || (an <= 0 && an * an * 8 >= -S::cn * 9);
        return truth ? weak.proven() : weak.disproved();
    }();
};

template <int... I>
constexpr bool all(std::integer_sequence<int, I...>) {
    return (polynomial_case<I>::value && ...) && (exponential_case<I>::value && ...);
}
}  // namespace

TEST_CASE("holds: generated sums of squares, decided and right", "[study][holds][property]") {
    STATIC_REQUIRE(all(std::make_integer_sequence<int, 24>{}));
}
