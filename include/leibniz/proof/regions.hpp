// The regions of a piecewise comparison: every assignment of truth values to the conditions,
// with the ones that cannot hold dropped. A condition linear in one symbol (z <= 0, 2z + 6 > 0)
// bounds that symbol; a region whose bounds cross is empty.
#pragma once

#include <cstddef>

#include <leibniz/proof/normal_form.hpp>

namespace leibniz::detail::proof {

//! At most 2^max_conditions regions are compared.
inline constexpr std::size_t max_conditions = 6;

struct bound {
    bool present = false, strict = false;
    rational at{};
};

struct interval {
    std::size_t atom = 0;
    bound lo, hi;
};

//! What is known of the current region: whether it can hold, and whether it is known to have
//! interior points (every condition was a bound on one symbol and no interval is a point).
struct region_shape {
    bool possible = true;
    bool open = true;
};

constexpr void tighten(bound& b, rational at, bool strict, bool upper) {
    if (!b.present) {
        b = {true, strict, at};
        return;
    }
    int order = compare(at, b.at);
    if ((upper && order < 0) || (!upper && order > 0))
        b = {true, strict, at};
    else if (order == 0)
        b.strict = b.strict || strict;
}

// c s + k as (atom of s, c, k), when x is that.
constexpr bool linear_in_one_symbol(context const& ctx, ratfun const& x, std::size_t& s,
                                    rational& c, rational& k) {
    if (!is_one(x.den)) return false;
    c = {0, 1, true};
    k = {0, 1, true};
    bool found = false;
    for (term const& t : x.num.terms) {
        if (is_one(t.m)) {
            k = t.c;
            continue;
        }
        std::size_t count = 0, at = 0;
        for (std::size_t i = 0; i < t.m.n; ++i)
            if (t.m.e[i] != 0) {
                ++count;
                at = i;
            }
        if (found || count != 1 || t.m.e[at] != unit || ctx.atoms[at].kind != atom_kind::symbol)
            return false;
        found = true;
        s = at;
        c = t.c;
    }
    return found;
}

constexpr region_shape examine(normaliser const& n) {
    region_shape shape;
    list<interval> intervals;
    for (std::size_t v = 0; v < n.variables.size(); ++v) {
        ratfun const& x = n.variables[v].x;
        bool holds = n.region[v];  // x <= 0 holds, or x > 0
        if (is_constant(x)) {
            if ((constant_of(x.num).num <= 0) != holds) shape.possible = false;
            continue;
        }
        std::size_t s = 0;
        rational c{}, k{};
        if (!linear_in_one_symbol(n.ctx, x, s, c, k)) {
            shape.open = false;  // not understood: assumed possible, not known to be open
            continue;
        }
        // c s + k <= 0  <=>  s <= -k/c (c > 0) or s >= -k/c (c < 0)
        rational at = -(k * inverse(c));
        if (!at.ok) {
            shape.open = false;  // a bound that does not fit bounds nothing
            continue;
        }
        bool upper = (c.num > 0) == holds;
        bool strict = !holds;
        std::size_t j = 0;
        while (j < intervals.size() && intervals[j].atom != s) ++j;
        if (j == intervals.size()) intervals.push_back({s, {}, {}});
        tighten(upper ? intervals[j].hi : intervals[j].lo, at, strict, upper);
    }
    for (interval const& i : intervals) {
        if (!i.lo.present || !i.hi.present) continue;
        int order = compare(i.lo.at, i.hi.at);
        if (order > 0 || (order == 0 && (i.lo.strict || i.hi.strict)))
            shape.possible = false;
        else if (order == 0)
            shape.open = false;
    }
    return shape;
}

}  // namespace leibniz::detail::proof
