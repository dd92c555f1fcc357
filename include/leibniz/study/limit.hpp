// lz::limit(f, z, lz::inf): limits at +-infinity by dominance. f is read into the proof normal
// form (a rational function of z, of u = exp(z^k), and of opaque atoms), region by region of its
// where's; the region whose interval in z is unbounded toward the point owns the tail. Each term
// of the numerator and denominator has a leading form C w^a (log w)^b exp(r1 w + ... + r4 w^4)
// as w = |z| grows, with C free of z; atoms that tend to a limit (atan -> pi/2, erf -> 1, sin of
// a growing argument oscillates, log of a growing argument grows like its leading exponent)
// contribute their leading form, with a relative error o(1). The terms of the largest size give
// the leading form of the sum, unless their coefficients cancel and one of them was not exact
// (then the answer is unknown: the next order would be needed).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/core/infinity.hpp>
#include <leibniz/proof/in_terms_of.hpp>
#include <leibniz/proof/regions.hpp>

namespace leibniz::detail::study {

using proof::atom;
using proof::atom_kind;
using proof::context;
using proof::list;
using proof::monomial;
using proof::normaliser;
using proof::poly;
using proof::ratfun;
using proof::term;
using proof::unit;

//! The largest k of exp(r z^k) that dominance compares.
inline constexpr std::size_t max_levels = 4;

//! The size of a term as w = |z| grows: w^power (log w)^logs exp(rate[1] w + ... + rate[4] w^4).
struct growth {
    std::array<rational, max_levels + 1> rate{};
    rational power{};
    rational logs{};
    bool ok = true;
};

constexpr int compare(growth const& a, growth const& b) {
    for (std::size_t k = max_levels; k >= 1; --k)
        if (int c = compare(a.rate[k], b.rate[k]); c != 0) return c;
    if (int c = compare(a.power, b.power); c != 0) return c;
    return compare(a.logs, b.logs);
}

//! 1 when the size grows without bound, -1 when it tends to 0, 0 when it is constant.
constexpr int sign(growth const& g) { return compare(g, growth{}); }

constexpr growth times(growth a, growth const& b) {
    for (std::size_t k = 1; k <= max_levels; ++k) a.rate[k] = a.rate[k] + b.rate[k];
    a.power = a.power + b.power;
    a.logs = a.logs + b.logs;
    a.ok = a.ok && b.ok;
    for (std::size_t k = 1; k <= max_levels; ++k) a.ok = a.ok && a.rate[k].ok;
    a.ok = a.ok && a.power.ok && a.logs.ok;
    return a;
}

constexpr growth scaled(growth g, rational r) {
    for (std::size_t k = 1; k <= max_levels; ++k) g.rate[k] = g.rate[k] * r;
    g.power = g.power * r;
    g.logs = g.logs * r;
    for (std::size_t k = 1; k <= max_levels; ++k) g.ok = g.ok && g.rate[k].ok;
    g.ok = g.ok && g.power.ok && g.logs.ok;
    return g;
}

//! f = c g (1 + o(1)) as w grows; `exact`: f = c g; `oscillating`: f = c g times a bounded
//! factor without a limit; `zero`: f = 0. c is free of z.
struct leading {
    ratfun c;
    growth g;
    bool exact = true, oscillating = false, zero = false, ok = true;
};

constexpr leading failed_leading() {
    leading l;
    l.ok = false;
    return l;
}

//! The state of one limit: the normaliser, the atom of z, the direction (+1 or -1).
struct tail {
    normaliser* n = nullptr;
    std::size_t var = proof::max_atoms;
    int dir = 1;
    int depth = 0;
};

constexpr bool mentions(context const& ctx, ratfun const& r, std::size_t var, int depth = 0);

//! Whether atom i depends on z.
constexpr bool depends(context const& ctx, std::size_t i, std::size_t var, int depth = 0) {
    if (i == var) return true;
    atom const& a = ctx.atoms[i];
    if (a.kind != atom_kind::exp && a.kind != atom_kind::function) return false;
    return depth > 8 || mentions(ctx, a.arg, var, depth + 1);
}

constexpr bool mentions(context const& ctx, ratfun const& r, std::size_t var, int depth) {
    for (poly const* p : {&r.num, &r.den})
        for (term const& t : p->terms)
            for (std::size_t i = 0; i < t.m.n; ++i)
                if (t.m.e[i] != 0 && depends(ctx, i, var, depth)) return true;
    return false;
}

//! The value of a coefficient free of symbols, with a bound on its error: named constants,
//! prime radicals, run-time constants of known value, exp of rational constants. False when c
//! has another atom.
constexpr bool coefficient_value(context const& ctx, poly const& p, math::ld& v, math::ld& e) {
    v = 0;
    e = 0;
    if (!p.ok) return false;
    for (term const& t : p.terms) {
        math::ld x = static_cast<math::ld>(t.c.num) / static_cast<math::ld>(t.c.den);
        for (std::size_t i = 0; i < t.m.n; ++i) {
            if (t.m.e[i] == 0) continue;
            atom const& a = ctx.atoms[i];
            math::ld base = 0;
            if ((a.kind == atom_kind::named || a.kind == atom_kind::param) && a.value_known)
                base = a.value;
            else if (a.kind == atom_kind::prime)
                base = static_cast<math::ld>(a.prime);
            else if (a.kind == atom_kind::exp && proof::is_constant(a.arg)) {
                rational c = proof::constant_of(a.arg.num);
                if (!c.ok || c.num > 1000 || c.num < -1000 * c.den) return false;
                base = math::exp(static_cast<math::ld>(c.num) / static_cast<math::ld>(c.den));
            } else
                return false;
            if (base <= 0 && t.m.e[i] % unit != 0) return false;
            math::ld power = static_cast<math::ld>(t.m.e[i]) / unit;
            if (math::fabs(power) > 64 || base == 0) return false;
            x *= math::pow(base, power);
        }
        if (!(math::fabs(x) < 1e300L)) return false;
        v += x;
        e += math::fabs(x) * 1e-15L;
    }
    return true;
}

//! The sign of a coefficient that is certainly not zero: 1 or -1; 0 when not certain (it has a
//! symbol, or it is too close to 0 to tell).
constexpr int certain_sign(context const& ctx, ratfun const& c) {
    math::ld vn = 0, en = 0, vd = 0, ed = 0;
    if (!c.ok() || !coefficient_value(ctx, c.num, vn, en) || !coefficient_value(ctx, c.den, vd, ed))
        return 0;
    if (math::fabs(vn) <= 2 * en || math::fabs(vd) <= 2 * ed) return 0;
    return (vn > 0) == (vd > 0) ? 1 : -1;
}

constexpr leading leading_of(tail& t, ratfun const& r);
constexpr leading leading_of(tail& t, poly const& p);

//! A few terms of decreasing size: f = parts[0] + parts[1] + ..., every part exact but the last,
//! which may carry a relative error o(1).
using expansion = list<leading>;

//! The most parts an expansion keeps; beyond, the rest is folded into an inexact leading part.
inline constexpr std::size_t max_parts = 12;

constexpr expansion single(leading l) {
    expansion e;
    e.push_back(static_cast<leading&&>(l));
    return e;
}

constexpr leading constant_part(rational c) {
    leading l;
    l.c = proof::constant_fn(c);
    return l;
}

// The named constant pi, made for atan's limit: side 2 of the lists the limit is rebuilt from.
constexpr ratfun pi_atom(context& ctx, long long exponent = unit) {
    atom a;
    a.kind = atom_kind::named;
    a.name = "pi";
    a.value = 3.141592653589793238462643383279502884L;
    a.value_known = true;
    a.side = 2;
    a.node = 0;
    return proof::atom_power(ctx, a, exponent);
}

constexpr leading times(context& ctx, leading const& a, leading const& b) {
    leading out;
    out.c = proof::multiply(ctx, a.c, b.c);
    out.g = times(a.g, b.g);
    out.exact = a.exact && b.exact;
    out.oscillating = a.oscillating || b.oscillating;
    out.ok = a.ok && b.ok && ctx.ok && out.g.ok;
    return out;
}

// a b, multiplied out (a part times an inexact part is inexact); past max_parts, the product's
// largest part alone, inexact.
constexpr expansion times(context& ctx, expansion const& a, expansion const& b) {
    expansion out;
    for (leading const& x : a)
        for (leading const& y : b) out.push_back(times(ctx, x, y));
    if (out.size() > max_parts) {
        std::size_t top = 0;
        for (std::size_t i = 1; i < out.size(); ++i)
            if (compare(out[i].g, out[top].g) > 0) top = i;
        leading l = out[top];
        l.exact = false;
        return single(l);
    }
    return out;
}

// The parts of a rational function: its terms when it is a polynomial, else its leading form.
constexpr expansion expansion_of(tail& t, ratfun const& r);

// 1/x for the leading form of x.
constexpr leading reciprocal(context& ctx, leading x) {
    x.c = proof::multiply(ctx, proof::constant_fn({1, 1}), ratfun{x.c.den, x.c.num});
    x.g = scaled(x.g, {-1, 1});
    x.exact = false;
    return x;
}

// The parts of a function atom whose argument depends on z.
constexpr expansion function_expansion(tail& t, atom const& a) {
    context& ctx = t.n->ctx;
    leading x = leading_of(t, a.arg);
    if (!x.ok || x.oscillating || x.zero) return single(failed_leading());
    int size = sign(x.g), direction = size > 0 ? certain_sign(ctx, x.c) : 0;
    if (size > 0 && direction == 0) return single(failed_leading());
    std::string_view name = a.name;
    if (name == "atan" || name == "erf" || name == "tanh") {
        if (size < 0) {  // f(x) ~ x, erf(x) ~ 2x/sqrt(pi)
            x.exact = false;
            if (name == "erf") {
                ratfun root = pi_atom(ctx, -unit / 2);
                x.c = proof::multiply(ctx, proof::multiply(ctx, x.c, proof::constant_fn({2, 1})),
                                      root);
            }
            return single(x);
        }
        if (size == 0) return single(failed_leading());
        // +-limit, then the first correction: atan x = pi/2 - 1/x, tanh x = 1 - 2 exp(-2x),
        // erf x = 1 - exp(-x^2)/(x sqrt(pi)) (for x -> +inf; odd functions)
        leading limit = constant_part({direction, 1});
        if (name == "atan") {
            ratfun pi = pi_atom(ctx);
            limit.c = proof::multiply(ctx, pi, proof::constant_fn({direction, 2}));
        }
        leading next = failed_leading();
        if (name == "atan") next = reciprocal(ctx, x), next.c = proof::negate(next.c);
        bool square = x.exact && proof::is_one(x.c.den) && x.c.num.size() == 1;
        if (name != "atan" && square && x.g.power.den == 1 && sign(x.g) > 0) {
            bool pure = true;  // x = c w^p exactly
            for (std::size_t k = 1; k <= max_levels; ++k) pure = pure && x.g.rate[k].num == 0;
            pure = pure && x.g.logs.num == 0;
            ratfun c2 = proof::multiply(ctx, x.c, x.c);
            long long level = name == "tanh" ? x.g.power.num : 2 * x.g.power.num;
            if (pure && proof::is_constant(c2) && level >= 1 &&
                level <= static_cast<long long>(max_levels)) {
                next = constant_part({-direction, 1});
                if (name == "tanh") {  // 1 - 2 exp(-2 |x|)
                    next.c = proof::constant_fn({-2 * direction, 1});
                    rational c = proof::constant_of(x.c.num);
                    next.g.rate[static_cast<std::size_t>(level)] = {
                        -2 * (c.num < 0 ? -c.num : c.num), c.den};
                } else {  // exp(-x^2)/(|x| sqrt(pi))
                    next.g.rate[static_cast<std::size_t>(level)] = -proof::constant_of(c2.num);
                    leading inv = reciprocal(ctx, x);
                    next.g = times(next.g, inv.g);
                    ratfun root = pi_atom(ctx, -unit / 2);
                    next.c = proof::multiply(ctx, proof::multiply(ctx, next.c, inv.c), root);
                    if (direction < 0) next.c = proof::negate(next.c);
                }
                next.exact = false;
            }
        }
        expansion out = single(limit);
        if (next.ok) {
            next.exact = false;
            out.push_back(next);
        } else
            out[0].exact = false;
        return out;
    }
    if (a.rule == proof_rule::log) {
        if (size == 0) {  // log(x) ~ x - 1 when x -> 1
            if (!proof::is_constant(x.c) ||
                !(proof::constant_of(x.c.num).num == 1 && proof::constant_of(x.c.num).den == 1))
                return single(failed_leading());
            leading l = leading_of(t, proof::add(ctx, a.arg, proof::constant_fn({-1, 1})));
            l.exact = false;
            return single(l);
        }
        if (size > 0 && direction < 0) return single(failed_leading());
        if (proof::equal(ctx, a.arg,
                         ratfun{proof::atom_poly(t.var), proof::constant_poly({1, 1})})) {
            if (t.dir < 0) return single(failed_leading());
            leading l;  // log z = log w, exactly
            l.c = proof::constant_fn({1, 1});
            l.g.logs = {1, 1};
            return single(l);
        }
        // log(x) = log(T) + log(x/T), T the quotient of the largest terms of x: log(T) exactly,
        // in the normal form, and log(x/T) ~ x/T - 1
        ratfun top{};
        for (int part = 0; part < 2; ++part) {
            poly const& p = part == 0 ? a.arg.num : a.arg.den;
            std::size_t best = p.terms.size();
            growth g{};
            for (std::size_t k = 0; k < p.terms.size(); ++k) {
                leading l = leading_of(t, poly{{p.terms[k]}, true});
                if (!l.ok || !l.exact) return single(failed_leading());
                if (best == p.terms.size() || compare(l.g, g) > 0) {
                    best = k;
                    g = l.g;
                }
            }
            if (best == p.terms.size()) return single(failed_leading());
            ratfun m = proof::from_poly(poly{{p.terms[best]}, true});
            if (part == 0)
                top = m;
            else
                top = proof::multiply(ctx, top, ratfun{m.den, m.num});
        }
        if (t.depth > 6) return single(failed_leading());
        ++t.depth;
        expansion out = expansion_of(t, proof::log_of(*t.n, top));
        ratfun rest = proof::add(ctx, proof::multiply(ctx, a.arg, ratfun{top.den, top.num}),
                                 proof::constant_fn({-1, 1}));
        leading r = leading_of(t, rest);
        --t.depth;
        if (!r.zero) {
            r.exact = false;
            out.push_back(r);
        }
        return out;
    }
    if (a.rule == proof_rule::sin || a.rule == proof_rule::cos) {
        if (size > 0) {
            leading l = constant_part({1, 1});
            l.oscillating = true;
            l.exact = false;
            return single(l);
        }
        if (size < 0) {  // sin x ~ x, cos x ~ 1
            x.exact = false;
            if (a.rule == proof_rule::cos) x = constant_part({1, 1}), x.exact = false;
            return single(x);
        }
    }
    return single(failed_leading());
}

// The parts of atom i to the power e/unit.
constexpr expansion atom_expansion(tail& t, std::size_t i, long long e) {
    context& ctx = t.n->ctx;
    rational p = reduce(e, unit);
    leading out;
    if (!depends(ctx, i, t.var)) {
        out.c = proof::from_poly(proof::atom_poly(i, e));
        return single(out);
    }
    atom const a = ctx.atoms[i];
    if (i == t.var) {  // z^p = dir^p w^p: toward -inf, only integer powers are real
        if (t.dir < 0 && p.den != 1) return single(failed_leading());
        out.g.power = p;
        out.c = proof::constant_fn({t.dir < 0 && p.num % 2 != 0 ? -1 : 1, 1});
        return single(out);
    }
    if (a.kind == atom_kind::exp) {  // exp(z^k)^p = exp(p dir^k w^k)
        ratfun const& m = a.arg;
        if (!proof::is_one(m.den) || m.num.size() != 1) return single(failed_leading());
        term const& mt = m.num.terms[0];
        if (mt.c.num != 1 || mt.c.den != 1) return single(failed_leading());
        for (std::size_t j = 0; j < mt.m.n; ++j)
            if (j != t.var && mt.m.e[j] != 0) return single(failed_leading());
        long long k = mt.m.e[t.var];
        if (k % unit != 0 || k / unit < 1 || k / unit > static_cast<long long>(max_levels))
            return single(failed_leading());
        k /= unit;
        out.g.rate[static_cast<std::size_t>(k)] = t.dir < 0 && k % 2 != 0 ? -p : p;
        out.c = proof::constant_fn({1, 1});
        return single(out);
    }
    if (a.kind != atom_kind::function || t.depth > 6) return single(failed_leading());
    ++t.depth;
    expansion base = function_expansion(t, a);
    --t.depth;
    if (e == unit) return base;
    if (e % unit == 0 && e > 0 && e <= 4 * unit) {
        expansion out_power = base;
        for (long long k = 1; k < e / unit; ++k) out_power = times(ctx, out_power, base);
        return out_power;
    }
    // another power: of the largest part alone, with a relative error o(1)
    leading l = base[0];
    if (!l.ok) return base;
    if (e % unit != 0) {  // a fractional power of a constant other than 1 is not a monomial
        if (!proof::is_constant(l.c) || proof::constant_of(l.c.num).num != 1 ||
            proof::constant_of(l.c.num).den != 1)
            return single(failed_leading());
    } else
        l.c = proof::integer_power(ctx, l.c, e / unit);
    l.g = scaled(l.g, p);
    l.exact = l.exact && base.size() == 1;
    return single(l);
}

// The parts of every term of p.
constexpr expansion parts_of(tail& t, poly const& p) {
    context& ctx = t.n->ctx;
    expansion all;
    for (term const& x : p.terms) {
        expansion e = single(constant_part(x.c));
        for (std::size_t i = 0; i < x.m.n && ctx.ok; ++i) {
            if (x.m.e[i] == 0) continue;
            expansion a = atom_expansion(t, i, x.m.e[i]);
            for (leading const& l : a)
                if (!l.ok) return single(failed_leading());
            e = times(ctx, e, a);
        }
        for (leading& l : e) all.push_back(static_cast<leading&&>(l));
    }
    return all;
}

// The leading form of a polynomial: the parts of the largest size whose coefficients do not
// cancel; a cancellation among inexact parts leaves the answer unknown.
constexpr leading leading_of(tail& t, poly const& p) {
    context& ctx = t.n->ctx;
    if (!p.ok) return failed_leading();
    expansion parts = parts_of(t, p);
    for (leading const& l : parts)
        if (!l.ok || !ctx.ok) return failed_leading();
    list<char> used(parts.size(), 0);
    for (std::size_t round = 0; round < parts.size(); ++round) {
        std::size_t top = parts.size();
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (!used[i] && (top == parts.size() || compare(parts[i].g, parts[top].g) > 0)) top = i;
        if (top == parts.size()) break;
        leading group;
        group.g = parts[top].g;
        group.c = ratfun{};
        std::size_t members = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (used[i] || compare(parts[i].g, group.g) != 0) continue;
            used[i] = 1;
            ++members;
            group.c = proof::add(ctx, group.c, parts[i].c);
            group.exact = group.exact && parts[i].exact;
            group.oscillating = group.oscillating || parts[i].oscillating;
        }
        if (!ctx.ok) return failed_leading();
        if (group.oscillating) {
            if (members != 1) return failed_leading();
            group.exact = false;
            return group;
        }
        if (group.c.num.zero()) {
            if (!group.exact) return failed_leading();  // cancelled: the next order is needed
            continue;
        }
        for (char u : used) group.exact = group.exact && u;
        return group;
    }
    leading z;
    z.zero = true;
    return z;
}

constexpr expansion expansion_of(tail& t, ratfun const& r) {
    if (proof::is_one(r.den)) return parts_of(t, r.num);
    return single(leading_of(t, r));
}

constexpr leading leading_of(tail& t, ratfun const& r) {
    context& ctx = t.n->ctx;
    leading a = leading_of(t, r.num), b = leading_of(t, r.den);
    if (!a.ok || !b.ok || b.zero || b.oscillating) return failed_leading();
    if (a.zero) return a;
    if (certain_sign(ctx, b.c) == 0) return failed_leading();  // it may vanish
    leading out;
    out.c = proof::multiply(ctx, a.c, ratfun{b.c.den, b.c.num});
    out.g = times(a.g, scaled(b.g, {-1, 1}));
    out.exact = a.exact && b.exact;
    out.oscillating = a.oscillating;
    if (!ctx.ok || !out.g.ok) return failed_leading();
    return out;
}

enum class limit_kind { value, plus_infinity, minus_infinity, none, unknown };

//! A limit: its kind, and for a value, the value as a function of the atoms.
struct limit_answer {
    limit_kind kind = limit_kind::unknown;
    ratfun value;
};

constexpr limit_answer limit_of_leading(context const& ctx, leading const& l) {
    limit_answer out;
    if (!l.ok) return out;
    if (l.zero || (sign(l.g) < 0)) {
        out.kind = limit_kind::value;
        return out;  // 0
    }
    if (l.oscillating) {
        if (certain_sign(ctx, l.c) != 0) out.kind = limit_kind::none;
        return out;
    }
    if (sign(l.g) == 0) {
        out.kind = limit_kind::value;
        out.value = l.c;
        return out;
    }
    int s = certain_sign(ctx, l.c);
    if (s != 0) out.kind = s > 0 ? limit_kind::plus_infinity : limit_kind::minus_infinity;
    return out;
}

//! The index of the atom of symbol `name`, or max_atoms when it has none.
constexpr std::size_t symbol_atom(context const& ctx, std::string_view name) {
    for (std::size_t i = 0; i < ctx.atoms.size(); ++i)
        if (ctx.atoms[i].kind == atom_kind::symbol && ctx.atoms[i].name == name) return i;
    return proof::max_atoms;
}

//! Whether the current region owns the tail toward dir of symbol `name`: its bounds on z are
//! the only conditions that involve z, and none bounds z on that side.
constexpr bool owns_tail(normaliser& n, std::string_view name, int dir) {
    proof::region_shape shape = proof::examine(n);
    if (!shape.possible) return false;
    std::size_t var = symbol_atom(n.ctx, name);
    for (std::size_t v = 0; v < n.variables.size(); ++v) {
        std::size_t s = 0;
        rational c{}, k{};
        bool linear = proof::linear_in_one_symbol(n.ctx, n.variables[v].x, s, c, k);
        if (!linear && var != proof::max_atoms && mentions(n.ctx, n.variables[v].x, var))
            return false;  // a condition on z that is not a bound: its tail is not known
    }
    if (var == proof::max_atoms) return true;
    for (proof::interval const& i : n.intervals)
        if (i.atom == var) return dir > 0 ? !i.hi.present : !i.lo.present;
    return true;
}

//! What one limit computation found, with its atoms (to rebuild the value as a type).
struct limit_search {
    normaliser n;
    limit_answer answer;
    bool found = false;  // a region owns the tail
    bool agree = true;   // every region that owns it gives the same answer
};

struct limit_region {
    limit_search* s;
    std::string_view name;
    int dir;
    constexpr void operator()(normaliser& n) const {
        if (!owns_tail(n, name, dir)) return;
        proof::forget(n);
        n.ctx.ok = true;
        ratfun r = proof::normal_form(n, 0, n.sides[0].root());
        tail t{&n, symbol_atom(n.ctx, name), dir, 0};
        limit_answer a;
        if (n.ctx.ok) a = limit_of_leading(n.ctx, leading_of(t, r));
        if (!n.ctx.ok) a = limit_answer{};
        if (!s->found) {
            s->answer = a;
            s->found = true;
        } else if (a.kind != s->answer.kind ||
                   (a.kind == limit_kind::value && !proof::equal(n.ctx, a.value, s->answer.value)))
            s->agree = false;
    }
};

//! Budgets shared by several decisions (those of one lz::study): the algebra's work, in the
//! units of proof::work_budget, and the interval searches', in those of study/interval.hpp.
struct pools {
    long long work = proof::work_budget / 2;
    long long search = 16000;
};

//! Starts a decision's context on what the pool has left; returns the context's work so far.
constexpr long long draw(context& ctx, pools const* p) {
    if (p != nullptr) ctx.work = proof::work_budget - (p->work > 0 ? p->work : 0);
    return ctx.work;
}
//! Charges the pool with the work the context did since `start`.
constexpr void repay(context const& ctx, pools* p, long long start) {
    if (p != nullptr) p->work -= ctx.work - start;
}

//! The limit of t.root() as the symbol `name` tends to dir * infinity.
constexpr limit_search limit_at(graph_view t, graph_view other, std::string_view name, int dir,
                                pools* pool = nullptr) {
    limit_search s;
    proof::start(s.n, t, other);
    long long start = draw(s.n.ctx, pool);
    bool all = proof::for_each_region(s.n, limit_region{&s, name, dir});
    repay(s.n.ctx, pool, start);
    if (!all || !s.found || !s.agree || !s.n.ctx.ok) s.answer = limit_answer{};
    return s;
}

// --- the limit as an expression

inline constexpr std::size_t max_limit_terms = 32;

//! A limit whose value is rebuilt as a type: num/den, polynomials in base atoms.
struct limit_value {
    limit_kind kind = limit_kind::unknown;
    std::size_t num_terms = 0, den_terms = 0;
    std::array<proof::solution_term, max_limit_terms> num{}, den{};
    std::size_t atom_count = 0;
    std::array<proof::base_atom, proof::max_atoms> atoms{};
};

constexpr bool store(poly const& p, std::array<proof::solution_term, max_limit_terms>& out,
                     std::size_t& count) {
    if (!p.ok || p.terms.size() > max_limit_terms) return false;
    count = p.terms.size();
    for (std::size_t k = 0; k < count; ++k) {
        out[k].c = p.terms[k].c;
        for (std::size_t i = 0; i < proof::max_atoms; ++i) out[k].e[i] = p.terms[k].m.e[i];
    }
    return true;
}

constexpr limit_value rebuildable(limit_search const& s) {
    limit_value out;
    out.kind = s.answer.kind;
    if (out.kind != limit_kind::value) return out;
    context const& ctx = s.n.ctx;
    ratfun const& v = s.answer.value;
    // every atom the value uses must be one that base_power rebuilds
    for (poly const* p : {&v.num, &v.den})
        for (term const& t : p->terms)
            for (std::size_t i = 0; i < t.m.n; ++i)
                if (t.m.e[i] != 0 && !proof::is_base(ctx.atoms[i])) {
                    out.kind = limit_kind::unknown;
                    return out;
                }
    if (!store(v.num, out.num, out.num_terms) || !store(v.den, out.den, out.den_terms)) {
        out.kind = limit_kind::unknown;
        return out;
    }
    out.atom_count = ctx.atoms.size();
    for (std::size_t i = 0; i < ctx.atoms.size(); ++i) {
        atom const& a = ctx.atoms[i];
        out.atoms[i] = {a.kind, a.side, a.node, a.prime,
                        a.kind == atom_kind::exp && proof::is_constant(a.arg)
                            ? proof::constant_of(a.arg.num)
                            : rational{}};
    }
    return out;
}

template <class Tree, fixed_string Z, int Dir>
struct limit_of {
    static constexpr limit_value value = [] {
        constexpr graph_view zero = view_of<constant<0>>();
        return rebuildable(limit_at(view_of<Tree>(), zero, Z.view(), Dir));
    }();
    using lists = type_list<typename canonical_graph<Tree>::list,
                            typename canonical_graph<constant<0>>::list, type_list<named<pi_tag>>>;
};

template <class S, bool Num, std::size_t T>
constexpr auto limit_term() {
    constexpr proof::solution_term t = Num ? S::value.num[T] : S::value.den[T];
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return (constant_from<t.c>() * ... * proof::base_power<S, I, t.e[I]>());
    }(std::make_index_sequence<S::value.atom_count>{});
}

template <class S, bool Num>
constexpr auto limit_poly() {
    constexpr std::size_t count = Num ? S::value.num_terms : S::value.den_terms;
    return [&]<std::size_t... T>(std::index_sequence<T...>) {
        return (constant<0>{} + ... + limit_term<S, Num, T>());
    }(std::make_index_sequence<count>{});
}

}  // namespace leibniz::detail::study

namespace leibniz {

//! The limit of f as z -> +-infinity: an expression (`lz::limit(sigmoid(z), z, lz::inf)` is 1),
//! lz::inf or -lz::inf, lz::no_limit (sin z), or lz::unknown_limit. Run-time constants count as
//! parameters of unknown sign.
template <class F, class Z, class Point>
constexpr auto limit(F const& f, Z const&, Point const&) {
    static_assert(expression<F>, "leibniz: limit(f, z, lz::inf): f must be an expression");
    static_assert(detail::is_symbol_v<std::remove_cvref_t<Z>>,
                  "leibniz: limit(f, z, lz::inf): z must be a symbol such as lz::symbol<\"z\">; "
                  "to take a limit in an expression, substitute a symbol for it");
    constexpr bool at_infinity = requires { std::remove_cvref_t<Point>::sign; } &&
                                 detail::is_limit_marker_v<std::remove_cvref_t<Point>>;
    static_assert(at_infinity, "leibniz: limit(f, z, point): the point must be lz::inf or "
                               "-lz::inf (limits at finite points: use lz::eval or lz::series)");
    if constexpr (expression<F> && detail::is_symbol_v<std::remove_cvref_t<Z>> && at_infinity) {
        using tree = detail::tree_t<F>;
        using S = detail::study::limit_of<tree, std::remove_cvref_t<Z>::name_string,
                                          std::remove_cvref_t<Point>::sign>;
        using detail::study::limit_kind;
        if constexpr (S::value.kind == limit_kind::value) {
            constexpr auto num = detail::study::limit_poly<S, true>();
            constexpr auto den = detail::study::limit_poly<S, false>();
            using R = decltype(num / den);
            return detail::package<detail::tree_t<R>>(detail::params_of(f));
        } else if constexpr (S::value.kind == limit_kind::plus_infinity)
            return inf;
        else if constexpr (S::value.kind == limit_kind::minus_infinity)
            return -inf;
        else if constexpr (S::value.kind == limit_kind::none)
            return no_limit;
        else
            return unknown_limit;
    } else
        return unknown_limit;
}

}  // namespace leibniz
