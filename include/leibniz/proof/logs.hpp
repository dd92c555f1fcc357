// Logs in the normal form. The log of x = c m N/D (c rational, m the monomial content of the
// numerator, N and D with leading coefficient 1, the exponentials already taken out) is split
// into atoms: log|c| as sum e_p log p over the primes of c, (e/unit) log x_i for each atom x_i of
// m with an exponent e that is not an even integer, then log(s m' N) - log(D), where s is the
// sign of c and m' the even powers left in the argument. log z and log(-z) stay two atoms
// (log(-z) = log z + log(-1)); log(z^2) stays one (it is not 2 log z where z < 0).
//
// Meaning: a log atom stands for log|arg|. That is exact wherever the expression is defined: the
// split is log|x| = log|c| + sum e_i log|x_i| + log|s m' N| - log|D| for x > 0. But exp(k log|q|)
// is |q|^k, which is q^k for an odd k only where q > 0. So a log atom made by a split where its
// argument may be negative (two or more factors of unknown sign: log(z y) with z, y < 0) is
// marked `abs`, and exp(k log q) = q^k is used for an abs atom only with an even k; an atom that
// has been used that way for an odd k (`exp_taken`) fails the decision when a split would mark
// it abs later.
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/proof/atoms.hpp>

namespace leibniz::detail::proof {

// The smallest prime factor of v > 1 by trial division up to 1000; v itself when none is found,
// which proves v prime only when v < 1001^2.
constexpr long long smallest_factor(long long v) {
    for (long long p = 2; p <= 1000 && p * p <= v; ++p)
        if (v % p == 0) return p;
    return v;
}

//! log(arg) as an atom; `sign_unknown`: arg may be negative where the log is used (see above).
constexpr ratfun log_atom(context& ctx, std::string_view name, ratfun const& arg,
                          bool sign_unknown) {
    atom a;
    a.kind = atom_kind::function;
    a.name = name;
    a.rule = proof_rule::log;
    a.arg = arg;
    a.side = ctx.side;
    std::size_t i = intern(ctx, static_cast<atom&&>(a));
    if (!ctx.ok) return failed(ctx);
    if (sign_unknown) {
        if (ctx.atoms[i].exp_taken) return failed(ctx);  // exp(log q) = q was used already
        ctx.atoms[i].abs = true;
    }
    return tidy(ctx, from_poly(atom_poly(i)));
}

//! r (e/unit) log(arg), added to sum.
constexpr ratfun add_log(context& ctx, ratfun const& sum, rational r, std::string_view name,
                         ratfun const& arg, bool sign_unknown) {
    if (!r.ok) return failed(ctx);
    ratfun l = log_atom(ctx, name, arg, sign_unknown);  // an atom: its den is 1
    if (!(r.num == 1 && r.den == 1)) l.num = scaled(l.num, r);
    if (!l.ok()) return failed(ctx);
    return add(ctx, sum, l);
}

//! log|c| for a rational c != 0: sum e_p log p over its prime factors, by trial division up to
//! 1000 (a factor left over may be composite: its log is an atom all the same, and no log is
//! independent of the others).
constexpr ratfun log_of_rational(context& ctx, rational c, std::string_view name) {
    ratfun result{};
    if (!c.ok || c.num == 0 || c.num == INT64_MIN) return failed(ctx);
    for (int part = 0; part < 2 && ctx.ok; ++part) {
        long long v = part == 0 ? (c.num < 0 ? -c.num : c.num) : c.den;
        long long p = 2;
        while (v > 1 && ctx.ok) {
            long long f = v, tried = 0;
            for (; p <= 1000 && p * p <= v; ++p, ++tried)
                if (v % p == 0) {
                    f = p;
                    break;
                }
            long long count = 0;
            while (v % f == 0) {
                v /= f;
                ++count;
            }
            if (!charge(ctx, tried / 8 + count + 1)) return failed(ctx);
            result = add_log(ctx, result, {part == 0 ? count : -count, 1, true}, name,
                             constant_fn({f, 1, true}), false);
        }
    }
    return result;
}

//! Whether an exponent (in units) is an even integer.
constexpr bool even_power(long long e) { return e % (2 * unit) == 0; }

//! log x for x = num/den after tidy (den has leading coefficient 1), without exponential content.
constexpr ratfun split_log(context& ctx, ratfun const& x, std::string_view name) {
    if (!x.ok() || x.num.zero() || x.den.zero()) return failed(ctx);
    if (!charge(ctx, static_cast<long long>(x.num.size() + x.den.size()))) return failed(ctx);
    rational lead_num = x.num.terms[0].c, lead_den = x.den.terms[0].c;
    rational c = lead_num * inverse(lead_den);
    if (!c.ok) return failed(ctx);
    // the rests s m' N and D, and the monomial contents taken out of them
    poly rest_num = scaled(x.num, inverse(lead_num.num < 0 ? -lead_num : lead_num));
    poly rest_den = scaled(x.den, inverse(lead_den));
    if (lead_den.num < 0) rest_num = -rest_num;
    monomial take_num{}, take_den{};
    int unknown = 0;  // factors of unknown sign
    for (int part = 0; part < 2; ++part) {
        poly& p = part == 0 ? rest_num : rest_den;
        monomial& take = part == 0 ? take_num : take_den;
        monomial low = lowest(p);
        for (std::size_t i = 0; i < ctx.atoms.size() && i < low.n; ++i) {
            long long e = low.e[i];
            if (e == 0) continue;
            bool known = positive_atom(ctx, i);
            if (!known && even_power(e)) continue;  // log(z^2) is not 2 log z
            if (!known) ++unknown;
            take.set(i, e);
        }
        p = times(p, term{{1, 1, true}, inverse(take)});
        if (!p.ok) return failed(ctx);
    }
    bool num_rest = !is_one(rest_num), den_rest = !is_one(rest_den);
    if (num_rest && !positive(ctx, rest_num)) ++unknown;
    if (den_rest && !positive(ctx, rest_den)) ++unknown;
    // with one factor of unknown sign, that factor is positive where x is
    bool split_signs = unknown > 1;
    ratfun result = log_of_rational(ctx, c, name);
    for (int part = 0; part < 2 && ctx.ok; ++part) {
        monomial const& take = part == 0 ? take_num : take_den;
        for (std::size_t i = 0; i < take.n && ctx.ok; ++i) {
            long long e = take.e[i];
            if (e == 0) continue;
            rational r = reduce(part == 0 ? e : -e, unit);
            atom const& a = ctx.atoms[i];
            if (a.kind == atom_kind::exp) {  // log exp(m)^r = r m
                ratfun m = a.arg;
                m.num = scaled(m.num, r);
                result = add(ctx, result, m);
            } else if (a.kind == atom_kind::prime) {
                result = add_log(ctx, result, r, name, constant_fn({a.prime, 1, true}), false);
            } else {
                bool known = positive_atom(ctx, i);
                result =
                    add_log(ctx, result, r, name, from_poly(atom_poly(i)), !known && split_signs);
            }
        }
    }
    if (!ctx.ok) return failed(ctx);
    if (num_rest) {
        // log(-1) (the sign of log(-z) = log z + log(-1)) is 0 as log|-1|: never exp'd as -1
        bool sign_only = is_constant(rest_num);
        result = add_log(ctx, result, {1, 1, true}, name, from_poly(rest_num),
                         sign_only || (split_signs && !positive(ctx, rest_num)));
    }
    if (den_rest)
        result = add_log(ctx, result, {-1, 1, true}, name, from_poly(rest_den),
                         split_signs && !positive(ctx, rest_den));
    if (!ctx.ok) return failed(ctx);
    return result;
}

}  // namespace leibniz::detail::proof
