// lz::explain(a, b): the work behind lz::equivalent, as text: the normal forms of both sides in
// each region, the numerator of their difference, and the verdict.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <type_traits>

#include <leibniz/core/cat.hpp>
#include <leibniz/print/text.hpp>
#include <leibniz/proof/equivalent.hpp>

namespace leibniz {
namespace detail::proof {

inline std::string text_of(context const& ctx, ratfun const& r);

inline std::string text_of(rational q) {
    std::string s = std::to_string(q.num);
    if (q.den != 1) s = detail::cat(s, "/", std::to_string(q.den));
    return s;
}

inline std::string atom_text(context const& ctx, std::size_t i) {
    atom const& a = ctx.atoms[i];
    switch (a.kind) {
    case atom_kind::symbol:
    case atom_kind::named:
        return std::string(a.name);
    case atom_kind::param: {
        if (!a.value_known) return detail::cat("c", std::to_string(a.node));
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, a.value < 0 ? "(%.17g)" : "%.17g", a.value);
        return buffer;
    }
    case atom_kind::prime:
        return std::to_string(a.prime);
    case atom_kind::exp:
        return detail::cat("exp(", text_of(ctx, a.arg), ")");
    case atom_kind::function:
        return detail::cat(a.name, "(", text_of(ctx, a.arg), ")");
    }
    return "?";
}

inline std::string text_of(context const& ctx, poly const& p) {
    if (!p.ok) return "(overflow)";
    if (p.zero()) return "0";
    std::string s;
    for (std::size_t k = 0; k < p.terms.size(); ++k) {
        term const& t = p.terms[k];
        rational c = t.c;
        if (k > 0) {
            s += c.num < 0 ? " - " : " + ";
            if (c.num < 0) c = -c;
        }
        std::string factors;
        for (std::size_t i = 0; i < t.m.n; ++i) {
            if (t.m.e[i] == 0) continue;
            if (!factors.empty()) factors += "*";
            factors += atom_text(ctx, i);
            if (t.m.e[i] != unit) {
                rational e = reduce(t.m.e[i], unit);
                factors = e.den == 1 && e.num > 0 ? detail::cat(factors, "^", text_of(e))
                                                  : detail::cat(factors, "^(", text_of(e), ")");
            }
        }
        if (factors.empty())
            s += text_of(c);
        else if (c.num == 1 && c.den == 1)
            s += factors;
        else if (c.num == -1 && c.den == 1)
            s = detail::cat(s, "-", factors);
        else
            s = detail::cat(s, text_of(c), "*", factors);
    }
    return s;
}

inline std::string text_of(context const& ctx, ratfun const& r) {
    std::string num = text_of(ctx, r.num);
    if (is_one(r.den)) return num;
    if (r.num.size() > 1) num = detail::cat("(", num, ")");
    return detail::cat(num, "/(", text_of(ctx, r.den), ")");
}

inline std::string signs_text(char signs) {
    switch (signs) {
    case below:
        return " < 0";
    case below | at_zero:
        return " <= 0";
    case at_zero:
        return " = 0";
    case at_zero | above:
        return " >= 0";
    case above:
        return " > 0";
    }
    return " (any sign)";
}

inline std::string region_text(decision const& d, region_result const& r) {
    if (r.variables.empty()) return "everywhere";
    std::string s;
    for (std::size_t v = 0; v < r.variables.size(); ++v) {
        if (v > 0) s += ", ";
        s = detail::cat(s, text_of(d.n.ctx, r.variables[v].x), signs_text(r.signs[v]));
    }
    return s;
}

inline std::string state_text(verdict::state s) {
    switch (s) {
    case verdict::state::proven:
        return "proven";
    case verdict::state::disproved:
        return "disproved";
    case verdict::state::unknown:
        return "unknown";
    }
    return "?";
}

inline std::string explain(decision const& d) {
    std::string s;
    if (d.identical) return "both sides have one canonical form\nverdict: proven\n";
    if (!d.regions_found)
        s += "  (not every region has a normal form: too many conditions, or a condition "
             "outside the normal form)\n";
    for (region_result const& r : d.regions) {
        s = detail::cat(s, "region: ", region_text(d, r),
                        r.open ? "" : " (possibly without interior)", "\n");
        if (!r.ok) {
            s += "  outside the decidable class, or a coefficient overflowed\n";
            continue;
        }
        s = detail::cat(s, "  normal form of a: ", text_of(d.n.ctx, r.a), "\n");
        s = detail::cat(s, "  normal form of b: ", text_of(d.n.ctx, r.b), "\n");
        s = detail::cat(s, "  num(a) den(b) - num(b) den(a) = ", text_of(d.n.ctx, r.difference),
                        "\n");
        s = detail::cat(s, "  ", state_text(r.state), "\n");
    }
    s = detail::cat(s, "verdict: ", state_text(d.state));
    if (d.numeric_witness) s += " (the sides differ at a sample point)";
    return detail::cat(s, "\n");
}

}  // namespace detail::proof

//! Why lz::equivalent decides as it does: `std::cout << lz::explain(lz::d(s, z), s * (1_c - s))`.
template <expression A, expression B>
std::string explain(A const& a, B const& b) {
    using namespace detail::proof;
    using ta = detail::tree_t<A>;
    using tb = detail::tree_t<B>;
    auto pa = detail::params_of(a);
    auto pb = detail::params_of(b);
    decision d = decide(detail::view_of<ta>(pa.data()), detail::view_of<tb>(pb.data()),
                        std::is_same_v<ta, tb>);
    return detail::cat("a = ", to_string(a), "\nb = ", to_string(b), "\n",
                       detail::proof::explain(d));
}

}  // namespace leibniz
