// sin and cos in the normal form. sin(x) and cos(x) of a polynomial x = sum c_i m_i (rational
// c_i, distinct monomials m_i) are expanded by the angle-sum formulas into polynomials in
// s = sin(a), c = cos(a) of one base angle a = m/L per monomial m: L is the denominator of the
// first coefficient met with m (sin(z/2) then sin(3z/2): a = z/2), and c_i m_i must be n a with
// an integer |n| <= max_multiple (sin(n a), cos(n a) by the recurrence of the angle sum).
// Products reduce c^2 to 1 - s^2 (reduce_trig in atoms.hpp), so that sin^2 + cos^2 is 1 and
// sin(2z) is 2 sin(z) cos(z). Integer and half-integer multiples of pi are exact
// (sin(z + pi) = -sin(z)). Any other argument (a fraction, 13 z, z/3 after z/2) keeps the opaque
// atom sin(x) of before.
//
// The base atoms are not marked algebraically independent: a reduced polynomial with c at
// exponents 0 and 1 is a non-zero function when non-zero, but a cosine at a negative exponent
// (1/cos(z), after a division) has several forms (c^-2 (1 - s^2) = 1), and base angles of
// constants or of pi have algebraic relations of their own. So a difference in them is never
// disproved by the algebra, only by the numeric witness (sound, and simple).
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/proof/atoms.hpp>

namespace leibniz::detail::proof {

//! The largest multiple n of a base angle that sin(n a) expands.
inline constexpr long long max_multiple = 12;

struct sine_cosine {
    poly s, c;
};

constexpr sine_cosine angle_zero() { return {poly{}, constant_poly({1, 1, true})}; }

//! sin(k pi/2), cos(k pi/2)
constexpr sine_cosine quarter_turns(long long k) {
    k %= 4;
    if (k < 0) k += 4;
    long long s = k == 1 ? 1 : k == 3 ? -1 : 0;
    long long c = k == 0 ? 1 : k == 2 ? -1 : 0;
    return {constant_poly({s, 1, true}), constant_poly({c, 1, true})};
}

//! Whether t is an integer or half-integer multiple of pi.
constexpr bool quarter_turn(context const& ctx, term const& t) {
    monomial const& m = t.m;
    std::size_t count = 0, at = 0;
    for (std::size_t i = 0; i < m.n; ++i)
        if (m.e[i] != 0) {
            ++count;
            at = i;
        }
    return count == 1 && m.e[at] == unit && ctx.atoms[at].kind == atom_kind::named &&
           ctx.atoms[at].name == "pi" && (t.c.den == 1 || t.c.den == 2);
}

//! Whether t = c m is n a for the base angle a of m (found, or m/den(c) when new) and an integer
//! |n| <= max_multiple; the atoms of sin(a) and cos(a) are interned when `make`.
constexpr bool base_angle(context& ctx, term const& t, bool make, std::size_t& si, std::size_t& ci,
                          long long& n) {
    if (!charge(ctx, static_cast<long long>(ctx.atoms.size()))) return false;
    long long L = t.c.den;
    for (atom const& a : ctx.atoms)
        if (a.rule == proof_rule::sin && is_one(a.arg.den) && a.arg.num.size() == 1 &&
            a.arg.num.terms[0].m == t.m)
            L = a.arg.num.terms[0].c.den;
    // c L is an integer when den(c) divides L (c is reduced)
    if (t.c.den <= 0 || L % t.c.den != 0 || __builtin_mul_overflow(t.c.num, L / t.c.den, &n) ||
        n > max_multiple || n < -max_multiple)
        return false;
    if (!make) return true;
    atom a;
    a.kind = atom_kind::function;
    a.name = "sin";
    a.rule = proof_rule::sin;
    a.side = ctx.side;
    a.arg = from_poly(poly{{term{{1, L, true}, t.m}}, true});
    si = intern(ctx, a);
    a.name = "cos";
    a.rule = proof_rule::cos;
    ci = intern(ctx, static_cast<atom&&>(a));
    if (!ctx.ok) return false;
    ctx.atoms[ci].partner = si;
    return true;
}

//! The angle sum: sin(x + y), cos(x + y) from those of x and y.
constexpr sine_cosine angle_sum(context& ctx, sine_cosine const& x, sine_cosine const& y) {
    return {sum(ctx, product(ctx, x.s, y.c), product(ctx, x.c, y.s)),
            sum(ctx, product(ctx, x.c, y.c), -product(ctx, x.s, y.s))};
}

//! sin(n a), cos(n a) from s = sin(a), c = cos(a), |n| <= max_multiple.
constexpr sine_cosine multiple(context& ctx, sine_cosine const& a, long long n) {
    sine_cosine r = angle_zero();
    long long k = n < 0 ? -n : n;
    for (long long i = 0; i < k && i < max_multiple && ctx.ok; ++i) r = angle_sum(ctx, r, a);
    if (n < 0) r.s = -r.s;
    return r;
}

//! sin(x) and cos(x) as polynomials in the base atoms: false when x is no sum of small multiples
//! of base angles (ctx.ok tells whether the decision failed too).
constexpr bool expand(context& ctx, ratfun const& x, sine_cosine& r) {
    r = angle_zero();
    if (!x.ok() || !is_one(x.den)) return false;
    std::size_t si = 0, ci = 0;
    long long n = 0;
    // first whether every term is a multiple, so that a failure adds no atoms
    for (term const& t : x.num.terms)
        if (!quarter_turn(ctx, t) && !base_angle(ctx, t, false, si, ci, n)) return false;
    for (term const& t : x.num.terms) {
        sine_cosine m;
        if (quarter_turn(ctx, t)) {
            m = quarter_turns(t.c.den == 1 ? 2 * (t.c.num % 2) : t.c.num % 4);
        } else {
            if (!base_angle(ctx, t, true, si, ci, n)) return false;
            m = multiple(ctx, {atom_poly(si), atom_poly(ci)}, n);
        }
        r = angle_sum(ctx, r, m);
        if (!ctx.ok || !r.s.ok || !r.c.ok) {
            ctx.ok = false;
            return false;
        }
    }
    return true;
}

//! sin(x) (sine) or cos(x): expanded, or the opaque atom name(x).
constexpr ratfun trig_of(context& ctx, bool sine, std::string_view name, ratfun const& x) {
    sine_cosine r;
    if (expand(ctx, x, r)) return from_poly(sine ? r.s : r.c);
    if (!ctx.ok) return failed(ctx);
    return function_atom(ctx, name, proof_rule::opaque, x);
}

}  // namespace leibniz::detail::proof
