// The regions of a piecewise comparison. Every comparison, abs and sign asks the sign of one
// variable x; the regions are found depth first, in the order of the graphs (children
// before parents), so that a condition that contains a where is normalised in each region of
// the conditions inside it (hard_tanh = max(-1, min(1, z))). A variable is split in two (x <= 0,
// x > 0, as its uses need) or in three when a use separates x = 0 from both sides (x < 0 and
// x <= 0 both asked, or sign x): the region x = 0 of an x linear in a symbol substitutes that
// symbol (z = 6 in relu6, a = b in max(a, b)). A condition linear in one symbol bounds it; a
// region whose bounds cross is dropped.
#pragma once

#include <cstddef>

#include <leibniz/proof/normal_form.hpp>

namespace leibniz::detail::proof {

//! At most max_regions regions are compared.
inline constexpr std::size_t max_conditions = 6;
inline constexpr std::size_t max_regions = std::size_t{1} << max_conditions;

//! What is known of the current region: whether it can hold, and whether it is known to have
//! interior points (every condition was a strict or non-strict bound on one symbol, no interval
//! is a point, and no variable is fixed at 0).
struct region_shape {
    bool possible = true;
    bool open = true;
    bool understood = true;  // every condition bounds one symbol: a possible region is not empty
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
    if (!x.ok() || !is_one(x.den)) return false;
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

// Bounds the symbol of c s + k by the signs the region gives it.
constexpr void bound_by(interval& v, rational at, bool c_positive, char signs) {
    // c s + k < 0  <=>  s < at (c > 0) or s > at (c < 0), at = -k/c; likewise = and >
    bool below_at = c_positive ? (signs & above) == 0 : (signs & below) == 0;
    bool above_at = c_positive ? (signs & below) == 0 : (signs & above) == 0;
    bool strict = (signs & at_zero) == 0;
    if (below_at) tighten(v.hi, at, strict, true);
    if (above_at) tighten(v.lo, at, strict, false);
}

//! Whether the current region can hold; fills n.intervals with its bounds on symbols.
constexpr region_shape examine(normaliser& n) {
    region_shape shape;
    n.intervals.clear();
    for (std::size_t v = 0; v < n.variables.size(); ++v) {
        ratfun const& x = n.variables[v].x;
        char signs = n.region[v];
        if (signs == at_zero) shape.open = false;
        if (is_constant(x)) {
            rational c = constant_of(x.num);
            char sign = c.num < 0 ? below : (c.num == 0 ? at_zero : above);
            if ((signs & sign) == 0) shape.possible = false;
            continue;
        }
        std::size_t s = 0;
        rational c{}, k{};
        if (!linear_in_one_symbol(n.ctx, x, s, c, k)) {
            shape.open = shape.understood = false;  // assumed possible, not known to be open
            continue;
        }
        rational at = -(k * inverse(c));
        if (!at.ok) {
            shape.open = shape.understood = false;  // a bound that does not fit bounds nothing
            continue;
        }
        std::size_t j = 0;
        while (j < n.intervals.size() && n.intervals[j].atom != s) ++j;
        if (j == n.intervals.size()) n.intervals.push_back({s, {}, {}});
        bound_by(n.intervals[j], at, c.num > 0, signs);
    }
    for (interval const& i : n.intervals) {
        if (!i.lo.present || !i.hi.present) continue;
        int order = compare(i.lo.at, i.hi.at);
        if (order > 0 || (order == 0 && (i.lo.strict || i.hi.strict)))
            shape.possible = false;
        else if (order == 0)
            shape.open = false;
    }
    return shape;
}

// In the region x = 0, a symbol s of x = c s + rest (rest free of s, and of any atom that may
// hide s) is -rest/c.
constexpr bool solve_for_symbol(normaliser& n, ratfun const& x, substitution& out) {
    context& ctx = n.ctx;
    if (!x.ok() || x.num.zero()) return false;
    for (std::size_t s = 0; s < ctx.atoms.size(); ++s) {
        if (ctx.atoms[s].kind != atom_kind::symbol) continue;
        rational c{};
        bool alone = true, found = false;
        for (term const& t : x.num.terms) {
            if (t.m.e[s] == 0) continue;
            bool single = t.m.e[s] == unit;
            for (std::size_t i = 0; i < t.m.n; ++i) single = single && (i == s || t.m.e[i] == 0);
            if (!single || found) alone = false;
            found = true;
            c = t.c;
        }
        if (!found || !alone) continue;
        bool plain = true;  // the rest mentions only symbols and constants
        for (term const& t : x.num.terms)
            for (std::size_t i = 0; i < t.m.n; ++i)
                plain = plain && (t.m.e[i] == 0 || ctx.atoms[i].kind == atom_kind::symbol ||
                                  ctx.atoms[i].kind == atom_kind::prime ||
                                  ctx.atoms[i].kind == atom_kind::named ||
                                  ctx.atoms[i].kind == atom_kind::param);
        if (!plain) return false;
        poly rest;
        for (term const& t : x.num.terms)
            if (t.m.e[s] == 0) rest.terms.push_back(t);
        out.name = ctx.atoms[s].name;
        out.value = from_poly(scaled(rest, -inverse(c)));
        return out.value.ok();
    }
    return false;
}

//! A node that asks a sign: a comparison, or abs or sign of an argument.
struct site {
    int side = 0;
    std::size_t node = 0;
};

//! The sign a comparison, abs or sign node asks: its variable x (monic) and its use (the signs
//! of x on which a comparison holds; for abs and sign, those on which the argument is <= 0).
constexpr bool sign_question(normaliser& n, int side, std::size_t node, ratfun& x,
                             condition_use& use) {
    graph_view const& t = n.sides[side];
    graph_node const& f = t[node];
    use.side = side;
    use.node = node;
    ratfun l = normal_form(n, side, t.child(node, 0));
    if (f.k == kind::comparison) {
        ratfun r = normal_form(n, side, t.child(node, 1));
        if (!n.ctx.ok) return false;
        x = add(n.ctx, l, negate(r));
        use.kind = use_kind::comparison;
        use.accepts = accepted_signs(f.name);
    } else {
        x = l;
        use.kind = f.rule == proof_rule::abs ? use_kind::abs : use_kind::sign;
        use.accepts = below | at_zero;
    }
    bool flipped = false;
    x = monic(n.ctx, x, flipped);
    if (flipped) use.accepts = mirrored(use.accepts);
    return n.ctx.ok && x.ok();
}

//! The index of the variable x among the current ones (their count when it is new).
constexpr std::size_t find_variable(normaliser& n, ratfun const& x) {
    std::size_t v = 0;
    while (v < n.variables.size() && !equal(n.ctx, n.variables[v].x, x)) ++v;
    return v;
}

//! The depth-first walk over the regions; `leaf` is called in each region that can hold.
template <class Leaf>
struct region_walk {
    normaliser& n;
    Leaf& leaf;
    list<site> sites;
    std::size_t regions = 0;
    bool ok = true;  // false: a condition failed, or there were too many regions

    // The variable and use of site k in the current region.
    constexpr bool question(site const& at, ratfun& x, condition_use& use) {
        forget(n);
        n.ctx.ok = true;  // (a region before may have failed alone)
        return sign_question(n, at.side, at.node, x, use);
    }

    // Descends with variable v restricted to the signs `signs` (a new one, or a refinement).
    constexpr void descend(std::size_t k, std::size_t v, char signs, condition_use const& use) {
        char before = n.region[v];
        n.region[v] = signs;
        std::size_t substituted = n.substitutions.size();
        substitution sub;
        if (signs == at_zero && solve_for_symbol(n, n.variables[v].x, sub))
            n.substitutions.push_back(sub);
        if (examine(n).possible) {
            n.uses.push_back(use);
            walk(k + 1);
            n.uses.pop_back();
        }
        while (n.substitutions.size() > substituted) n.substitutions.pop_back();
        n.region[v] = before;
    }

    // The parts of `signs` that the use tells apart (sign needs every sign on its own).
    static constexpr void parts(char signs, condition_use const& use, char out[3],
                                std::size_t& count) {
        count = 0;
        if (use.kind == use_kind::sign) {
            for (char bit : {below, at_zero, above})
                if (signs & bit) out[count++] = bit;
            return;
        }
        char in = static_cast<char>(signs & use.accepts), off = static_cast<char>(signs & ~in);
        if (use.kind == use_kind::abs) {  // abs needs x <= 0 or x >= 0: 0 may go either way
            in = static_cast<char>(signs & (below | at_zero));
            off = static_cast<char>(signs & above);
            if (in == 0 || off == 0) {
                out[count++] = signs;
                return;
            }
        }
        if (in != 0) out[count++] = in;
        if (off != 0) out[count++] = off;
    }

    constexpr void walk(std::size_t k) {
        if (!ok) return;
        if (k == sites.size()) {
            if (++regions > max_regions) {
                ok = false;
                return;
            }
            leaf(n);
            return;
        }
        ratfun x;
        condition_use use;
        if (!question(sites[k], x, use)) {
            ok = false;
            return;
        }
        std::size_t v = find_variable(n, x);
        if (!n.ctx.ok) {
            ok = false;
            return;
        }
        bool fresh = v == n.variables.size();
        if (fresh) {
            if (n.variables.size() == max_conditions) {
                ok = false;
                return;
            }
            n.variables.push_back({x});
            n.region.push_back(any_sign);
        }
        use.variable = v;
        char split[3];
        std::size_t count = 0;
        parts(n.region[v], use, split, count);
        for (std::size_t p = 0; p < count && ok; ++p) descend(k, v, split[p], use);
        if (fresh) {
            n.variables.pop_back();
            n.region.pop_back();
        }
    }
};

//! Whether a node asks a sign: a comparison, or abs or sign of an argument.
constexpr bool asks_sign(graph_node const& f) {
    return f.k == kind::comparison ||
           (f.k == kind::apply && (f.rule == proof_rule::abs || f.rule == proof_rule::sign));
}

//! Calls leaf(n) in every region of the two sides that can hold; false when the regions could
//! not all be found (a condition outside the normal form, overflow, or too many regions).
template <class Leaf>
constexpr bool for_each_region(normaliser& n, Leaf leaf) {
    region_walk<Leaf> w{n, leaf, {}, 0, true};
    for (int side = 0; side < 2; ++side) {
        graph_view const& t = n.sides[side];
        for (std::size_t i = 0; i < t.size; ++i)
            if (asks_sign(t[i])) w.sites.push_back({side, i});
    }
    n.variables.clear();
    n.region.clear();
    n.uses.clear();
    n.substitutions.clear();
    w.walk(0);
    return w.ok;
}

}  // namespace leibniz::detail::proof
