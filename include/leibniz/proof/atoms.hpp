// The indeterminates of a normal form, and the context that owns them. An atom is a symbol, a
// run-time constant, a named constant (pi), a prime under a radical (2^(1/2)), an exponential
// u = exp(m) of a monomial m, or a function (log, atan, erf, ...) of a normalised argument,
// kept opaque. Two atoms are one when their kinds, names and arguments agree.
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/ir/ops.hpp>
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
    std::size_t node = 0;      // and which node of its graph
    bool independent = false;  // algebraically independent of the others (for disproofs)
    bool abs = false;          // log: its argument may be negative where it is used (logs.hpp)
    bool exp_taken = false;    // log: exp(k log arg) = arg^k was used for an odd k
    ratfun arg;                // exp: the exponent (a monomial); function: the argument
    std::size_t partner = 0;   // the cosine of a base angle (proof/trig.hpp): its sine's atom
};

//! Everything one proof owns: its atoms, and whether an operation failed (overflow, too many
//! atoms, division by zero, an exponent that is not a multiple of 1/unit).
struct context {
    list<atom> atoms;
    bool ok = true;
    int side = 0;  // the expression being normalised: 0 or 1
    // The work so far, in term operations weighted by the number of atoms (see charge). A
    // proof that needs more than work_budget gives up (unknown, or not found) before clang's
    // 2^20 steps per constant expression end the compilation.
    long long work = 0;
    // Whether the current region met an operation defined on part of the reals only (log of an
    // argument not known positive, a radical of a symbol): the normal form may then hold where
    // the expression is undefined (exp(2 log z) is z^2 for z > 0 only), so it disproves nothing.
    bool partial = false;
};

//! The work budget of one decision, calibrated against clang's own count of steps
//! (-fconstexpr-steps): tests/static/proof_budget.cpp measures the worst cases.
inline constexpr long long work_budget = 30000;

//! Charges the work of touching `terms` terms: each costs a rational operation and a pass over
//! the exponents of every atom. False, and the decision failed, once the budget is spent.
constexpr bool charge(context& ctx, long long terms) {
    ctx.work += terms * (6 + static_cast<long long>(ctx.atoms.size()));
    if (ctx.work > work_budget) ctx.ok = false;
    return ctx.ok;
}

// --- reduction of radicals: p^(k/unit) keeps 0 <= k < unit; the integer part becomes a factor

constexpr long long floor_div(long long a, long long b) {
    long long q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// --- cos^2 = 1 - sin^2 for the base angles of proof/trig.hpp: every exponent of a cosine
// below 2, so that equal values have one form (the monomials s^i c^r, 0 <= r < 2, are a basis
// of Q[s, 1/s, c]/(s^2 + c^2 - 1))

constexpr poly reduce_trig(context& ctx, poly p) {
    for (std::size_t i = 0; i < ctx.atoms.size() && p.ok; ++i) {
        if (ctx.atoms[i].rule != proof_rule::cos) continue;
        if (!charge(ctx, static_cast<long long>(p.size()))) return poly{{}, false};
        bool high = false;
        for (term const& t : p.terms) high = high || t.m.e[i] >= 2 * unit;
        if (!high) continue;
        std::size_t s = ctx.atoms[i].partner;
        list<term> out;
        bool ok = true;
        for (term const& t : p.terms) {
            long long k = t.m.e[i] / (2 * unit);
            if (k <= 0) {
                out.push_back(t);
                continue;
            }
            if (k > 64 || !charge(ctx, k + 1)) {
                ctx.ok = false;
                return poly{{}, false};
            }
            // c^e = c^(e - 2k) (1 - s^2)^k = sum_j binom(k, j) (-1)^j s^(2j) c^(e - 2k)
            rational b{1, 1, true};
            for (long long j = 0; j <= k && ok; ++j) {
                term x = t;
                x.m.e[i] -= 2 * k * unit;
                monomial sj{};
                sj.set(s, 2 * j * unit);
                x.m = times(x.m, sj, ok);
                x.c = t.c * b;
                if (!x.c.ok) ok = false;
                out.push_back(x);
                b = b * rational{j - k, j + 1, true};  // binom(k, j + 1) (-1)^(j + 1)
            }
        }
        p = canonical(static_cast<list<term>&&>(out), p.ok && ok);
    }
    if (!p.ok) ctx.ok = false;
    return p;
}

constexpr poly reduce_radicals(context& ctx, poly p) {
    bool any = false, trig = false;
    for (atom const& a : ctx.atoms) {
        any = any || a.kind == atom_kind::prime;
        trig = trig || a.rule == proof_rule::cos;
    }
    if (trig && p.ok) p = reduce_trig(ctx, static_cast<poly&&>(p));
    if (!any || !p.ok) return p;
    if (!charge(ctx, 4 * static_cast<long long>(p.size()))) return poly{{}, false};
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

//! A poly that is not ok: the result of an operation that failed.
constexpr poly failed_poly() {
    poly p;
    p.ok = false;
    return p;
}

// A product past the work budget fails the whole decision (ctx.ok), so that no caller can take
// its result, or a comparison it decided, for a value.
constexpr poly product(context& ctx, poly const& a, poly const& b) {
    long long terms = static_cast<long long>(a.size() * b.size());
    if (!charge(ctx, terms)) return failed_poly();
    terms = 0;
    poly p = raw_product(a, b, terms);
    if (!charge(ctx, terms)) return failed_poly();
    p = reduce_radicals(ctx, static_cast<poly&&>(p));
    if (!p.ok) ctx.ok = false;
    return p;
}

//! a + b, charged.
constexpr poly sum(context& ctx, poly const& a, poly const& b) {
    if (!charge(ctx, static_cast<long long>(a.size() + b.size()))) return failed_poly();
    return a + b;
}

constexpr poly power(context& ctx, poly const& p, long long n) {
    poly r = constant_poly({1, 1, true});
    for (long long i = 0; i < n && r.ok; ++i) r = product(ctx, r, p);
    return r;
}

// --- exact division in the Laurent ring: q with q b = a, found term by term

// True only when every step was exact: a remainder or quotient that overflowed is no answer.
constexpr bool divide_exactly(context& ctx, poly const& a, poly const& b, poly& q) {
    q = constant_poly({0, 1, true});
    if (!a.ok || !b.ok || b.zero()) return false;
    if (a.zero()) return true;
    // the quotient's terms lie between lowest(a)/lowest-term(b) and lead(a)/lead(b)
    monomial floor = times(a.terms.back().m, inverse(b.terms.back().m), q.ok);
    poly r = a;
    // A quotient is looked for among |a| + 4 terms: past that the answer is no (sound: a
    // division not found only cancels less), so a failed division costs O(|a| |b|), not more.
    for (std::size_t step = 0; step < a.size() + 4; ++step) {
        if (!r.ok || !q.ok) return false;
        if (r.zero()) return true;
        bool ok = true;
        term t{r.terms[0].c * inverse(b.terms[0].c),
               times(r.terms[0].m, inverse(b.terms[0].m), ok)};
        if (!ok || !t.c.ok || compare(t.m, floor) < 0) return false;
        poly step_term;
        step_term.terms.push_back(t);
        q = sum(ctx, q, step_term);
        r = sum(ctx, r, -product(ctx, b, step_term));
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
    if (!r.ok() || !charge(ctx, static_cast<long long>(r.num.size() + r.den.size())))
        return failed(ctx);
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
    if (a.den == b.den) return tidy(ctx, {sum(ctx, a.num, b.num), a.den});
    poly q;
    if (divide_exactly(ctx, b.den, a.den, q))  // a.den divides b.den
        return tidy(ctx, {sum(ctx, product(ctx, a.num, q), b.num), b.den});
    if (divide_exactly(ctx, a.den, b.den, q))
        return tidy(ctx, {sum(ctx, a.num, product(ctx, b.num, q)), a.den});
    return tidy(ctx, {sum(ctx, product(ctx, a.num, b.den), product(ctx, b.num, a.den)),
                      product(ctx, a.den, b.den)});
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

// d c^(2k) for every cosine c at a negative exponent in d (1/cos(z) after a division): zero
// exactly when d is (the ring is a domain), and canonical once every exponent of c is >= 0.
constexpr poly clear_cosines(context& ctx, poly d) {
    for (std::size_t i = 0; i < ctx.atoms.size() && d.ok; ++i) {
        if (ctx.atoms[i].rule != proof_rule::cos) continue;
        if (!charge(ctx, static_cast<long long>(d.size()))) return poly{{}, false};
        long long low = 0;
        for (term const& t : d.terms) low = std::min(low, t.m.e[i]);
        if (low >= 0) continue;
        if (low < -64 * 2 * unit) {
            ctx.ok = false;
            return poly{{}, false};
        }
        term c{{1, 1, true}, {}};
        c.m.set(i, -floor_div(low, 2 * unit) * 2 * unit);
        d = reduce_trig(ctx, times(static_cast<poly&&>(d), c));
    }
    return d;
}

//! num(a) den(b) - num(b) den(a): zero exactly when a = b.
constexpr poly difference(context& ctx, ratfun const& a, ratfun const& b) {
    poly d = sum(ctx, product(ctx, a.num, b.den), -product(ctx, b.num, a.den));
    d = clear_cosines(ctx, static_cast<poly&&>(d));
    if (!d.ok) ctx.ok = false;
    return d;
}

// Whether a = b. When that cannot be computed, the decision fails (ctx.ok): a "no" there would
// make one value two independent atoms, and a disproof of a true identity.
constexpr bool equal(context& ctx, ratfun const& a, ratfun const& b) {
    if (!a.ok() || !b.ok()) {
        ctx.ok = false;
        return false;
    }
    if (a.num == b.num && a.den == b.den) return true;
    return difference(ctx, a, b).zero();
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
    if (!charge(ctx, static_cast<long long>(ctx.atoms.size()))) return 0;
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

//! The opaque atom name(x).
constexpr ratfun function_atom(context& ctx, std::string_view name, proof_rule rule,
                               ratfun const& x) {
    atom a;
    a.kind = atom_kind::function;
    a.name = name;
    a.rule = rule;
    a.arg = x;
    a.side = ctx.side;
    return atom_power(ctx, a);
}

//! Whether every atom that p mentions is algebraically independent of the others.
constexpr bool independent(context const& ctx, poly const& p) {
    for (term const& t : p.terms)
        for (std::size_t i = 0; i < ctx.atoms.size(); ++i)
            if (t.m.e[i] != 0 && !ctx.atoms[i].independent) return false;
    return true;
}

//! Whether atom i is positive for every value of the symbols: exponentials, prime radicals,
//! named constants and run-time constants of positive value.
constexpr bool positive_atom(context const& ctx, std::size_t i) {
    atom const& a = ctx.atoms[i];
    return a.kind == atom_kind::exp || a.kind == atom_kind::prime ||
           ((a.kind == atom_kind::named || a.kind == atom_kind::param) && a.value_known &&
            a.value > 0);
}

//! Whether p > 0 for every value of its symbols: every term is c m with c > 0 and m >= 0 (its
//! atoms positive or at even integer powers), and one term is positive.
constexpr bool positive(context const& ctx, poly const& p) {
    if (!p.ok) return false;
    bool strictly = false;
    for (term const& t : p.terms) {
        if (t.c.num <= 0) return false;
        bool all_positive = true;
        for (std::size_t i = 0; i < t.m.n; ++i) {
            if (t.m.e[i] == 0 || positive_atom(ctx, i)) continue;
            if (t.m.e[i] % (2 * unit) != 0) return false;
            all_positive = false;
        }
        strictly = strictly || all_positive;
    }
    return strictly;
}

constexpr bool positive(context const& ctx, ratfun const& r) {
    return positive(ctx, r.num) && positive(ctx, r.den);
}

}  // namespace leibniz::detail::proof
