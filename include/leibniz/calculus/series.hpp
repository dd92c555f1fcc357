// lz::series(f, z, c, n): the Taylor polynomial of f at an exact rational point c, terms through
// (z - c)^n, as an ordinary expression. The coefficients are exact rationals, computed while the
// program compiles by truncated power-series arithmetic over the flat table of f:
//   - sums and products; powers with a rational exponent (Miller's recurrence), so that 1/x and
//     sqrt(x) work, and division by a series whose constant term is 0 shifts the valuation
//     (removable singularities: (exp(z) - 1 - z)/z^2 at 0 is 1/2 + z/6 + ...; a pole gives a
//     Laurent polynomial: the principal part, then the terms through (z - c)^n);
//   - exp, log, tanh, atan, sin, cos through their differential equations, when the inner
//     constant term gives an exact value: exp(0) = 1, log(1) = 0, tanh(0) = atan(0) = sin(0) = 0,
//     cos(0) = 1; a rational power a^p when it is rational (4^(1/2) = 2); log q of a positive
//     rational q != 1 is kept as an exact offset log(q) of the constant term (softplus at 0 is
//     log(2) + z/2 + ...), which sums and rational factors keep and anything else refuses;
//   - tanh(log x) as (x^2 - 1)/(x^2 + 1) (so mish, whose log(1 + exp z) is log 2 at 0);
//   - abs and sign where the argument's sign near c is decided (a non-zero value at c; for abs
//     also a zero of even order), where(cond, a, b) when cond's sides differ at c.
// Anything else gives lz::unknown_series: erf (its coefficients carry 2/sqrt(pi)), named
// constants (pi, e), run-time constants, other symbols, irrational values such as exp(1) or
// tanh(1) (so a point c != 0 inside exp), a kink at c (relu at 0), an overflow of a 64-bit
// coefficient, an order above 24, or a work budget spent (6000 coefficient operations, well
// within clang's default 2^20 constexpr steps, so that a valid input never is a compile error).
// The order is an exact constant, 7_c (or lz::series<7>(f, z, c)): the result's type depends on it.
//
// The same engine, with other coefficients, gives lz::asymptotic (calculus/asymptotic.hpp);
// detail::taylor_coefficients<E, Symbol, CN, CD, N>() gives the coefficients themselves.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/core/infinity.hpp>
#include <leibniz/core/rational.hpp>
#include <leibniz/functions/functions.hpp>
#include <leibniz/ir/graph.hpp>
#include <leibniz/proof/list.hpp>

namespace leibniz::detail::series {

//! The largest order lz::series accepts (a larger one gives unknown_series).
inline constexpr int max_order = 24;

//! Where the variable lives: two-sided near c (Taylor), or one-sided x = 1/|z| -> 0+ (the power
//! scale of lz::asymptotic), or u = exp(-r |z|) -> 0+ (its exponential scale).
enum class mode { taylor, power, exponential };

//! a^p when it is rational (a != 0; a root only of a positive rational).
constexpr bool exact_power(rational a, rational p, rational& out) {
    if (!a.ok || !p.ok || a.num == 0 || p.num > 4096 || p.num < -4096) return false;
    if (p.den == 1) {
        out = rational_power(a, p.num);
        return out.ok;
    }
    if (a.num < 0) return false;
    long long rn = exact_root(a.num, p.den), rd = exact_root(a.den, p.den);
    if (rn < 0 || rd < 0) return false;
    out = rational_power(rational{rn, rd, true}, p.num);
    return out.ok;
}

//! Exact rationals as coefficients, counting the work done.
struct qring {
    using T = rational;
    static constexpr int len = 40;  // coefficients a series keeps
    long long work = 0;
    bool ok = true;
    rational rate{0, 1, true};  // unused: the exponential scale's rate

    constexpr T scalar(rational r) {
        if (!r.ok) ok = false;
        return r;
    }
    constexpr T check(T r) {
        ++work;
        if (!r.ok) ok = false;
        return r;
    }
    constexpr T add(T const& a, T const& b) { return check(a + b); }
    constexpr rational check_scalar(rational r) { return check(r); }
    //! Whether a is a rational scalar q.
    constexpr bool scalar_value(T const& a, rational& q) const {
        q = a;
        return a.ok;
    }
    constexpr T mul(T const& a, T const& b) { return check(a * b); }
    constexpr T scale(T const& a, rational r) { return check(a * r); }
    constexpr bool is_zero(T const& a) const { return a.ok && a.num == 0; }
    constexpr bool unit(T const& a) const { return a.ok && a.num != 0; }
    constexpr int sign(T const& a) const {
        if (a.num > 0) return 1;
        if (a.num < 0) return -1;
        return 0;
    }
    //! The variable as a coefficient: only the exponential scale has one.
    constexpr T variable(int) {
        ok = false;
        return {0, 1, true};
    }
    //! +-1 when a tends to +-infinity: a rational never does.
    constexpr int growth(T const&) const { return 0; }
    //! a^p exactly, a != 0: a root only of a positive rational.
    constexpr bool rpow(T const& a, rational p, T& out) {
        ++work;
        return exact_power(a, p, out);
    }
    //! exp(a) = u^shift times 1: only exp(0).
    constexpr bool exp_of(T const& a, int& shift) {
        shift = 0;
        return is_zero(a);
    }
    //! log(lead t^v): only log(1).
    constexpr bool log_of(T const& lead, int v, T& out) {
        out = rational{0, 1, true};
        return v == 0 && lead.ok && lead.num == 1 && lead.den == 1;
    }
};

//! A truncated Laurent series: coefficient k is that of t^(val + k); the exponents below prec are
//! exact, those from prec on unknown (so val == prec is O(t^prec), nothing known).
//! Besides, the constant term may carry logq[j] log(logb[j]) (log 2 in softplus at 0): such an
//! offset survives sums, and products with constants, and nothing else.
inline constexpr int max_logs = 4;

template <class R>
struct ser {
    int val = 0, prec = 0;
    std::array<typename R::T, R::len> c{};
    bool ok = true;
    int nlogs = 0;
    std::array<rational, max_logs> logq{}, logb{};
    constexpr int len() const { return prec - val; }
};

//! Operations on series over the ring R, and the walk over a flat table.
template <class R>
struct engine {
    using T = typename R::T;
    using S = ser<R>;
    static constexpr int L = R::len;

    R ring{};
    graph_view f{};
    std::string_view var;
    rational point{0, 1, true};  // Taylor: c
    int dir = 1;                 // asymptotic: +1 for +inf, -1 for -inf
    mode m = mode::taylor;
    int P = 0;  // working precision: exponents below P
    long long budget = 0;
    bool short_precision = false;  // a failure that more working precision may cure
    proof::list<S> memo;
    proof::list<char> state;

    constexpr bool alive() const { return ring.ok && ring.work <= budget; }
    constexpr S fail() {
        S s;
        s.ok = false;
        return s;
    }
    constexpr S short_fail() {
        short_precision = true;
        return fail();
    }
    constexpr T zero() { return ring.scalar({0, 1, true}); }
    constexpr T one() { return ring.scalar({1, 1, true}); }
    constexpr T coef(S const& s, int e) {
        if (e < s.val || e >= s.prec) return zero();
        return s.c[static_cast<std::size_t>(e - s.val)];
    }
    constexpr T& at(S& s, int k) { return s.c[static_cast<std::size_t>(k)]; }
    constexpr T const& at(S const& s, int k) const { return s.c[static_cast<std::size_t>(k)]; }

    constexpr void cap(S& s) {
        if (s.prec - s.val > L) s.prec = s.val + L;
    }
    // Drops leading zero coefficients.
    constexpr void normalize(S& s) {
        int n = s.len(), shift = 0;
        while (shift < n && ring.is_zero(at(s, shift))) ++shift;
        if (shift == 0) return;
        for (int k = 0; k + shift < n; ++k) at(s, k) = at(s, k + shift);
        for (int k = n - shift; k < n; ++k) at(s, k) = zero();
        s.val += shift;
    }

    constexpr S constant_series(T a) {
        S s;
        s.val = 0;
        s.prec = P;
        if (P > 0) at(s, 0) = a;
        normalize(s);
        return s;
    }

    constexpr S add(S const& a, S const& b) {
        if (!a.ok || !b.ok) return fail();
        S s;
        s.val = a.val < b.val ? a.val : b.val;
        s.prec = a.prec < b.prec ? a.prec : b.prec;
        cap(s);
        for (int e = s.val; e < s.prec; ++e) at(s, e - s.val) = ring.add(coef(a, e), coef(b, e));
        normalize(s);
        s.nlogs = a.nlogs;
        s.logq = a.logq;
        s.logb = a.logb;
        for (int j = 0; j < b.nlogs; ++j) add_log(s, b.logq[j], b.logb[j]);
        if (s.nlogs < 0 || (s.nlogs > 0 && s.prec <= 0)) return fail();
        return s;
    }

    // Adds q log(b) to the offset of s; nlogs -1 when there is no room.
    constexpr void add_log(S& s, rational q, rational b) {
        if (s.nlogs < 0) return;
        for (int j = 0; j < s.nlogs; ++j)
            if (compare(s.logb[j], b) == 0) {
                s.logq[j] = ring.check_scalar(s.logq[j] + q);
                if (s.logq[j].ok && s.logq[j].num == 0) {
                    s.logq[j] = s.logq[s.nlogs - 1];
                    s.logb[j] = s.logb[s.nlogs - 1];
                    --s.nlogs;
                }
                return;
            }
        if (s.nlogs == max_logs) {
            s.nlogs = -1;
            return;
        }
        s.logq[s.nlogs] = q;
        s.logb[s.nlogs] = b;
        ++s.nlogs;
    }

    constexpr S scale(S const& a, rational r) {
        if (!a.ok) return fail();
        S s = a;
        for (int k = 0; k < s.len(); ++k) at(s, k) = ring.scale(at(a, k), r);
        for (int j = 0; j < s.nlogs; ++j) s.logq[j] = ring.check_scalar(s.logq[j] * r);
        normalize(s);
        return s;
    }

    constexpr S mul(S const& a, S const& b) {
        if (!a.ok || !b.ok) return fail();
        if (a.nlogs != 0 || b.nlogs != 0) {  // an offset times a rational constant only
            if (a.nlogs != 0 && b.nlogs != 0) return fail();
            S const& offset = a.nlogs != 0 ? a : b;
            S const& other = a.nlogs != 0 ? b : a;
            rational k{0, 1, true};
            if (!constant_value(other, k)) return fail();
            S plain_a = a, plain_b = b;
            plain_a.nlogs = plain_b.nlogs = 0;
            S s = mul(plain_a, plain_b);
            if (s.prec > other.prec) s.prec = other.prec;  // the offset times other's unknown tail
            if (s.prec < s.val) s.val = s.prec;
            if (!s.ok || s.prec <= 0) return fail();
            for (int j = 0; j < offset.nlogs && k.num != 0; ++j)
                add_log(s, ring.check_scalar(offset.logq[j] * k), offset.logb[j]);
            if (s.nlogs < 0) return fail();
            return s;
        }
        S s;
        s.val = a.val + b.val;
        int p1 = a.prec + b.val, p2 = b.prec + a.val;
        s.prec = p1 < p2 ? p1 : p2;
        if (s.prec > P) s.prec = P;
        if (s.prec < s.val) s.prec = s.val;
        cap(s);
        for (int k = 0; k < s.len(); ++k) {
            T sum = zero();
            for (int i = 0; i <= k; ++i)
                if (i < a.len() && k - i < b.len())
                    sum = ring.add(sum, ring.mul(at(a, i), at(b, k - i)));
            at(s, k) = sum;
        }
        normalize(s);
        return s;
    }

    // The relative coefficients s_k = c_k / c_0 of a series with a known, invertible lead.
    constexpr bool unit_form(S const& a, T& lead, S& rel) {
        lead = at(a, 0);
        T inv{};
        if (!ring.unit(lead) || !ring.rpow(lead, {-1, 1, true}, inv)) return false;
        rel = S{};
        rel.val = 0;
        rel.prec = a.len();
        for (int k = 1; k < a.len(); ++k) at(rel, k) = ring.mul(at(a, k), inv);
        return true;
    }

    //! a^p, p rational: Miller's recurrence on (1 + s)^p.
    constexpr S power(S const& a, rational p) {
        if (!a.ok || !p.ok) return fail();
        if (a.len() <= 0) return short_fail();
        rational vp = rational{a.val, 1, true} * p;
        if (!vp.ok || vp.den != 1) return fail();
        if (m == mode::taylor && p.den != 1 && a.val != 0) return fail();  // |t|^(1/2) ...
        T lead{}, lp{};
        S rel;
        if (!unit_form(a, lead, rel) || !ring.rpow(lead, p, lp)) return fail();
        int n = a.len();
        S q;
        q.val = 0;
        q.prec = n;
        at(q, 0) = one();
        for (int j = 1; j < n && alive(); ++j) {
            T sum = zero();
            for (int k = 1; k <= j; ++k) {
                rational w =
                    (p + rational{1, 1, true}) * rational{k, 1, true} + rational{-j, 1, true};
                sum = ring.add(sum, ring.scale(ring.mul(at(rel, k), at(q, j - k)), w));
            }
            at(q, j) = ring.scale(sum, rational{1, j, true});
        }
        S out;
        out.val = static_cast<int>(vp.num);
        out.prec = out.val + n;
        for (int k = 0; k < n; ++k) at(out, k) = ring.mul(lp, at(q, k));
        normalize(out);
        return out;
    }

    // The exponents 1 .. n-1 of a (its part of positive order), n = min(a.prec, L).
    constexpr int positive_length(S const& a) const {
        int n = a.prec;
        if (n > L) n = L;
        return n;
    }

    constexpr S exp_series(S const& a) {
        if (!a.ok) return fail();
        if (a.val < 0) return fail();  // exp of a growing argument
        if (a.prec <= 0) return short_fail();
        int shift = 0;
        if (!ring.exp_of(coef(a, 0), shift)) return fail();
        int n = positive_length(a);
        S e;
        e.val = 0;
        e.prec = n;
        at(e, 0) = one();
        for (int j = 1; j < n && alive(); ++j) {
            T sum = zero();
            for (int k = 1; k <= j; ++k)
                sum = ring.add(
                    sum, ring.scale(ring.mul(coef(a, k), at(e, j - k)), rational{k, 1, true}));
            at(e, j) = ring.scale(sum, rational{1, j, true});
        }
        e.val = shift;
        e.prec = shift + n;
        normalize(e);
        return e;
    }

    constexpr S log_series(S const& a) {
        if (!a.ok) return fail();
        if (a.len() <= 0) return short_fail();
        T lead{}, c0{};
        S rel;
        if (!unit_form(a, lead, rel)) return fail();
        rational q{1, 1, true};  // log(q lead') = log q + log lead', q a positive rational
        if (ring.scalar_value(lead, q) && q.num > 0 && !(q.num == 1 && q.den == 1)) {
            if (!ring.log_of(one(), a.val, c0)) return fail();
        } else if (!ring.log_of(lead, a.val, c0))
            return fail();
        int n = a.len();
        S l;
        l.val = 0;
        l.prec = n;
        at(l, 0) = c0;
        if (!(q.num == 1 && q.den == 1)) add_log(l, {1, 1, true}, q);
        for (int j = 1; j < n && alive(); ++j) {
            T sum = zero();
            for (int k = 1; k < j; ++k)
                sum = ring.add(
                    sum, ring.scale(ring.mul(at(l, k), at(rel, j - k)), rational{k, 1, true}));
            at(l, j) = ring.add(at(rel, j), ring.scale(sum, rational{-1, j, true}));
        }
        normalize(l);
        return l;
    }

    constexpr S tanh_series(S const& a) {
        if (!a.ok) return fail();
        if (a.val < 0) return fail();
        if (a.prec <= 0) return short_fail();
        T a0 = coef(a, 0);
        if (!ring.is_zero(a0)) {  // a -> +-inf: tanh a = g (1 - E)/(1 + E), E = exp(-2 g a)
            int g = ring.growth(a0);
            if (g == 0) return fail();
            S e = exp_series(scale(a, {-2 * g, 1, true}));
            if (!e.ok) return e;
            S one_s = constant_series(one());
            S r = mul(add(one_s, scale(e, {-1, 1, true})), power(add(one_s, e), {-1, 1, true}));
            return scale(r, {g, 1, true});
        }
        int n = positive_length(a);
        S t, w;  // w = 1 - t^2 = tanh'
        t.prec = w.prec = n;
        at(w, 0) = one();
        for (int j = 1; j < n && alive(); ++j) {
            T sum = zero();
            for (int k = 1; k <= j; ++k)
                sum = ring.add(
                    sum, ring.scale(ring.mul(coef(a, k), at(w, j - k)), rational{k, 1, true}));
            at(t, j) = ring.scale(sum, rational{1, j, true});
            T sq = zero();
            for (int i = 1; i < j; ++i) sq = ring.add(sq, ring.mul(at(t, i), at(t, j - i)));
            at(w, j) = ring.scale(sq, {-1, 1, true});
        }
        normalize(t);
        return t;
    }

    // sin (Sine) or cos of a series with constant term 0.
    constexpr S trig_series(S const& a, bool sine) {
        if (!a.ok) return fail();
        if (a.val < 0) return fail();
        if (a.prec <= 0) return short_fail();
        if (!ring.is_zero(coef(a, 0))) return fail();
        int n = positive_length(a);
        S s, c;
        s.prec = c.prec = n;
        at(c, 0) = one();
        for (int j = 1; j < n && alive(); ++j) {
            T ss = zero(), cc = zero();
            for (int k = 1; k <= j; ++k) {
                T ak = ring.scale(coef(a, k), rational{k, 1, true});
                ss = ring.add(ss, ring.mul(ak, at(c, j - k)));
                cc = ring.add(cc, ring.mul(ak, at(s, j - k)));
            }
            at(s, j) = ring.scale(ss, rational{1, j, true});
            at(c, j) = ring.scale(cc, rational{-1, j, true});
        }
        if (sine) {
            normalize(s);
            return s;
        }
        normalize(c);
        return c;
    }

    constexpr S atan_series(S const& a) {
        if (!a.ok) return fail();
        if (a.val < 0) return fail();
        if (a.prec <= 1) return short_fail();
        if (!ring.is_zero(coef(a, 0))) return fail();
        S da;  // a'
        da.val = 0;
        da.prec = a.prec - 1;
        cap(da);
        for (int e = 0; e < da.prec; ++e)
            at(da, e) = ring.scale(coef(a, e + 1), rational{e + 1, 1, true});
        normalize(da);
        S q = mul(da, power(add(constant_series(one()), mul(a, a)), {-1, 1, true}));
        if (!q.ok) return q;
        S out;  // the integral of q
        out.val = 0;
        out.prec = q.prec + 1;
        cap(out);
        for (int e = 1; e < out.prec; ++e)
            at(out, e) = ring.scale(coef(q, e - 1), rational{1, e, true});
        normalize(out);
        return out;
    }

    // The sign of a near the point: 0 when it is not decided.
    constexpr int sign_near(S const& a, bool at_point_too) {
        if (!a.ok || a.len() <= 0) return 0;
        int s = ring.sign(at(a, 0));
        if (m == mode::taylor && a.val != 0) {
            if (at_point_too || a.val % 2 != 0) return 0;
        }
        return s;
    }

    // The series of node i for a function, a power or a condition: no offset.
    constexpr S plain_series(std::size_t i) {
        S s = node_series(i);
        if (s.nlogs != 0) return fail();
        return s;
    }

    constexpr S node_series(std::size_t i) {
        if (i < state.size() && state[i] != 0) return memo[i];
        S s = compute(i);
        if (!alive()) s = fail();
        memo[i] = s;
        state[i] = 1;
        return s;
    }

    constexpr S compute(std::size_t i) {
        graph_node const& n = f[i];
        switch (n.k) {
        case kind::constant:
            return constant_series(ring.scalar(rational{n.num, n.den, true}));
        case kind::symbol: {
            if (n.name != var) return fail();
            S s;
            s.prec = P;
            if (m == mode::taylor) {
                s.val = 0;
                if (P > 0) at(s, 0) = ring.scalar(point);
                if (P > 1) at(s, 1) = one();
            } else if (m == mode::power) {  // z = dir / x
                s.val = -1;
                at(s, 0) = ring.scalar({dir, 1, true});
            } else {  // z = dir w, a coefficient
                s.val = 0;
                at(s, 0) = ring.variable(dir);
            }
            normalize(s);
            return s;
        }
        case kind::sum: {
            S s = node_series(f.child(i, 0));
            for (std::size_t k = 1; k < n.count && s.ok; ++k)
                s = add(s, node_series(f.child(i, k)));
            return s;
        }
        case kind::product: {
            S s = node_series(f.child(i, 0));
            for (std::size_t k = 1; k < n.count && s.ok; ++k)
                s = mul(s, node_series(f.child(i, k)));
            return s;
        }
        case kind::power: {
            graph_node const& e = f[f.child(i, 1)];
            if (e.k != kind::constant) return fail();
            return power(plain_series(f.child(i, 0)), rational{e.num, e.den, true});
        }
        case kind::apply: {
            std::string_view name = n.name;
            if (name == "erf") return fail();  // 2/sqrt(pi) is not rational
            std::size_t arg = f.child(i, 0);
            if (name == "tanh" && f[arg].k == kind::apply && f[arg].name == "log") {
                // tanh(log x) = (x^2 - 1)/(x^2 + 1), exact where log x is defined (mish)
                S x = plain_series(f.child(arg, 0));
                if (!x.ok) return x;
                if (x.len() <= 0) return short_fail();
                if (ring.sign(at(x, 0)) <= 0) return fail();
                S x2 = mul(x, x), one_s = constant_series(one());
                return mul(add(x2, scale(one_s, {-1, 1, true})),
                           power(add(x2, one_s), {-1, 1, true}));
            }
            S a = plain_series(arg);
            if (!a.ok) return a;
            if (name == "exp") return exp_series(a);
            if (name == "log") return log_series(a);
            if (name == "tanh") return tanh_series(a);
            if (name == "atan") return atan_series(a);
            if (name == "sin") return trig_series(a, true);
            if (name == "cos") return trig_series(a, false);
            if (name == "abs" || name == "sign") {
                if (a.len() <= 0) return short_fail();
                int s = sign_near(a, name == "sign");
                if (s == 0) return fail();
                if (name == "abs") return scale(a, {s, 1, true});
                return constant_series(ring.scalar({s, 1, true}));
            }
            return fail();
        }
        case kind::piecewise: {
            std::size_t cond = f.child(i, 0);
            if (f[cond].k != kind::comparison) return fail();
            S d = add(node_series(f.child(cond, 0)),
                      scale(node_series(f.child(cond, 1)), {-1, 1, true}));
            if (!d.ok || d.nlogs != 0) return fail();
            if (d.len() <= 0) return short_fail();
            int s = sign_near(d, true);
            if (s == 0) return fail();
            std::string_view op = f[cond].name;
            bool truth = (op == "<" || op == "<=") ? s < 0 : s > 0;
            if (truth) return node_series(f.child(i, 1));
            return node_series(f.child(i, 2));
        }
        default:
            return fail();  // named and run-time constants
        }
    }

    //! Whether a is the rational constant k (within its precision).
    constexpr bool constant_value(S const& a, rational& k) {
        k = rational{0, 1, true};
        if (a.nlogs != 0 || a.prec <= 0) return false;
        if (a.len() <= 0) return true;  // 0, as far as it is known
        if (a.val != 0) return false;
        for (int j = 1; j < a.len(); ++j)
            if (!ring.is_zero(at(a, j))) return false;
        return ring.scalar_value(at(a, 0), k);
    }

    //! The series of the root with working precision p.
    constexpr S run(int p) {
        P = p;
        short_precision = false;
        memo = proof::list<S>(f.size, S{});
        state = proof::list<char>(f.size, 0);
        return node_series(f.root());
    }
};

//! The work (coefficient operations) one expansion may do: clang spends about 100 of its 2^20
//! steps per operation, so an expansion stays well within them.
#ifndef LEIBNIZ_SERIES_WORK
#define LEIBNIZ_SERIES_WORK 6000
#endif
inline constexpr long long work_budget = LEIBNIZ_SERIES_WORK;

//! The series of f's root with all exponents below `target` exact, or a failure: the working
//! precision grows while a division or a cancellation leaves it short.
template <class R>
constexpr ser<R> expand(engine<R>& e, int target) {
    int p = target + 1;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (p > R::len) p = R::len;
        ser<R> s = e.run(p);
        if (!e.alive()) return e.fail();
        if (s.ok && s.prec >= target) return s;
        if (!s.ok && !e.short_precision) return s;
        int deficit = s.ok ? target - s.prec : 2;
        if (p >= R::len) return e.fail();
        p += deficit + 1;
    }
    return e.fail();
}

//! One term of an expansion: c (z - point)^a (Taylor), or c z^a exp(rate z) (asymptotic).
struct out_term {
    rational c{};
    int a = 0;
    rational rate{0, 1, true};
    rational logb{0, 1, true};  // not 0: the term is c log(logb)
};

inline constexpr std::size_t max_terms = 64;

//! An expansion ready to be rebuilt as a type.
struct expansion {
    bool ok = false;
    std::size_t count = 0;
    std::array<out_term, max_terms> t{};
};

//! The Taylor (Laurent) expansion of f's root at `point`, terms through (z - point)^n.
constexpr expansion taylor_expansion(graph_view f, std::string_view var, rational point, int n) {
    expansion out;
    if (n < 0 || n > max_order || !point.ok) return out;
    engine<qring> e;
    e.f = f;
    e.var = var;
    e.point = point;
    e.m = mode::taylor;
    e.budget = work_budget;
    ser<qring> s = expand(e, n + 1);
    if (!s.ok || s.nlogs < 0) return out;
    for (int j = 0; j < s.nlogs; ++j) out.t[out.count++] = {s.logq[j], 0, {0, 1, true}, s.logb[j]};
    for (int k = s.val; k <= n; ++k) {
        rational c = e.coef(s, k);
        if (!c.ok) return out;
        if (c.num == 0) continue;
        if (out.count == max_terms) return out;
        out.t[out.count++] = {c, k, {0, 1, true}};
    }
    out.ok = true;
    return out;
}

//! Exact Taylor coefficients c[0..N] of an expression at a rational point; `ok` is false outside
//! the class lz::series handles (and at a pole).
template <std::size_t N>
struct taylor_result {
    std::array<rational, N + 1> c{};
    bool ok = false;
};

template <std::size_t N>
constexpr taylor_result<N> taylor_coefficients_of(graph_view f, std::string_view var,
                                                  rational point) {
    taylor_result<N> out;
    if (static_cast<int>(N) > max_order || !point.ok) return out;
    engine<qring> e;
    e.f = f;
    e.var = var;
    e.point = point;
    e.m = mode::taylor;
    e.budget = work_budget;
    ser<qring> s = expand(e, static_cast<int>(N) + 1);
    if (!s.ok || s.val < 0 || s.nlogs != 0) return out;
    for (std::size_t k = 0; k <= N; ++k) {
        out.c[k] = e.coef(s, static_cast<int>(k));
        if (!out.c[k].ok) return out;
    }
    out.ok = true;
    return out;
}

template <class Tree, fixed_string Z, long long CN, long long CD, int N>
struct taylor_of {
    static constexpr expansion value =
        taylor_expansion(view_of<Tree>(), Z.view(), rational{CN, CD, true}, N);
};

// Rebuilding: c (z - point)^a, or c z^a exp(rate z).
template <class S, class Base, std::size_t I>
constexpr auto expansion_term() {
    constexpr out_term t = S::value.t[I];
    constexpr auto c = constant_from<t.c>();
    if constexpr (t.logb.num != 0)
        return mul(c, call<log_fn>(constant_from<t.logb>()));
    else {
        constexpr auto power = pow_(Base{}, constant_from<rational{t.a, 1, true}>());
        if constexpr (t.rate.num == 0)
            return mul(c, power);
        else
            return mul(mul(c, power), call<exp_fn>(mul(constant_from<t.rate>(), Base{})));
    }
}

template <class S, class Base>
constexpr auto rebuild() {
    return []<std::size_t... I>(std::index_sequence<I...>) {
        return (constant<0>{} + ... + expansion_term<S, Base, I>());
    }(std::make_index_sequence<S::value.count>{});
}

// The order as a number, from 7_c or std::integral_constant<int, 7>; -1 when it is neither.
template <class N>
inline constexpr long long order_v = -1;
template <long long K>
inline constexpr long long order_v<constant<K, 1>> = K;
template <class I, I K>
inline constexpr long long order_v<std::integral_constant<I, K>> = static_cast<long long>(K);

template <class N>
inline constexpr bool is_order_v =
    !std::is_same_v<N, bool> && (order_v<N> >= 0 || std::is_integral_v<N>);

template <int N, class F, class Z, class C>
constexpr auto taylor(F const&, Z const&, C const&) {
    using point = std::remove_cvref_t<C>;
    static_assert(!is_unknown_series_v<std::remove_cvref_t<F>>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
    static_assert(expression<F> || is_unknown_series_v<std::remove_cvref_t<F>>,
                  "leibniz: series(f, z, c, n): f must be an expression");
    static_assert(is_symbol_v<std::remove_cvref_t<Z>>,
                  "leibniz: series(f, z, c, n): z must be a symbol such as lz::symbol<\"z\">; to "
                  "expand in an expression, substitute a symbol for it");
    static_assert(is_constant_v<point>,
                  "leibniz: series(f, z, c, n): the point c must be an exact constant such as 0_c "
                  "or lz::c<1, 2> (for +-infinity use lz::asymptotic)");
    static_assert(N >= 0, "leibniz: series(f, z, c, n): the order n must be 0 or more");
    if constexpr (expression<F> && is_symbol_v<std::remove_cvref_t<Z>> && is_constant_v<point> &&
                  N >= 0) {
        using Zs = std::remove_cvref_t<Z>;
        using S = taylor_of<tree_t<F>, Zs::name_string, point::value.num, point::value.den, N>;
        if constexpr (!S::value.ok || param_count_v<F> != 0)
            return unknown_series;
        else
            return rebuild<S, decltype(add(Zs{}, neg(point{})))>();
    } else
        return unknown_series;
}

}  // namespace leibniz::detail::series

namespace leibniz::detail {

//! The exact rational Taylor coefficients c[0..N] of E at CN/CD in Symbol, with `ok` (false
//! outside the class of lz::series, at a pole, on overflow or past the work budget):
//! `constexpr auto r = taylor_coefficients<decltype(f), decltype(z), 0, 1, 6>();`.
template <class E, class Symbol, long long CN, long long CD, std::size_t N>
constexpr series::taylor_result<N> taylor_coefficients() {
    static_assert(is_symbol_v<std::remove_cvref_t<Symbol>>,
                  "leibniz: taylor_coefficients<E, Symbol, ...>: Symbol must be a symbol type");
    if constexpr (param_count_v<E> != 0 || !is_node_v<tree_t<E>>)
        return {};
    else
        return series::taylor_coefficients_of<N>(view_of<tree_t<E>>(),
                                                 std::remove_cvref_t<Symbol>::name, reduce(CN, CD));
}

}  // namespace leibniz::detail

namespace leibniz {

//! The Taylor polynomial of f at the exact point c, terms through (z - c)^n, an expression:
//! `lz::series(act::tanhshrink(z), z, 0_c, 7_c)` is z^3/3 - 2 z^5/15 + 17 z^7/315; outside the
//! class it expands, lz::unknown_series. The order is an exact constant (7_c), since the
//! result's type depends on it; `lz::series<7>(f, z, 0_c)` is the same.
template <class F, class Z, class C, class N>
constexpr auto series(F const& f, Z const& z, C const& point, N const&) {
    static_assert(detail::series::is_order_v<std::remove_cvref_t<N>> &&
                      !std::is_integral_v<std::remove_cvref_t<N>>,
                  "leibniz: series(f, z, c, n): write the order as an exact constant, 7_c (or "
                  "lz::series<7>(f, z, c)): the type of the result depends on it");
    constexpr long long n = detail::series::order_v<std::remove_cvref_t<N>>;
    if constexpr (n >= 0 && n <= detail::series::max_order)
        return detail::series::taylor<static_cast<int>(n)>(f, z, point);
    else if constexpr (n > detail::series::max_order)
        return unknown_series;
    else
        return 0;
}

//! `lz::series<7>(f, z, 0_c)` is `lz::series(f, z, 0_c, 7_c)`.
template <int N, class F, class Z, class C>
constexpr auto series(F const& f, Z const& z, C const& point) {
    if constexpr (N > detail::series::max_order)
        return unknown_series;
    else
        return detail::series::taylor<N>(f, z, point);
}

}  // namespace leibniz
