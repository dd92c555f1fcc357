// The textbook profile of a function, written by hand from its definition, and the check of a
// lz::profile against it: a decided verdict must agree with the truth (soundness), and an
// undecided one is allowed only where the test names it (the documented gaps); range and slope
// bounds must enclose the reference values (50-digit mpmath, in the test files) and be tight.
#pragma once

#include <string_view>

#include <leibniz/leibniz.hpp>

namespace study_test {

namespace lz = leibniz;

//! The truth: each property as the definition gives it.
struct truth {
    bool increasing, decreasing, convex_or_concave, odd, even, zero_at_zero, identity_near_origin,
        zero_centred, bounded_below, bounded_above, saturates_left, saturates_right, dead_region;
    int continuity;      // -1, k, or lz::smooth
    long double lo, hi;  // inf and sup of f (ignored where unbounded)
    bool lo_attained, hi_attained;
    long double slope;  // sup |f'| (ignored where unbounded)
    bool slope_unbounded;
};

constexpr bool mentions(std::string_view list, std::string_view word) {
    for (std::size_t at = 0; at + word.size() <= list.size(); ++at)
        if (list.substr(at, word.size()) == word &&
            (at + word.size() == list.size() || list[at + word.size()] == ' '))
            return true;
    return false;
}

//! Whether the verdict agrees with the truth; unknown only when `gaps` names the field.
constexpr bool agrees(lz::verdict v, bool truth, std::string_view gaps, std::string_view field) {
    if (v.proven()) return truth;
    if (v.disproved()) return !truth;
    return mentions(gaps, field);
}

constexpr long double magnitude(long double x) { return x < 0 ? -x : x; }

//! A lower bound of a true value v: never above it, and within 1e-12 (relative to max(1, |v|))
//! unless `loose` (a documented gap: still never above).
constexpr bool lower_bound(long double bound, long double v, bool loose) {
    long double scale = magnitude(v) > 1 ? magnitude(v) : 1;
    return bound <= v + 1e-18L * scale && (loose || v - bound <= 1e-12L * scale);
}
constexpr bool upper_bound(long double bound, long double v, bool loose) {
    long double scale = magnitude(v) > 1 ? magnitude(v) : 1;
    return bound >= v - 1e-18L * scale && (loose || bound - v <= 1e-12L * scale);
}

//! Every check of one profile; `gaps` lists the fields the library may leave undecided or loose
//! (increasing decreasing monotone convexity odd even zero identity centred below above left
//! right dead continuity lo hi slope).
constexpr bool matches(lz::profile const& p, truth const& t, std::string_view gaps = "") {
    bool ok = agrees(p.increasing, t.increasing, gaps, "increasing") &&
              agrees(p.decreasing, t.decreasing, gaps, "decreasing") &&
              agrees(p.monotone, t.increasing || t.decreasing, gaps, "monotone") &&
              agrees(p.monotone_derivative, t.convex_or_concave, gaps, "convexity") &&
              agrees(p.odd, t.odd, gaps, "odd") && agrees(p.even, t.even, gaps, "even") &&
              agrees(p.zero_at_zero, t.zero_at_zero, gaps, "zero") &&
              agrees(p.identity_near_origin, t.identity_near_origin, gaps, "identity") &&
              agrees(p.zero_centred, t.zero_centred, gaps, "centred") &&
              agrees(p.bounded_below, t.bounded_below, gaps, "below") &&
              agrees(p.bounded_above, t.bounded_above, gaps, "above") &&
              agrees(p.saturates_left, t.saturates_left, gaps, "left") &&
              agrees(p.saturates_right, t.saturates_right, gaps, "right") &&
              agrees(p.dead_region, t.dead_region, gaps, "dead");
    // continuity: the value when known, else a lower bound
    if (p.continuity_known)
        ok = ok && p.continuity == t.continuity;
    else
        ok = ok && mentions(gaps, "continuity") && p.continuity <= t.continuity;
    // the range: certified enclosures, exact ones exactly
    if (t.bounded_below) {
        if (p.range.lo_infinite)
            ok = ok && mentions(gaps, "lo");
        else
            ok = ok && lower_bound(p.range.lo, t.lo, mentions(gaps, "lo")) &&
                 (!p.range.lo_exact || lower_bound(p.range.lo, t.lo, false)) &&
                 (!p.range.lo_attained || t.lo_attained);
    } else
        ok = ok && p.range.lo_infinite;
    if (t.bounded_above) {
        if (p.range.hi_infinite)
            ok = ok && mentions(gaps, "hi");
        else
            ok = ok && upper_bound(p.range.hi, t.hi, mentions(gaps, "hi")) &&
                 (!p.range.hi_exact || upper_bound(p.range.hi, t.hi, false)) &&
                 (!p.range.hi_attained || t.hi_attained);
    } else
        ok = ok && p.range.hi_infinite;
    if (t.slope_unbounded)
        ok = ok && p.max_slope_infinite;
    else if (p.max_slope_infinite)
        ok = ok && mentions(gaps, "slope");
    else
        ok = ok && upper_bound(p.max_slope, t.slope, mentions(gaps, "slope"));
    return ok;
}

}  // namespace study_test
