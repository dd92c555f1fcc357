// Law suites: the algebraic laws of canonical form and of d, written once and instantiated over
// many expressions (as Boost.Hana's test/_include/laws/ do for its concepts).
//
// Exact laws are constexpr predicates on expressions, to be checked in STATIC_REQUIRE: they hold
// when both sides reach one canonical form, which is one type. Numeric laws evaluate both sides
// at a set of points and CHECK that they agree; they are for the laws whose two sides may
// legitimately have different canonical forms (c (a + b) and c a + c b are both canonical).
#pragma once

#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

#include <boost/hana/at.hpp>
#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace laws {

namespace lz = leibniz;
using namespace lz::literals;

// ---------------------------------------------------------------------------------------------
// Exact laws (constexpr bool)

// Canonical form does not depend on the order of the operands: a + b and b + a are one type.
template <class A, class B>
constexpr bool commutative(A a, B b) {
    return lz::same(a + b, b + a) && lz::same(a * b, b * a);
}

// Nor on how they are grouped: (a + b) + c and a + (b + c) are one type, and so for products.
template <class A, class B, class C>
constexpr bool associative(A a, B b, C c) {
    return lz::same((a + b) + c, a + (b + c)) && lz::same((a * b) * c, a * (b * c)) &&
           lz::same((a + b) + c, (c + a) + b) && lz::same((a * b) * c, (c * a) * b);
}

// The identity and absorbing elements and the inverses: f + 0 = f, f 1 = f, f^1 = f, f 0 = 0,
// f^0 = 1, f - f = 0, f/f = 1, -(-f) = f.
template <class F>
constexpr bool identities(F f) {
    return lz::same(f + 0_c, f) && lz::same(0_c + f, f) && lz::same(f * 1_c, f) &&
           lz::same(1_c * f, f) && lz::same(lz::pow(f, 1_c), f) && lz::same(f * 0_c, 0_c) &&
           lz::same(lz::pow(f, 0_c), 1_c) && lz::same(f - f, 0_c) && lz::same(f / f, 1_c) &&
           lz::same(-(-f), f) && lz::same(f - 0_c, f) && lz::same(f / 1_c, f);
}

// Building from a canonical form changes nothing: exp(log f) = f, log(exp f) = f, (f^2)^(1/2)
// is left alone (it is |f|, not f), but (f^(1/2))^2 = f.
template <class F>
constexpr bool inverse_functions(F f) {
    return lz::same(lz::exp(lz::log(f)), f) && lz::same(lz::log(lz::exp(f)), f) &&
           lz::same(lz::pow(lz::sqrt(f), 2_c), f);
}

// d of something that does not mention x is 0.
template <class F, class X>
constexpr bool constant_rule(F f, X x) {
    return lz::same(lz::d(f, x), 0_c);
}

// d(x, x) = 1.
template <class X>
constexpr bool identity_rule(X x) {
    return lz::same(lz::d(x, x), 1_c);
}

// d(f + g) = d f + d g.
template <class F, class G, class X>
constexpr bool additive(F f, G g, X x) {
    return lz::same(lz::d(f + g, x), lz::d(f, x) + lz::d(g, x)) &&
           lz::same(lz::d(f - g, x), lz::d(f, x) - lz::d(g, x));
}

// d(a f + b g) = a d f + b d g for exact constants a, b.
template <class F, class G, class A, class B, class X>
constexpr bool linear(F f, G g, A a, B b, X x) {
    return lz::same(lz::d(a * f + b * g, x), a * lz::d(f, x) + b * lz::d(g, x));
}

// d(f g) = d f g + f d g.
template <class F, class G, class X>
constexpr bool product_rule(F f, G g, X x) {
    return lz::same(lz::d(f * g, x), lz::d(f, x) * g + f * lz::d(g, x));
}

// d(f/g) = d f/g - f d g/g^2 (the quotient rule in the form the product rule gives).
template <class F, class G, class X>
constexpr bool quotient_rule(F f, G g, X x) {
    return lz::same(lz::d(f / g, x), lz::d(f, x) / g - f * lz::d(g, x) / lz::pow(g, 2_c));
}

// d(outer(g)) = outer'(g) d g, where outer' is given (as a function of any expression).
template <class Outer, class OuterPrime, class G, class X>
constexpr bool chain_rule(Outer outer, OuterPrime outer_prime, G g, X x) {
    return lz::same(lz::d(outer(g), x), outer_prime(g) * lz::d(g, x));
}

// d<n> is d applied n times; d<0>(f) = f.
template <class F, class X>
constexpr bool higher_order(F f, X x) {
    auto d1 = lz::d(f, x);
    auto d2 = lz::d(d1, x);
    auto d3 = lz::d(d2, x);
    return lz::same(lz::d<0>(f, x), f) && lz::same(lz::d<1>(f, x), d1) &&
           lz::same(lz::d<2>(f, x), d2) && lz::same(lz::d<3>(f, x), d3);
}

// d(f, x, y) = d(d(f, x), y), and d(f, x, y, z) likewise.
template <class F, class X, class Y>
constexpr bool several_symbols(F f, X x, Y y) {
    return lz::same(lz::d(f, x, y), lz::d(lz::d(f, x), y)) &&
           lz::same(lz::d(f, y, x), lz::d(lz::d(f, y), x)) &&
           lz::same(lz::d(f, x, y, x), lz::d(lz::d(lz::d(f, x), y), x)) &&
           lz::same(lz::d(f, x, x), lz::d<2>(f, x));
}

// gradient(f, x, y) holds d(f, x) and d(f, y), in that order.
template <class F, class X, class Y>
constexpr bool gradient_parts(F f, X x, Y y) {
    auto g = lz::gradient(f, x, y);
    return lz::same(boost::hana::at_c<0>(g), lz::d(f, x)) &&
           lz::same(boost::hana::at_c<1>(g), lz::d(f, y));
}

// A law checked for each of several arguments; a function template cannot be passed, so the
// law is wrapped in a generic lambda: `laws::all([](auto f) { return laws::identities(f); }, f,
// g)`.
template <class Law, class... Fs>
constexpr bool all(Law law, Fs... fs) {
    return (law(fs) && ...);
}

// ---------------------------------------------------------------------------------------------
// Numeric laws (Catch2 CHECKs). `at` maps an expression to its values at a fixed set of points:
//   auto at = [](auto const& e) { return laws::values({e(z = 0.3), e(z = 1.7)}); };
// A failure reports the values; define LEIBNIZ_LAWS_PRINT to also see the formulas (printing
// every formula of a suite adds a third to its compile time, so it is off by default).

inline std::vector<double> values(std::initializer_list<double> vs) { return vs; }

template <class E>
std::string formula([[maybe_unused]] E const& e) {
#ifdef LEIBNIZ_LAWS_PRINT
    return lz::to_string(e);
#else
    return "(define LEIBNIZ_LAWS_PRINT to print formulas)";
#endif
}

// Both expressions have the same value at every point of `at`, to a relative 1e-10. The
// formulas are printed only when a point disagrees.
inline bool close(double a, double b) {
    return std::isfinite(a) && a == Approx(b).epsilon(1e-10).margin(1e-12);
}

template <class A, class B, class At>
void agree(A const& a, B const& b, At const& at) {
    std::vector<double> va = at(a), vb = at(b);
    REQUIRE(va.size() == vb.size());
    bool all_close = true;
    for (std::size_t i = 0; i < va.size(); ++i) all_close = all_close && close(va[i], vb[i]);
    if (all_close) {
        SUCCEED("agree at " << va.size() << " points");
        return;
    }
    INFO("lhs: " << formula(a));
    INFO("rhs: " << formula(b));
    for (std::size_t i = 0; i < va.size(); ++i) {
        INFO("point " << i);
        CHECK(std::isfinite(va[i]));
        CHECK(va[i] == Approx(vb[i]).epsilon(1e-10).margin(1e-12));
    }
}

// c (a + b) = c a + c b, numerically (the two sides need not share a canonical form).
template <class A, class B, class C, class At>
void distributive(A const& a, B const& b, C const& c, At const& at) {
    agree(c * (a + b), c * a + c * b, at);
    agree((a + b) * c, a * c + b * c, at);
}

// d(a f + b g) = a d f + b d g for exact and run-time constants a and b.
template <class F, class G, class A, class B, class X, class At>
void linear_numeric(F const& f, G const& g, A const& a, B const& b, X x, At const& at) {
    agree(lz::d(a * f + b * g, x), a * lz::d(f, x) + b * lz::d(g, x), at);
}

// d(f g) = f' g + f g'.
template <class F, class G, class X, class At>
void product_rule_numeric(F const& f, G const& g, X x, At const& at) {
    agree(lz::d(f * g, x), lz::d(f, x) * g + f * lz::d(g, x), at);
}

// d(f/g) = (f' g - f g')/g^2, the textbook form.
template <class F, class G, class X, class At>
void quotient_rule_numeric(F const& f, G const& g, X x, At const& at) {
    agree(lz::d(f / g, x), (lz::d(f, x) * g - f * lz::d(g, x)) / lz::pow(g, 2_c), at);
}

// d(outer(g), x) at x = p equals d(outer(u), u) at u = g(p), times d(g, x) at p: the chain
// rule with outer given as a function of an expression and g a function of the symbol x only.
template <class Outer, class G, class U, class X>
void chain_rule_numeric(Outer outer, G const& g, U u, X x, std::initializer_list<double> points) {
    auto composite = lz::d(outer(g), x);
    auto outer_prime = lz::d(outer(u), u);
    auto inner_prime = lz::d(g, x);
    for (double p : points) {
        double lhs = lz::eval(composite, x = p);
        double rhs = lz::eval(outer_prime, u = lz::eval(g, x = p)) * lz::eval(inner_prime, x = p);
        if (close(lhs, rhs)) {
            SUCCEED("chain rule at " << p);
            continue;
        }
        INFO("d(outer(g)): " << formula(composite));
        INFO("outer'(u): " << formula(outer_prime) << "   g': " << formula(inner_prime));
        INFO("at " << p);
        CHECK(std::isfinite(lhs));
        CHECK(lhs == Approx(rhs).epsilon(1e-10).margin(1e-12));
    }
}

// Mixed partial derivatives commute: d(f, x, y) = d(f, y, x).
template <class F, class X, class Y, class At>
void mixed_partials_commute(F const& f, X x, Y y, At const& at) {
    agree(lz::d(f, x, y), lz::d(f, y, x), at);
}

// d(f, x) approximates the difference quotient of f: a check of d that shares no code with it.
// `at_x` evaluates an expression at x = p (other symbols fixed by the caller).
template <class F, class X, class AtX>
void matches_difference_quotient(F const& f, X x, AtX const& at_x,
                                 std::initializer_list<double> points) {
    auto df = lz::d(f, x);
    for (double p : points) {
        double h = 1e-3 * (1 + std::abs(p));
        // the five-point stencil: error O(h^4)
        double quotient =
            (-at_x(f, p + 2 * h) + 8 * at_x(f, p + h) - 8 * at_x(f, p - h) + at_x(f, p - 2 * h)) /
            (12 * h);
        double exact = at_x(df, p);
        if (std::isfinite(exact) && exact == Approx(quotient).epsilon(1e-7).margin(1e-9)) {
            SUCCEED("d matches the difference quotient at " << p);
            continue;
        }
        INFO("f: " << formula(f) << "   f': " << formula(df));
        INFO("at " << p);
        CHECK(exact == Approx(quotient).epsilon(1e-7).margin(1e-9));
    }
}

}  // namespace laws
