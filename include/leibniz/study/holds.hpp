// lz::holds(condition, assumptions...): whether `l op r` holds for every real value of the
// symbols that satisfies the assumptions. d = l - r is read into the proof normal form region by
// region (the where's of d and the assumptions split the line); in each region the signs d can
// take are bounded by one of, in order:
//  - the signs of its terms (every atom of known sign: exp, a symbol bounded by the region);
//  - exact real-root counting (study/roots.hpp) when d is a rational function of one symbol z,
//    or of one u = exp(k z) on the interval of u that the region gives;
//  - a certified interval bisection of d itself (study/interval.hpp) when d has one symbol.
// proven: in every region the signs are among those `op` accepts. disproved: at a point where an
// evaluation with error bounds confirms that d has a forbidden sign and the assumptions hold.
// unknown otherwise.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/algebra/params.hpp>
#include <leibniz/algebra/where.hpp>
#include <leibniz/calculus/d.hpp>
#include <leibniz/core/nodes.hpp>
#include <leibniz/proof/equivalent.hpp>
#include <leibniz/proof/numeric.hpp>
#include <leibniz/proof/regions.hpp>
#include <leibniz/study/interval.hpp>
#include <leibniz/study/limit.hpp>
#include <leibniz/study/roots.hpp>

namespace leibniz::detail::study {

//! The work all interval searches of one lz::holds may do, in the units of study/interval.hpp
//! (within clang's default 2^20 constexpr steps, with the algebra's own budget beside it).
inline constexpr long long holds_search_budget = 32000;

//! The signs atom i may take in the current region (any_sign when not known).
constexpr char atom_signs(normaliser const& n, std::size_t i) {
    atom const& a = n.ctx.atoms[i];
    if (a.kind == atom_kind::exp || a.kind == atom_kind::prime) return above;
    if ((a.kind == atom_kind::named || a.kind == atom_kind::param) && a.value_known)
        return a.value > 0 ? above : (a.value < 0 ? below : at_zero);
    if (a.kind != atom_kind::symbol) return proof::any_sign;
    char out = proof::any_sign;
    for (proof::interval const& v : n.intervals) {
        if (v.atom != i) continue;
        int lo = v.lo.present ? (v.lo.at.num > 0 ? 1 : (v.lo.at.num == 0 ? 0 : -1)) : -2;
        int hi = v.hi.present ? (v.hi.at.num > 0 ? 1 : (v.hi.at.num == 0 ? 0 : -1)) : 2;
        out = 0;
        if (lo < 0) out |= below;
        if (hi > 0) out |= above;
        bool zero_in =
            (lo < 0 || (lo == 0 && !v.lo.strict)) && (hi > 0 || (hi == 0 && !v.hi.strict));
        if (zero_in) out |= at_zero;
        if (lo > 0 || (lo == 0 && v.lo.strict)) out &= above;
        if (hi < 0 || (hi == 0 && v.hi.strict)) out &= below;
    }
    for (proof::substitution const& s : n.substitutions)
        if (s.name == a.name) return proof::any_sign;
    return out;
}

// The signs of x^k for x of signs s (k in units of 1/unit).
constexpr char power_signs(char s, long long k) {
    if (k % unit != 0) return (s & below) ? proof::any_sign : s;  // (real only for x >= 0)
    long long n = k / unit;
    char out = 0;
    if (s & at_zero) out |= n > 0 ? at_zero : 0;
    if (s & above) out |= above;
    if (s & below) out |= (n % 2 == 0) ? above : below;
    return out;
}

//! A bound on the signs of p: from the signs of its terms (every term c m with m of known sign).
constexpr char term_signs(normaliser const& n, poly const& p) {
    if (!p.ok) return proof::any_sign;
    if (p.terms.empty()) return at_zero;
    bool can_neg = false, can_pos = false, can_zero = false, all_pos = true, all_neg = true;
    for (term const& t : p.terms) {
        char s = t.c.num > 0 ? above : below;
        for (std::size_t i = 0; i < t.m.n; ++i) {
            if (t.m.e[i] == 0) continue;
            char a = power_signs(atom_signs(n, i), t.m.e[i]);
            char r = 0;  // the signs of s times a
            if (a & at_zero) r |= at_zero;
            if (a & above) r |= s;
            if (a & below) r |= proof::mirrored(s);
            s = r;
        }
        can_neg = can_neg || (s & below);
        can_pos = can_pos || (s & above);
        can_zero = can_zero || (s & at_zero);
        all_pos = all_pos && s == above;
        all_neg = all_neg && s == below;
    }
    if (all_pos) return above;
    if (all_neg) return below;
    if (!can_neg) return static_cast<char>(at_zero | (can_pos ? above : 0));  // a sum of >= 0
    if (!can_pos) return static_cast<char>(at_zero | below);
    (void)can_zero;
    return proof::any_sign;
}

//! The signs of num/den from those of num and den (den never 0).
constexpr char quotient_signs(char num, char den) {
    if (den == above) return num;
    if (den == below) return proof::mirrored(num);
    return proof::any_sign;
}

//! r, a function of atoms of `from` that take no argument (symbols, constants, radicals), as a
//! function of the same atoms interned in `to`.
constexpr ratfun transfer(context& to, context const& from, ratfun const& r) {
    ratfun out;
    for (int part = 0; part < 2; ++part) {
        poly const& p = part == 0 ? r.num : r.den;
        ratfun sum{};
        for (term const& t : p.terms) {
            ratfun x = proof::constant_fn(t.c);
            for (std::size_t i = 0; i < t.m.n; ++i) {
                if (t.m.e[i] == 0) continue;
                atom a = from.atoms[i];
                if ((a.kind == atom_kind::exp || a.kind == atom_kind::function) &&
                    !proof::is_constant(a.arg))
                    return proof::failed(to);
                x = proof::multiply(to, x, proof::atom_power(to, a, t.m.e[i]));
            }
            sum = proof::add(to, sum, x);
        }
        if (!proof::is_one(sum.den)) return proof::failed(to);
        if (part == 0)
            out.num = sum.num;
        else
            out.den = sum.num;
    }
    return proof::tidy(to, out);
}

// --- one symbol: exact real-root counting

//! The region's interval of atom `s` as a span.
constexpr span span_of(normaliser const& n, std::size_t s) {
    span out;
    for (proof::interval const& v : n.intervals) {
        if (v.atom != s) continue;
        if (v.lo.present) out.lo = {v.lo.at, false, !v.lo.strict};
        if (v.hi.present) out.hi = {v.hi.at, false, !v.hi.strict};
    }
    return out;
}

// p (a polynomial in atom s alone, exponents multiples of step) times s^shift, as a upoly.
constexpr bool as_upoly(poly const& p, std::size_t s, long long step, long long shift, upoly& out) {
    out = upoly{};
    for (term const& t : p.terms) {
        long long e = (t.m.n > s ? t.m.e[s] : 0) / step + shift;
        if (e < 0 || e > 64) return false;
        while (static_cast<long long>(out.c.size()) <= e) out.c.push_back(rational{0, 1, true});
        out.c[static_cast<std::size_t>(e)] = t.c;
    }
    return true;
}

//! Whether r uses atom s alone, with exponents that are multiples of `step`; the lowest one.
constexpr bool one_atom(ratfun const& r, std::size_t s, long long& step, long long& low) {
    step = 0;
    low = 0;
    for (poly const* p : {&r.num, &r.den})
        for (term const& t : p->terms)
            for (std::size_t i = 0; i < t.m.n; ++i) {
                if (t.m.e[i] == 0) continue;
                if (i != s) return false;
                step = gcd(step, t.m.e[i]);
                low = t.m.e[i] < low ? t.m.e[i] : low;
            }
    return true;
}

//! What the exact method found in a region: the signs, and whether they are exactly those
//! taken (so that a forbidden one disproves), with a witness point for each.
struct exact_signs {
    bool found = false;
    char mask = proof::any_sign;
    signs of{};  // of the numerator, on the span
    bool exact_span = true;
    bool negative_den = false;  // the quotient's signs are the numerator's mirrored
    math::ld rate = 0;          // the variable is v = exp(rate z) (0: z itself)
};

// The signs of r in the current region when r is a rational function of one symbol atom, or of
// one exp atom exp(z) (u in (e^lo, e^hi)); the span is then enlarged to rational ends, so the
// signs bound those taken (exact_span false).
constexpr exact_signs root_signs(normaliser const& n, ratfun const& r) {
    exact_signs out;
    context const& ctx = n.ctx;
    std::size_t s = proof::max_atoms;
    for (poly const* p : {&r.num, &r.den})
        for (term const& t : p->terms)
            for (std::size_t i = 0; i < t.m.n; ++i)
                if (t.m.e[i] != 0 && s == proof::max_atoms) s = i;
    if (s == proof::max_atoms) return out;
    long long step = 0, low = 0;
    if (!one_atom(r, s, step, low) || step == 0) return out;
    atom const& a = ctx.atoms[s];
    span sp;
    if (a.kind == atom_kind::symbol) {
        if (step % unit != 0) return out;  // radicals of z: not a polynomial
        step = unit;                       // (z^2 is no variable of its own: its span differs)
        sp = span_of(n, s);
    } else if (a.kind == atom_kind::exp) {
        // u = exp(z): the span of z gives (exp(lo), exp(hi)), at 0 exactly 1
        ratfun const& m = a.arg;
        if (!proof::is_one(m.den) || m.num.size() != 1 || m.num.terms[0].c.num != 1 ||
            m.num.terms[0].c.den != 1)
            return out;
        std::size_t z = proof::max_atoms;
        for (std::size_t i = 0; i < m.num.terms[0].m.n; ++i)
            if (m.num.terms[0].m.e[i] != 0) {
                if (z != proof::max_atoms || m.num.terms[0].m.e[i] != unit ||
                    ctx.atoms[i].kind != atom_kind::symbol)
                    return out;
                z = i;
            }
        if (z == proof::max_atoms) return out;
        span zs = span_of(n, z);
        // v = u^(step/unit) = exp(k z), k = step/unit > 0
        math::ld k = static_cast<math::ld>(step) / unit;
        out.rate = k;
        sp.lo = {rational{0, 1, true}, false, false};
        sp.hi = {};
        for (int side = 0; side < 2; ++side) {
            end const& e = side == 0 ? zs.lo : zs.hi;
            end& o = side == 0 ? sp.lo : sp.hi;
            if (e.infinite) continue;
            if (e.at.num == 0) {
                o = {rational{1, 1, true}, false, e.closed};
                continue;
            }
            math::ld x = k * static_cast<math::ld>(e.at.num) / static_cast<math::ld>(e.at.den);
            if (x > 40 || x < -40) return out;
            math::ld v = math::exp(x);  // enlarged outward by far more than its error
            v = side == 0 ? v * (1 - 1e-12L) : v * (1 + 1e-12L);
            long long scale = 1ll << 40;
            math::ld scaled_v = v * scale;
            long long q = static_cast<long long>(scaled_v);
            if (side == 1) ++q;
            o = {reduce(q, scale), false, true};
            out.exact_span = false;
        }
    } else
        return out;
    // the exponents in steps, shifted by an even power so that no sign changes
    long long shift = -low / step;
    if (shift % 2 != 0) ++shift;
    upoly num, den;
    if (!as_upoly(r.num, s, step, shift, num) || !as_upoly(r.den, s, step, shift, den)) return out;
    signs sn = signs_on(num, sp), sd = signs_on(den, sp);
    if (!sn.ok || !sd.ok || (sd.mask & at_zero)) return out;
    out.found = true;
    out.of = sn;
    out.negative_den = sd.mask == below;
    out.mask = quotient_signs(sn.mask, sd.mask);
    return out;
}

//! A point inside a span: between its ends, or 1 beyond its one finite end (0.37 on the whole
//! line, off the points where activations are special).
constexpr math::ld point_in(span const& s) {
    auto value = [](rational r) {
        return static_cast<math::ld>(r.num) / static_cast<math::ld>(r.den);
    };
    if (s.lo.infinite && s.hi.infinite) return 0.37L;
    if (s.hi.infinite) return value(s.lo.at) + 1;
    if (s.lo.infinite) return value(s.hi.at) - 1;
    return (value(s.lo.at) + value(s.hi.at)) / 2;
}

// --- the decision

//! Whether the condition's difference has a forbidden sign at `at` and the assumptions hold
//! there, by evaluations with error bounds.
constexpr bool confirmed(graph_view d, graph_view assumed, std::string_view name, math::ld at,
                         char accepts) {
    proof::point p;
    p.names.push_back(name);
    p.values.push_back(at);
    long long steps = 0;
    bool ok_d = true, ok_a = true;
    proof::approx x = proof::value_at(d, p, steps, ok_d),
                  y = proof::value_at(assumed, p, steps, ok_a);
    if (!ok_d || !ok_a || !(y.v == 1 && y.e < 0.5L)) return false;
    char sign = 0;
    if (x.v == 0 && x.e == 0)
        sign = at_zero;
    else if (x.v > 2 * x.e)
        sign = above;
    else if (x.v < -2 * x.e)
        sign = below;
    return sign != 0 && (sign & accepts) == 0;
}

struct holds_decision {
    normaliser n;
    graph_view d, dd, assumed;  // dd: d' by its one symbol (size 0 when it has several)
    char accepts = above;
    bool regions_found = true, all_proven = true, disproved = false;
    long long spent = 0;    // by the interval searches, against holds_search_budget
    pools* pool = nullptr;  // budgets shared with other decisions (lz::study's), if any
    context const* offset_ctx = nullptr;  // d - offset is decided: offset a constant of that
    ratfun offset;                        // context (lz::study's candidate bounds)
    unsigned how = 0;                     // verdict::method bits of what decided regions
    std::string_view name;                // the witness
    math::ld at = 0;
};

//! The one symbol of a graph, or empty when it has none or several.
constexpr std::string_view only_symbol(graph_view const& t, bool& several) {
    std::string_view name;
    several = false;
    for (std::size_t i = 0; i < t.size; ++i)
        if (t[i].k == kind::symbol) {
            if (!name.empty() && name != t[i].name) several = true;
            name = t[i].name;
        }
    return name;
}

//! Where a search left the tails unknown: the middle [-cut, cut] alone, and each tail where d
//! is monotone (its derivative of one sign there) from d at the cut and d's limit at infinity.
inline constexpr math::ld tail_cut = 64;

// The signs of the limit of d toward dir (0 when not known).
constexpr char limit_signs(graph_view d, std::string_view name, int dir, pools* pool) {
    constexpr graph_view zero = view_of<constant<0>>();
    limit_search l = limit_at(d, zero, name, dir, pool);
    if (l.answer.kind == limit_kind::plus_infinity) return above;
    if (l.answer.kind == limit_kind::minus_infinity) return below;
    if (l.answer.kind != limit_kind::value) return 0;
    if (l.answer.value.num.zero()) return at_zero;
    int s = certain_sign(l.n.ctx, l.answer.value);
    return s > 0 ? above : (s < 0 ? below : 0);
}

//! Points a disproof tries first, before bisecting: where activations turn.
inline constexpr math::ld probes[] = {-1, 1, -0.5L,  0.5L,  -2, 2, -1.5L, 1.5L,
                                      -3, 3, -0.25L, 0.25L, -5, 5, -8,    8};

// A witness at one of the probe points inside the box, if d's enclosure there has only
// forbidden signs.
constexpr sign_search probe(holds_decision& h, std::string_view name, ival box) {
    sign_search out;
    for (math::ld x : probes) {
        if ((!box.lo_inf && x <= box.lo) || (!box.hi_inf && x >= box.hi)) continue;
        long long steps = 0;
        bool ok = true;
        ival v = enclose(h.d, h.d.root(), name, ival{x, x, false, false}, steps, ok);
        h.spent += steps;
        if (h.pool != nullptr) h.pool->search -= steps;
        if (ok && (signs_of(v) & h.accepts) == 0) {
            out.state = -1;
            out.witness = x;
            return out;
        }
    }
    return out;
}

// One search, charged to the decision's budget.
constexpr sign_search search(holds_decision& h, graph_view const& t, graph_view const& dt,
                             std::string_view name, ival box, char accepts) {
    long long left = holds_search_budget - h.spent;
    if (h.pool != nullptr && h.pool->search < left) left = h.pool->search;
    if (left <= 0) return {};
    sign_search r = certify_signs(t, dt, name, box, accepts, left);
    h.spent += r.steps;
    if (h.pool != nullptr) h.pool->search -= r.steps;
    return r;
}

constexpr sign_search with_tails(holds_decision& h, std::string_view name, ival box) {
    sign_search out;
    if (h.dd.size == 0) return out;
    ival middle{box.lo_inf ? -tail_cut : box.lo, box.hi_inf ? tail_cut : box.hi, false, false};
    if (middle.lo > middle.hi) return out;
    sign_search m = search(h, h.d, h.dd, name, middle, h.accepts);
    if (m.state != 1) return m;
    for (int dir : {-1, 1}) {
        if ((dir < 0 && !box.lo_inf) || (dir > 0 && !box.hi_inf)) continue;
        math::ld cut = dir < 0 ? middle.lo : middle.hi;
        ival tail{cut, cut, dir < 0, dir > 0};
        bool monotone = false;
        for (char slope : {static_cast<char>(above | at_zero), static_cast<char>(below | at_zero)})
            monotone =
                monotone ||
                certify_signs(h.dd, graph_view{}, name, tail, slope, holds_search_budget).state ==
                    1;
        if (!monotone) return out;
        char at_infinity = limit_signs(h.d, name, dir, h.pool);
        long long steps = 0;
        bool ok = true;
        ival at_cut = enclose(h.d, h.d.root(), name, ival{cut, cut, false, false}, steps, ok);
        if (!ok || at_infinity == 0 || (at_infinity & ~h.accepts) != 0 ||
            (signs_of(at_cut) & ~h.accepts) != 0)
            return out;
    }
    out.state = 1;
    return out;
}

struct decide_region {
    holds_decision* h;
    constexpr void operator()(normaliser& n) const {
        proof::region_shape shape = proof::examine(n);
        proof::forget(n);
        n.ctx.ok = true;
        n.ctx.partial = false;
        ratfun assumed = proof::normal_form(n, 1, n.sides[1].root());
        if (n.ctx.ok && proof::is_constant(assumed) && proof::constant_of(assumed.num).num == 0)
            return;  // the assumptions do not hold here
        // (no assumptions: they hold, even when the algebra's budget is spent)
        bool none = h->assumed.size == 1 && h->assumed[0].k == kind::constant &&
                    h->assumed[0].num == 1 && h->assumed[0].den == 1;
        bool assumptions_hold = none || (n.ctx.ok && proof::is_constant(assumed) &&
                                         proof::constant_of(assumed.num).num == 1);
        ratfun d = proof::normal_form(n, 0, n.sides[0].root());
        bool shifted = h->offset_ctx != nullptr && !h->offset.num.zero();
        if (shifted)
            d = proof::add(n.ctx, d, proof::negate(transfer(n.ctx, *h->offset_ctx, h->offset)));
        bool normal = assumptions_hold && n.ctx.ok && d.ok();
        char forbidden = static_cast<char>(proof::any_sign & ~h->accepts);
        bool exact_found = false;  // the exact signs include a forbidden one: no search can prove
        if (normal) {
            char mask = quotient_signs(term_signs(n, d.num), term_signs(n, d.den));
            if ((mask & forbidden) == 0) {  // proven here
                h->how |= verdict::term_signs;
                return;
            }
            if (proof::is_constant(d) && shape.understood && !n.ctx.partial && !h->disproved) {
                // a constant of a forbidden sign on a region that the bounds describe: any
                // point of it is a witness
                bool several = false;
                std::string_view name = only_symbol(h->d, several);
                h->disproved = true;
                h->all_proven = false;
                h->how |= verdict::exact_witness;
                if (!several && !name.empty()) {
                    h->name = name;
                    h->at = point_in(span_of(n, symbol_atom(n.ctx, name)));
                }
                return;
            }
            exact_signs e = root_signs(n, d);
            if (e.found && (e.mask & forbidden) == 0) {
                h->how |= verdict::root_count;
                return;
            }
            exact_found = e.found && e.exact_span;
            if (e.found && !h->disproved) {  // a rational witness of a forbidden sign
                for (int q = 0; q < 3; ++q) {
                    char bit = static_cast<char>(1 << q);
                    int k = e.negative_den ? 2 - q : q;  // the numerator's sign there
                    if (!(bit & forbidden) || !e.of.has_witness[k]) continue;
                    // the witness is a point of the one atom root_signs counted in: d's one
                    // symbol z, or exp(k z)
                    bool several = false;
                    std::string_view name = only_symbol(h->d, several);
                    if (several || name.empty()) break;
                    rational w = e.of.witness[k];
                    math::ld at = static_cast<math::ld>(w.num) / static_cast<math::ld>(w.den);
                    if (e.rate != 0) {  // v = exp(rate z): z = log(v) / rate, not rational
                        if (!(at > 0)) break;
                        at = math::log(at) / e.rate;
                    }
                    // exact: a rational point of a region that the bounds on z describe, where
                    // the normal form is d (nothing partial); else confirmed by evaluation
                    bool exact = e.exact_span && shape.understood && !n.ctx.partial &&
                                 n.substitutions.empty();
                    if (exact || (!shifted && confirmed(h->d, h->assumed, name, at, h->accepts))) {
                        h->how |= exact ? verdict::exact_witness : verdict::evaluated_witness;
                        h->disproved = true;
                        h->name = name;
                        h->at = at;
                    }
                }
            }
        }
        // the certified search, on d itself over the region's interval of its one symbol
        bool several = false;
        std::string_view name = only_symbol(h->d, several);
        bool assumed_free = true;
        for (std::size_t i = 0; i < h->assumed.size; ++i)
            assumed_free = assumed_free && h->assumed[i].k != kind::symbol;
        if (!several && !name.empty() && assumptions_hold && assumed_free && !exact_found &&
            !h->disproved && !shifted) {
            std::size_t s = symbol_atom(n.ctx, name);
            ival box{0, 0, true, true};
            if (s != proof::max_atoms) {
                span sp = span_of(n, s);
                if (!sp.lo.infinite) {
                    box.lo =
                        static_cast<math::ld>(sp.lo.at.num) / static_cast<math::ld>(sp.lo.at.den);
                    box.lo_inf = false;
                }
                if (!sp.hi.infinite) {
                    box.hi =
                        static_cast<math::ld>(sp.hi.at.num) / static_cast<math::ld>(sp.hi.at.den);
                    box.hi_inf = false;
                }
            }
            sign_search r = probe(*h, name, box);
            if (r.state == 0) r = search(*h, h->d, h->dd, name, box, h->accepts);
            if (r.state == 0 && (box.lo_inf || box.hi_inf)) r = with_tails(*h, name, box);
            if (r.state > 0) {
                h->how |= verdict::interval;
                return;
            }
            // (an enclosure certifies the witness: d itself at a point, the assumptions free of
            // symbols)
            if (r.state < 0 && !h->disproved) {
                h->how |= verdict::evaluated_witness;
                h->disproved = true;
                h->name = name;
                h->at = r.witness;
            }
        }
        h->all_proven = false;
    }
};

constexpr holds_decision decide_holds(graph_view d, graph_view dd, graph_view assumed, char accepts,
                                      context const* offset_ctx = nullptr,
                                      ratfun const& offset = {}, pools* pool = nullptr) {
    holds_decision h;
    h.pool = pool;
    h.offset_ctx = offset_ctx;
    h.offset = offset;
    h.d = d;
    h.dd = dd;
    h.assumed = assumed;
    h.accepts = accepts;
    proof::start(h.n, d, assumed);
    long long start = draw(h.n.ctx, pool);
    h.regions_found = proof::for_each_region(h.n, decide_region{&h});
    repay(h.n.ctx, pool, start);
    return h;
}

constexpr verdict verdict_of(holds_decision const& h) {
    if (h.regions_found && h.all_proven) return verdict(verdict::state::proven).with_method(h.how);
    verdict v = verdict(h.disproved ? verdict::state::disproved : verdict::state::unknown);
    if (h.disproved && !h.name.empty()) v = v.with_witness(h.name, h.at);
    return h.disproved ? v.with_method(h.how) : v;
}

template <class Op, class L, class R>
constexpr auto difference_of(comparison<Op, L, R>) {
    return L{} - R{};
}
template <class T>
constexpr auto indicator_of(T) {
    return detail::make_where(T{}, constant<1>{}, constant<0>{});
}
template <class Op, class L, class R>
constexpr char accepted_of(comparison<Op, L, R>) {
    return proof::accepted_signs(Op::text);
}

//! d' by the one symbol of d (a constant when d has several: the search then goes without it).
template <class D>
constexpr auto slope_of(D const& d) {
    using symbols = detail::symbols_in_t<detail::tree_t<D>, detail::type_list<>>;
    if constexpr (symbols::size == 1)
        return leibniz::d(d, detail::at_t<0, symbols>{});
    else
        return constant<0>{};
}

template <class A>
inline constexpr bool on_symbols_v =
    detail::symbols_in_t<detail::tree_t<A>, detail::type_list<>>::size > 0;

}  // namespace leibniz::detail::study

namespace leibniz {

//! Whether a condition holds for every real value of its symbols (that satisfies the
//! assumptions): `static_assert(lz::holds(lz::d(s, z) <= lz::c<1, 4>))`; a verdict, proven,
//! disproved (with a witness point) or unknown.
template <class C, class... As>
constexpr verdict holds(C const& condition_, As const&... assumptions) {
    static_assert(condition<C>,
                  "leibniz: holds(condition, assumptions...): the condition must be a comparison "
                  "such as lz::d(f, z) > 0_c or f <= 1_c");
    static_assert((condition<As> && ...),
                  "leibniz: holds(condition, assumptions...): each assumption must be a "
                  "comparison on symbols such as alpha > 0_c");
    if constexpr (condition<C> && (condition<As> && ...)) {
        static_assert((detail::study::on_symbols_v<As> && ...),
                      "leibniz: holds(condition, assumptions...): an assumption must be a "
                      "condition on symbols, such as alpha > 0_c (this one has none)");
        using namespace detail::study;
        auto d = detail::combine([](auto c) { return difference_of(c); }, condition_);
        auto a = detail::combine([](auto... x) { return (constant<1>{} * ... * indicator_of(x)); },
                                 assumptions...);
        auto dd = slope_of(d);
        auto pd = detail::params_of(d);
        auto pdd = detail::params_of(dd);
        auto pa = detail::params_of(a);
        using symbols = detail::symbols_in_t<detail::tree_t<decltype(d)>, detail::type_list<>>;
        detail::graph_view slope{};
        if constexpr (symbols::size == 1)
            slope = detail::view_of<detail::tree_t<decltype(dd)>>(pdd.data());
        return verdict_of(decide_holds(detail::view_of<detail::tree_t<decltype(d)>>(pd.data()),
                                       slope,
                                       detail::view_of<detail::tree_t<decltype(a)>>(pa.data()),
                                       accepted_of(detail::tree_t<C>{})));
    } else
        return verdict{};
}

}  // namespace leibniz
