// lz::to_string(profile): one readable paragraph of what lz::study found, each claim marked by
// its verdict (a claim that is not known says so).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include <leibniz/study/study.hpp>

namespace leibniz {
namespace detail::study {

inline std::string number_text(long double v) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.12Lg", v);
    return buffer;
}

// `yes` when proven, `no` when disproved, else "`yes`: not known".
inline std::string claim(verdict v, char const* yes, char const* no = nullptr) {
    if (v.proven()) return yes;
    if (v.disproved()) return no != nullptr ? std::string(no) : std::string("not ") + yes;
    return std::string(yes) + ": not known";
}

inline std::string end_text(end_limit const& e) {
    if (!e.known) return "not known";
    if (e.oscillates) return "none (it oscillates)";
    if (e.infinite) return e.sign > 0 ? "+inf" : "-inf";
    return number_text(e.value);
}

inline std::string bound_text(bool infinite, bool exact, bool attained, long double v, bool low) {
    if (infinite) return low ? "(-inf" : "+inf)";
    std::string s = number_text(v);
    std::string mark = exact ? (attained ? ", attained" : ", not attained") : " (certified bound)";
    return low ? (attained ? "[" : "(") + s + mark : s + mark + (attained ? "]" : ")");
}

}  // namespace detail::study

//! The profile as a paragraph: `std::cout << lz::to_string(lz::study(act::elu(z), z))`.
inline std::string to_string(profile const& p) {
    using namespace detail::study;
    std::string s;
    if (p.increasing.proven() && p.decreasing.proven())
        s = "Constant";
    else if (p.increasing.proven())
        s = "Increasing";
    else if (p.decreasing.proven())
        s = "Decreasing";
    else
        s = p.monotone.disproved() ? "Not monotone" : "Monotone: not known";
    s += "; ";
    if (p.monotone_derivative.proven())
        s += "convex or concave (f' is monotone)";
    else
        s += claim(p.monotone_derivative, "convex or concave");
    s += "; " + claim(p.odd, "odd") + ", " + claim(p.even, "even") + "; ";
    s += p.identity_near_origin.proven() ? "the identity near 0 (f(0) = 0, f'(0) = 1)"
                                         : claim(p.zero_at_zero, "zero at 0");
    s += "; " + claim(p.zero_centred, "zero-centred") + ".\n";
    s += "Range " +
         bound_text(p.range.lo_infinite, p.range.lo_exact, p.range.lo_attained, p.range.lo, true) +
         ", " +
         bound_text(p.range.hi_infinite, p.range.hi_exact, p.range.hi_attained, p.range.hi, false) +
         "; " + claim(p.bounded_below, "bounded below") + ", " +
         claim(p.bounded_above, "bounded above") + ".\n";
    s += "Limits: " + end_text(p.left) + " at -inf, " + end_text(p.right) + " at +inf; " +
         claim(p.saturates_left, "saturates at -inf", "does not saturate at -inf") + ", " +
         claim(p.saturates_right, "saturates at +inf", "does not saturate at +inf") +
         " (f' -> 0); " + claim(p.dead_region, "a dead region", "no dead region") +
         " (f' = 0 on an interval).\n";
    if (p.continuity == smooth)
        s += "Smooth (C^inf)";
    else if (p.continuity < 0)
        s += p.continuity_known ? "Discontinuous" : "Continuity: not known";
    else
        s += "C^" + std::to_string(p.continuity) + (p.continuity_known ? "" : " at least");
    s += "; sup |f'| = ";
    s += p.max_slope_infinite
             ? std::string("not bounded (or not known)")
             : number_text(p.max_slope) + (p.max_slope_exact ? "" : " (certified upper bound)");
    s += ".";
    return s;
}

namespace detail::study {

inline std::string methods(unsigned how) {
    struct name {
        unsigned bit;
        char const* text;
    };
    constexpr name names[] = {{verdict::normal_form, "normal forms compared exactly"},
                              {verdict::term_signs, "signs of the terms"},
                              {verdict::root_count, "exact real-root counting"},
                              {verdict::interval, "certified interval bisection"},
                              {verdict::exact_witness, "an exact witness point"},
                              {verdict::evaluated_witness, "a witness evaluated with error bounds"},
                              {verdict::limit, "limits at infinity"}};
    std::string s;
    for (name const& n : names)
        if (how & n.bit) s += std::string(s.empty() ? "" : ", ") + n.text;
    return s.empty() ? "" : " (" + s + ")";
}

inline std::string line(char const* field, verdict v) {
    std::string state = v.proven() ? "proven" : (v.disproved() ? "disproved" : "unknown");
    std::string s = std::string(field) + ": " + state + methods(v.how());
    if (v.has_witness())
        s += ", witness " + std::string(v.witness_symbol()) + " = " + number_text(v.witness());
    return s + "\n";
}

}  // namespace detail::study

//! How each verdict of a profile was reached, a line each: `std::cout << lz::explain(p)`.
inline std::string explain(profile const& p) {
    using detail::study::line;
    using detail::study::methods;
    std::string s =
        line("increasing", p.increasing) + line("decreasing", p.decreasing) +
        line("monotone", p.monotone) + line("monotone_derivative", p.monotone_derivative) +
        line("odd", p.odd) + line("even", p.even) + line("zero_at_zero", p.zero_at_zero) +
        line("identity_near_origin", p.identity_near_origin) +
        line("zero_centred", p.zero_centred) + line("bounded_below", p.bounded_below) +
        line("bounded_above", p.bounded_above) + line("saturates_left", p.saturates_left) +
        line("saturates_right", p.saturates_right) + line("dead_region", p.dead_region);
    s += "range: lo" + methods(p.range.lo_how) + ", hi" + methods(p.range.hi_how) + "\n";
    s += "continuity: the branches of f, f', f'' compared exactly at the kinks\n";
    return s;
}

}  // namespace leibniz
