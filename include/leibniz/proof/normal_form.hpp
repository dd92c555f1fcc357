// The normal form of an expression: its IR graph read into a rational function over atoms.
// exp of a sum is a product of u = exp(m) per monomial m; log takes the exponentials out of its
// argument; tanh x = (exp(2x) - 1)/(exp(2x) + 1); rational powers of rational constants become
// prime radicals; other functions are opaque atoms. A `where` takes the branch that the current
// region assigns to its condition, abs and sign the value the region gives their argument's sign.
#pragma once

#include <cstddef>

#include <leibniz/ir/graph.hpp>
#include <leibniz/proof/atoms.hpp>
#include <leibniz/proof/list.hpp>
#include <leibniz/proof/logs.hpp>
#include <leibniz/proof/trig.hpp>

namespace leibniz::detail::proof {

// Conditions are signs: every comparison, abs and sign is a question about the sign of one
// normalised x (a rational function whose leading coefficient is 1), and a region gives each
// such x a set of signs, a mask of these bits.
inline constexpr char below = 1, at_zero = 2, above = 4, any_sign = 7;

//! The x of a condition; x and -x are one variable.
struct condition_variable {
    ratfun x;
};

enum class use_kind { comparison, abs, sign };

//! A node that asks the sign of a variable: a comparison (true on the signs in `accepts`), or
//! abs and sign of x.
struct condition_use {
    int side = 0;
    std::size_t node = 0;
    std::size_t variable = 0;
    char accepts = below | at_zero;
    use_kind kind = use_kind::comparison;
};

//! In a region where a linear x vanishes, a symbol of x is the rest of x: z = 6, a = b.
struct substitution {
    std::string_view name;
    ratfun value;
};

//! What a region says of a symbol: bounds from the conditions linear in it.
struct bound {
    bool present = false, strict = false;
    rational at{};
};

struct interval {
    std::size_t atom = 0;
    bound lo, hi;
};

//! The state of a normalisation: the atoms, the conditions of the current region, memo tables.
struct normaliser {
    context ctx;
    graph_view sides[2];
    list<condition_variable> variables;  // of the current region (a stack: see regions.hpp)
    list<condition_use> uses;
    list<char> region;  // the signs each variable may have in the current region
    list<substitution> substitutions;
    list<interval> intervals;  // the bounds of the current region, from examine
    list<list<ratfun>> memo;   // per side, per node (no C arrays of vectors: g++ 12
    list<list<char>> done;     // destroys those twice in constant evaluation)
};

constexpr ratfun normal_form(normaliser& n, int side, std::size_t i);

//! The sign of atom i in the current region: 1 when >= 0, -1 when <= 0, 0 when not known.
constexpr int known_sign(normaliser const& n, std::size_t i) {
    for (interval const& v : n.intervals) {
        if (v.atom != i) continue;
        if (v.lo.present && v.lo.at.num >= 0) return 1;
        if (v.hi.present && v.hi.at.num <= 0) return -1;
    }
    return 0;
}

// --- exp, log, powers

constexpr bool exponent_in_units(rational r, long long& out) {
    // r * unit must be an integer
    if (!r.ok || unit % r.den != 0) return false;
    return !__builtin_mul_overflow(r.num, unit / r.den, &out) && out != INT64_MIN;
}

constexpr bool monomial_power(normaliser& n, ratfun const& base, rational r, ratfun& out);

constexpr ratfun exp_of(normaliser& n, ratfun const& x) {
    context& ctx = n.ctx;
    if (!x.ok()) return failed(ctx);
    if (!is_one(x.den)) {
        // exp(p/q): one atom per direction, so that exp(x) exp(-x) = 1
        rational lead = x.num.terms[0].c;
        long long k = 0;
        if (!exponent_in_units(lead, k)) {
            lead = {1, 1, true};
            k = unit;
        }
        atom a;
        a.kind = atom_kind::exp;
        a.arg = tidy(ctx, {scaled(x.num, inverse(lead)), x.den});
        return atom_power(ctx, a, k);
    }
    ratfun result = constant_fn({1, 1, true});
    for (term const& t : x.num.terms) {
        ratfun factor;
        // exp(c log p) = p^c for an integer c
        std::size_t single = max_atoms, count = 0;
        for (std::size_t i = 0; i < t.m.n; ++i)
            if (t.m.e[i] != 0) {
                single = i;
                ++count;
            }
        // (|arg|^c, for a log atom of an argument that may be negative: c even; logs.hpp)
        if (count == 1 && t.m.e[single] == unit && ctx.atoms[single].kind == atom_kind::function &&
            ctx.atoms[single].rule == proof_rule::log && t.c.den == 1 &&
            (!ctx.atoms[single].abs || t.c.num % 2 == 0)) {
            if (t.c.num % 2 != 0) ctx.atoms[single].exp_taken = true;
            factor = integer_power(ctx, ratfun(ctx.atoms[single].arg), t.c.num);
        } else if (count == 1 && t.m.e[single] == unit &&
                   ctx.atoms[single].kind == atom_kind::function &&
                   ctx.atoms[single].rule == proof_rule::log && !ctx.atoms[single].abs &&
                   monomial_power(n, ratfun(ctx.atoms[single].arg), t.c, factor)) {
            // exp(c log m) = m^c for a monomial m, as pow(m, c) is: z^(-1/3)
            ctx.atoms[single].exp_taken = true;
        } else {
            // exp(c m) = exp(m)^c; when c is not a multiple of 1/unit, exp(c m) is its own atom
            long long k = 0;
            term key{{1, 1, true}, t.m};
            bool whole = exponent_in_units(t.c, k);
            if (!whole) {
                // exp(c m) = exp(m/q)^(c q), q the part of c's denominator that 1/unit misses:
                // exp(c m) and exp(-c m) are one atom, whatever c's numerator
                rational q = {t.c.den / gcd(t.c.den, unit), 1, true};
                key.c = inverse(q);
                if (!exponent_in_units(t.c * q, k)) {
                    key.c = t.c;
                    k = unit;
                }
            }
            atom a;
            a.kind = atom_kind::exp;
            a.arg = from_poly(poly{{key}, true});
            bool free = whole;  // exp of a monomial in independent atoms, none an exponential
            for (std::size_t i = 0; i < ctx.atoms.size(); ++i)
                if (t.m.e[i] != 0)
                    free = free && ctx.atoms[i].independent && ctx.atoms[i].kind != atom_kind::exp;
            a.independent = free;
            a.side = n.ctx.side;
            factor = atom_power(ctx, a, k);
        }
        result = multiply(ctx, result, factor);
    }
    return result;
}

// log(u^k r) = k m + log(r): the exponentials leave the argument (they are positive).
constexpr ratfun log_of(normaliser& n, ratfun x, std::string_view name = "log") {
    context& ctx = n.ctx;
    if (!x.ok() || x.num.zero()) return failed(ctx);
    if (!positive(ctx, x)) ctx.partial = true;
    ratfun outside{};
    for (int part = 0; part < 2; ++part) {
        poly& p = part == 0 ? x.num : x.den;
        monomial low = lowest(p);
        term content{{1, 1, true}, {}};
        for (std::size_t i = 0; i < ctx.atoms.size(); ++i) {
            if (ctx.atoms[i].kind != atom_kind::exp || low.e[i] == 0) continue;
            content.m.set(i, -low.e[i]);
            ratfun k = constant_fn(reduce(low.e[i], unit));
            ratfun m = multiply(ctx, k, ctx.atoms[i].arg);
            if (part == 1) m = negate(m);
            outside = add(ctx, outside, m);
        }
        p = times(p, content);
    }
    x = tidy(ctx, x);
    if (!ctx.ok) return failed(ctx);
    return add(ctx, outside, split_log(ctx, x, name));  // the rest into atoms (logs.hpp)
}

// c^(k/unit) for a positive rational c: prime radicals times a rational.
constexpr ratfun rational_radical(normaliser& n, rational c, long long k) {
    ratfun result = constant_fn({1, 1, true});
    for (int part = 0; part < 2; ++part) {
        long long v = part == 0 ? c.num : c.den;
        while (v > 1) {
            long long p = smallest_factor(v);
            bool prime = p != v || v < 1001 * 1001;
            long long count = 0;
            while (v % p == 0) {
                v /= p;
                ++count;
            }
            long long e = 0;
            if (__builtin_mul_overflow(count, k, &e) || e == INT64_MIN) return failed(n.ctx);
            atom a;
            a.kind = atom_kind::prime;
            a.prime = p;
            // a factor left after trial division may be composite: not known to be independent
            a.independent = prime;
            result = multiply(n.ctx, result, atom_power(n.ctx, a, part == 0 ? e : -e));
        }
    }
    return result;
}

// base^r for a rational r that is not an integer, when base is a monomial and that is exact
// (see below); false when it is not.
constexpr bool monomial_power(normaliser& n, ratfun const& base, rational r, ratfun& out) {
    context& ctx = n.ctx;
    // a monomial with a positive coefficient: (c m)^r = c^r m^r, unless some indeterminate
    // has an even integer exponent ((z^2)^(1/2) is |z|, not z) and no known sign. A factor
    // z^e known <= 0 in the region is (-1)^e (-z)^e, and (-z)^(e r) is rebuilt when e r is
    // an integer: (z^2)^(1/2) = -z where z <= 0.
    if (is_one(base.den) && base.num.size() == 1) {
        term t = base.num.terms[0];
        bool fine = true;
        int unsigned_factors = 0;  // factors that may be negative
        long long flips = 0, result_flips = 0;
        for (std::size_t i = 0; i < ctx.atoms.size(); ++i) {
            long long e = t.m.e[i];
            if (e == 0) continue;
            atom const& x = ctx.atoms[i];
            int sign = known_sign(n, i);
            bool positive = x.kind == atom_kind::exp || x.kind == atom_kind::prime ||
                            (x.value_known && x.value > 0) || sign > 0;
            bool negative = !positive && sign < 0 && e % unit == 0;
            long long scaled_e = 0;
            bool exact = !__builtin_mul_overflow(e, r.num, &scaled_e) && scaled_e % r.den == 0 &&
                         scaled_e != INT64_MIN;
            if (negative) {
                flips += e / unit;
                if (!exact || (scaled_e / r.den) % unit != 0)
                    fine = false;
                else
                    result_flips += scaled_e / r.den / unit;
            } else if (!positive && e % (2 * unit) == 0 && exact &&
                       (scaled_e / r.den) % (2 * unit) == 0) {
                // (z^(2j))^r = z^(2jr) when 2jr is even: both are |z|^(2jr), everywhere
            } else {
                // a power with a non-integer exponent is defined only where its base is >= 0
                if (!positive) ctx.partial = true;
                // x^e with e not an integer is >= 0 where it is defined
                if (e % unit == 0 && !positive) {
                    ++unsigned_factors;
                    if (e % (2 * unit) == 0) fine = false;  // (z^2)^(1/2) is |z|, not z
                }
            }
            if (!exact)
                fine = false;
            else
                t.m.e[i] = scaled_e / r.den;
        }
        if (flips % 2 != 0) t.c = -t.c;
        // (z w)^(1/2) is not z^(1/2) w^(1/2) when both are negative
        if (unsigned_factors > 1 || !t.c.ok || t.c.num <= 0) fine = false;
        long long k = 0;
        if (fine && exponent_in_units(r, k)) {
            ratfun rest = from_poly(poly{{term{{1, 1, true}, t.m}}, true});
            if (result_flips % 2 != 0) rest = negate(rest);
            out = multiply(ctx, rational_radical(n, t.c, k),
                           tidy(ctx, {reduce_radicals(ctx, rest.num), rest.den}));
            return true;
        }
    }
    return false;
}

constexpr ratfun power_of(normaliser& n, ratfun const& base, ratfun const& exponent) {
    context& ctx = n.ctx;
    if (!base.ok() || !exponent.ok()) return failed(ctx);
    if (is_constant(exponent)) {
        rational r = constant_of(exponent.num);
        if (r.den == 1) return integer_power(ctx, base, r.num);
        ratfun out;
        if (monomial_power(n, base, r, out)) return out;
    }
    // b^x = exp(x log b), where b > 0
    return exp_of(n, multiply(ctx, exponent, log_of(n, base)));
}

// --- conditions

//! x scaled by a positive or negative constant so that its leading coefficient is 1; `flipped`
//! says the scale was negative (x and -x are one variable, with the signs exchanged).
constexpr ratfun monic(context& ctx, ratfun x, bool& flipped) {
    flipped = false;
    if (!x.ok() || x.num.zero()) return x;
    rational lead = x.num.terms[0].c;
    flipped = lead.num < 0;
    x.num = scaled(x.num, inverse(lead));
    if (!x.ok()) ctx.ok = false;
    return x;
}

//! The signs of `l - r` on which `l op r` holds.
constexpr char accepted_signs(std::string_view op) {
    if (op == "<=") return below | at_zero;
    if (op == "<") return below;
    if (op == ">=") return at_zero | above;
    return above;
}

//! The signs of -x from those of x.
constexpr char mirrored(char signs) {
    return static_cast<char>(((signs & below) ? above : 0) | (signs & at_zero) |
                             ((signs & above) ? below : 0));
}

//! The use of a node in the current region, or null when its condition is not decided yet.
constexpr condition_use const* use_of(normaliser const& n, int side, std::size_t node) {
    for (condition_use const& u : n.uses)
        if (u.side == side && u.node == node) return &u;
    return nullptr;
}

// --- the walk

//! The normal form of the function `name` (of proof rule `rule`, not abs or sign) of x.
constexpr ratfun function_of(normaliser& n, proof_rule rule, std::string_view name,
                             ratfun const& x) {
    context& ctx = n.ctx;
    switch (rule) {
    case proof_rule::exp:
        return exp_of(n, x);
    case proof_rule::log:
        return log_of(n, x, name);
    case proof_rule::tanh: {
        ratfun u2 = exp_of(n, add(ctx, x, x));
        ratfun one = constant_fn({1, 1, true});
        ratfun minus = add(ctx, u2, negate(one)), plus = add(ctx, u2, one);
        if (!ctx.ok || plus.num.zero()) return failed(ctx);
        return multiply(ctx, minus, ratfun{plus.den, plus.num});
    }
    case proof_rule::sin:
    case proof_rule::cos:
        return trig_of(ctx, rule == proof_rule::sin, name, x);
    case proof_rule::opaque:
        return function_atom(ctx, name, rule, x);
    case proof_rule::abs:
    case proof_rule::sign:
        break;
    }
    return failed(ctx);
}

constexpr ratfun compute(normaliser& n, int side, std::size_t i) {
    graph_view const& t = n.sides[side];
    graph_node const& f = t[i];
    context& ctx = n.ctx;
    switch (f.k) {
    case kind::constant:
        return constant_fn({f.num, f.den, true});
    case kind::named: {
        if (f.name == "e") return exp_of(n, constant_fn({1, 1, true}));
        atom a;
        a.kind = atom_kind::named;
        a.name = f.name;
        a.value = static_cast<double>(f.value);  // its sign matters to radicals
        a.value_known = true;
        a.side = side;
        a.node = i;
        return atom_power(ctx, a);
    }
    case kind::param: {
        atom a;
        a.kind = atom_kind::param;
        a.side = side;
        a.node = i;
        if (t.params != nullptr) {
            a.value = t.params[f.index];
            a.value_known = true;
        }
        return atom_power(ctx, a);
    }
    case kind::symbol: {
        for (substitution const& sub : n.substitutions)
            if (sub.name == f.name) return sub.value;
        atom a;
        a.kind = atom_kind::symbol;
        a.name = f.name;
        a.side = side;
        a.node = i;
        a.independent = true;
        return atom_power(ctx, a);
    }
    case kind::sum: {
        ratfun r{};
        for (std::size_t k = 0; k < f.count && ctx.ok; ++k)
            r = add(ctx, r, normal_form(n, side, t.child(i, k)));
        return r;
    }
    case kind::product: {
        ratfun r = constant_fn({1, 1, true});
        for (std::size_t k = 0; k < f.count && ctx.ok; ++k)
            r = multiply(ctx, r, normal_form(n, side, t.child(i, k)));
        return r;
    }
    case kind::power:
        return power_of(n, normal_form(n, side, t.child(i, 0)),
                        normal_form(n, side, t.child(i, 1)));
    case kind::apply: {
        ratfun x = normal_form(n, side, t.child(i, 0));
        if (!ctx.ok) return failed(ctx);
        if (f.rule == proof_rule::abs || f.rule == proof_rule::sign) {
            // the region gives the sign of x (abs: -x where x <= 0, x where x >= 0)
            condition_use const* u = use_of(n, side, i);
            if (u == nullptr) return failed(ctx);
            char signs = n.region[u->variable];
            // the variable is x up to a scale; accepts is where x itself is <= 0
            if (u->accepts == (at_zero | above)) signs = mirrored(signs);
            bool nonpositive = (signs & above) == 0, nonnegative = (signs & below) == 0;
            if (f.rule == proof_rule::abs) {
                if (nonpositive) return negate(x);
                if (nonnegative) return x;
                return failed(ctx);
            }
            if (signs == below) return constant_fn({-1, 1, true});
            if (signs == at_zero) return constant_fn({0, 1, true});
            if (signs == above) return constant_fn({1, 1, true});
            return failed(ctx);
        }
        return function_of(n, f.rule, f.name, x);
    }
    case kind::piecewise: {
        condition_use const* u = use_of(n, side, t.child(i, 0));
        if (u == nullptr) return failed(ctx);
        bool holds = (n.region[u->variable] & ~u->accepts) == 0;
        return normal_form(n, side, t.child(i, holds ? 1 : 2));
    }
    case kind::comparison:
        return failed(ctx);
    }
    return failed(ctx);
}

constexpr ratfun normal_form(normaliser& n, int side, std::size_t i) {
    if (!n.ctx.ok) return failed(n.ctx);
    if (n.done[side][i]) {  // a copy, charged like the terms it copies
        ratfun const& r = n.memo[side][i];
        if (!charge(n.ctx, static_cast<long long>(r.num.size() + r.den.size())))
            return failed(n.ctx);
        return r;
    }
    int outer = n.ctx.side;
    n.ctx.side = side;
    ratfun r = compute(n, side, i);
    n.ctx.side = outer;
    if (!r.ok()) n.ctx.ok = false;
    n.memo[side][i] = r;
    n.done[side][i] = true;
    return r;
}

// Forgets the normal forms of the last region (the memo's entries are overwritten when met
// again; only the flags are cleared).
constexpr void forget(normaliser& n) {
    if (n.memo.size() != 2) {
        n.memo.resize(2);
        n.done.resize(2);
        for (int side = 0; side < 2; ++side) {
            n.memo[side].assign(n.sides[side].size, ratfun{});
            n.done[side].assign(n.sides[side].size, false);
        }
    }
    for (int side = 0; side < 2; ++side)
        for (char& d : n.done[side]) d = false;
}

constexpr void start(normaliser& n, graph_view a, graph_view b) {
    n.sides[0] = a;
    n.sides[1] = b;
    forget(n);
}

}  // namespace leibniz::detail::proof
