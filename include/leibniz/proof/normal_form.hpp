// The normal form of an expression: its flat table read into a rational function over atoms.
// exp of a sum is a product of u = exp(m) per monomial m; log takes the exponentials out of its
// argument; tanh x = (exp(2x) - 1)/(exp(2x) + 1); rational powers of rational constants become
// prime radicals; other functions are opaque atoms. A `where` takes the branch that the current
// region assigns to its condition.
#pragma once

#include <cstddef>

#include <leibniz/core/flat.hpp>
#include <leibniz/proof/atoms.hpp>
#include <leibniz/proof/list.hpp>
#include <leibniz/proof/logs.hpp>

namespace leibniz::detail::proof {

//! A condition `x <= 0`; every comparison is one of them or its negation.
struct condition_variable {
    ratfun x;
};

//! Which variable a comparison node is, and whether it is that variable or its negation.
struct condition_use {
    int side = 0;
    std::size_t node = 0;
    std::size_t variable = 0;
    bool positive = true;
};

//! The state of a normalisation: the atoms, the conditions, the current region, memo tables.
struct normaliser {
    context ctx;
    flat_view sides[2];
    list<condition_variable> variables;
    list<condition_use> uses;
    list<char> region;           // the value of each variable in the current region
    bool regions_ready = false;  // false while the conditions themselves are normalised
    list<list<ratfun>> memo;     // per side, per node (no C arrays of vectors: g++ 12
    list<list<char>> done;       // destroys those twice in constant evaluation)
};

constexpr ratfun normal_form(normaliser& n, int side, std::size_t i);

// --- exp, log, powers

constexpr bool exponent_in_units(rational r, long long& out) {
    // r * unit must be an integer
    if (!r.ok || unit % r.den != 0) return false;
    return !__builtin_mul_overflow(r.num, unit / r.den, &out) && out != INT64_MIN;
}

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

constexpr ratfun function_atom(normaliser& n, std::string_view name, proof_rule rule,
                               ratfun const& x) {
    atom a;
    a.kind = atom_kind::function;
    a.name = name;
    a.rule = rule;
    a.arg = x;
    a.side = n.ctx.side;
    return atom_power(n.ctx, a);
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
            if (__builtin_mul_overflow(count, k, &e)) return failed(n.ctx);
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

constexpr ratfun power_of(normaliser& n, ratfun const& base, ratfun const& exponent) {
    context& ctx = n.ctx;
    if (!base.ok() || !exponent.ok()) return failed(ctx);
    if (is_constant(exponent)) {
        rational r = constant_of(exponent.num);
        if (r.den == 1) return integer_power(ctx, base, r.num);
        // a monomial with a positive coefficient: (c m)^r = c^r m^r, unless some indeterminate
        // has an even integer exponent ((z^2)^(1/2) is |z|, not z)
        if (is_one(base.den) && base.num.size() == 1 && base.num.terms[0].c.num > 0) {
            term t = base.num.terms[0];
            bool fine = true;
            int unsigned_factors = 0;  // factors that may be negative
            for (std::size_t i = 0; i < ctx.atoms.size(); ++i) {
                long long e = t.m.e[i];
                atom const& x = ctx.atoms[i];
                bool positive = x.kind == atom_kind::exp || x.kind == atom_kind::prime ||
                                (x.value_known && x.value > 0);  // named constants, params
                // a power with a non-integer exponent is defined only where its base is >= 0
                if (e != 0 && !positive) ctx.partial = true;
                // x^e with e not an integer is >= 0 where it is defined
                if (e != 0 && e % unit == 0 && !positive) {
                    ++unsigned_factors;
                    if (e % (2 * unit) == 0) fine = false;  // (z^2)^(1/2) is |z|, not z
                }
                long long scaled_e = 0;
                if (__builtin_mul_overflow(e, r.num, &scaled_e) || scaled_e % r.den != 0 ||
                    scaled_e == INT64_MIN)
                    fine = false;
                else
                    t.m.e[i] = scaled_e / r.den;
            }
            // (z w)^(1/2) is not z^(1/2) w^(1/2) when both are negative
            if (unsigned_factors > 1) fine = false;
            long long k = 0;
            if (fine && exponent_in_units(r, k)) {
                ratfun rest = from_poly(poly{{term{{1, 1, true}, t.m}}, true});
                return multiply(ctx, rational_radical(n, base.num.terms[0].c, k),
                                tidy(ctx, {reduce_radicals(ctx, rest.num), rest.den}));
            }
        }
    }
    // b^x = exp(x log b), where b > 0
    return exp_of(n, multiply(ctx, exponent, log_of(n, base)));
}

// --- conditions

// `l op r` as (x, positive): the condition is `x <= 0` when positive, its negation otherwise.
constexpr void as_variable(std::string_view op, ratfun const& l, ratfun const& r, context& ctx,
                           ratfun& x, bool& positive) {
    bool less = op[0] == '<';
    bool strict = op.size() == 1;
    ratfun l_minus_r = add(ctx, l, negate(r));
    // l <= r: l - r <= 0;  l < r: not (r - l <= 0);  l >= r: r - l <= 0;  l > r: not (l - r <= 0)
    x = l_minus_r;  // (no ?: between class prvalues and lvalues: g++ 12 frees them twice)
    if (less == strict) x = negate(x);
    positive = !strict;
    // a positive scale does not change the sign
    if (x.ok() && !x.num.zero()) {
        rational lead = x.num.terms[0].c;
        if (lead.num < 0) lead = -lead;
        x.num = scaled(x.num, inverse(lead));
    }
}

constexpr void find_conditions(normaliser& n) {
    for (int side = 0; side < 2; ++side) {
        flat_view const& t = n.sides[side];
        n.ctx.side = side;
        for (std::size_t i = 0; i < t.size; ++i) {
            if (t[i].k != kind::comparison) continue;
            ratfun x;
            bool positive = true;
            as_variable(t[i].name, normal_form(n, side, t.child(i, 0)),
                        normal_form(n, side, t.child(i, 1)), n.ctx, x, positive);
            if (!x.ok()) n.ctx.ok = false;  // an overflowed condition bounds nothing
            if (!n.ctx.ok) return;
            std::size_t v = 0;
            while (v < n.variables.size() && !equal(n.ctx, n.variables[v].x, x)) ++v;
            if (v == n.variables.size()) n.variables.push_back({x});
            n.uses.push_back({side, i, v, positive});
        }
    }
}

constexpr bool branch_taken(normaliser const& n, int side, std::size_t comparison) {
    for (condition_use const& u : n.uses)
        if (u.side == side && u.node == comparison) return n.region[u.variable] == u.positive;
    return true;
}

// --- the walk

constexpr ratfun compute(normaliser& n, int side, std::size_t i) {
    flat_view const& t = n.sides[side];
    flat_node const& f = t[i];
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
        switch (f.rule) {
        case proof_rule::exp:
            return exp_of(n, x);
        case proof_rule::log:
            return log_of(n, x, f.name);
        case proof_rule::tanh: {
            ratfun u2 = exp_of(n, add(ctx, x, x));
            ratfun one = constant_fn({1, 1, true});
            ratfun minus = add(ctx, u2, negate(one)), plus = add(ctx, u2, one);
            if (!ctx.ok || plus.num.zero()) return failed(ctx);
            return multiply(ctx, minus, ratfun{plus.den, plus.num});
        }
        case proof_rule::opaque:
            return function_atom(n, f.name, f.rule, x);
        }
        return failed(ctx);
    }
    case kind::piecewise:
        if (!n.regions_ready) return failed(ctx);  // a condition that depends on a where
        return normal_form(n, side, t.child(i, branch_taken(n, side, t.child(i, 0)) ? 1 : 2));
    case kind::comparison:
        return failed(ctx);
    }
    return failed(ctx);
}

constexpr ratfun normal_form(normaliser& n, int side, std::size_t i) {
    if (!n.ctx.ok) return failed(n.ctx);
    if (n.done[side][i]) return n.memo[side][i];
    int outer = n.ctx.side;
    n.ctx.side = side;
    ratfun r = compute(n, side, i);
    n.ctx.side = outer;
    if (!r.ok()) n.ctx.ok = false;
    n.memo[side][i] = r;
    n.done[side][i] = true;
    return r;
}

constexpr void forget(normaliser& n) {
    n.memo.resize(2);
    n.done.resize(2);
    for (int side = 0; side < 2; ++side) {
        n.memo[side].assign(n.sides[side].size, ratfun{});
        n.done[side].assign(n.sides[side].size, false);
    }
}

constexpr void start(normaliser& n, flat_view a, flat_view b) {
    n.sides[0] = a;
    n.sides[1] = b;
    forget(n);
    find_conditions(n);
    n.regions_ready = true;
}

}  // namespace leibniz::detail::proof
