// Certified enclosures of an expression's value for every value of one symbol in an interval:
// long double interval arithmetic over the extended reals with outward rounding, and the
// searches built on it: a sign certified on a span by bisection (the tails enclosed directly,
// their cut moved outwards), and certified bounds on the infimum and supremum (best-first
// bisection, pruned by monotonicity and tightened by the mean-value form when the derivative's
// table is given). Sound: an enclosure contains every value; what cannot be bounded fails.
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/functions/math.hpp>
#include <leibniz/ir/graph.hpp>
#include <leibniz/proof/list.hpp>
#include <leibniz/proof/normal_form.hpp>
#include <leibniz/proof/numeric.hpp>

namespace leibniz::detail::study {

using math::ld;

//! [lo, hi] over the extended reals: lo_inf means lo = -inf, hi_inf means hi = +inf (constant
//! evaluation rejects infinities and NaN, so infinite ends are flags; an infinite end's value is
//! -largest or +largest). lo_open (hi_open), kept only at an end 0, says every value is > 0
//! (< 0): the strict signs of exp, of 1/x on (0, +inf], of their products.
struct ival {
    ld lo = 0, hi = 0;
    bool lo_inf = false, hi_inf = false;
    bool lo_open = false, hi_open = false;
};

// Outward rounding: +, -, *, / are correctly rounded to nearest in constant evaluation (an
// error below 2^-64 relative, or 2^-16446 absolute among subnormals), so each computed end moves
// out by 2^-62 relative and 1e-4900 absolute. Kernels are within proof::kernel_error relative.
inline constexpr ld relative = 0x1p-62L;
inline constexpr ld absolute = 1e-4900L;
inline constexpr ld largest = proof::largest_value;  // beyond it an end is infinite
inline constexpr ld smallest = 1 / proof::largest_value;
inline constexpr ld kernel_error = proof::kernel_error;
// exp(x) > largest for x >= 4606 (e^4606 > 10^2000.3); exp(x) < 1e-4700 for x <= -11000
inline constexpr ld exp_huge = 4606, exp_far = -11000, exp_far_bound = 1e-4700L;
// math::sin and math::cos are accurate for |x| < 1e5
inline constexpr ld trig_far = 1e5L;
inline constexpr ld half_pi_lo = 1.5707963267948966192L * (1 - 0x1p-60L),
                    half_pi_hi = 1.5707963267948966192L * (1 + 0x1p-60L);

constexpr ld down(ld v) { return v - math::fabs(v) * relative - absolute; }
constexpr ld up(ld v) { return v + math::fabs(v) * relative + absolute; }
constexpr ld smaller(ld a, ld b) { return a < b ? a : b; }
constexpr ld larger(ld a, ld b) { return a > b ? a : b; }

constexpr ival point(ld v) { return {v, v}; }
constexpr ival whole() { return {-largest, largest, true, true}; }
constexpr bool is_point(ival const& a) { return !a.lo_inf && !a.hi_inf && a.lo == a.hi; }
constexpr bool positive(ival const& a) {
    return !a.lo_inf && (a.lo > 0 || (a.lo == 0 && a.lo_open));
}
constexpr bool nonnegative(ival const& a) { return !a.lo_inf && a.lo >= 0; }
constexpr bool negative(ival const& a) {
    return !a.hi_inf && (a.hi < 0 || (a.hi == 0 && a.hi_open));
}
constexpr bool nonpositive(ival const& a) { return !a.hi_inf && a.hi <= 0; }

//! Ends beyond largest become infinite (a lower end above it drops to it); open flags stay only
//! at an end 0.
constexpr ival settle(ival r) {
    if (!r.lo_inf && r.lo < -largest) r.lo_inf = true;
    if (!r.lo_inf && r.lo > largest) r.lo = largest;
    if (!r.hi_inf && r.hi > largest) r.hi_inf = true;
    if (!r.hi_inf && r.hi < -largest) r.hi = -largest;
    if (r.lo_inf) r.lo = -largest;
    if (r.hi_inf) r.hi = largest;
    r.lo_open = r.lo_open && !r.lo_inf && r.lo == 0;
    r.hi_open = r.hi_open && !r.hi_inf && r.hi == 0;
    return r;
}

// A sign known exactly, imposed on rounded ends.
constexpr ival at_least_zero(ival r, bool strict) {
    if (r.lo_inf || r.lo < 0) {
        r.lo_inf = false;
        r.lo = 0;
    }
    if (strict && r.lo == 0) r.lo_open = true;
    return r;
}
constexpr ival at_most_zero(ival r, bool strict) {
    if (r.hi_inf || r.hi > 0) {
        r.hi_inf = false;
        r.hi = 0;
    }
    if (strict && r.hi == 0) r.hi_open = true;
    return r;
}

constexpr ival negate(ival a) { return {-a.hi, -a.lo, a.hi_inf, a.lo_inf, a.hi_open, a.lo_open}; }

//! The signs an interval may take: proof::below, at_zero, above.
constexpr char signs_of(ival const& a) {
    char s = 0;
    if (a.lo_inf || a.lo < 0) s |= proof::below;
    if (a.hi_inf || a.hi > 0) s |= proof::above;
    bool from_below = a.lo_inf || a.lo < 0 || (a.lo == 0 && !a.lo_open);
    bool to_above = a.hi_inf || a.hi > 0 || (a.hi == 0 && !a.hi_open);
    if (from_below && to_above) s |= proof::at_zero;
    return s;
}

constexpr ival hull(ival a, ival b) {
    ival r;
    if (a.lo_inf || b.lo_inf)
        r.lo_inf = true;
    else if (a.lo != b.lo)
        r.lo = a.lo < b.lo ? a.lo : b.lo, r.lo_open = a.lo < b.lo ? a.lo_open : b.lo_open;
    else
        r.lo = a.lo, r.lo_open = a.lo_open && b.lo_open;
    if (a.hi_inf || b.hi_inf)
        r.hi_inf = true;
    else if (a.hi != b.hi)
        r.hi = a.hi > b.hi ? a.hi : b.hi, r.hi_open = a.hi > b.hi ? a.hi_open : b.hi_open;
    else
        r.hi = a.hi, r.hi_open = a.hi_open && b.hi_open;
    return settle(r);
}

// Error-free checks (no underflow or overflow in the ranges allowed): a + b == s, a * b == p
// (Dekker's product with Veltkamp's split at 32 bits), n / d == q.
constexpr bool exact_sum(ld a, ld b, ld s) {
    ld bb = s - a;
    return (a - (s - bb)) + (b - bb) == 0;
}
constexpr bool exact_product(ld a, ld b, ld p) {
    if (a == 0 || b == 0) return p == 0;
    ld fa = math::fabs(a), fb = math::fabs(b);
    if (fa < 1e-1200L || fb < 1e-1200L || fa > largest || fb > largest) return false;
    constexpr ld split = 4294967297.0L;  // 2^32 + 1
    ld ca = split * a, ah = ca - (ca - a), al = a - ah;
    ld cb = split * b, bh = cb - (cb - b), bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl == 0;
}
constexpr bool exact_quotient(ld n, ld d, ld q) {
    ld p = d * q;
    return p == n && exact_product(d, q, p);
}

constexpr ival add(ival a, ival b) {
    if (is_point(b) && b.lo == 0) return a;
    if (is_point(a) && a.lo == 0) return b;
    if (is_point(a) && is_point(b)) {
        ld s = a.lo + b.lo;
        if (exact_sum(a.lo, b.lo, s)) return settle(point(s));
    }
    ival r;
    r.lo_inf = a.lo_inf || b.lo_inf;
    r.hi_inf = a.hi_inf || b.hi_inf;
    if (!r.lo_inf) r.lo = down(a.lo + b.lo);
    if (!r.hi_inf) r.hi = up(a.hi + b.hi);
    if (nonnegative(a) && nonnegative(b)) r = at_least_zero(r, positive(a) || positive(b));
    if (nonpositive(a) && nonpositive(b)) r = at_most_zero(r, negative(a) || negative(b));
    return settle(r);
}

// A bound in the extended reals: inf -1 for -inf, 1 for +inf.
struct bound {
    ld v = 0;
    int inf = 0;
};
constexpr bool below_bound(bound x, bound y) {
    return x.inf != y.inf ? x.inf < y.inf : (x.inf == 0 && x.v < y.v);
}
constexpr int sign_of(bound x) { return x.inf != 0 ? x.inf : (x.v > 0) - (x.v < 0); }

//! The product: the hull of the ends' products, 0 times an infinite end counting as 0 (an
//! infinite end is a bound, not a value: [0, 1] [1, +inf] = [0, +inf]).
constexpr ival mul(ival a, ival b) {
    if (is_point(a) && (a.lo == 1 || a.lo == -1 || a.lo == 0))
        return a.lo == 1 ? b : a.lo == -1 ? negate(b) : point(0);
    if (is_point(b) && (b.lo == 1 || b.lo == -1 || b.lo == 0))
        return b.lo == 1 ? a : b.lo == -1 ? negate(a) : point(0);
    bool one_point = is_point(a) || is_point(b);
    bound ea[2] = {{a.lo, a.lo_inf ? -1 : 0}, {a.hi, a.hi_inf ? 1 : 0}};
    bound eb[2] = {{b.lo, b.lo_inf ? -1 : 0}, {b.hi, b.hi_inf ? 1 : 0}};
    bound lo{0, 1}, hi{0, -1};
    for (bound x : ea)
        for (bound y : eb) {
            bound l, h;
            int s = sign_of(x) * sign_of(y);
            if (s == 0) {
                l = h = {0, 0};
            } else if (x.inf != 0 || y.inf != 0) {
                l = h = {0, s};
            } else {
                ld p = x.v * y.v;
                if (one_point && exact_product(x.v, y.v, p))
                    l = h = {p, 0};
                else
                    l = {down(p), 0}, h = {up(p), 0};
            }
            if (below_bound(l, lo)) lo = l;
            if (below_bound(hi, h)) hi = h;
        }
    ival r{lo.v, hi.v, lo.inf < 0, hi.inf > 0};
    if (lo.inf > 0 || hi.inf < 0) return whole();  // (not reached: an end is never so)
    if ((positive(a) && positive(b)) || (negative(a) && negative(b)))
        r = at_least_zero(r, true);
    else if ((nonnegative(a) && nonnegative(b)) || (nonpositive(a) && nonpositive(b)))
        r = at_least_zero(r, false);
    else if ((positive(a) && negative(b)) || (negative(a) && positive(b)))
        r = at_most_zero(r, true);
    else if ((nonnegative(a) && nonpositive(b)) || (nonpositive(a) && nonnegative(b)))
        r = at_most_zero(r, false);
    return settle(r);
}

//! 1/a; fails when a may be 0.
constexpr ival reciprocal(ival a, bool& ok) {
    if (negative(a)) return negate(reciprocal(negate(a), ok));
    if (!positive(a)) {
        ok = false;
        return {};
    }
    if (is_point(a) && a.lo >= 1e-1200L) {
        ld q = 1 / a.lo;
        if (exact_quotient(1, a.lo, q)) return point(q);
    }
    ival r;
    if (a.hi_inf)
        r.lo = 0;
    else if (a.hi < smallest)
        r.lo = largest;
    else
        r.lo = down(1 / a.hi);
    if (a.lo < smallest)
        r.hi_inf = true;
    else
        r.hi = up(1 / a.lo);
    return settle(at_least_zero(r, true));
}

constexpr ival absolute_value(ival a) {
    if (nonnegative(a)) return a;
    if (nonpositive(a)) return negate(a);
    ival r;
    r.hi_inf = a.lo_inf || a.hi_inf;
    r.hi = larger(-a.lo, a.hi);
    return settle(r);
}

// Monotone kernels at a finite point: an interval holding f(v).
constexpr ival widened(ld v, ld error) {
    return {v - math::fabs(v) * error - absolute, v + math::fabs(v) * error + absolute};
}
constexpr ival clamp(ival r, ld lo, ld hi) {
    if (r.lo_inf || r.lo < lo) r.lo_inf = false, r.lo = lo;
    if (r.hi_inf || r.hi > hi) r.hi_inf = false, r.hi = hi;
    return r;
}
constexpr ival exp_at(ld v) {
    if (v == 0) return point(1);
    if (v <= exp_far) return {0, exp_far_bound, false, false, true};
    if (v >= exp_huge) return {largest, largest, false, true};
    // the reduction by k ln 2 loses up to |v| 2^-62 relative
    return settle(
        at_least_zero(widened(math::exp(v), kernel_error + math::fabs(v) * 0x1p-61L), true));
}
// log by whole binades of 2^64 first (math::log takes a step a binade)
constexpr ival log_at(ld v) {
    if (v == 1) return point(0);
    long k = 0;
    while (v > 0x1p64L) v *= 0x1p-64L, k += 64;
    while (v < 0x1p-64L) v *= 0x1p64L, k -= 64;
    ld r = static_cast<ld>(k) * math::ln2 + math::log(v);
    ld e = math::fabs(r) * kernel_error + (math::fabs(static_cast<ld>(k)) + 1) * 0x1p-62L;
    return {r - e - absolute, r + e + absolute};
}
constexpr ival sqrt_at(ld v) {
    ld scale = 1, x = v;
    while (x > 0x1p64L) x *= 0x1p-64L, scale *= 0x1p32L;
    while (x < 0x1p-64L) x *= 0x1p64L, scale *= 0x1p-32L;
    ld s = math::sqrt(x) * scale;
    if (s * s == v && exact_product(s, s, v)) return point(s);
    return settle(at_least_zero(widened(s, kernel_error), true));
}

// On a tail the walk also bounds each value by lines in t <= 0, where z = h + t on
// [-inf, h] and z = l - t on [l, +inf]: lines below and above the value, and below and above
// log|value| with the value's sign. They keep what intervals lose there: z exp(z) on
// [-inf, -8] is within -8 e^-8 and 0, e^-z/(1 + e^-z)^2 within 0 and e^-8.
struct line {
    ld slope = 0, at0 = 0;  // slope t + at0
};
struct tail_bounds {
    bool has_v_lo = false, has_v_hi = false;  // v_lo <= value <= v_hi
    line v_lo, v_hi;
    int sign = 0;                             // of the value: 1, -1, or 0 unknown
    bool has_g_lo = false, has_g_hi = false;  // g_lo <= log|value| <= g_hi
    line g_lo, g_hi;
};

struct walker {
    graph_view t;
    std::string_view var;
    ival box;
    proof::list<ival> memo;
    proof::list<char> done;
    proof::list<tail_bounds> tails;
    proof::list<char> varies;  // whether a node depends on var
    int tail = 0;              // -1 on [-inf, h], 1 on [l, +inf], 0 elsewhere (no lines)
    long long* steps = nullptr;
    long long limit = 0;
    bool ok = true;
    bool continuous = true;  // no undecided where, no sign across 0, on this box
};

constexpr ival value_of(walker& w, std::size_t i);

constexpr ival fail(walker& w) {
    w.ok = false;
    return {};
}

constexpr ival kernel_at(walker& w, graph_node const& f, ld v) {
    *w.steps += proof::kernel_cost;
    switch (f.rule) {
    case proof_rule::exp:
        return exp_at(v);
    case proof_rule::log:
        return log_at(v);
    case proof_rule::tanh:
        return v == 0 ? point(0) : clamp(widened(math::tanh(v), kernel_error), -1, 1);
    default:
        break;
    }
    if (f.name == "atan")
        return v == 0 ? point(0)
                      : clamp(widened(math::atan(v), kernel_error), -half_pi_hi, half_pi_hi);
    return v == 0 ? point(0) : clamp(widened(math::erf(v), kernel_error), -1, 1);  // erf
}

// An increasing function: its ends' bounds, the limits at infinite ends, the sign of an odd one.
constexpr ival increasing(walker& w, graph_node const& f, ival x) {
    bool odd = f.rule != proof_rule::exp && f.rule != proof_rule::log;
    ival r;
    ival lo_end{}, hi_end{};
    if (is_point(x)) {
        lo_end = hi_end = kernel_at(w, f, x.lo);
    } else {
        if (!x.lo_inf && !(f.rule == proof_rule::log && x.lo == 0)) lo_end = kernel_at(w, f, x.lo);
        if (!x.hi_inf) hi_end = kernel_at(w, f, x.hi);
    }
    // the lower end
    if (f.rule == proof_rule::log && x.lo == 0 && !x.lo_inf)
        r.lo_inf = true;  // log of (0, ...]
    else if (!x.lo_inf)
        r.lo = lo_end.lo, r.lo_inf = lo_end.lo_inf, r.lo_open = lo_end.lo_open;
    else if (f.rule == proof_rule::exp)
        r.lo = 0, r.lo_open = true;
    else if (f.rule == proof_rule::tanh || f.name == "erf")
        r.lo = -1;
    else
        r.lo = -half_pi_hi;  // atan
    // the upper end
    if (!x.hi_inf)
        r.hi = hi_end.hi, r.hi_inf = hi_end.hi_inf, r.hi_open = hi_end.hi_open;
    else if (f.rule == proof_rule::exp || f.rule == proof_rule::log)
        r.hi_inf = true;
    else if (f.rule == proof_rule::tanh || f.name == "erf")
        r.hi = 1;
    else
        r.hi = half_pi_hi;
    if (is_point(x) && is_point(lo_end)) return lo_end;
    if (f.rule == proof_rule::exp) r = at_least_zero(r, true);
    if (f.rule == proof_rule::log) {
        if (!x.lo_inf && x.lo >= 1) r = at_least_zero(r, x.lo > 1);
        if (!x.hi_inf && x.hi <= 1) r = at_most_zero(r, x.hi < 1);
    }
    if (odd) {
        if (nonnegative(x)) r = at_least_zero(r, positive(x));
        if (nonpositive(x)) r = at_most_zero(r, negative(x));
    }
    return settle(r);
}

// Whether some c + 2 k pi may lie in [lo, hi] (finite, |ends| < trig_far): too many is sound.
constexpr bool reaches(ld lo, ld hi, ld c) {
    constexpr ld two_pi = 2 * math::pi;
    ld slack = 1e-15L * (1 + math::fabs(lo) + math::fabs(hi));
    ld q = (lo - c) / two_pi;
    long k = static_cast<long>(q) - 1;
    for (int j = 0; j < 4; ++j, ++k) {
        ld at = c + static_cast<ld>(k) * two_pi;
        if (at >= lo - slack && at <= hi + slack) return true;
    }
    return false;
}

constexpr ival trig(walker& w, graph_node const& f, ival x) {
    bool is_sin = f.rule == proof_rule::sin;
    if (is_point(x) && x.lo == 0) return point(is_sin ? 0 : 1);
    if (x.lo_inf || x.hi_inf || x.lo < -trig_far || x.hi > trig_far || x.hi - x.lo > 6.3L)
        return {-1, 1};
    *w.steps += 2 * proof::kernel_cost;
    auto at = [&](ld v) {
        ld s = is_sin ? math::sin(v) : math::cos(v);
        ld e = kernel_error * (1 + math::fabs(v)) + absolute;
        return ival{s - e, s + e};
    };
    ival r = hull(at(x.lo), at(x.hi));
    constexpr ld hp = math::pi / 2;
    if (reaches(x.lo, x.hi, is_sin ? hp : 0)) r.hi = 1;
    if (reaches(x.lo, x.hi, is_sin ? -hp : math::pi)) r.lo = -1;
    return clamp(r, -1, 1);
}

constexpr ival function_value(walker& w, graph_node const& f, ival x) {
    if (f.rule == proof_rule::exp || f.rule == proof_rule::tanh || f.name == "atan" ||
        f.name == "erf") {
        if (!f.has_kernel) return fail(w);
        return increasing(w, f, x);
    }
    if (f.rule == proof_rule::log) {
        if (!positive(x) || !f.has_kernel) return fail(w);
        return increasing(w, f, x);
    }
    if (f.rule == proof_rule::abs) return absolute_value(x);
    if (f.rule == proof_rule::sign) {
        if (positive(x)) return point(1);
        if (negative(x)) return point(-1);
        if (is_point(x)) return point(0);  // x = 0
        w.continuous = false;
        return {nonnegative(x) ? ld{0} : ld{-1}, nonpositive(x) ? ld{0} : ld{1}};
    }
    if (f.rule == proof_rule::sin || f.rule == proof_rule::cos) {
        if (!f.has_kernel) return fail(w);
        return trig(w, f, x);
    }
    // another function of bounded slope: f(m) +- slope (hi - lo)/2
    if (!f.has_kernel || f.slope < 0 || !f.continuous || x.lo_inf || x.hi_inf ||
        math::fabs(x.lo) > trig_far || math::fabs(x.hi) > trig_far)
        return fail(w);
    *w.steps += proof::kernel_cost;
    ld m = x.lo + (x.hi - x.lo) / 2, v = f.kernel(m);
    ld radius = up(f.slope * up(larger(x.hi - m, m - x.lo))) +
                kernel_error * (math::fabs(v) + math::fabs(m) + 1);
    return settle({down(v - radius), up(v + radius)});
}

//! base^n for an integer n (|n| <= 64): even powers through |base|, odd ones end by end.
constexpr ival power_int(walker& w, ival b, long long n) {
    if (n == 0) return point(1);
    if (n < 0) return reciprocal(power_int(w, b, -n), w.ok);
    if (n == 1) return b;
    *w.steps += n;
    if (n % 2 == 0) {
        ival m = absolute_value(b), r = m;
        for (long long k = 1; k < n; ++k) r = mul(r, m);
        return r;
    }
    auto end_power = [&](ld v) {
        ival p = point(v), r = p;
        for (long long k = 1; k < n; ++k) r = mul(r, p);
        return r;
    };
    if (is_point(b)) return end_power(b.lo);
    ival r;
    if (b.lo_inf)
        r.lo_inf = true;
    else {
        ival e = end_power(b.lo);
        r.lo = e.lo, r.lo_inf = e.lo_inf;
    }
    if (b.hi_inf)
        r.hi_inf = true;
    else {
        ival e = end_power(b.hi);
        r.hi = e.hi, r.hi_inf = e.hi_inf;
    }
    if (nonnegative(b)) r = at_least_zero(r, positive(b));
    if (nonpositive(b)) r = at_most_zero(r, negative(b));
    return settle(r);
}

constexpr ival log_of(walker& w, ival x) {
    graph_node log_node{};
    log_node.rule = proof_rule::log;
    if (!positive(x)) return fail(w);
    return increasing(w, log_node, x);
}
constexpr ival exp_of(walker& w, ival x) {
    graph_node exp_node{};
    exp_node.rule = proof_rule::exp;
    return increasing(w, exp_node, x);
}

//! base^p for a positive non-integer exponent p (an interval): base >= 0, 0^p = 0.
constexpr ival power_positive(walker& w, ival b, ival p, bool square_root) {
    if (!nonnegative(b)) return fail(w);
    auto at = [&](ld v) {
        if (v == 0) return point(0);
        if (square_root) {
            *w.steps += 2 * proof::kernel_cost;
            return sqrt_at(v);
        }
        return exp_of(w, mul(p, log_of(w, point(v))));
    };
    if (is_point(b)) return at(b.lo);
    ival r;
    ival lo_end = at(b.lo);
    r.lo = lo_end.lo, r.lo_open = b.lo_open || lo_end.lo_open;
    if (b.hi_inf)
        r.hi_inf = true;
    else {
        ival e = at(b.hi);
        r.hi = e.hi, r.hi_inf = e.hi_inf;
    }
    return settle(at_least_zero(r, positive(b)));
}

constexpr ival power_value(walker& w, std::size_t i) {
    ival b = value_of(w, w.t.child(i, 0));
    if (!w.ok) return {};
    graph_node const& e = w.t[w.t.child(i, 1)];
    if (e.k == kind::constant && e.den == 1) {
        if (e.num > 64 || e.num < -64) return fail(w);
        return power_int(w, b, e.num);
    }
    ival p = value_of(w, w.t.child(i, 1));
    if (!w.ok) return {};
    if (e.k == kind::constant) {  // a rational exponent: the base must be >= 0
        bool square_root = e.num == 1 && e.den == 2;
        if (e.num > 0) return power_positive(w, b, p, square_root);
        ival q = power_positive(w, b, negate(p), e.num == -1 && e.den == 2);
        return w.ok ? reciprocal(q, w.ok) : ival{};
    }
    // any other exponent: exp(p log b), b > 0
    return exp_of(w, mul(p, log_of(w, b)));
}

// Whether l op r holds on the whole box (1), fails on it (0), or is undecided (-1).
constexpr int decide(walker& w, std::size_t c) {
    ival l = value_of(w, w.t.child(c, 0)), r = value_of(w, w.t.child(c, 1));
    if (!w.ok) return -1;
    std::string_view op = w.t[c].name;
    bool finite_lr = !l.hi_inf && !r.lo_inf, finite_rl = !r.hi_inf && !l.lo_inf;
    bool lt = finite_lr && l.hi < r.lo, le = finite_lr && l.hi <= r.lo;
    bool gt = finite_rl && l.lo > r.hi, ge = finite_rl && l.lo >= r.hi;
    if (op == "<") return lt ? 1 : ge ? 0 : -1;
    if (op == "<=") return le ? 1 : gt ? 0 : -1;
    if (op == ">") return gt ? 1 : le ? 0 : -1;
    return ge ? 1 : lt ? 0 : -1;  // >=
}

// log(1 + v) for a finite v > -1
constexpr ival log1p_at(walker& w, ld v) {
    *w.steps += proof::kernel_cost;
    if (v == 0) return point(0);
    if (v > 0x1p64L) {  // log v < log(1 + v) < log v + 1/v
        ival l = log_at(v);
        return {l.lo, up(l.hi + up(1 / v))};
    }
    ival r = widened(math::log1p(v), kernel_error);
    return v > 0 ? at_least_zero(r, true) : at_most_zero(r, true);
}
//! log(1 + u), where one_plus_u (> 0) encloses 1 + u too
constexpr ival log1p_of(walker& w, ival u, ival one_plus_u) {
    ival r;
    if (is_point(u)) return log1p_at(w, u.lo);
    if (one_plus_u.lo == 0 || u.lo_inf)
        r.lo_inf = true;
    else
        r.lo = log1p_at(w, u.lo).lo;
    if (u.hi_inf)
        r.hi_inf = true;
    else
        r.hi = log1p_at(w, u.hi).hi;
    if (nonnegative(u)) r = at_least_zero(r, positive(u));
    if (nonpositive(u)) r = at_most_zero(r, negative(u));
    return settle(r);
}

constexpr void prepare(walker& w, graph_view const& t, std::string_view var, long long* steps,
                       long long limit);
constexpr ival run(walker& w, std::size_t node, ival box);

// A branch of where(var op c, x, y) (or c op var) on the part of the box where it may be taken
// (closed: the boundary belongs to both), by a walk of its own; other branches on the box.
constexpr ival branch_value(walker& w, std::size_t i, bool taken) {
    std::size_t c = w.t.child(i, 0), branch = w.t.child(i, taken ? 1 : 2);
    std::size_t l = w.t.child(c, 0), r = w.t.child(c, 1);
    bool var_left = w.t[l].k == kind::symbol && w.t[l].name == w.var && !w.varies[r];
    bool var_right = w.t[r].k == kind::symbol && w.t[r].name == w.var && !w.varies[l];
    if (!var_left && !var_right) return value_of(w, branch);
    ival k = w.memo[var_left ? r : l];  // the constant side (computed by decide)
    std::string_view op = w.t[c].name;
    // whether var lies below the constant where the branch is taken
    bool below = (op == "<" || op == "<=") == var_left;
    if (!taken) below = !below;
    ival part = w.box;
    if (below) {
        if (k.hi_inf) return value_of(w, branch);
        part.hi = w.box.hi_inf ? k.hi : smaller(w.box.hi, k.hi);
        part.hi_inf = false, part.hi_open = false;
    } else {
        if (k.lo_inf) return value_of(w, branch);
        part.lo = w.box.lo_inf ? k.lo : larger(w.box.lo, k.lo);
        part.lo_inf = false, part.lo_open = false;
    }
    walker sub;
    prepare(sub, w.t, w.var, w.steps, w.limit);
    ival v = run(sub, branch, part);
    if (!sub.ok) w.ok = false;
    return v;
}

constexpr ival compute(walker& w, std::size_t i) {
    graph_node const& f = w.t[i];
    switch (f.k) {
    case kind::constant: {
        ld n = static_cast<ld>(f.num), d = static_cast<ld>(f.den), q = n / d;
        if (exact_quotient(n, d, q)) return point(q);
        ival r{down(q), up(q)};
        return f.num > 0 ? at_least_zero(r, true) : f.num < 0 ? at_most_zero(r, true) : r;
    }
    case kind::named: {
        ival r{down(f.value), up(f.value)};
        return f.value > 0 ? at_least_zero(r, true) : f.value < 0 ? at_most_zero(r, true) : r;
    }
    case kind::param:  // the value itself, exactly
        if (w.t.params == nullptr) return fail(w);
        return settle(point(w.t.params[f.index]));
    case kind::symbol:
        if (f.name != w.var) return fail(w);
        return w.box;
    case kind::sum: {
        ival s = point(0);
        for (std::size_t k = 0; k < f.count && w.ok; ++k) s = add(s, value_of(w, w.t.child(i, k)));
        return s;
    }
    case kind::product: {
        ival p = point(1);
        for (std::size_t k = 0; k < f.count && w.ok; ++k) p = mul(p, value_of(w, w.t.child(i, k)));
        return p;
    }
    case kind::power:
        return power_value(w, i);
    case kind::apply: {
        ival x = value_of(w, w.t.child(i, 0));
        if (w.ok && f.rule == proof_rule::log && f.has_kernel) {
            std::size_t a = w.t.child(i, 0);
            graph_node const& s = w.t[a];
            if (s.k == kind::sum && s.count > 1 && w.t[w.t.child(a, 0)].k == kind::constant &&
                w.t[w.t.child(a, 0)].num == 1 && w.t[w.t.child(a, 0)].den == 1) {
                // log(1 + u): by log1p of u, which keeps a tiny u
                if (!positive(x)) return fail(w);
                ival u = point(0);
                for (std::size_t k = 1; k < s.count && w.ok; ++k)
                    u = add(u, value_of(w, w.t.child(a, k)));
                return w.ok ? log1p_of(w, u, x) : ival{};
            }
        }
        return w.ok ? function_value(w, f, x) : ival{};
    }
    case kind::piecewise: {
        int taken = decide(w, w.t.child(i, 0));
        if (!w.ok) return {};
        if (taken >= 0) return value_of(w, w.t.child(i, taken == 1 ? 1 : 2));
        // undecided: both branches, each where it may be taken when the condition compares var
        // with a constant, else on the whole box
        w.continuous = false;
        ival a = branch_value(w, i, true), b = branch_value(w, i, false);
        return w.ok ? hull(a, b) : ival{};
    }
    case kind::comparison:
        return fail(w);
    }
    return fail(w);
}

// Rounding of line coefficients: a line below may only rise as t -> -inf and drop at 0 (slope
// up, at0 down), a line above the other way; exact results stay.
constexpr ld sum_up(ld a, ld b) {
    ld s = a + b;
    return exact_sum(a, b, s) ? s : up(s);
}
constexpr ld sum_down(ld a, ld b) {
    ld s = a + b;
    return exact_sum(a, b, s) ? s : down(s);
}
constexpr ld product_up(ld a, ld b) {
    ld p = a * b;
    return exact_product(a, b, p) ? p : up(p);
}
constexpr ld product_down(ld a, ld b) {
    ld p = a * b;
    return exact_product(a, b, p) ? p : down(p);
}
constexpr line below_sum(line a, line b) {
    return {sum_up(a.slope, b.slope), sum_down(a.at0, b.at0)};
}
constexpr line above_sum(line a, line b) {
    return {sum_down(a.slope, b.slope), sum_up(a.at0, b.at0)};
}
constexpr line negated(line a) { return {-a.slope, -a.at0}; }
// c times a line, for c > 0 in [c.lo, c.hi]: c v >= c.lo L - (c.hi - c.lo)|L|, |L| <= -|a| t + |b|
constexpr line below_scaled(line l, ival c) {
    if (is_point(c)) return {product_up(c.lo, l.slope), product_down(c.lo, l.at0)};
    ld spread = up(c.hi - c.lo);
    return {up(up(c.lo * l.slope) + up(spread * math::fabs(l.slope))),
            down(down(c.lo * l.at0) - up(spread * math::fabs(l.at0)))};
}
constexpr line above_scaled(line l, ival c) { return negated(below_scaled(negated(l), c)); }
// log bounds of positive finite ends
constexpr ld log_up(ld v) { return log_at(v).hi; }
constexpr ld log_down(ld v) { return log_at(v).lo; }

constexpr tail_bounds negated(tail_bounds b) {
    tail_bounds r = b;
    r.has_v_lo = b.has_v_hi, r.v_lo = negated(b.v_hi);
    r.has_v_hi = b.has_v_lo, r.v_hi = negated(b.v_lo);
    r.sign = -b.sign;
    return r;
}

// The lines of node i from its children's, before its interval v is narrowed by them.
constexpr tail_bounds tail_rule(walker& w, std::size_t i) {
    graph_node const& f = w.t[i];
    tail_bounds r;
    auto of = [&](std::size_t k) -> tail_bounds const& { return w.tails[w.t.child(i, k)]; };
    auto plain = [&](std::size_t k) -> ival const& { return w.memo[w.t.child(i, k)]; };
    switch (f.k) {
    case kind::symbol: {
        ld end = w.tail < 0 ? w.box.hi : w.box.lo;
        r.has_v_lo = r.has_v_hi = true;
        r.v_lo = r.v_hi = {static_cast<ld>(w.tail < 0 ? 1 : -1), end};
        if (end != 0 &&
            (end < 0) == (w.tail < 0)) {  // |z| = |end| - t, log|z| <= log|end| - t/|end|
            ld a = math::fabs(end);
            r.sign = end < 0 ? -1 : 1;
            r.has_g_lo = r.has_g_hi = true;
            r.g_lo = {0, log_down(a)};
            r.g_hi = {down(-1 / a), log_up(a)};
        }
        return r;
    }
    case kind::sum: {
        std::size_t n = f.count;
        r.has_v_lo = r.has_v_hi = true;
        for (std::size_t k = 0; k < n; ++k) {
            tail_bounds const& c = of(k);
            r.has_v_lo = r.has_v_lo && c.has_v_lo;
            r.has_v_hi = r.has_v_hi && c.has_v_hi;
            if (r.has_v_lo) r.v_lo = k == 0 ? c.v_lo : below_sum(r.v_lo, c.v_lo);
            if (r.has_v_hi) r.v_hi = k == 0 ? c.v_hi : above_sum(r.v_hi, c.v_hi);
        }
        // 1 -+ erf(w) <= exp(-w^2) <= exp(-|w| min|w|) for w of the sign -+, 1 -+ tanh(w) <=
        // 2 exp(-2|w|), 1 - tanh(w)^2 <= 4 exp(-2|w|): lines through those of w
        if (n == 2 && w.t[w.t.child(i, 0)].k == kind::constant && w.t[w.t.child(i, 0)].num == 1 &&
            w.t[w.t.child(i, 0)].den == 1) {
            std::size_t g = w.t.child(i, 1);
            int negated_term = 0, squared = 0;
            if (w.t[g].k == kind::product && w.t[g].count == 2 &&
                w.t[w.t.child(g, 0)].k == kind::constant && w.t[w.t.child(g, 0)].num == -1 &&
                w.t[w.t.child(g, 0)].den == 1)
                negated_term = 1, g = w.t.child(g, 1);
            if (negated_term && w.t[g].k == kind::power &&
                w.t[w.t.child(g, 1)].k == kind::constant && w.t[w.t.child(g, 1)].num == 2 &&
                w.t[w.t.child(g, 1)].den == 1)
                squared = 1, g = w.t.child(g, 0);
            bool is_erf = w.t[g].k == kind::apply && w.t[g].name == "erf" && !squared;
            bool is_tanh = w.t[g].k == kind::apply && w.t[g].rule == proof_rule::tanh;
            if (is_erf || is_tanh) {
                std::size_t arg = w.t.child(g, 0);
                ival const& a = w.memo[arg];
                tail_bounds const& ta = w.tails[arg];
                // |w| >= the line: -v_hi where w <= 0, v_lo where w >= 0
                bool below0 = nonpositive(a) && ta.has_v_hi && (squared || !negated_term);
                bool above0 = nonnegative(a) && ta.has_v_lo && (squared || negated_term);
                line m = below0 ? negated(ta.v_hi) : ta.v_lo;  // m <= |w|
                if ((below0 || above0) && m.slope <= 0 && m.at0 >= 0) {
                    ld least = below0 ? -a.hi : a.lo, factor = is_erf ? least : 2;
                    ld extra = is_erf ? 0 : squared ? up(2 * math::ln2) : up(math::ln2);
                    r.sign = 1;
                    r.has_g_hi = true;
                    r.g_hi = {-product_up(factor, m.slope),
                              up(-product_down(factor, m.at0) + extra)};
                    return r;
                }
            }
        }
        // the signs: all alike, or one term dominating the others
        ld count_log = log_up(static_cast<ld>(n));
        bool alike = true, all_hi = true;
        for (std::size_t k = 0; k < n; ++k) {
            alike = alike && of(k).sign != 0 && of(k).sign == of(0).sign;
            all_hi = all_hi && of(k).has_g_hi;
        }
        if (all_hi) {
            r.has_g_hi = true;
            r.g_hi = of(0).g_hi;
            for (std::size_t k = 1; k < n; ++k)
                r.g_hi = {smaller(r.g_hi.slope, of(k).g_hi.slope),
                          larger(r.g_hi.at0, of(k).g_hi.at0)};
            r.g_hi.at0 = up(r.g_hi.at0 + count_log);
        }
        if (alike) {
            r.sign = of(0).sign;
            for (std::size_t k = 0; k < n; ++k)
                if (of(k).has_g_lo && (!r.has_g_lo || of(k).g_lo.slope < r.g_lo.slope))
                    r.has_g_lo = true, r.g_lo = of(k).g_lo;
            return r;
        }
        if (!all_hi) return r;
        ld margin = log_up(2 * static_cast<ld>(n - 1));
        for (std::size_t k = 0; k < n; ++k) {
            tail_bounds const& c = of(k);
            if (c.sign == 0 || !c.has_g_lo) continue;
            bool dominates = true;
            for (std::size_t j = 0; j < n && dominates; ++j)
                dominates = j == k || (c.g_lo.slope <= of(j).g_hi.slope &&
                                       c.g_lo.at0 >= up(of(j).g_hi.at0 + margin));
            if (!dominates) continue;
            // the others add up to at most half of term k
            r.sign = c.sign;
            r.has_g_lo = true;
            r.g_lo = {c.g_lo.slope, down(c.g_lo.at0 - up(math::ln2))};
            r.g_hi = {c.g_hi.slope, up(c.g_hi.at0 + 0.40546510810816440L)};  // above log 1.5
            return r;
        }
        return r;
    }
    case kind::product: {
        std::size_t moving = f.count;  // the one factor that is not a constant, if one
        ival c = point(1);
        r.sign = 1;
        r.has_g_lo = r.has_g_hi = true;
        for (std::size_t k = 0; k < f.count; ++k) {
            tail_bounds const& b = of(k);
            r.sign *= b.sign;
            r.has_g_lo = r.has_g_lo && b.has_g_lo;
            r.has_g_hi = r.has_g_hi && b.has_g_hi;
            if (r.has_g_lo) r.g_lo = k == 0 ? b.g_lo : below_sum(r.g_lo, b.g_lo);
            if (r.has_g_hi) r.g_hi = k == 0 ? b.g_hi : above_sum(r.g_hi, b.g_hi);
            if (!w.varies[w.t.child(i, k)])
                c = mul(c, plain(k));
            else
                moving = moving == f.count ? k : f.count + 1;
        }
        if (moving < f.count && (positive(c) || negative(c))) {
            tail_bounds b = of(moving);
            if (negative(c)) b = negated(b), c = negate(c);
            r.has_v_lo = b.has_v_lo, r.has_v_hi = b.has_v_hi;
            if (b.has_v_lo) r.v_lo = below_scaled(b.v_lo, c);
            if (b.has_v_hi) r.v_hi = above_scaled(b.v_hi, c);
        }
        return r;
    }
    case kind::power: {
        graph_node const& e = w.t[w.t.child(i, 1)];
        tail_bounds const& b = of(0);
        // (the exponent's own value is not computed for an integer exponent)
        if (e.k != kind::constant || b.sign == 0 || (e.den & (e.den - 1)) != 0) return r;
        ld x = static_cast<ld>(e.num) / static_cast<ld>(e.den);  // exact: den is a power of 2
        r.sign = b.sign > 0 || e.num % 2 == 0 ? 1 : -1;
        line lo = b.g_lo, hi = b.g_hi;
        bool has_lo = b.has_g_lo, has_hi = b.has_g_hi;
        if (x < 0) {
            lo = negated(b.g_hi), hi = negated(b.g_lo);
            has_lo = b.has_g_hi, has_hi = b.has_g_lo;
        }
        ival m = point(math::fabs(x));
        r.has_g_lo = has_lo, r.has_g_hi = has_hi;
        if (has_lo) r.g_lo = below_scaled(lo, m);
        if (has_hi) r.g_hi = above_scaled(hi, m);
        // |b|^n >= its tangent at t = 0 through a line l <= |b| (l >= 0, slope <= 0): convex
        long long n = e.den == 1 ? e.num : 0;
        line l{};
        bool has_l = false;
        if (b.sign < 0 && b.has_v_hi && b.v_hi.slope >= 0 && b.v_hi.at0 <= 0)
            l = negated(b.v_hi), has_l = true;
        if (b.sign > 0 && b.has_v_lo && b.v_lo.slope <= 0 && b.v_lo.at0 >= 0)
            l = b.v_lo, has_l = true;
        if (n >= 2 && n <= 64 && has_l && l.at0 <= 1e25L) {
            // a line below: its slope rounded up (a smaller magnitude), its value at 0 down
            ld lo_power = 1;  // l(0)^(n-1), rounded down
            for (long long k = 1; k < n; ++k) lo_power = product_down(lo_power, l.at0);
            line tangent{-product_down(product_down(static_cast<ld>(n), lo_power), -l.slope),
                         product_down(lo_power, l.at0)};
            if (n % 2 == 0 || b.sign > 0)
                r.has_v_lo = true, r.v_lo = tangent;
            else
                r.has_v_hi = true, r.v_hi = negated(tangent);
        }
        return r;
    }
    case kind::apply: {
        tail_bounds const& b = of(0);
        std::size_t a = w.t.child(i, 0);
        if (f.rule == proof_rule::exp) {
            r.sign = 1;
            r.has_g_lo = b.has_v_lo, r.has_g_hi = b.has_v_hi;
            r.g_lo = b.v_lo, r.g_hi = b.v_hi;
            return r;
        }
        if (f.rule == proof_rule::log) {
            graph_node const& s = w.t[a];
            if (s.k == kind::sum && s.count == 2 && w.t[w.t.child(a, 0)].k == kind::constant &&
                w.t[w.t.child(a, 0)].num == 1 && w.t[w.t.child(a, 0)].den == 1) {
                // log(1 + u), u > 0: u/(1 + u) <= log(1 + u) <= u; log u <= it <= log u + 1/u
                std::size_t un = w.t.child(a, 1);
                ival const& u = w.memo[un];
                tail_bounds const& tu = w.tails[un];
                if (positive(u) && tu.sign > 0) {
                    r.sign = 1;
                    r.has_g_hi = tu.has_g_hi, r.g_hi = tu.g_hi;
                    if (tu.has_g_lo && !u.hi_inf)
                        r.has_g_lo = true,
                        r.g_lo = {tu.g_lo.slope, down(tu.g_lo.at0 - log1p_at(w, u.hi).hi)};
                    r.has_v_lo = tu.has_g_lo, r.v_lo = tu.g_lo;
                    if (tu.has_g_hi && u.lo > smallest)
                        r.has_v_hi = true, r.v_hi = {tu.g_hi.slope, up(tu.g_hi.at0 + up(1 / u.lo))};
                    return r;
                }
            }
            if (b.sign > 0) {
                r.has_v_lo = b.has_g_lo, r.has_v_hi = b.has_g_hi;
                r.v_lo = b.g_lo, r.v_hi = b.g_hi;
            }
            return r;
        }
        bool odd = f.rule == proof_rule::tanh || f.name == "atan" || f.name == "erf";
        if (odd ||
            f.rule == proof_rule::sin) {  // |f(w)| <= c |w|, and f(w)/w >= its value at max |w|
            ld c = f.name == "erf" ? 1.1283791670955125739L * (1 + 0x1p-60L) : 1;
            r.sign = odd ? b.sign : 0;
            r.has_g_hi = b.has_g_hi;
            r.g_hi = {b.g_hi.slope, up(b.g_hi.at0 + (c == 1 ? 0 : log_up(c)))};
            ival const& x = w.memo[a];
            ld most = larger(math::fabs(x.lo), math::fabs(x.hi));
            if (odd && b.has_g_lo && !x.lo_inf && !x.hi_inf && most < 1) {
                ld ratio = down(1 - up(most * most) / 3);  // tanh, atan, erf: w - w^3/3 below
                if (f.name == "erf") ratio = down(ratio * 1.1283791670955125738L);
                r.has_g_lo = true;
                r.g_lo = {b.g_lo.slope, down(b.g_lo.at0 + log_down(ratio))};
            }
            return r;
        }
        if (f.rule == proof_rule::abs) {
            r = b.sign < 0 ? negated(b) : b;
            if (b.sign == 0) r.has_v_lo = r.has_v_hi = false;
            r.sign = b.sign != 0 || b.has_g_lo ? 1 : 0;
            return r;
        }
        return r;
    }
    case kind::piecewise: {
        int taken = decide(w, w.t.child(i, 0));
        if (taken >= 0) return of(taken == 1 ? 1 : 2);
        return r;
    }
    default:
        return r;
    }
}

// v narrowed by its lines over t <= 0; then the lines completed from v.
constexpr ival narrow_by(walker& w, ival v, tail_bounds& b) {
    if (b.has_v_hi && b.v_hi.slope >= 0 && (v.hi_inf || b.v_hi.at0 < v.hi))
        v.hi = b.v_hi.at0, v.hi_inf = false, v.hi_open = false;
    if (b.has_v_lo && b.v_lo.slope <= 0 && (v.lo_inf || b.v_lo.at0 > v.lo))
        v.lo = b.v_lo.at0, v.lo_inf = false, v.lo_open = false;
    if (b.has_g_hi && b.g_hi.slope >= 0) {
        *w.steps += proof::kernel_cost;
        ival m = exp_at(b.g_hi.at0);
        if (!m.hi_inf) {
            if (b.sign >= 0 && (v.hi_inf || m.hi < v.hi)) v.hi = m.hi, v.hi_inf = false;
            if (b.sign <= 0 && (v.lo_inf || -m.hi > v.lo)) v.lo = -m.hi, v.lo_inf = false;
        }
    }
    if (b.has_g_lo && b.g_lo.slope <= 0 && b.sign != 0) {
        *w.steps += proof::kernel_cost;
        ld m = exp_at(b.g_lo.at0).lo;
        if (b.sign > 0 && !v.lo_inf && m > v.lo) v.lo = m;
        if (b.sign < 0 && !v.hi_inf && -m < v.hi) v.hi = -m;
    }
    if (b.sign > 0) v = at_least_zero(v, true);
    if (b.sign < 0) v = at_most_zero(v, true);
    v = settle(v);
    if (v.lo > v.hi && !v.lo_inf && !v.hi_inf) v.hi = v.lo;  // (not reached when all is sound)
    // lines from the interval where the rule gave none
    if (!b.has_v_lo && !v.lo_inf) b.has_v_lo = true, b.v_lo = {0, v.lo};
    if (!b.has_v_hi && !v.hi_inf) b.has_v_hi = true, b.v_hi = {0, v.hi};
    if (b.sign == 0 && positive(v)) b.sign = 1;
    if (b.sign == 0 && negative(v)) b.sign = -1;
    ld most = larger(math::fabs(v.lo), math::fabs(v.hi));
    if (!b.has_g_hi && !v.lo_inf && !v.hi_inf && most > 0) {
        *w.steps += proof::kernel_cost;
        b.has_g_hi = true, b.g_hi = {0, log_up(most)};
    }
    ld least = b.sign > 0 ? v.lo : b.sign < 0 ? -v.hi : 0;
    if (!b.has_g_lo && least > 0) {
        *w.steps += proof::kernel_cost;
        b.has_g_lo = true, b.g_lo = {0, log_down(least)};
    }
    return v;
}

constexpr ival value_of(walker& w, std::size_t i) {
    if (!w.ok) return {};
    if (!w.done[i]) {
        *w.steps += 1;
        ival v = compute(w, i);
        if (w.ok && w.tail != 0 && w.t[i].k != kind::comparison) {
            w.memo[i] = v;  // (the rules read the children's values)
            tail_bounds b = tail_rule(w, i);
            v = narrow_by(w, v, b);
            w.tails[i] = b;
        }
        if (*w.steps > w.limit) w.ok = false;
        if (!w.ok) return {};
        w.memo[i] = v;
        w.done[i] = 1;
    }
    return w.memo[i];
}

constexpr void prepare(walker& w, graph_view const& t, std::string_view var, long long* steps,
                       long long limit) {
    w.t = t;
    w.var = var;
    w.steps = steps;
    w.limit = limit;
    w.memo.clear();
    w.done.clear();
    w.tails.clear();
    w.varies.clear();
    for (std::size_t i = 0; i < t.size; ++i) {
        w.memo.push_back(ival{});
        w.done.push_back(0);
        w.tails.push_back(tail_bounds{});
        bool v = t[i].k == kind::symbol && t[i].name == var;
        for (std::size_t k = 0; k < t[i].count; ++k) v = v || w.varies[t.child(i, k)];
        w.varies.push_back(v);
    }
}

// One enclosure on a box with a prepared walker: its memo is reset.
constexpr ival run(walker& w, std::size_t node, ival box) {
    for (std::size_t i = 0; i < w.t.size; ++i) w.done[i] = 0;
    w.ok = true;
    w.continuous = true;
    w.box = settle(box);
    w.tail = w.box.lo_inf == w.box.hi_inf ? 0 : w.box.lo_inf ? -1 : 1;
    if ((!w.box.lo_inf && !w.box.hi_inf && w.box.lo > w.box.hi) || w.t.size == 0) return fail(w);
    return value_of(w, node);
}

//! The work one enclose call may do by default, in proof/numeric.hpp's units (an operation 1, a
//! kernel proof::kernel_cost).
inline constexpr long long enclosure_steps = 20000;

//! Encloses the value of node `node` of t (usually t.root()) for every value of the symbol `var`
//! in box (box may have infinite ends); other symbols are not allowed (ok = false); run-time
//! constants (kind::param) take t.params[index] exactly (ok = false when t.params is null). ok =
//! false when the expression may be undefined somewhere in the box (log of an interval reaching
//! <= 0, division by an interval containing 0, a non-integer power of a base that may be
//! negative, ...), or when steps passes limit.
constexpr ival enclose(graph_view const& t, std::size_t node, std::string_view var, ival box,
                       long long& steps, bool& ok, long long limit = enclosure_steps) {
    walker w;
    prepare(w, t, var, &steps, limit);
    ival r = run(w, node, box);
    ok = w.ok;
    return ok ? r : ival{};
}

//! The answer of a sign search over a span of var (ends may be infinite).
struct sign_search {
    int state = 0;        // 1 proven, -1 disproved, 0 unknown
    ld witness = 0;       // disproved: a point where the certified value has a forbidden sign
    long long steps = 0;  // the work done
};

//! The work of one search by default: some 10 to 24 of clang's constexpr steps a unit, so that a
//! search fits in clang's default 2^20 steps.
inline constexpr long long search_steps = 40000;
// Tails are cut at most this far out; the finite core of the whole line is [-core, core].
inline constexpr ld tail_limit = 1e30L, core = 8;

// Two pieces of a span: halves of a finite one, a tail cut further out.
struct halves {
    ival a, b;
    bool ok = false;
};
constexpr halves split(ival s) {
    halves h;
    if (s.lo_inf && s.hi_inf) {
        h.a = {-largest, 0, true, false};
        h.b = {0, largest, false, true};
    } else if (s.lo_inf) {
        ld c = s.hi - larger(core, math::fabs(s.hi));
        if (c < -tail_limit) return h;
        h.a = {-largest, c, true, false};
        h.b = {c, s.hi};
    } else if (s.hi_inf) {
        ld c = s.lo + larger(core, math::fabs(s.lo));
        if (c > tail_limit) return h;
        h.a = {s.lo, c};
        h.b = {c, largest, false, true};
    } else {
        ld m = s.lo + (s.hi - s.lo) / 2;
        if (!(m > s.lo && m < s.hi)) return h;
        h.a = {s.lo, m};
        h.b = {m, s.hi};
    }
    h.ok = true;
    return h;
}
// A finite point of a span: its middle, or its finite end, or 0.
constexpr ld inside(ival s) {
    if (s.lo_inf && s.hi_inf) return 0;
    if (s.lo_inf) return s.hi;
    if (s.hi_inf) return s.lo;
    return s.lo + (s.hi - s.lo) / 2;
}

// f on a span where f is continuous and f' has one sign: between its ends' values (an
// infinite end keeps the direct enclosure's bound).
// The values at a span's ends, where they are known already.
struct end_values {
    bool has_lo = false, has_hi = false;
    ival lo, hi;
};

constexpr ival monotone_range(walker& f, ival box, ival direct, bool increasing,
                              end_values const* known = nullptr) {
    ival lo_end = direct, hi_end = direct;
    if (known != nullptr && known->has_lo)
        lo_end = known->lo;
    else if (!box.lo_inf)
        lo_end = run(f, f.t.root(), point(box.lo));
    if (!f.ok) return direct;
    if (known != nullptr && known->has_hi)
        hi_end = known->hi;
    else if (!box.hi_inf)
        hi_end = run(f, f.t.root(), point(box.hi));
    if (!f.ok) return direct;
    ival from = increasing ? lo_end : hi_end, to = increasing ? hi_end : lo_end;
    ival r = direct;
    if (!from.lo_inf && (r.lo_inf || from.lo > r.lo || (from.lo == r.lo && from.lo_open)))
        r.lo = from.lo, r.lo_inf = false, r.lo_open = from.lo_open;
    if (!to.hi_inf && (r.hi_inf || to.hi < r.hi || (to.hi == r.hi && to.hi_open)))
        r.hi = to.hi, r.hi_inf = false, r.hi_open = to.hi_open;
    return settle(r);
}

//! Certified bounds on inf (or sup) of t.root() over the box: lower <= inf <= upper (upper is
//! a certified value at the point `at`); lower_inf when no finite lower bound could be
//! certified, upper_inf when no value was; ok = false when neither bound is finite.
struct extremum {
    ld lower = 0, upper = 0;
    bool lower_inf = false, upper_inf = false;
    bool ok = true;
    ld at = 0;
    long long steps = 0;
};

struct piece {
    ival box;
    ld lower = 0;
    bool lower_inf = true;
    bool settled = false;  // no split can tighten it
    bool smooth = false;   // t, t', t'' certified continuous on a box holding this one
};

// Interval Newton starts on a piece at most this wide (relative to 1 + |its middle|), and
// stops once a step contracts its critical point's box less than `newton_contraction`.
inline constexpr ld newton_width = 0x1p-1L;
inline constexpr ld newton_contraction = 0.5L;
inline constexpr int newton_iterations = 8;

struct extremum_search {
    walker f, d, d2;
    bool derivative = false, second = false, maximize = false;
    long long steps = 0;
    ld best = 0;
    bool have_best = false;
    ld at = 0;

    constexpr ival value(walker& w, ival box) {
        ival v = run(w, w.t.root(), box);
        return maximize ? negate(v) : v;
    }
    constexpr void improve(ival const& v, ld x) {
        if (!v.hi_inf && (!have_best || v.hi < best)) best = v.hi, at = x, have_best = true;
    }
    constexpr void offer(ld x) {
        ival v = value(f, point(x));
        if (f.ok) improve(v, x);
    }
    constexpr void raise(piece& p, ival const& v) {
        if (!v.lo_inf && (p.lower_inf || v.lo > p.lower)) p.lower = v.lo, p.lower_inf = false;
    }
    // The least of (the oriented) t on a finite p.box where t'' encloses c, by interval Newton
    // on t' when t is convex there (c > 0): N(X) = m - t'(m)/c holds every zero of t' in X, so
    // t's least value on p.box is at a zero in the contracted X (within the mean-value form
    // there) or, when none is proven to exist, possibly at an end of p.box. Concave (c < 0):
    // the least value is at an end. Before both, t' within t'(m) + c (X - m) (slope, whole when
    // not found) of one sign puts the least value at an end. Whether p is settled so.
    constexpr bool newton(piece& p, ival c, ival& slope, ival& middle) {
        ival x = p.box;
        slope = whole();  // t' on the box, and t' at its middle, when found
        auto at_end = [&](ld end) {
            ival v = value(f, point(end));
            if (!f.ok) return false;
            improve(v, end);
            raise(p, v);
            return true;
        };
        if (negative(c)) {
            ival lo = value(f, point(x.lo));
            if (!f.ok) return false;
            ival hi = value(f, point(x.hi));
            if (!f.ok) return false;
            improve(lo, x.lo), improve(hi, x.hi);
            raise(p, hull(lo, hi));
            return true;
        }
        // t' on the box within t'(m) + c (X - m): of one sign, t is monotone there
        ld m0 = inside(x);
        ival dm0 = value(d, point(m0));
        if (!d.ok) return false;
        middle = dm0;
        slope = add(dm0, mul(c, add(x, point(-m0))));
        if (positive(slope) || negative(slope)) return at_end(positive(slope) ? x.lo : x.hi);
        if (!positive(c)) return false;
        bool exists = false;
        for (int k = 0; k < newton_iterations; ++k) {
            ld m = k == 0 ? m0 : inside(x);
            ival dm = k == 0 ? dm0 : value(d, point(m));
            if (!d.ok) return false;
            bool ok = true;
            ival q = mul(dm, reciprocal(c, ok));
            if (!ok) return false;
            ival n = add(point(m), negate(q));
            if (n.lo_inf || n.hi_inf) return false;
            if (n.hi < x.lo || n.lo > x.hi) {
                // no zero of t' in p.box: t is monotone there, least at the end t' points from
                if (!positive(dm) && !negative(dm)) return false;
                return at_end(positive(dm) ? p.box.lo : p.box.hi);
            }
            exists = exists || (n.lo > x.lo && n.hi < x.hi);
            ival y{larger(n.lo, x.lo), smaller(n.hi, x.hi)};
            bool slow = y.hi - y.lo > newton_contraction * (x.hi - x.lo);
            x = y;
            if (k > 0 && slow) break;
            if (x.hi - x.lo <= 0x1p-40L * (1 + math::fabs(m))) break;
            c = value(d2, x);  // t'' on the narrower box, for a tighter step
            if (!d2.ok || !positive(c)) return false;
        }
        // the mean-value form on the contracted box
        ld m = inside(x);
        ival v = value(f, point(m));
        if (!f.ok) return false;
        ival dx = value(d, x);
        if (!d.ok) return false;
        improve(v, m);
        ival mv = add(v, mul(dx, add(x, point(-m))));
        if (mv.lo_inf) return false;
        if (!exists) {  // no zero proven: the ends too
            ival lo = value(f, point(p.box.lo));
            if (!f.ok) return false;
            ival hi = value(f, point(p.box.hi));
            if (!f.ok) return false;
            improve(lo, p.box.lo), improve(hi, p.box.hi);
            mv = hull(mv, hull(lo, hi));
        }
        raise(p, mv);
        return true;
    }
    // the lower bound of (the oriented) t on p.box
    constexpr void bound(piece& p) {
        bool finite = !p.box.lo_inf && !p.box.hi_inf, offered = false;
        bool small = finite && second &&
                     p.box.hi - p.box.lo <= newton_width * (1 + math::fabs(inside(p.box)));
        // on a smooth small piece t is bounded through its derivatives alone (its parent's bound
        // holds too), else directly first
        bool direct = !(small && p.smooth);
        ival e = direct ? value(f, p.box) : whole();
        bool defined = !direct || f.ok, continuous = !direct || f.continuous;
        p.lower_inf = !defined || e.lo_inf;
        p.lower = defined ? e.lo : 0;
        // above a certified value: the piece is discarded, not refined
        if (defined && have_best && !e.lo_inf && e.lo > best) {
            p.settled = true;
            return;
        }
        // where t' and t'' are known continuous already, t' on the box is taken from t''
        if (defined && continuous && small && p.smooth) {
            ival c = value(d2, p.box), slope, dm;
            if (d2.ok) {
                if (newton(p, c, slope, dm)) {
                    p.settled = true;
                } else if (d.ok && !slope.lo_inf && !slope.hi_inf) {
                    // Taylor's form t(m) + t'(m) (X - m) + c/2 (X - m)^2, and the mean-value
                    // form through t' within slope
                    ld m = inside(p.box);
                    ival v = value(f, point(m));
                    if (f.ok) {
                        ival h = add(p.box, point(-m));
                        ld r = up(larger(p.box.hi - m, m - p.box.lo));
                        ival square{0, up(r * r)};
                        raise(p, add(add(v, mul(dm, h)), mul(mul(point(0.5L), c), square)));
                        raise(p, add(v, mul(slope, h)));
                        improve(v, m);
                    }
                }
                offered = true;
            }
        }
        if (defined && continuous && derivative && !offered) {
            ival de = value(d, p.box);
            bool up_ = d.ok && nonnegative(de), down_ = d.ok && nonpositive(de);
            if ((up_ && !p.box.lo_inf) || (down_ && !p.box.hi_inf)) {
                // the least value is at an end
                ld x = up_ && !p.box.lo_inf ? p.box.lo : p.box.hi;
                ival v = value(f, point(x));
                if (f.ok && !v.lo_inf) {
                    raise(p, v);
                    p.settled = true;
                }
                if (f.ok) improve(v, x);
                offered = true;
            } else if (d.ok && small && d.continuous) {
                ival c = value(d2, p.box), slope, dm;
                p.smooth = d2.ok && d2.continuous;
                if (p.smooth && newton(p, c, slope, dm)) p.settled = true, offered = true;
            }
            if (!offered && d.ok && finite) {
                // the mean-value form f(m) + f'(box) (box - m)
                ld m = inside(p.box);
                ival v = value(f, point(m));
                if (f.ok) {
                    raise(p, add(v, mul(de, add(p.box, point(-m)))));
                    improve(v, m);
                }
                offered = true;
            }
        }
        if (!offered) offer(inside(p.box));
        if (!split(p.box).ok) p.settled = true;
    }
};

constexpr extremum search_extremum(graph_view const& t, graph_view const& dt, graph_view const& d2t,
                                   std::string_view var, ival box, long long budget,
                                   bool maximize) {
    extremum_search s;
    s.maximize = maximize;
    prepare(s.f, t, var, &s.steps, budget);
    s.derivative = dt.size > 0;
    if (s.derivative) prepare(s.d, dt, var, &s.steps, budget);
    s.second = s.derivative && d2t.size > 0;
    if (s.second) prepare(s.d2, d2t, var, &s.steps, budget);
    proof::list<piece> pieces;
    // a piece within another keeps the larger of the two lower bounds
    auto add_piece = [&](ival b, piece const* parent) {
        piece p;
        p.box = b;
        p.smooth = parent != nullptr && parent->smooth;
        s.bound(p);
        if (parent != nullptr && !parent->lower_inf && (p.lower_inf || parent->lower > p.lower))
            p.lower = parent->lower, p.lower_inf = false;
        if (s.have_best && !p.lower_inf && p.lower > s.best) return;  // above a certified value
        pieces.push_back(p);
    };
    box = settle(box);
    if (box.lo_inf && box.hi_inf) {
        add_piece({-largest, -core, true, false}, nullptr);
        add_piece({-core, core}, nullptr);
        add_piece({core, largest, false, true}, nullptr);
    } else {
        add_piece(box, nullptr);
    }
    while (s.steps <= budget) {
        // the unsettled piece of least lower bound (an unbounded one first), and the least
        // lower bound over all
        std::size_t pick = pieces.size();
        ld least = 0;
        bool first = true;
        for (std::size_t k = 0; k < pieces.size(); ++k) {
            piece const& p = pieces[k];
            if (!p.lower_inf && (first || p.lower < least)) least = p.lower, first = false;
            if (p.settled) continue;
            if (pick == pieces.size())
                pick = k;
            else if (!pieces[pick].lower_inf && (p.lower_inf || p.lower < pieces[pick].lower))
                pick = k;
        }
        if (pick == pieces.size()) break;
        bool any_inf = pieces[pick].lower_inf;
        ld tol = math::fabs(s.best) * 0x1p-42L + 1e-20L;
        if (s.have_best && !any_inf && least >= s.best - tol) break;
        piece p = pieces[pick];
        if (!p.lower_inf && s.have_best && p.lower >= s.best - tol) break;  // others settled
        pieces[pick] = pieces.back();
        pieces.pop_back();
        halves h = split(p.box);
        ld before = s.best;
        bool had = s.have_best;
        add_piece(h.a, &p);
        add_piece(h.b, &p);
        if (s.have_best && (!had || s.best < before)) {
            // drop the pieces that lie above a certified value
            for (std::size_t k = 0; k < pieces.size();) {
                if (!pieces[k].lower_inf && pieces[k].lower > s.best) {
                    pieces[k] = pieces.back();
                    pieces.pop_back();
                } else {
                    ++k;
                }
            }
        }
    }
    extremum r;
    r.steps = s.steps;
    r.lower_inf = false;
    bool first = true;
    for (piece const& p : pieces) {
        if (p.lower_inf) r.lower_inf = true;
        if (!p.lower_inf && (first || p.lower < r.lower)) r.lower = p.lower, first = false;
    }
    if (pieces.empty()) r.lower_inf = true;
    r.upper_inf = !s.have_best;
    r.upper = s.best;
    r.at = s.at;
    if (!r.lower_inf && !r.upper_inf && r.lower > r.upper) r.lower = r.upper;
    if (r.lower_inf) r.lower = 0;
    r.ok = !(r.lower_inf && r.upper_inf);
    if (maximize) {  // sup t = -inf(-t)
        ld lo = r.lower;
        bool lo_inf = r.lower_inf;
        r.lower = -r.upper, r.lower_inf = r.upper_inf;
        r.upper = -lo, r.upper_inf = lo_inf;
    }
    return r;
}

//! Certified bounds on the infimum of t.root() over the box, var's derivative table dt (size 0
//! for none) pruning monotone pieces and giving the mean-value form: silu's infimum to 1e-12.
constexpr extremum enclose_inf(graph_view const& t, graph_view const& dt, std::string_view var,
                               ival box, long long budget = search_steps) {
    return search_extremum(t, dt, graph_view{}, var, box, budget, false);
}
//! The same, with the second derivative's table d2t: small pieces where t' may vanish are
//! settled by interval Newton on t' (its critical point contracted, t certified there), so the
//! catalogue's mixed forms reach 1e-12 in a few thousand units.
constexpr extremum enclose_inf(graph_view const& t, graph_view const& dt, graph_view const& d2t,
                               std::string_view var, ival box, long long budget = search_steps) {
    return search_extremum(t, dt, d2t, var, box, budget, false);
}
//! Certified bounds on the supremum: lower <= sup <= upper (lower a certified value at `at`).
constexpr extremum enclose_sup(graph_view const& t, graph_view const& dt, std::string_view var,
                               ival box, long long budget = search_steps) {
    return search_extremum(t, dt, graph_view{}, var, box, budget, true);
}
//! The same, with the second derivative's table d2t.
constexpr extremum enclose_sup(graph_view const& t, graph_view const& dt, graph_view const& d2t,
                               std::string_view var, ival box, long long budget = search_steps) {
    return search_extremum(t, dt, d2t, var, box, budget, true);
}

//! The work a disproved sign search may spend on placing its witness at an extremum.
inline constexpr long long witness_steps = 8000;

// t_k on a span where it is continuous, e its direct enclosure: narrowed to its ends' values
// where the sign of t_{k+1} (the next derivative) is certain, found the same way in turn.
constexpr ival narrowed(walker* ws, std::size_t count, std::size_t k, ival box, ival e,
                        end_values const* known = nullptr) {
    if (k + 1 >= count) return e;
    walker& d = ws[k + 1];
    ival de = run(d, d.t.root(), box);
    if (!d.ok) return e;
    if (!nonnegative(de) && !nonpositive(de) && d.continuous)
        de = narrowed(ws, count, k + 1, box, de);
    if (nonnegative(de) || nonpositive(de))
        return monotone_range(ws[k], box, e, nonnegative(de), known);
    return e;
}

//! How many derivative tables a sign search takes.
inline constexpr std::size_t max_derivatives = 3;

//! Whether tables[0].root() has only signs in `accepts` for every var in box, tables[1..] its
//! successive derivatives by var (up to max_derivatives), which narrow spans where one is
//! monotone (a maximum touched at a point, as sigma' = 1/4 at 0, is certified through the next
//! derivatives' signs and exact values at the point).
constexpr sign_search certify_signs_with(graph_view const* tables, std::size_t count,
                                         std::string_view var, ival box, char accepts,
                                         long long budget) {
    sign_search answer;
    long long steps = 0;
    walker ws[max_derivatives + 1];
    if (count > max_derivatives + 1) count = max_derivatives + 1;
    for (std::size_t k = 0; k < count; ++k) prepare(ws[k], tables[k], var, &steps, budget);
    walker& f = ws[0];
    struct entry {
        ival box;
        end_values known;  // t at the ends, from the split that made the span
    };
    proof::list<entry> todo;
    todo.push_back({settle(box), {}});
    bool unsure = false;
    while (!todo.empty()) {
        ival s = todo.back().box;
        end_values known = todo.back().known;
        todo.pop_back();
        if (steps > budget) {
            unsure = true;
            break;
        }
        ival e = run(f, f.t.root(), s);
        if (f.ok && (signs_of(e) & ~accepts) == 0) continue;
        if (f.ok && f.continuous &&
            (signs_of(narrowed(ws, count, 0, s, e, &known)) & ~accepts) == 0)
            continue;
        // a witness: a point whose certified value has only forbidden signs
        ld x = inside(s);
        ival v = run(f, f.t.root(), point(x));
        if (f.ok && (signs_of(v) & accepts) == 0) {
            answer.state = -1;
            answer.witness = x;
            // a clearer witness, where a short search puts the least (or greatest) value
            bool least = (accepts & proof::below) == 0, most = (accepts & proof::above) == 0;
            if (least != most) {
                extremum m = search_extremum(tables[0], count > 1 ? tables[1] : graph_view{},
                                             count > 2 ? tables[2] : graph_view{}, var, box,
                                             witness_steps, most);
                ival at = run(f, f.t.root(), point(m.at));
                if (!m.upper_inf && f.ok && (signs_of(at) & accepts) == 0) answer.witness = m.at;
                steps += m.steps;
            }
            answer.steps = steps;
            return answer;
        }
        halves h = split(s);
        if (!h.ok) {
            unsure = true;
            continue;
        }
        // the middle's value is an end of both halves
        bool middle = f.ok && !s.lo_inf && !s.hi_inf;
        entry a{h.a, {known.has_lo, middle, known.lo, v}},
            b{h.b, {middle, known.has_hi, v, known.hi}};
        todo.push_back(b);
        todo.push_back(a);
    }
    answer.state = unsure ? 0 : 1;
    answer.steps = steps;
    return answer;
}

//! Whether the value of t.root() has only signs in `accepts` (proof::below = 1, at_zero = 2,
//! above = 4) for every var in box: bisects the finite part up to the budget; tails are
//! enclosed directly and cut further out (by doubling) up to tail_limit. Disproved only with a
//! witness point x where the enclosure of t at [x, x] lies entirely in forbidden signs.
constexpr sign_search certify_signs(graph_view const& t, std::string_view var, ival box,
                                    char accepts, long long budget = search_steps) {
    return certify_signs_with(&t, 1, var, box, accepts, budget);
}
//! The same, with t's derivative table dt pruning spans where t is monotone.
constexpr sign_search certify_signs(graph_view const& t, graph_view const& dt, std::string_view var,
                                    ival box, char accepts, long long budget = search_steps) {
    graph_view tables[] = {t, dt};
    return certify_signs_with(tables, 2, var, box, accepts, budget);
}
//! The same, with t's first and second derivatives.
constexpr sign_search certify_signs(graph_view const& t, graph_view const& dt,
                                    graph_view const& d2t, std::string_view var, ival box,
                                    char accepts, long long budget = search_steps) {
    graph_view tables[] = {t, dt, d2t};
    return certify_signs_with(tables, 3, var, box, accepts, budget);
}

}  // namespace leibniz::detail::study
