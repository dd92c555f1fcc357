// lz::study(f, z): the profile of an activation — monotonicity, convexity, symmetry, range,
// saturation, dead regions, smoothness — each property decided with lz::holds, lz::limit and
// lz::equivalent (three-valued and sound), the range and the largest slope as certified bounds,
// exact where a candidate value (a limit, a value at a kink or at 0) is proven to be the bound.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <leibniz/algebra/substitute.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/proof/equivalent.hpp>
#include <leibniz/study/holds.hpp>
#include <leibniz/study/limit.hpp>

namespace leibniz {

//! The continuity of a function without kinks: C^infinity.
inline constexpr int smooth = 1 << 30;

//! Certified bounds of a function's range: lo is never above the infimum, hi never below the
//! supremum; *_exact: the bound is the infimum (supremum) itself (rounded outward to long
//! double); *_attained: some point takes it; *_infinite: no finite bound (the function is
//! unbounded when lz::profile::bounded_below is disproved; otherwise not known).
struct range_bounds {
    long double lo = 0, hi = 0;
    bool lo_exact = false, hi_exact = false;
    bool lo_attained = false, hi_attained = false;
    bool lo_infinite = true, hi_infinite = true;
    unsigned lo_how = 0, hi_how = 0;  // lz::verdict::method bits of how each end was found
};

//! The limit of f at one end: a value (exact when it is a known constant), +-infinity, none
//! (oscillation), or not known.
struct end_limit {
    bool known = false, infinite = false, oscillates = false;
    int sign = 0;  // of an infinite limit
    long double value = 0;
};

//! What lz::study found: verdicts, the continuity, the range and the largest slope.
struct profile {
    verdict monotone, increasing, decreasing, monotone_derivative, odd, even, zero_at_zero,
        identity_near_origin, zero_centred, bounded_below, bounded_above, saturates_left,
        saturates_right, dead_region;
    int continuity = -1;            // -1 discontinuous, k for C^k, lz::smooth
    bool continuity_known = false;  // false: continuity is a lower bound (or -1: not known)
    range_bounds range;
    long double max_slope = 0;  // sup |f'|, certified from above
    bool max_slope_infinite = true, max_slope_exact = false;
    end_limit left, right;  // at -inf and +inf
};

namespace detail::study {

// --- the pieces of a function: its regions, with their intervals in z and normal forms

struct branch_piece {
    end lo, hi;
    bool point = false;
    ratfun form;
};

struct pieces {
    normaliser n;
    std::string_view name;
    list<branch_piece> all;
    bool ok = true;
};

struct collect_piece {
    pieces* p;
    constexpr void operator()(normaliser& n) const {
        proof::region_shape shape = proof::examine(n);
        if (!shape.possible) return;
        if (!shape.understood) p->ok = false;
        span s = span_of(n, symbol_atom(n.ctx, p->name));
        proof::forget(n);
        n.ctx.ok = true;
        branch_piece b;
        b.lo = s.lo;
        b.hi = s.hi;
        b.point = !s.lo.infinite && !s.hi.infinite && compare(s.lo.at, s.hi.at) == 0;
        b.form = proof::normal_form(n, 0, n.sides[0].root());
        if (!n.ctx.ok) p->ok = false;
        p->all.push_back(static_cast<branch_piece&&>(b));
    }
};

//! Whether t asks a sign anywhere (a comparison, abs or sign): else it is one piece.
constexpr bool has_kinks(graph_view t) {
    for (std::size_t i = 0; i < t.size; ++i)
        if (proof::asks_sign(t[i])) return true;
    return false;
}

constexpr pieces pieces_of(graph_view t, std::string_view name, pools* pool) {
    pieces p;
    p.name = name;
    constexpr graph_view zero = view_of<constant<0>>();
    proof::start(p.n, t, zero);
    long long start = draw(p.n.ctx, pool);
    if (!proof::for_each_region(p.n, collect_piece{&p})) p.ok = false;
    repay(p.n.ctx, pool, start);
    return p;
}

// r at z = b, exactly: z is b, exp and the functions of z are rebuilt at b.
constexpr ratfun at_point(normaliser& n, ratfun const& r, std::size_t var, rational b, int depth);

constexpr ratfun atom_at(normaliser& n, std::size_t i, long long e, std::size_t var, rational b,
                         int depth) {
    context& ctx = n.ctx;
    if (!depends(ctx, i, var)) return proof::from_poly(proof::atom_poly(i, e));
    atom const a = ctx.atoms[i];
    if (depth > 6) return proof::failed(ctx);
    if (i == var) {
        if (e % unit != 0)
            return proof::power_of(n, proof::constant_fn(b), proof::constant_fn(reduce(e, unit)));
        return proof::integer_power(ctx, proof::constant_fn(b), e / unit);
    }
    ratfun x = at_point(n, a.arg, var, b, depth + 1);
    if (a.kind == atom_kind::exp)  // exp(m)^(e/unit) = exp(e/unit m)
        return proof::exp_of(n, proof::multiply(ctx, proof::constant_fn(reduce(e, unit)), x));
    ratfun f = proof::function_of(n, a.rule, a.name, x);
    if (e == unit) return f;
    if (e % unit == 0) return proof::integer_power(ctx, f, e / unit);
    return proof::power_of(n, f, proof::constant_fn(reduce(e, unit)));
}

constexpr ratfun poly_at(normaliser& n, poly const& p, std::size_t var, rational b, int depth) {
    context& ctx = n.ctx;
    ratfun sum{};
    for (term const& t : p.terms) {
        ratfun x = proof::constant_fn(t.c);
        for (std::size_t i = 0; i < t.m.n && ctx.ok; ++i)
            if (t.m.e[i] != 0) x = proof::multiply(ctx, x, atom_at(n, i, t.m.e[i], var, b, depth));
        sum = proof::add(ctx, sum, x);
    }
    return sum;
}

constexpr ratfun at_point(normaliser& n, ratfun const& r, std::size_t var, rational b, int depth) {
    context& ctx = n.ctx;
    ratfun num = poly_at(n, r.num, var, b, depth), den = poly_at(n, r.den, var, b, depth);
    if (!ctx.ok || den.num.zero()) return proof::failed(ctx);
    return proof::multiply(ctx, num, ratfun{den.den, den.num});
}

constexpr bool touches(end const& e, rational b) { return !e.infinite && compare(e.at, b) == 0; }

//! The finite ends of the pieces: the kinks.
constexpr list<rational> kinks_of(pieces const& p) {
    list<rational> out;
    for (branch_piece const& b : p.all)
        for (end const* e : {&b.lo, &b.hi}) {
            if (e->infinite) continue;
            bool known = false;
            for (rational const& r : out) known = known || compare(r, e->at) == 0;
            if (!known) out.push_back(e->at);
        }
    return out;
}

//! The values that the pieces touching b give at b, in order of the pieces (left, point,
//! right); ok false when one cannot be computed.
struct kink_values {
    list<ratfun> values;
    list<int> where;  // -1 the piece ends at b, 0 it is the point b, 1 it starts at b
    bool ok = true;
};

constexpr kink_values values_at(pieces& p, rational b) {
    kink_values out;
    std::size_t var = symbol_atom(p.n.ctx, p.name);
    for (branch_piece const& piece : p.all) {
        bool inside = (piece.lo.infinite || compare(piece.lo.at, b) < 0) &&
                      (piece.hi.infinite || compare(b, piece.hi.at) < 0);
        int side = piece.point || inside
                       ? 0
                       : (touches(piece.hi, b) ? -1 : (touches(piece.lo, b) ? 1 : 2));
        if (side == 2) continue;
        p.n.ctx.ok = true;
        ratfun v;  // (no conditional operator: g++ 12 frees its class operands too early)
        if (var == proof::max_atoms)
            v = piece.form;
        else
            v = at_point(p.n, piece.form, var, b, 0);
        if (!p.n.ctx.ok || !v.ok()) {
            out.ok = false;
            return out;
        }
        out.values.push_back(v);
        out.where.push_back(side);
    }
    return out;
}

//! The sign of a - b for values free of z: 1, 0 (equal), -1, or 2 when not certain.
constexpr int difference_sign(context& ctx, ratfun const& a, ratfun const& b) {
    if (proof::equal(ctx, a, b)) return 0;
    if (!ctx.ok) return 2;
    int s = certain_sign(ctx, proof::add(ctx, a, proof::negate(b)));
    return s == 0 ? 2 : s;
}

//! Whether the pieces agree at every kink: 1 yes, 0 no (certain), -1 not known.
constexpr int agree_at_kinks(pieces& p) {
    if (!p.ok) return -1;
    int answer = 1;
    for (rational const& b : kinks_of(p)) {
        kink_values v = values_at(p, b);
        if (!v.ok) return -1;
        for (std::size_t k = 1; k < v.values.size(); ++k) {
            int s = difference_sign(p.n.ctx, v.values[0], v.values[k]);
            if (s == 2) answer = -1;
            if (s == 1 || s == -1) return 0;
        }
    }
    return answer;
}

//! Whether every jump at a kink goes up (dir 1) or down (dir -1): 1 yes, 0 no, -1 not known.
constexpr int jumps_go(pieces& p, int dir) {
    if (!p.ok) return -1;
    int answer = 1;
    for (rational const& b : kinks_of(p)) {
        kink_values v = values_at(p, b);
        if (!v.ok) return -1;
        for (std::size_t i = 0; i < v.values.size(); ++i)
            for (std::size_t j = 0; j < v.values.size(); ++j) {
                if (v.where[i] >= v.where[j]) continue;  // i left of j
                int s = difference_sign(p.n.ctx, v.values[j], v.values[i]);
                if (s == 2) answer = -1;
                if (s == -dir) return 0;
            }
    }
    return answer;
}

// --- verdicts from the parts

constexpr verdict known(bool proven, unsigned how = 0) {
    return verdict(proven ? verdict::state::proven : verdict::state::disproved).with_method(how);
}
// (the methods of the verdicts that decide, kept)
constexpr verdict either(verdict a, verdict b) {
    if (a.proven()) return known(true, a.how());
    if (b.proven()) return known(true, b.how());
    if (a.disproved() && b.disproved()) return known(false, a.how() | b.how());
    return verdict{};
}
constexpr verdict both(verdict a, verdict b) {
    if (a.disproved()) return known(false, a.how());
    if (b.disproved()) return known(false, b.how());
    if (a.proven() && b.proven()) return known(true, a.how() | b.how());
    return verdict{};
}
//! A verdict of the exact comparison of branches at the kinks.
constexpr verdict from_int(int answer) {
    return answer == 1   ? known(true, verdict::normal_form)
           : answer == 0 ? known(false, verdict::normal_form)
                         : verdict{};
}

//! Whether t >= c (accepts above|at_zero) or t <= c, for c a constant of the pieces' context.
constexpr verdict bound_holds(graph_view t, graph_view dt, pieces const& p, ratfun const& c,
                              char accepts, pools* pool) {
    constexpr graph_view one = view_of<constant<1>>();
    return verdict_of(decide_holds(t, dt, one, accepts, &p.n.ctx, c, pool));
}

//! t has signs in `accepts` everywhere, charged to the study's pool.
constexpr verdict signs_hold(graph_view t, graph_view dt, char accepts, pools* pool) {
    constexpr graph_view one = view_of<constant<1>>();
    return verdict_of(decide_holds(t, dt, one, accepts, nullptr, {}, pool));
}

constexpr end_limit end_of(limit_search const& l) {
    end_limit e;
    switch (l.answer.kind) {
    case limit_kind::plus_infinity:
    case limit_kind::minus_infinity:
        e.known = e.infinite = true;
        e.sign = l.answer.kind == limit_kind::plus_infinity ? 1 : -1;
        break;
    case limit_kind::none:
        e.known = e.oscillates = true;
        break;
    case limit_kind::value: {
        math::ld v = 0, err = 0, dv = 0, derr = 0;
        if (coefficient_value(l.n.ctx, l.answer.value.num, v, err) &&
            coefficient_value(l.n.ctx, l.answer.value.den, dv, derr) && dv != 0) {
            e.known = true;
            e.value = v / dv;
        }
        break;
    }
    case limit_kind::unknown:
        break;
    }
    return e;
}

//! A candidate for a bound of the range: a value of the pieces' context, its numeric value,
//! and whether some point takes it.
struct candidate {
    ratfun value;
    math::ld approx = 0, error = 0;
    bool attained = false, from_limit = false;
};

//! The value of a constant r and a bound on its error: none for a rational whose long double
//! is exact (a power of 2 below), else what coefficient_value bounds, plus the division.
constexpr bool numeric(context const& ctx, ratfun const& r, math::ld& v, math::ld& error) {
    if (proof::is_constant(r)) {
        rational c = proof::constant_of(r.num);
        v = static_cast<math::ld>(c.num) / static_cast<math::ld>(c.den);
        bool exact = (c.den & (c.den - 1)) == 0 && (c.num < (1ll << 53) && c.num > -(1ll << 53));
        error = exact ? 0 : math::fabs(v) * 1.1e-19L;
        return c.ok;
    }
    math::ld n = 0, e = 0, d = 0, de = 0;
    if (!coefficient_value(ctx, r.num, n, e) || !coefficient_value(ctx, r.den, d, de) ||
        !(math::fabs(d) > 2 * de))
        return false;
    v = n / d;
    error = (e + math::fabs(v) * de) / (math::fabs(d) - de) + math::fabs(v) * 1.1e-19L;
    return true;
}

// A limit's value, moved into the pieces' context.
constexpr bool limit_candidate(pieces& p, limit_search const& l, candidate& out) {
    if (l.answer.kind != limit_kind::value) return false;
    out.value = transfer(p.n.ctx, l.n.ctx, l.answer.value);
    out.from_limit = true;
    return p.n.ctx.ok && numeric(p.n.ctx, out.value, out.approx, out.error);
}

//! The candidates for the bounds of t's range: its limits, its values at the kinks, at 0.
constexpr list<candidate> candidates_of(pieces& p, limit_search const& left,
                                        limit_search const& right) {
    list<candidate> out;
    candidate c;
    if (limit_candidate(p, left, c)) out.push_back(c);
    if (limit_candidate(p, right, c)) out.push_back(c);
    list<rational> points = kinks_of(p);
    bool zero = false;
    for (rational const& b : points) zero = zero || b.num == 0;
    if (!zero) points.push_back(rational{0, 1, true});
    for (rational const& b : points) {
        kink_values v = values_at(p, b);
        if (!v.ok) continue;
        for (std::size_t k = 0; k < v.values.size(); ++k) {
            candidate x;
            x.value = v.values[k];
            // a piece that holds b (a point, or a closed end) takes its value there
            bool closed = false;
            for (branch_piece const& piece : p.all)
                closed = closed || piece.point || (touches(piece.lo, b) && piece.lo.closed) ||
                         (touches(piece.hi, b) && piece.hi.closed) ||
                         ((piece.lo.infinite || compare(piece.lo.at, b) < 0) &&
                          (piece.hi.infinite || compare(b, piece.hi.at) < 0));
            x.attained = closed && (v.where[k] == 0 || v.values.size() == 1 ||
                                    difference_sign(p.n.ctx, v.values[k], v.values[0]) == 0);
            if (numeric(p.n.ctx, x.value, x.approx, x.error)) out.push_back(x);
        }
    }
    return out;
}

//! The study's budget for the certified extremum searches of one bound.
inline constexpr long long extremum_budget = 22000;

//! Certified bounds of t's range over the reals; dt is t' (it prunes and tightens the searches),
//! d2t is t'' (size 0 for none; it settles small pieces around a critical point by Newton).
constexpr range_bounds range_of(graph_view t, graph_view dt, graph_view d2t, pieces& p,
                                limit_search const& left, limit_search const& right, pools* pool,
                                int sides = 3) {
    range_bounds r;
    end_limit l = end_of(left), h = end_of(right);
    list<candidate> cs = candidates_of(p, left, right);
    for (int side = 0; side < 2; ++side) {
        if (!(sides & (1 << side))) continue;
        bool low = side == 0;
        // an end that tends to -inf (for lo) or +inf (for hi): unbounded
        bool unbounded = (l.infinite && (l.sign < 0) == low) || (h.infinite && (h.sign < 0) == low);
        if (unbounded) continue;
        // the best candidate proven to bound t
        bool found = false;
        candidate best;
        for (candidate const& c : cs) {
            if (found && difference_sign(p.n.ctx, c.value, best.value) == 0) {
                best.attained = best.attained || c.attained;  // the same value, taken here
                continue;
            }
            if (found && (low ? c.approx <= best.approx : c.approx >= best.approx)) continue;
            char accepts =
                low ? static_cast<char>(above | at_zero) : static_cast<char>(below | at_zero);
            verdict bound = bound_holds(t, dt, p, c.value, accepts, pool);
            if (bound.proven()) {
                found = true;
                best = c;
                (low ? r.lo_how : r.hi_how) =
                    bound.how() | (c.from_limit ? unsigned{verdict::limit} : 0u);
            }
        }
        if (found) {
            bool attained = best.attained;
            if (!attained && best.from_limit) {  // attained unless t > c (t < c) everywhere
                char strict = low ? above : below;
                attained = bound_holds(t, dt, p, best.value, strict, pool).disproved();
            }
            math::ld v = best.approx, margin = best.error;  // (outward: certified)
            if (low) {
                r.lo = v - margin;
                r.lo_exact = true;
                r.lo_attained = attained;
                r.lo_infinite = false;
            } else {
                r.hi = v + margin;
                r.hi_exact = true;
                r.hi_attained = attained;
                r.hi_infinite = false;
            }
            continue;
        }
        bool several = false;
        std::string_view name = only_symbol(t, several);
        if (several || name.empty()) continue;
        ival all{0, 0, true, true};
        long long budget = pool->search < extremum_budget ? pool->search : extremum_budget;
        if (budget <= 0) continue;
        extremum e = low ? enclose_inf(t, dt, d2t, name, all, budget)
                         : enclose_sup(t, dt, d2t, name, all, budget);
        pool->search -= e.steps;
        if (!e.ok || (low ? e.lower_inf : e.upper_inf)) continue;
        // attained when the certified value at a point is beyond both limits
        // (an end that tends to +inf is above every value; to -inf, below)
        auto beyond = [&](end_limit const& x, math::ld v) {
            if (!x.known || x.oscillates) return false;
            if (x.infinite) return low ? x.sign > 0 : x.sign < 0;
            return low ? v < x.value : v > x.value;
        };
        bool inside = low ? beyond(l, e.upper) && beyond(h, e.upper)
                          : beyond(l, e.lower) && beyond(h, e.lower);
        (low ? r.lo_how : r.hi_how) = verdict::interval;
        if (low) {
            r.lo = e.lower;
            r.lo_infinite = false;
            r.lo_attained = inside;
        } else {
            r.hi = e.upper;
            r.hi_infinite = false;
            r.hi_attained = inside;
        }
    }
    return r;
}

//! Whether t (f') vanishes on an interval: a piece with interior whose form is 0 (proven); on
//! every piece a point where an evaluation with error bounds shows t != 0 (disproved: t is
//! analytic on each piece, so its zeros there are isolated).
constexpr verdict dead_region_of(pieces const& p, graph_view t) {
    if (!p.ok) return verdict{};
    bool all_isolated = true;
    for (branch_piece const& b : p.all) {
        if (b.point) continue;
        if (b.form.num.zero()) return known(true, verdict::normal_form);
        if (!b.form.ok()) {
            all_isolated = false;
            continue;
        }
        proof::point at;
        at.names.push_back(p.name);
        at.values.push_back(point_in(span{b.lo, b.hi}));
        long long steps = 0;
        bool ok = true;
        proof::approx x = proof::value_at(t, at, steps, ok);
        all_isolated = all_isolated && ok && math::fabs(x.v) > 2 * x.e;
    }
    return all_isolated ? known(false, verdict::normal_form | verdict::evaluated_witness)
                        : verdict{};
}

//! f' -> 0 at an end.
constexpr verdict saturates(limit_search const& l) {
    if (l.answer.kind == limit_kind::value) {
        if (l.answer.value.num.zero()) return known(true, verdict::limit);
        return certain_sign(l.n.ctx, l.answer.value) != 0 ? known(false, verdict::limit)
                                                          : verdict{};
    }
    if (l.answer.kind == limit_kind::unknown) return verdict{};
    return known(false, verdict::limit);  // infinite, or no limit
}

//! The graphs the study reads: f, f', f'', f''' (for the convexity's own kinks).
struct study_input {
    graph_view f, d1, d2, d3;
    std::string_view name;
};

//! The parts of a profile, each computed on its own (with its own budgets, and at the type
//! level its own constant expression, so that each stays within the compilers' limits).
enum class part {
    continuity,
    monotone,
    convexity,
    ends,
    range_lo,
    range_hi,
    slope_lo,
    slope_hi,
    signs,
    count
};

// The continuity: the pieces of f, f', f'' agree at the kinks.
constexpr void continuity_part(study_input const& in, profile& p, pools& pool) {
    if (!has_kinks(in.f) && !has_kinks(in.d1) && !has_kinks(in.d2)) {
        p.continuity = smooth;  // (no where, abs or sign: every primitive is smooth)
        p.continuity_known = true;
    }
    pieces p0 = pieces_of(in.f, in.name, &pool), p1 = pieces_of(in.d1, in.name, &pool);
    p.dead_region = dead_region_of(p1, in.d1);
    if (p.continuity_known) return;
    if (kinks_of(p0).empty() && kinks_of(p1).empty() && p0.ok && p1.ok) {
        p.continuity = smooth;
        p.continuity_known = true;
        return;
    }
    pieces p2 = pieces_of(in.d2, in.name, &pool);
    pieces* orders[] = {&p0, &p1, &p2};
    p.continuity = -1;
    p.continuity_known = false;
    for (int k = 0; k < 3; ++k) {
        int a = agree_at_kinks(*orders[k]);
        if (a == 0) {
            p.continuity_known = true;
            return;
        }
        if (a < 0) return;
        p.continuity = k;
    }
}

// Monotone: f' of one sign, and the jumps of f the same way.
constexpr void monotone_part(study_input const& in, profile& p, pools& pool) {
    pieces p0;
    bool continuous = !has_kinks(in.f);  // (one piece: continuous where defined)
    if (!continuous) {
        p0 = pieces_of(in.f, in.name, &pool);
        continuous = agree_at_kinks(p0) == 1;
    }
    verdict slope_up = signs_hold(in.d1, in.d2, above | at_zero, &pool);
    verdict slope_down = signs_hold(in.d1, in.d2, below | at_zero, &pool);
    verdict jumps_up = continuous ? known(true) : from_int(jumps_go(p0, 1));
    verdict jumps_down = continuous ? known(true) : from_int(jumps_go(p0, -1));
    p.increasing = both(slope_up, jumps_up);
    p.decreasing = both(slope_down, jumps_down);
    p.monotone = either(p.increasing, p.decreasing);
}

// Convex or concave: f continuous, f'' of one sign, the jumps of f' the same way.
constexpr void convexity_part(study_input const& in, profile& p, pools& pool) {
    pieces p0, p1;
    bool kinks = has_kinks(in.f) || has_kinks(in.d1);
    int continuous = 1;
    bool smooth_slope = true;
    if (kinks) {
        p0 = pieces_of(in.f, in.name, &pool);
        p1 = pieces_of(in.d1, in.name, &pool);
        continuous = agree_at_kinks(p0);
        smooth_slope = agree_at_kinks(p1) == 1;
    }
    if (continuous == 0) {  // a discontinuous f is neither
        p.monotone_derivative = known(false, verdict::normal_form);
        return;
    }
    verdict curve_up = signs_hold(in.d2, in.d3, above | at_zero, &pool);
    verdict curve_down = signs_hold(in.d2, in.d3, below | at_zero, &pool);
    verdict kinks_up = smooth_slope ? known(true) : from_int(jumps_go(p1, 1));
    verdict kinks_down = smooth_slope ? known(true) : from_int(jumps_go(p1, -1));
    p.monotone_derivative =
        both(from_int(continuous), either(both(curve_up, kinks_up), both(curve_down, kinks_down)));
}

// The limits of f at both ends, and whether f' vanishes there.
constexpr void ends_part(study_input const& in, profile& p, pools& pool) {
    constexpr graph_view zero = view_of<constant<0>>();
    p.left = end_of(limit_at(in.f, zero, in.name, -1, &pool));
    p.right = end_of(limit_at(in.f, zero, in.name, 1, &pool));
    p.saturates_left = saturates(limit_at(in.d1, zero, in.name, -1, &pool));
    p.saturates_right = saturates(limit_at(in.d1, zero, in.name, 1, &pool));
}

//! Copies one end (the lower when `low`) of a range.
constexpr void copy_end(range_bounds& to, range_bounds const& from, bool low) {
    if (low) {
        to.lo = from.lo;
        to.lo_exact = from.lo_exact;
        to.lo_attained = from.lo_attained;
        to.lo_infinite = from.lo_infinite;
        to.lo_how = from.lo_how;
    } else {
        to.hi = from.hi;
        to.hi_exact = from.hi_exact;
        to.hi_attained = from.hi_attained;
        to.hi_infinite = from.hi_infinite;
        to.hi_how = from.hi_how;
    }
}

// One end of the range of t (sides 1: the lower, 2: the upper), dt its derivative; the limits
// of t at both ends in `l` and `h`.
constexpr range_bounds range_part(graph_view t, graph_view dt, graph_view d2t,
                                  std::string_view name, pools& pool, int sides, end_limit& l,
                                  end_limit& h) {
    constexpr graph_view zero = view_of<constant<0>>();
    pieces pt = pieces_of(t, name, &pool);
    limit_search left = limit_at(t, zero, name, -1, &pool),
                 right = limit_at(t, zero, name, 1, &pool);
    l = end_of(left);
    h = end_of(right);
    return range_of(t, dt, d2t, pt, left, right, &pool, sides);
}

// One end of f's range, and whether f is bounded on that side.
constexpr void bounds_part(study_input const& in, profile& p, pools& pool, bool low) {
    end_limit l, h;
    range_bounds r = range_part(in.f, in.d1, in.d2, in.name, pool, low ? 1 : 2, l, h);
    int sign = low ? -1 : 1;
    bool unbounded = (l.infinite && l.sign == sign) || (h.infinite && h.sign == sign);
    copy_end(p.range, r, low);
    bool infinite = low ? r.lo_infinite : r.hi_infinite;
    (low ? p.bounded_below : p.bounded_above) =
        unbounded ? known(false, verdict::limit)
                  : (infinite ? verdict{} : known(true, low ? r.lo_how : r.hi_how));
}

// One end of the range of f': -inf f' (low) or sup f', stored in p.range's fields of that end
// until both are taken (see take).
constexpr void slope_part(study_input const& in, profile& p, pools& pool, bool low) {
    end_limit l, h;
    p.range = range_part(in.d1, in.d2, in.d3, in.name, pool, low ? 1 : 2, l, h);
}

// Zero-centred: f takes values of both signs.
constexpr void signs_part(study_input const& in, profile& p, pools& pool) {
    verdict nonnegative = signs_hold(in.f, in.d1, above | at_zero, &pool);
    verdict nonpositive = signs_hold(in.f, in.d1, below | at_zero, &pool);
    if (nonnegative.disproved() && nonpositive.disproved())
        p.zero_centred = known(true, nonnegative.how() | nonpositive.how());
    else if (nonnegative.proven() || nonpositive.proven())
        p.zero_centred = known(false, nonnegative.how() | nonpositive.how());
}

//! One part of the profile, with budgets of its own (about 3/4 of clang's 2^20 constexpr steps).
constexpr profile study_part(study_input const& in, part which) {
    profile p;
    pools pool;
    bool range = which == part::range_lo || which == part::range_hi || which == part::slope_lo ||
                 which == part::slope_hi;
    pool.work = range ? proof::work_budget / 3 : proof::work_budget / 2;
    pool.search = range ? extremum_budget : 24000;
    switch (which) {
    case part::continuity:
        continuity_part(in, p, pool);
        break;
    case part::monotone:
        monotone_part(in, p, pool);
        break;
    case part::convexity:
        convexity_part(in, p, pool);
        break;
    case part::ends:
        ends_part(in, p, pool);
        break;
    case part::range_lo:
    case part::range_hi:
        bounds_part(in, p, pool, which == part::range_lo);
        break;
    case part::slope_lo:
    case part::slope_hi:
        slope_part(in, p, pool, which == part::slope_lo);
        break;
    case part::signs:
        signs_part(in, p, pool);
        break;
    case part::count:
        break;
    }
    return p;
}

//! Copies the fields that part `which` computes from `from` into `to`; the two ends of the
//! slope's range come last and give max_slope = max(-inf f', sup f').
constexpr void take(profile& to, profile const& from, part which) {
    switch (which) {
    case part::continuity:
        to.continuity = from.continuity;
        to.continuity_known = from.continuity_known;
        to.dead_region = from.dead_region;
        break;
    case part::monotone:
        to.increasing = from.increasing;
        to.decreasing = from.decreasing;
        to.monotone = from.monotone;
        break;
    case part::convexity:
        to.monotone_derivative = from.monotone_derivative;
        break;
    case part::ends:
        to.left = from.left;
        to.right = from.right;
        to.saturates_left = from.saturates_left;
        to.saturates_right = from.saturates_right;
        break;
    case part::range_lo:
        copy_end(to.range, from.range, true);
        to.bounded_below = from.bounded_below;
        break;
    case part::range_hi:
        copy_end(to.range, from.range, false);
        to.bounded_above = from.bounded_above;
        break;
    case part::slope_lo:  // -inf f', kept in max_slope until sup f' comes
        to.max_slope_infinite = from.range.lo_infinite;
        to.max_slope = -from.range.lo;
        to.max_slope_exact = from.range.lo_exact;
        break;
    case part::slope_hi:
        if (to.max_slope_infinite || from.range.hi_infinite) {
            to.max_slope_infinite = true;
            to.max_slope_exact = false;
        } else if (from.range.hi >= to.max_slope) {
            to.max_slope_exact = from.range.hi_exact;
            to.max_slope = from.range.hi;
        }
        break;
    case part::signs:
        to.zero_centred = from.zero_centred;
        break;
    case part::count:
        break;
    }
}

//! The input of a function free of run-time constants, as a constant.
template <class F, class D1, class D2, class D3, class S>
constexpr study_input input_of() {
    return {view_of<F>(), view_of<D1>(), view_of<D2>(), view_of<D3>(), S::name};
}

//! A part of the profile of a function free of run-time constants: a constant of its own.
template <class F, class D1, class D2, class D3, class S, part Which>
struct part_of {
    static constexpr profile value = study_part(input_of<F, D1, D2, D3, S>(), Which);
};

template <class F, class D1, class D2, class D3, class S, std::size_t... I>
constexpr profile parts_of(std::index_sequence<I...>) {
    profile p;
    (take(p, part_of<F, D1, D2, D3, S, static_cast<part>(I)>::value, static_cast<part>(I)), ...);
    return p;
}

}  // namespace detail::study

//! The profile of f as a function of z, at compile time: `constexpr lz::profile p =
//! lz::study(act::elu(z), z); static_assert(p.monotone.proven());`.
template <class F, class Z>
constexpr profile study(F const& f, Z const& z) {
    static_assert(expression<F>, "leibniz: study(f, z): f must be an expression");
    static_assert(detail::is_symbol_v<std::remove_cvref_t<Z>>,
                  "leibniz: study(f, z): z must be a symbol such as lz::symbol<\"z\">");
    if constexpr (expression<F> && detail::is_symbol_v<std::remove_cvref_t<Z>>) {
        using namespace detail::study;
        using S = std::remove_cvref_t<Z>;
        auto d1 = leibniz::d(f, z);
        auto d2 = leibniz::d(d1, z);
        auto d3 = leibniz::d(d2, z);
        using T0 = detail::tree_t<F>;
        using T1 = detail::tree_t<decltype(d1)>;
        using T2 = detail::tree_t<decltype(d2)>;
        using T3 = detail::tree_t<decltype(d3)>;
        profile p;
        constexpr std::size_t count = static_cast<std::size_t>(part::count);
        if constexpr (detail::param_free_v<T0>)
            p = parts_of<T0, T1, T2, T3, S>(std::make_index_sequence<count>{});
        else {  // (the values of run-time constants are not constants: one evaluation)
            auto p0 = detail::params_of(f);
            auto p1 = detail::params_of(d1);
            auto p2 = detail::params_of(d2);
            auto p3 = detail::params_of(d3);
            study_input in{detail::view_of<T0>(p0.data()), detail::view_of<T1>(p1.data()),
                           detail::view_of<T2>(p2.data()), detail::view_of<T3>(p3.data()), S::name};
            for (std::size_t k = 0; k < count; ++k)
                take(p, study_part(in, static_cast<part>(k)), static_cast<part>(k));
        }
        auto reflected = detail::substituted(f, S{}, detail::neg(S{}));
        p.odd = equivalent(reflected, -f);
        p.even = equivalent(reflected, f);
        auto at0 = detail::substituted(f, S{}, constant<0>{});
        auto slope0 = detail::substituted(d1, S{}, constant<0>{});
        p.zero_at_zero = equivalent(at0, constant<0>{});
        p.identity_near_origin =
            detail::study::both(p.zero_at_zero, equivalent(slope0, constant<1>{}));
        return p;
    } else
        return profile{};
}

}  // namespace leibniz
