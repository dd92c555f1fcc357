// Rule: a rational function of one exponential, u = exp(w), computed from t = exp(-|w|).
//
// Identity: a product or a sum whose factors are exp(k w) and integer powers of polynomials
// P(u) = sum c_i u^(k_i) (1 + exp(-z), exp(2z) - 1, ...), with other factors O_g as
// coefficients, is
//     sum_g O_g G_g(u) / D(u),      D = prod_j Q_j^(m_j), the Q_j the distinct denominators
// with the fractions added over D and the exact coefficients of G_g collected at compile time.
// A factor may also be any other rational function of u built from them: sums, products and
// integer powers, and tanh(log X) = (X^2 - 1)/(X^2 + 1) (tanh of a softplus, 1 - tanh^2 of it:
// Mish's derivative is one such sum). A sum is in the family of its first term's denominator or
// tanh(log S). The fraction is kept in lowest terms by the factors of D (exact division).
// For w >= 0 it is u^(H - deg D) sum_g O_g G~_g(t)/D~(t) with t = 1/u, G~ and D~ the reversed
// polynomials; for w < 0 it is u^L sum_g O_g G^_g(t)/D(t) with t = u. Both are polynomials in
// t in [0, 1] whose coefficients a select (no branch) takes by the sign of w; the prefactor is a
// power of t when the function is bounded on that side, else exp(A w).
// Error removed: exp(k w) overflows to inf (inf/inf = NaN for exp(2z)/(1 + exp(2z)) at z = 400,
// inf 0 for exp(-2z) sigma(z)^3 at z = -517), and terms of a sum that cancel (the two terms of
// tanh' written as (exp(2z) - 1)/(exp(2z) + 1) lose every digit for z > 20) are added exactly
// as polynomials before anything is rounded.
// A root at u = 1 (w = 0) of a numerator or the denominator is divided out and computed as
// expm1: (exp(z) - 1) sigma(z) keeps its digits near 0.
// It runs where the logistic rule (σ(w)^a σ(-w)^b of one denominator) does not cover the subterm.
#pragma once

#include <cstddef>
#include <type_traits>

#include <leibniz/core/rational.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/log.hpp>
#include <leibniz/functions/tanh.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/polynomial.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail::lowering {

namespace exp_rational {

using polynomial::divide;
using polynomial::failed;
using polynomial::monomial;
using polynomial::raise;
using polynomial::same;
using polynomial::upoly;

// --- what a factor is in the family of R: exp(k R), or an integer power of a sum of c exp(k R)
// and constants

//! V = k base: for a term its coefficient and rest; for a sum the coefficient of its first
//! non-constant term, so that exp(2z - 2) and exp(1 - z) are powers of one u = exp(z - 1).
template <class V>
struct exp_base {
    static constexpr rational k = term_parts<V>::coef;
    using base = typename term_parts<V>::rest;
};
template <long long N, long long D, class T, class... Ts>
struct exp_base<product<constant<N, D>, sum<T, Ts...>>> {  // c (a + b z): (c b) (a/b + z)
    static constexpr rational k = rational{N, D, true} * exp_base<sum<T, Ts...>>::k;
    using base = typename exp_base<sum<T, Ts...>>::base;
};
template <class T, class... Ts>
struct exp_base<sum<T, Ts...>> {
    template <class X>
    using varies = std::bool_constant<!is_constant_v<X>>;
    static constexpr rational k =
        term_parts<at_t<find_first<varies, T, Ts...>(), type_list<T, Ts...>>>::coef;
    template <class X>
    using scaled_term =
        decltype(make_term<term_parts<X>::coef * inverse(k), typename term_parts<X>::rest>());
    using base = decltype((scaled_term<T>{} + ... + scaled_term<Ts>{}));
};

//! exp(V) in the family of R: V = k R, or a sum with a term k R (the rest stays exp(rest)).
template <class V, class R>
struct exponent {
    static constexpr bool in = false;
};
template <class V, class R>
    requires std::is_same_v<typename exp_base<V>::base, R>
struct exponent<V, R> {
    static constexpr bool in = true;
    static constexpr rational k = exp_base<V>::k;
    using remainder = void;
};
template <class... Ts, class R>
    requires(!std::is_same_v<typename exp_base<sum<Ts...>>::base, R> &&
             (std::is_same_v<typename term_parts<Ts>::rest, R> || ...))
struct exponent<sum<Ts...>, R> {
    template <class T>
    using of_r = std::is_same<typename term_parts<T>::rest, R>;
    static constexpr std::size_t i = find_first<of_r, Ts...>();
    static constexpr bool in = true;
    static constexpr rational k = term_parts<at_t<i, type_list<Ts...>>>::coef;
    using remainder = apply<exp_fn, typename make_sum_list<erase_t<i, type_list<Ts...>>>::type>;
};

//! A term c exp(k R) (k != 0) or a constant c of a polynomial factor.
template <class T, class R>
struct poly_term {
    static constexpr bool in = false;
};
template <long long N, long long D, class R>
struct poly_term<constant<N, D>, R> {
    static constexpr bool in = true, exp = false;
    static constexpr rational c{N, D, true}, k{0, 1, true};
};
template <class V, class R>
    requires(exponent<V, R>::in && std::is_void_v<typename exponent<V, R>::remainder>)
struct poly_term<apply<exp_fn, V>, R> {
    static constexpr bool in = true, exp = true;
    static constexpr rational c{1, 1, true}, k = exponent<V, R>::k;
};
template <long long N, long long D, class V, class R>
    requires(exponent<V, R>::in && std::is_void_v<typename exponent<V, R>::remainder>)
struct poly_term<product<constant<N, D>, apply<exp_fn, V>>, R> {
    static constexpr bool in = true, exp = true;
    static constexpr rational c{N, D, true}, k = exponent<V, R>::k;
};

inline constexpr int max_terms = 8, max_parts = 8, max_rats = 2;

//! A polynomial factor as written: its terms c_i u^(k_i / g), and its power.
struct poly_factor {
    int size = 0;
    rational c[max_terms]{}, k[max_terms]{};
    long long n = 1;
};

template <class S, class R>
struct polynomial {
    static constexpr bool in = false;
};
template <class... Ts, class R>
    requires(sizeof...(Ts) <= max_terms && (poly_term<Ts, R>::in && ...) &&
             (poly_term<Ts, R>::exp || ...))
struct polynomial<sum<Ts...>, R> {
    static constexpr bool in = true;
    static constexpr poly_factor value(long long n) {
        return {sizeof...(Ts), {poly_term<Ts, R>::c...}, {poly_term<Ts, R>::k...}, n};
    }
};

inline constexpr int max_groups = 8, max_denominators = 4;

// The positive gcd of two rationals (0 for two zeros).
constexpr rational gcd(rational a, rational b) {
    if (a.num < 0) a = -a;
    if (b.num < 0) b = -b;
    if (a.num == 0) return b;
    if (b.num == 0) return a;
    long long n = detail::gcd(a.num, b.num), d = 0;
    long long g = detail::gcd(a.den, b.den);
    if (__builtin_mul_overflow(a.den / g, b.den, &d)) return overflowed;
    return reduce(n, d);
}

// --- a rational function of u inside a factor: sums, products and integer powers of the
// family's exponentials and constants, and tanh(log X) = (X^2 - 1)/(X^2 + 1) of such an X

//! num / prod q[j]^m[j], each q normalised (lo = 0, q(0) = 1), kept in lowest terms by q[j].
struct rfunc {
    upoly num;
    int nq = 0;
    upoly q[max_denominators]{};
    long long m[max_denominators]{};
    bool ok = true;
};

constexpr rfunc rf_failed() {
    rfunc r;
    r.ok = false;
    return r;
}
constexpr rfunc rf_constant(rational c, int e = 0) {
    rfunc r;
    r.num = monomial(c, e);
    r.ok = r.num.ok;
    return r;
}

//! The powers of the q[j] that divide the numerator exactly, cancelled.
constexpr rfunc rf_reduce(rfunc r) {
    if (r.ok && r.num.size == 0) return rf_constant(rational{0, 1, true});
    for (int j = 0; j < r.nq && r.ok; ++j)
        while (r.m[j] > 0) {
            upoly s = divide(r.num, r.q[j]);
            if (!s.ok) break;
            r.num = s;
            --r.m[j];
        }
    return r;
}

//! The index of q among the n denominators qs, added when new; -1 when they are full.
constexpr int slot(upoly* qs, int& n, upoly const& q) {
    for (int j = 0; j < n; ++j)
        if (same(qs[j], q)) return j;
    if (n == max_denominators) return -1;
    qs[n] = q;
    return n++;
}

//! The slot of q in r's denominators (a new one has power 0), -1 when they are full.
constexpr int rf_slot(rfunc& r, upoly const& q) {
    int const before = r.nq, j = slot(r.q, r.nq, q);
    if (j >= before) r.m[j] = 0;
    return j;
}

constexpr rfunc rf_mul(rfunc a, rfunc const& b) {
    if (!a.ok || !b.ok) return rf_failed();
    a.num = a.num * b.num;
    for (int j = 0; j < b.nq; ++j) {
        int s = rf_slot(a, b.q[j]);
        if (s < 0) return rf_failed();
        a.m[s] += b.m[j];
    }
    a.ok = a.num.ok;
    return rf_reduce(a);
}

constexpr rfunc rf_add(rfunc const& a, rfunc const& b) {
    if (!a.ok || !b.ok) return rf_failed();
    rfunc r = a;  // over prod q_j^max(ma_j, mb_j)
    long long mb[max_denominators]{};
    for (int j = 0; j < b.nq; ++j) {
        int s = rf_slot(r, b.q[j]);
        if (s < 0) return rf_failed();
        mb[s] = b.m[j];
    }
    upoly na = a.num, nb = b.num;
    for (int j = 0; j < r.nq; ++j) {
        long long ma = j < a.nq ? a.m[j] : 0, most = ma > mb[j] ? ma : mb[j];
        na = na * raise(r.q[j], most - ma);
        nb = nb * raise(r.q[j], most - mb[j]);
        r.m[j] = most;
    }
    r.num = na + nb;
    r.ok = r.num.ok;
    return rf_reduce(r);
}

//! 1/a: the denominators into the numerator, the numerator (c u^lo Q) into c^-1 u^-lo / Q.
constexpr rfunc rf_inverse(rfunc const& a) {
    if (!a.ok || a.num.size == 0) return rf_failed();
    rational c = inverse(a.num.c[0]);
    rfunc r = rf_constant(c, -a.num.lo);
    for (int j = 0; j < a.nq; ++j) r.num = r.num * raise(a.q[j], a.m[j]);
    upoly q = a.num * monomial(c, -a.num.lo);
    if (q.size > 1) {
        r.q[0] = q;
        r.m[0] = 1;
        r.nq = 1;
    }
    r.ok = r.num.ok && q.ok;
    return r;
}

constexpr rfunc rf_power(rfunc a, long long n) {
    if (n < 0) {
        a = rf_inverse(a);
        n = -n;
    }
    rfunc r = rf_constant(rational{1, 1, true});
    for (long long i = 0; i < n && r.ok; ++i) r = rf_mul(r, a);
    return r;
}

//! p(u^m): the exponents of a polynomial built in units of g' scaled to the units g = g'/m.
constexpr upoly scale_exponents(upoly const& p, int m) {
    if (!p.ok || m < 1 || (p.size > 0 && (p.size - 1) * m + 1 > upoly::cap)) return failed();
    if (m == 1 || p.size == 0) return p;
    upoly r;
    r.lo = p.lo * m;
    r.size = (p.size - 1) * m + 1;
    for (int i = 0; i < p.size; ++i) r.c[i * m] = p.c[i];
    return r;
}

//! in: X is such a function of u = exp(unit R); value(g): it with exponents in units of g.
template <class X, class R>
struct rational_of {
    static constexpr bool in = false;
};
template <long long N, long long D, class R>
struct rational_of<constant<N, D>, R> {
    static constexpr bool in = true;
    static constexpr rational unit{0, 1, true};
    static constexpr rfunc value(rational) { return rf_constant(rational{N, D, true}); }
};
template <class V, class R>
    requires(exponent<V, R>::in && std::is_void_v<typename exponent<V, R>::remainder>)
struct rational_of<apply<exp_fn, V>, R> {
    static constexpr bool in = true;
    static constexpr rational unit = gcd(exponent<V, R>::k, rational{0, 1, true});
    static constexpr rfunc value(rational g) {
        rational m = exponent<V, R>::k * inverse(g);
        if (!m.ok || m.den != 1 || m.num > 64 || m.num < -64) return rf_failed();
        return rf_constant(rational{1, 1, true}, static_cast<int>(m.num));
    }
};
template <class... Ts, class R>
    requires((rational_of<Ts, R>::in && ...))
struct rational_of<sum<Ts...>, R> {
    static constexpr bool in = true;
    static constexpr rational unit = [] {
        rational g{0, 1, true};
        ((g = gcd(g, rational_of<Ts, R>::unit)), ...);
        return g;
    }();
    static constexpr rfunc value(rational g) {
        rfunc r = rf_constant(rational{0, 1, true});
        ((r = rf_add(r, rational_of<Ts, R>::value(g))), ...);
        return r;
    }
};
template <class... Fs, class R>
    requires((rational_of<Fs, R>::in && ...))
struct rational_of<product<Fs...>, R> {
    static constexpr bool in = true;
    static constexpr rational unit = rational_of<sum<Fs...>, R>::unit;
    static constexpr rfunc value(rational g) {
        rfunc r = rf_constant(rational{1, 1, true});
        ((r = rf_mul(r, rational_of<Fs, R>::value(g))), ...);
        return r;
    }
};
template <class X, long long N, class R>
    requires(rational_of<X, R>::in && N != 0)
struct rational_of<power<X, constant<N>>, R> {
    static constexpr bool in = true;
    static constexpr rational unit = rational_of<X, R>::unit;
    static constexpr rfunc value(rational g) { return rf_power(rational_of<X, R>::value(g), N); }
};
template <class X, class R>
    requires rational_of<X, R>::in
struct rational_of<apply<tanh_fn, apply<log_fn, X>>, R> {
    static constexpr bool in = true;
    static constexpr rational unit = rational_of<X, R>::unit;
    static constexpr rfunc value(rational g) {
        rfunc x2 = rf_power(rational_of<X, R>::value(g), 2);
        return rf_mul(rf_add(x2, rf_constant(rational{-1, 1, true})),
                      rf_inverse(rf_add(x2, rf_constant(rational{1, 1, true}))));
    }
};

//! A factor of a term: in the family (an exponential, a polynomial to a power, or another
//! rational function of u), or other.
template <class F, class R>
struct factor {
    static constexpr int kind = rational_of<F, R>::in && !is_constant_v<F> ? 3 : 0;
    using others = std::conditional_t<kind == 3, type_list<>, type_list<F>>;
};
template <class V, class R>
    requires exponent<V, R>::in
struct factor<apply<exp_fn, V>, R> {
    static constexpr int kind = 1;  // exp(k R)
    static constexpr rational k = exponent<V, R>::k;
    using others = std::conditional_t<std::is_void_v<typename exponent<V, R>::remainder>,
                                      type_list<>, type_list<typename exponent<V, R>::remainder>>;
};
template <class S, class R>
    requires polynomial<S, R>::in
struct factor<S, R> {
    static constexpr int kind = 2;  // P(u)
    static constexpr poly_factor poly = polynomial<S, R>::value(1);
    using others = type_list<>;
};
template <class S, long long N, class R>
    requires(polynomial<S, R>::in && N != 0)
struct factor<power<S, constant<N>>, R> {
    static constexpr int kind = 2;  // P(u)^n
    static constexpr poly_factor poly = polynomial<S, R>::value(N);
    using others = type_list<>;
};

//! A term: its coefficient, its exponentials and polynomials in the family, the other factors.
struct term_data {
    rational coef{1, 1, true};
    int exps = 0, polys = 0;
    rational k[max_parts]{};
    poly_factor p[max_parts]{};
    int rats = 0;  // the other rational functions of u, with exponents in units of their own
    rational unit[max_rats]{};
    rfunc rf[max_rats]{};
    bool ok = true;
};

template <class T, class R, class Fs = term_factors<T>>
struct term;
template <class T, class R, class... Fs>
struct term<T, R, type_list<Fs...>> {
    static constexpr bool is_const = is_constant_v<T>;
    static constexpr bool in = is_const || ((factor<Fs, R>::kind != 0) || ...);
    static constexpr term_data data = [] {
        term_data d;
        d.coef = term_parts<T>::coef;
        if constexpr (is_const) return d;
        (
            [&] {
                if constexpr (factor<Fs, R>::kind == 1) {
                    if (d.exps == max_parts)
                        d.ok = false;
                    else
                        d.k[d.exps++] = factor<Fs, R>::k;
                } else if constexpr (factor<Fs, R>::kind == 2) {
                    if (d.polys == max_parts)
                        d.ok = false;
                    else
                        d.p[d.polys++] = factor<Fs, R>::poly;
                } else if constexpr (factor<Fs, R>::kind == 3) {
                    if (d.rats == max_rats) {
                        d.ok = false;
                    } else {
                        d.unit[d.rats] = rational_of<Fs, R>::unit;
                        d.rf[d.rats++] = rational_of<Fs, R>::value(rational_of<Fs, R>::unit);
                    }
                }
            }(),
            ...);
        return d;
    }();
    // the other factors, canonical (so that equal ones are one type), 1 for none
    using others =
        concat_t<std::conditional_t<is_const, type_list<>, typename factor<Fs, R>::others>...>;
};
template <long long N, long long D, class R>
struct term<constant<N, D>, R, type_list<constant<1>>> {
    static constexpr bool is_const = true, in = true;
    static constexpr term_data data{rational{N, D, true}};
    using others = type_list<>;
};

// --- the algebra: the terms over one denominator, grouped by their other factors

//! The result: per group the coefficients of its polynomial in t for w >= 0 (plus) and w < 0
//! (minus), the denominator's, and the prefactor exponents (u^plus_exp, u^minus_exp).
struct result {
    bool ok = false;
    rational g{1, 1, true};  // w = g R
    int groups = 0, size = 0, den_size = 0;
    rational plus[max_groups][2 * upoly::cap]{}, minus[max_groups][2 * upoly::cap]{};
    rational den_plus[upoly::cap]{}, den_minus[upoly::cap]{};
    int plus_exp = 0, minus_exp = 0;
    int roots[max_groups]{}, den_root = 0;  // the powers of (u - 1) divided out
};

//! Divides p by (u - 1) while p(1) = 0 (exactly); the number of times.
constexpr int divide_root_at_one(upoly& p) {
    int k = 0;
    while (p.ok && p.size > 1) {
        rational at_one{0, 1, true};
        for (int i = 0; i < p.size; ++i) at_one = at_one + p.c[i];
        if (!at_one.ok || at_one.num != 0) break;
        // p = u^lo q, q = (u - 1) s: s_(n-1) = q_n, s_(i-1) = q_i + s_i
        upoly q;
        q.lo = p.lo;
        q.size = p.size - 1;
        rational carry{0, 1, true};
        for (int i = p.size - 1; i >= 1; --i) {
            carry = carry + p.c[i];
            q.c[i - 1] = carry;
        }
        p = q;
        ++k;
    }
    return k;
}

//! group[i]: the group of term i.
constexpr result combine(term_data const* terms, int const* group, int count, int groups) {
    result r;
    if (groups > max_groups) return r;
    // g: the gcd of every exponent's k, so that each is an integer multiple of w = g R
    rational g{0, 1, true};
    for (int i = 0; i < count; ++i) {
        if (!terms[i].ok) return r;
        for (int e = 0; e < terms[i].exps; ++e) g = gcd(g, terms[i].k[e]);
        for (int q = 0; q < terms[i].polys; ++q)
            for (int j = 0; j < terms[i].p[q].size; ++j) g = gcd(g, terms[i].p[q].k[j]);
        for (int q = 0; q < terms[i].rats; ++q) g = gcd(g, terms[i].unit[q]);
    }
    if (!g.ok || g.num <= 0) return r;
    r.g = g;
    auto multiple = [&](rational k, bool& ok) {
        rational m = k * inverse(g);
        if (!m.ok || m.den != 1 || m.num > 64 || m.num < -64) ok = false;
        return static_cast<int>(m.num);
    };
    // per term: coefficient, power of u, numerator, and the powers of the distinct denominators
    // Q_j (normalised: lowest power u^0 with coefficient 1)
    upoly qs[max_denominators]{};
    long long most[max_denominators]{};
    int nq = 0;
    upoly num[max_groups * 2]{};  // per term (count <= 16)
    long long powers[max_groups * 2][max_denominators]{};
    if (count > max_groups * 2) return r;
    bool ok = true;
    for (int i = 0; i < count && ok; ++i) {
        term_data const& t = terms[i];
        int a = 0;
        for (int e = 0; e < t.exps; ++e) a += multiple(t.k[e], ok);
        upoly n = monomial(t.coef, 0);
        for (int q = 0; q < t.polys && ok; ++q) {
            poly_factor const& f = t.p[q];
            upoly p;
            for (int j = 0; j < f.size; ++j) p = p + monomial(f.c[j], multiple(f.k[j], ok));
            if (!p.ok || p.size == 0) {
                ok = false;
                break;
            }
            if (f.n > 0) {
                n = n * raise(p, f.n);
                continue;
            }
            // p = c u^lo Q, Q(0) = 1: c^n u^(lo n) into the term, Q^n to the denominators
            rational c = p.c[0];
            a += static_cast<int>(p.lo * f.n);
            n = n * monomial(rational_power(c, f.n), 0);
            int j = slot(qs, nq, p * monomial(inverse(c), -p.lo));
            if (j < 0) {
                ok = false;
                break;
            }
            powers[i][j] += -f.n;
            if (powers[i][j] > most[j]) most[j] = powers[i][j];
        }
        for (int q = 0; q < t.rats && ok; ++q) {  // its u' = u^m
            int m = multiple(t.unit[q], ok);
            rfunc const& f = t.rf[q];
            n = n * scale_exponents(f.num, m);
            for (int k = 0; k < f.nq && ok; ++k) {
                int j = slot(qs, nq, scale_exponents(f.q[k], m));
                if (j < 0) {
                    ok = false;
                    break;
                }
                powers[i][j] += f.m[k];
                if (powers[i][j] > most[j]) most[j] = powers[i][j];
            }
        }
        num[i] = n * monomial(rational{1, 1, true}, a);
        if (!num[i].ok) ok = false;
    }
    if (!ok) return r;
    // G_g = sum of the terms of g over D = prod Q_j^most_j, in lowest terms by the Q_j
    upoly grouped[max_groups]{};
    for (int i = 0; i < count; ++i) {
        upoly n = num[i];
        for (int j = 0; j < nq; ++j) n = n * raise(qs[j], most[j] - powers[i][j]);
        grouped[group[i]] = grouped[group[i]] + n;
    }
    for (int j = 0; j < nq; ++j)
        while (most[j] > 0) {
            upoly quotient[max_groups]{};
            bool divides = true;
            for (int k = 0; k < groups && divides; ++k) {
                quotient[k] = divide(grouped[k], qs[j]);
                divides = quotient[k].ok;
            }
            if (!divides) break;
            for (int k = 0; k < groups; ++k) grouped[k] = quotient[k];
            --most[j];
        }
    upoly den = monomial(rational{1, 1, true}, 0);
    for (int j = 0; j < nq; ++j) den = den * raise(qs[j], most[j]);
    if (!den.ok) return r;
    int hi = -1000, lo = 1000;
    for (int k = 0; k < groups; ++k) {
        if (!grouped[k].ok) return r;
        if (grouped[k].size == 0) continue;
        if (grouped[k].lo < lo) lo = grouped[k].lo;
        if (grouped[k].lo + grouped[k].size - 1 > hi) hi = grouped[k].lo + grouped[k].size - 1;
    }
    if (hi < lo) return r;   // everything cancelled: left to the ordinary lowering
    int deg = den.size - 1;  // den.lo == 0
    // w >= 0: u^(hi - deg) G~(t)/D~(t), G~ coefficient m = that of u^(hi - m); a bounded side
    // (hi <= deg) folds u^(hi - deg) = t^(deg - hi) into the polynomials
    int plus_shift = hi - deg <= 0 ? deg - hi : 0;
    r.plus_exp = hi - deg <= 0 ? 0 : hi - deg;
    int minus_shift = lo >= 0 ? lo : 0;
    r.minus_exp = lo >= 0 ? 0 : lo;
    // a root at u = 1 (w = 0) is computed as (u - 1) = expm1(w), in t: 1 - t or t - 1
    for (int k = 0; k < groups; ++k) r.roots[k] = divide_root_at_one(grouped[k]);
    r.den_root = divide_root_at_one(den);
    int span = hi - lo + 1;
    r.size = span + (plus_shift > minus_shift ? plus_shift : minus_shift);
    if (r.size > 2 * upoly::cap) return r;
    r.groups = groups;
    for (int k = 0; k < groups; ++k) {
        upoly const& p = grouped[k];
        for (int m = 0; m < span; ++m) {
            int e_plus = hi - r.roots[k] - m, e_minus = lo + m;
            if (e_plus >= p.lo && e_plus < p.lo + p.size)
                r.plus[k][m + plus_shift] = p.c[e_plus - p.lo];
            if (e_minus >= p.lo && e_minus < p.lo + p.size)
                r.minus[k][m + minus_shift] = p.c[e_minus - p.lo];
        }
    }
    r.den_size = den.size;
    for (int m = 0; m < den.size; ++m) {
        r.den_plus[m] = den.c[den.size - 1 - m];
        r.den_minus[m] = den.c[m];
    }
    r.ok = true;
    return r;
}

// --- the lowered tree

template <class List, class Acc = type_list<>>
struct unique {
    using type = Acc;
};
template <class X, class... Xs, class Acc>
struct unique<type_list<X, Xs...>, Acc>
    : unique<type_list<Xs...>, std::conditional_t<contains_v<X, Acc>, Acc, push_back_t<Acc, X>>> {};

template <class R, class... Ts>
struct rewrite {
    using groups = typename unique<
        type_list<typename canonical_product<typename term<Ts, R>::others>::type...>>::type;
    static constexpr term_data data[] = {term<Ts, R>::data...};
    static constexpr int group[] = {static_cast<int>(
        index_of_v<typename canonical_product<typename term<Ts, R>::others>::type, groups>)...};
    static constexpr result res =
        combine(data, group, static_cast<int>(sizeof...(Ts)), static_cast<int>(groups::size));
    static constexpr bool applies = res.ok;

    // the tree, built only where the algebra succeeded (a failed result has no polynomials)
    template <bool Ok, class = void>
    struct build {
        using type = void;
    };
    template <class Dummy>
    struct build<true, Dummy> {
        // w = g R; for R = a b and g = 1 the raw 1 a b, so that exp(-|w|) takes the exact product
        // of the logistic rule (a slope times z: the rounding of a b is amplified by |w| in exp)
        template <class X>
        struct unit_product {
            using type = decltype(mul(constant<res.g.num, res.g.den>{}, X{}));
        };
        template <class A, class B>
            requires(res.g.num == 1 && res.g.den == 1)
        struct unit_product<product<A, B>> {
            using type = product<constant<1>, A, B>;
        };
        using W = typename unit_product<R>::type;
        using t = typename exp_neg_abs<W>::type;
        using s = typename sign_tests<W>::nonnegative;

        template <int K>
        struct group_source {
            static constexpr rational a(int m) { return res.plus[K][m]; }
            static constexpr rational b(int m) { return res.minus[K][m]; }
        };
        struct den_source {
            static constexpr rational a(int m) { return res.den_plus[m]; }
            static constexpr rational b(int m) { return res.den_minus[m]; }
        };
        // u - 1 = expm1(w): 1 - t = -expm1(-|w|) where w >= 0, t - 1 = expm1(-|w|) where w < 0
        using em = lowered<expm1_op, typename neg_abs<W>::type>;
        using root = lowered<select_op, s, product<constant<-1>, em>, em>;
        template <int N>
        using root_power = std::conditional_t<
            N == 0, type_list<>,
            std::conditional_t<N == 1, type_list<root>,
                               type_list<power<root, constant<(N > 1 ? N : 2)>>>>>;
        template <int K, int Top = top<group_source<K>>(res.size)>
        struct group_term {
            using O = at_t<K, groups>;
            using H = typename horner<group_source<K>, s, t, 0, Top>::type;
            // H first and O spread into its factors, so that H = 0 where O overflows (z^2 t at
            // z = 1e155) gives 0, not inf 0
            using type = type_list<std::conditional_t<
                std::is_same_v<O, constant<1>> && res.roots[K] == 0, H,
                typename make_product_list<
                    concat_t<type_list<H>, root_power<res.roots[K]>, spread_t<lower_t<O>>>>::type>>;
        };
        template <int K>
        struct group_term<K, -1> {
            using type = type_list<>;
        };
        template <int... K>
        static auto numerator(std::integer_sequence<int, K...>)
            -> make_sum_list<concat_t<typename group_term<K>::type...>>;
        using num = typename decltype(numerator(
            std::make_integer_sequence<int, static_cast<int>(groups::size)>{}))::type;
        using den = typename horner<den_source, s, t, 0, res.den_size - 1>::type;
        using prefactor = std::conditional_t<
            res.plus_exp == 0 && res.minus_exp == 0, type_list<>,
            type_list<apply<exp_fn, product<lowered<select_op, s, constant<res.plus_exp>,
                                                    constant<res.minus_exp>>,
                                            lower_t<W>>>>>;
        using whole_den =
            typename make_product_list<concat_t<type_list<den>, root_power<res.den_root>>>::type;
        using quotient = std::conditional_t<res.den_size == 1 && res.den_root == 0, type_list<>,
                                            type_list<power<whole_den, constant<-1>>>>;
        using type =
            typename make_product_list<concat_t<prefactor, type_list<num>, quotient>>::type;
    };
    using type = typename build<res.ok>::type;
};

// --- where it applies

// The R of the first exp term of a polynomial denominator, or void.
template <class T>
struct exp_term_rest {
    using type = void;
};
template <class V>
struct exp_term_rest<apply<exp_fn, V>> {
    using type = typename exp_base<V>::base;
};
template <long long N, long long D, class V>
struct exp_term_rest<product<constant<N, D>, apply<exp_fn, V>>> {
    using type = typename exp_base<V>::base;
};
template <class... Ts>
using first_rest = first_found<exp_term_rest, Ts...>;
template <class F>
struct denominator_rest {
    using type = void;
};
template <class... Ts, long long N>
    requires(N < 0)
struct denominator_rest<power<sum<Ts...>, constant<N>>> : first_rest<Ts...> {};

template <class... Fs>
using first_denominator = first_found<denominator_rest, Fs...>;

// The R of tanh(log S) (or a power of it) with S a sum of exponentials, or void.
template <class F>
struct tanh_log_rest {
    using type = void;
};
template <class... Ts>
struct tanh_log_rest<apply<tanh_fn, apply<log_fn, sum<Ts...>>>> : first_rest<Ts...> {};
template <class X, long long N>
struct tanh_log_rest<power<X, constant<N>>> : tanh_log_rest<X> {};
template <class... Fs>
using first_tanh_log = first_found<tanh_log_rest, Fs...>;

//! The family of a sum's term: its first denominator, else its first tanh(log S).
template <class T>
struct family_of_term {
    template <class List>
    struct of;
    template <class... Fs>
    struct of<type_list<Fs...>> {
        using type = std::conditional_t<std::is_void_v<typename first_denominator<Fs...>::type>,
                                        typename first_tanh_log<Fs...>::type,
                                        typename first_denominator<Fs...>::type>;
    };
    using type = typename of<term_factors<T>>::type;
};
template <class... Ts>
using family_of_terms = first_found<family_of_term, Ts...>;

}  // namespace exp_rational

// A product in the family of its first denominator, where the logistic rule does not take all
// of its exponentials: the rewrite, else void.
template <class... Fs>
struct exp_rational_product {
    using R = typename exp_rational::first_denominator<Fs...>::type;
    template <class Rr, class = void>
    struct pick {
        using type = void;
    };
    template <class Rr>
        requires(!std::is_void_v<Rr>)
    struct pick<Rr, void> {
        static constexpr int count = ((exp_rational::factor<Fs, Rr>::kind != 0 ? 1 : 0) + ...);
        static constexpr bool old_covers = [] {
            if constexpr (logistic_product<type_list<Fs...>>::applies)
                return count == 1 || (count == 2 && logistic_rewrite<Fs...>::has_num);
            else
                return false;
        }();
        template <bool Try, class = void>
        struct attempt {
            using type = void;
        };
        template <class Dummy>
        struct attempt<true, Dummy> {
            using rw = exp_rational::rewrite<Rr, product<Fs...>>;
            using type =
                typename std::conditional_t<rw::applies, rw, std::type_identity<void>>::type;
        };
        using type = typename attempt<!old_covers>::type;
    };
    using type = typename pick<R>::type;
};

// A sum with at least two terms in the family of its first denominator (constants count): the
// family terms as one fraction, the others lowered beside it; else void.
template <class... Ts>
struct exp_rational_sum {
    using R = typename exp_rational::family_of_terms<Ts...>::type;
    template <class Rr, class = void>
    struct pick {
        using type = void;
    };
    template <class Rr>
        requires(!std::is_void_v<Rr>)
    struct pick<Rr, void> {
        // the coefficient groups of the family terms: a term without an exponential joins when
        // its factors are one of them (z sigma(z) - z: the -z cancels against the group z)
        template <class T>
        using group_of =
            typename canonical_product<typename exp_rational::term<T, Rr>::others>::type;
        template <class T>
        using family_group = std::conditional_t<exp_rational::term<T, Rr>::in && !is_constant_v<T>,
                                                type_list<group_of<T>>, type_list<>>;
        using groups = concat_t<family_group<Ts>...>;
        template <class T>
        static constexpr bool joins =
            exp_rational::term<T, Rr>::in || contains_v<group_of<T>, groups>;
        template <class T>
        using in = std::conditional_t<joins<T>, type_list<T>, type_list<>>;
        template <class T>
        using out = std::conditional_t<joins<T>, type_list<>, type_list<lower_t<T>>>;
        using family = concat_t<in<Ts>...>;
        template <class List, class = void>
        struct attempt {
            using type = void;
        };
        template <class... Is>
        struct attempt<type_list<Is...>, std::enable_if_t<(sizeof...(Is) >= 2)>> {
            using rw = exp_rational::rewrite<Rr, Is...>;
            template <bool A, class = void>
            struct build {
                using type = void;
            };
            template <class Dummy>
            struct build<true, Dummy> {
                using type = typename make_sum_list<
                    concat_t<type_list<typename rw::type>, out<Ts>...>>::type;
            };
            using type = typename build<rw::applies>::type;
        };
        using type = typename attempt<family>::type;
    };
    using type = typename pick<R>::type;
};

}  // namespace leibniz::detail::lowering
