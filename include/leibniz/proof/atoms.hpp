// The indeterminates of a normal form, and the context that owns them. An atom is a symbol, a
// run-time constant, a named constant (pi), a prime under a radical (2^(1/2)), an exponential
// u = exp(m) of a monomial m, or a function (log, atan, erf, ...) of a normalised argument,
// kept opaque. Two atoms are one when their kinds, names and arguments agree.
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/algebra/apply.hpp>
#include <leibniz/proof/list.hpp>
#include <leibniz/proof/polynomial.hpp>

namespace leibniz::detail::proof {

//! A rational function num/den; den is 1 when the function is a (Laurent) polynomial.
struct ratfun {
    poly num, den = constant_poly({1, 1, true});
    constexpr bool ok() const { return num.ok && den.ok; }
};

enum class atom_kind { symbol, param, named, prime, exp, function };

struct atom {
    atom_kind kind{};
    std::string_view name;                 // symbol, named constant or function name
    proof_rule rule = proof_rule::opaque;  // function: how proofs treat it (log is one)
    long long prime = 0;                   // prime: the base
    double value = 0;                      // param: its value, when known
    bool value_known = false;
    int side = 0;              // where the atom was first met: which expression,
    std::size_t node = 0;      // and which node of its flat table
    bool independent = false;  // algebraically independent of the others (for disproofs)
    ratfun arg;                // exp: the exponent (a monomial); function: the argument
};

//! Everything one proof owns: its atoms, and whether an operation failed (overflow, too many
//! atoms, division by zero, an exponent that is not a multiple of 1/unit).
struct context {
    list<atom> atoms;
    bool ok = true;
    int side = 0;  // the expression being normalised: 0 or 1
    // Term products so far. A proof that needs more than work_budget gives up (unknown, or
    // not found) well before clang's 2^20 steps per constant expression end the compilation.
    long long work = 0;
};

inline constexpr long long work_budget = 700;

// --- reduction of radicals: p^(k/unit) keeps 0 <= k < unit; the integer part becomes a factor

constexpr long long floor_div(long long a, long long b) {
    long long q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr poly reduce_radicals(context const& ctx, poly p) {
    bool any = false;
    for (atom const& a : ctx.atoms) any = any || a.kind == atom_kind::prime;
    if (!any || !p.ok) return p;
    for (term& t : p.terms)
        for (std::size_t i = 0; i < ctx.atoms.size(); ++i) {
            if (ctx.atoms[i].kind != atom_kind::prime) continue;
            long long whole = floor_div(t.m.e[i], unit);
            if (whole == 0) continue;
            t.m.e[i] -= whole * unit;
            t.c = t.c * rational_power({ctx.atoms[i].prime, 1, true}, whole);
        }
    return canonical(static_cast<list<term>&&>(p.terms), p.ok);
}

constexpr poly product(context& ctx, poly const& a, poly const& b) {
    ctx.work += static_cast<long long>(a.size() * b.size());
    if (ctx.work > work_budget) {
        poly over;
        over.ok = false;
        return over;
    }
    return reduce_radicals(ctx, raw_product(a, b));
}

constexpr poly power(context& ctx, poly const& p, long long n) {
    poly r = constant_poly({1, 1, true});
    for (long long i = 0; i < n && r.ok; ++i) r = product(ctx, r, p);
    return r;
}

// --- exact division in the Laurent ring: q with q b = a, found term by term

constexpr bool divide_exactly(context& ctx, poly const& a, poly const& b, poly& q) {
    q = constant_poly({0, 1, true});
    if (b.zero() || !a.ok || !b.ok) return false;
    if (a.zero()) return true;
    // the quotient's terms lie between lowest(a)/lowest-term(b) and lead(a)/lead(b)
    monomial floor = times(a.terms.back().m, inverse(b.terms.back().m), q.ok);
    poly r = a;
    for (std::size_t step = 0; step < 4 * (a.size() + b.size()) + 16; ++step) {
        if (r.zero()) return true;
        if (!r.ok) return false;
        bool ok = true;
        term t{r.terms[0].c * inverse(b.terms[0].c),
               times(r.terms[0].m, inverse(b.terms[0].m), ok)};
        if (!ok || !t.c.ok || compare(t.m, floor) < 0) return false;
        poly step_term;
        step_term.terms.push_back(t);
        q = q + step_term;
        r = r - product(ctx, b, step_term);
    }
    return false;
}

// --- rational functions

constexpr ratfun failed(context& ctx) {
    ctx.ok = false;
    ratfun r;
    r.num.ok = false;
    return r;
}

constexpr bool is_one(poly const& p) {
    return p.size() == 1 && is_one(p.terms[0].m) && p.terms[0].c.num == 1 && p.terms[0].c.den == 1;
}

// A single-term denominator moves into the numerator; otherwise the denominator is made monic
// and free of monomial content, and cancelled when it divides the numerator.
constexpr ratfun tidy(context& ctx, ratfun r) {
    if (!r.ok()) return failed(ctx);
    if (r.den.zero()) return failed(ctx);
    if (r.num.zero()) return ratfun{};
    if (is_one(r.den)) return r;
    if (r.den.size() == 1) {
        term inv{inverse(r.den.terms[0].c), inverse(r.den.terms[0].m)};
        r.num = reduce_radicals(ctx, times(r.num, inv));
        r.den = constant_poly({1, 1, true});
        if (!r.ok()) return failed(ctx);
        return r;
    }
    term content{inverse(r.den.terms[0].c), inverse(lowest(r.den))};
    for (std::size_t i = 0; i < ctx.atoms.size(); ++i)
        if (ctx.atoms[i].kind == atom_kind::prime) content.m.e[i] = 0;
    if (!(is_one(content.m) && content.c.num == 1 && content.c.den == 1)) {
        r.num = reduce_radicals(ctx, times(r.num, content));
        r.den = reduce_radicals(ctx, times(r.den, content));
    }
    poly q;
    if (divide_exactly(ctx, r.num, r.den, q)) {
        r.num = q;
        r.den = constant_poly({1, 1, true});
    }
    if (!r.ok()) return failed(ctx);
    return r;
}

constexpr ratfun from_poly(poly p) {
    ratfun r;
    r.num = static_cast<poly&&>(p);
    return r;
}

constexpr ratfun add(context& ctx, ratfun const& a, ratfun const& b) {
    if (a.num.zero()) return b;
    if (b.num.zero()) return a;
    if (a.den == b.den) return tidy(ctx, {a.num + b.num, a.den});
    poly q;
    if (divide_exactly(ctx, b.den, a.den, q))  // a.den divides b.den
        return tidy(ctx, {product(ctx, a.num, q) + b.num, b.den});
    if (divide_exactly(ctx, a.den, b.den, q))
        return tidy(ctx, {a.num + product(ctx, b.num, q), a.den});
    return tidy(
        ctx, {product(ctx, a.num, b.den) + product(ctx, b.num, a.den), product(ctx, a.den, b.den)});
}

constexpr ratfun negate(ratfun r) {
    r.num = -r.num;
    return r;
}

constexpr ratfun multiply(context& ctx, ratfun const& a, ratfun const& b) {
    if (a.num.zero() || b.num.zero()) return ratfun{};
    poly q;
    // cancel a denominator against the other numerator when it divides it
    if (!is_one(a.den) && divide_exactly(ctx, b.num, a.den, q))
        return tidy(ctx, {product(ctx, a.num, q), b.den});
    if (!is_one(b.den) && divide_exactly(ctx, a.num, b.den, q))
        return tidy(ctx, {product(ctx, q, b.num), a.den});
    return tidy(ctx, {product(ctx, a.num, b.num), product(ctx, a.den, b.den)});
}

constexpr ratfun integer_power(context& ctx, ratfun const& r, long long n) {
    if (n < 0) {
        if (r.num.zero()) return failed(ctx);
        return integer_power(ctx, ratfun{r.den, r.num}, -n);
    }
    if (n > 64) return failed(ctx);
    return tidy(ctx, {power(ctx, r.num, n), power(ctx, r.den, n)});
}

//! num(a) den(b) - num(b) den(a): zero exactly when a = b.
constexpr poly difference(context& ctx, ratfun const& a, ratfun const& b) {
    return product(ctx, a.num, b.den) - product(ctx, b.num, a.den);
}

constexpr bool equal(context& ctx, ratfun const& a, ratfun const& b) {
    if (a.num == b.num && a.den == b.den) return true;
    poly d = difference(ctx, a, b);
    return d.ok && d.zero();
}

constexpr ratfun constant_fn(rational c) { return from_poly(constant_poly(c)); }

//! Whether r is a rational constant, and which.
constexpr bool is_constant(ratfun const& r) { return is_one(r.den) && is_constant(r.num); }

// --- atoms

constexpr bool same_atom(context& ctx, atom const& a, atom const& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
    case atom_kind::symbol:
    case atom_kind::named:
        return a.name == b.name;
    case atom_kind::param:
        return a.value_known && b.value_known ? a.value == b.value
                                              : a.side == b.side && a.node == b.node;
    case atom_kind::prime:
        return a.prime == b.prime;
    case atom_kind::exp:
        return equal(ctx, a.arg, b.arg);
    case atom_kind::function:
        return a.name == b.name && a.rule == b.rule && equal(ctx, a.arg, b.arg);
    }
    return false;
}

//! The index of atom a, added when new.
constexpr std::size_t intern(context& ctx, atom a) {
    for (std::size_t i = 0; i < ctx.atoms.size(); ++i)
        if (same_atom(ctx, ctx.atoms[i], a)) return i;
    if (ctx.atoms.size() == max_atoms) {
        ctx.ok = false;
        return 0;
    }
    ctx.atoms.push_back(static_cast<atom&&>(a));
    return ctx.atoms.size() - 1;
}

//! atom^(exponent / unit) as a rational function.
constexpr ratfun atom_power(context& ctx, atom a, long long exponent = unit) {
    std::size_t i = intern(ctx, static_cast<atom&&>(a));
    if (!ctx.ok) return failed(ctx);
    return tidy(ctx, from_poly(reduce_radicals(ctx, atom_poly(i, exponent))));
}

//! Whether every atom that p mentions is algebraically independent of the others.
constexpr bool independent(context const& ctx, poly const& p) {
    for (term const& t : p.terms)
        for (std::size_t i = 0; i < ctx.atoms.size(); ++i)
            if (t.m.e[i] != 0 && !ctx.atoms[i].independent) return false;
    return true;
}

//! Whether p is defined for every value of its symbols: no symbol under a radical (z^(1/2)
//! exists only for z >= 0, so a region z <= 0 may leave it a single point).
constexpr bool defined_everywhere(context const& ctx, poly const& p) {
    for (term const& t : p.terms)
        for (std::size_t i = 0; i < t.m.n; ++i)
            if (t.m.e[i] % unit != 0 && ctx.atoms[i].kind == atom_kind::symbol) return false;
    return true;
}

}  // namespace leibniz::detail::proof
