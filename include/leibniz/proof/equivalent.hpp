// lz::equivalent: a decision procedure for a ≡ b. Both sides are normalised region by region;
// a region is proven when num(a) den(b) - num(b) den(a) is the zero polynomial. The answer is
// proven when every region is, disproved when a difference is a non-zero function (only
// independent indeterminates, in a region with interior points) or when a sample point shows
// one, and unknown otherwise.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <leibniz/algebra/params.hpp>
#include <leibniz/core/nodes.hpp>
#include <leibniz/proof/list.hpp>
#include <leibniz/proof/numeric.hpp>
#include <leibniz/proof/regions.hpp>

namespace leibniz {

//! The answer of lz::equivalent: proven, disproved or unknown; converts to bool as proven.
class verdict {
  public:
    enum class state { proven, disproved, unknown };

    constexpr verdict() = default;
    constexpr explicit verdict(state s) : state_(s) {}

    //! `static_assert(lz::equivalent(a, b).proven())`: the algebra shows a = b.
    constexpr bool proven() const { return state_ == state::proven; }
    //! `lz::equivalent(a, a + 1_c).disproved()`: a and b differ.
    constexpr bool disproved() const { return state_ == state::disproved; }
    //! Neither could be shown (outside the decidable class, or too large).
    constexpr bool unknown() const { return state_ == state::unknown; }
    //! `static_assert(lz::equivalent(a, b))`: true when proven.
    constexpr explicit operator bool() const { return proven(); }
    //! Verdicts compare by their state (not by their witnesses).
    constexpr bool operator==(verdict const& other) const { return state_ == other.state_; }

    //! A disproof of lz::holds found at a point: `v.witness()` is the value of the symbol
    //! `v.witness_symbol()` where the condition fails (confirmed by an evaluation with error
    //! bounds).
    constexpr bool has_witness() const { return witnessed_; }
    constexpr long double witness() const { return at_; }
    constexpr std::string_view witness_symbol() const { return symbol_; }
    //! How the verdict was reached, a set of these bits (lz::explain prints them).
    enum method : unsigned {
        normal_form = 1,         // the normal forms' difference (lz::equivalent)
        term_signs = 2,          // the signs of the terms of a normal form
        root_count = 4,          // exact real-root counting (Sturm)
        interval = 8,            // certified interval bisection
        exact_witness = 16,      // a point of a region where the exact form has a forbidden sign
        evaluated_witness = 32,  // a point where an evaluation with error bounds shows it
        limit = 64               // limits at infinity (lz::limit)
    };
    constexpr unsigned how() const { return how_; }
    constexpr verdict with_method(unsigned how) const {
        verdict v = *this;
        v.how_ |= how;
        return v;
    }
    constexpr verdict with_witness(std::string_view symbol, long double at) const {
        verdict v = *this;
        v.witnessed_ = true;
        v.symbol_ = symbol;
        v.at_ = at;
        return v;
    }

  private:
    state state_ = state::unknown;
    bool witnessed_ = false;
    std::string_view symbol_;
    long double at_ = 0;
    unsigned how_ = 0;
};

namespace detail::proof {

//! What one region showed.
struct region_result {
    list<condition_variable> variables;  // the region: these signs of these variables
    list<char> signs;
    bool open = true;
    bool ok = true;  // both sides normalised
    ratfun a, b;
    poly difference;
    verdict::state state = verdict::state::unknown;
};

struct decision {
    normaliser n;
    list<region_result> regions;
    bool regions_found = true;
    verdict::state state = verdict::state::unknown;
    bool numeric_witness = false;
    bool identical = false;  // both sides are one canonical form
};

// One tree (same_tree: both sides have one type) with the same run-time constants: one
// canonical form, so one function. (Types are compared, not table addresses: comparing the
// addresses of two static arrays is not a constant expression under -fsanitize=address.)
constexpr bool identical(graph_view const& ta, graph_view const& tb, bool same_tree) {
    if (!same_tree) return false;
    for (std::size_t i = 0; i < ta.size; ++i)
        if (ta[i].k == kind::param && ta.params[ta[i].index] != tb.params[tb[i].index])
            return false;
    return true;
}

// Compares both sides in the current region.
struct compare_region {
    decision* d;
    constexpr void operator()(normaliser& n) const {
        region_shape shape = examine(n);
        forget(n);
        n.ctx.ok = true;
        n.ctx.partial = false;
        region_result r;
        r.variables = n.variables;
        r.signs = n.region;
        r.open = shape.open;
        r.a = normal_form(n, 0, n.sides[0].root());
        r.b = normal_form(n, 1, n.sides[1].root());
        r.ok = n.ctx.ok;
        if (r.ok) {
            r.difference = difference(n.ctx, r.a, r.b);
            r.ok = r.difference.ok;
        }
        // disproved: a non-zero function on an open region, or a non-zero constant on a region
        // that is not empty (a point: z = 6 substituted exactly)
        if (r.ok && r.difference.zero())
            r.state = verdict::state::proven;
        else if (r.ok && !n.ctx.partial &&
                 ((shape.open && independent(n.ctx, r.difference)) ||
                  (shape.understood && is_constant(r.difference))))
            r.state = verdict::state::disproved;
        d->regions.push_back(static_cast<region_result&&>(r));
    }
};

constexpr decision decide(graph_view ta, graph_view tb, bool same_tree = false) {
    decision d;
    if (identical(ta, tb, same_tree)) {
        d.state = verdict::state::proven;
        d.identical = true;
        return d;
    }
    start(d.n, ta, tb);
    d.regions_found = for_each_region(d.n, compare_region{&d});
    bool all_proven = d.regions_found, disproved = false;
    for (region_result const& r : d.regions) {
        all_proven = all_proven && r.state == verdict::state::proven;
        disproved = disproved || r.state == verdict::state::disproved;
    }
    if (all_proven)
        d.state = verdict::state::proven;
    else if (disproved)
        d.state = verdict::state::disproved;
    else if (differ_somewhere(ta, tb)) {
        d.state = verdict::state::disproved;
        d.numeric_witness = true;
    }
    return d;
}

}  // namespace detail::proof

//! Decides a ≡ b at compile time: `static_assert(lz::equivalent(lz::d(s, z), s * (1_c - s)))`.
template <expression A, expression B>
constexpr verdict equivalent(A const& a, B const& b) {
    using namespace detail::proof;
    using ta = detail::tree_t<A>;
    using tb = detail::tree_t<B>;
    auto pa = detail::params_of(a);
    auto pb = detail::params_of(b);
    decision d = decide(detail::view_of<ta>(pa.data()), detail::view_of<tb>(pb.data()),
                        std::is_same_v<ta, tb>);
    if (d.state == verdict::state::unknown) return verdict{};
    return verdict(d.state).with_method(d.numeric_witness ? verdict::evaluated_witness
                                                          : verdict::normal_form);
}

}  // namespace leibniz
