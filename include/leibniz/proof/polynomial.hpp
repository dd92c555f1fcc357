// Laurent polynomials with exact rational coefficients over at most max_atoms indeterminates,
// as constexpr values. An exponent is a multiple of 1/unit, so that radicals (2^(1/2)) and
// exp(z/3) = exp(z)^(1/3) are monomials too. Overflow never wraps: it clears `ok`, and a poly
// that is not ok is no value: it is not zero, not constant, equal to nothing, and every
// operation on it gives a poly that is not ok.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>

#include <leibniz/core/rational.hpp>
#include <leibniz/proof/list.hpp>

namespace leibniz::detail::proof {

//! How many indeterminates one proof may use.
inline constexpr std::size_t max_atoms = 16;
//! Exponents are integers in units of 1/unit (720720 = lcm(1, ..., 16)).
inline constexpr long long unit = 720720;

//! x0^e0 x1^e1 ..., exponents in units of 1/unit, possibly negative. Exponents from n on are 0
//! (n bounds the loops: constant evaluation counts every step).
struct monomial {
    std::array<long long, max_atoms> e{};
    std::size_t n = 0;

    constexpr void set(std::size_t i, long long v) {
        e[i] = v;
        if (i >= n) n = i + 1;
    }
};

// Lexicographic order, compatible with multiplication: a < b implies a m < b m.
constexpr int compare(monomial const& a, monomial const& b) {
    std::size_t n = a.n > b.n ? a.n : b.n;
    for (std::size_t i = 0; i < n; ++i)
        if (a.e[i] != b.e[i]) return a.e[i] < b.e[i] ? -1 : 1;
    return 0;
}

constexpr bool operator==(monomial const& a, monomial const& b) { return compare(a, b) == 0; }

constexpr bool is_one(monomial const& m) {
    for (std::size_t i = 0; i < m.n; ++i)
        if (m.e[i] != 0) return false;
    return true;
}

//! c m
struct term {
    rational c;
    monomial m;
};

//! A sum of terms with distinct monomials and non-zero coefficients, largest monomial first.
struct poly {
    list<term> terms;
    bool ok = true;

    //! The zero polynomial (never a failed one, whose terms say nothing).
    constexpr bool zero() const { return ok && terms.empty(); }
    constexpr std::size_t size() const { return terms.size(); }
};

constexpr poly constant_poly(rational c) {
    poly p;
    if (!c.ok) p.ok = false;
    if (c.ok && c.num != 0) p.terms.push_back({c, {}});
    return p;
}

//! atom^(exponent/unit)
constexpr poly atom_poly(std::size_t atom, long long exponent = unit) {
    poly p;
    term t{{1, 1, true}, {}};
    t.m.set(atom, exponent);
    p.terms.push_back(t);
    return p;
}

//! The constant value of p, when p is a constant (a failed poly is none).
constexpr bool is_constant(poly const& p) {
    return p.ok && (p.terms.empty() || (p.terms.size() == 1 && is_one(p.terms[0].m)));
}
constexpr rational constant_of(poly const& p) {
    if (!is_constant(p)) return overflowed;
    return p.terms.empty() ? rational{0, 1, true} : p.terms[0].c;
}

constexpr bool operator==(poly const& a, poly const& b) {
    if (!a.ok || !b.ok || a.terms.size() != b.terms.size()) return false;
    for (std::size_t i = 0; i < a.terms.size(); ++i) {
        rational x = a.terms[i].c, y = b.terms[i].c;
        if (x.num != y.num || x.den != y.den || !(a.terms[i].m == b.terms[i].m)) return false;
    }
    return true;
}

constexpr monomial times(monomial a, monomial const& b, bool& ok) {
    if (b.n > a.n) a.n = b.n;
    // (INT64_MIN counts as overflow too, so that every exponent can be negated)
    for (std::size_t i = 0; i < b.n; ++i)
        if (__builtin_add_overflow(a.e[i], b.e[i], &a.e[i]) || a.e[i] == INT64_MIN) ok = false;
    return a;
}

constexpr monomial inverse(monomial m) {
    for (std::size_t i = 0; i < m.n; ++i) m.e[i] = -m.e[i];
    return m;
}

// Sorts terms, merges equal monomials and drops zeros.
constexpr poly canonical(list<term> terms, bool ok) {
    std::sort(terms.begin(), terms.end(),
              [](term const& a, term const& b) { return compare(a.m, b.m) > 0; });
    poly out;
    out.ok = ok;
    for (term const& t : terms) {
        if (!t.c.ok) out.ok = false;
        if (!out.terms.empty() && out.terms.back().m == t.m)
            out.terms.back().c = out.terms.back().c + t.c;
        else
            out.terms.push_back(t);
        if (!out.terms.back().c.ok) out.ok = false;
        if (out.terms.back().c.num == 0) out.terms.pop_back();
    }
    if (!out.ok) out.terms.clear();
    return out;
}

constexpr poly operator+(poly const& a, poly const& b) {
    poly out;
    out.ok = a.ok && b.ok;
    if (!out.ok) return out;
    std::size_t i = 0, j = 0;
    while (i < a.terms.size() || j < b.terms.size()) {
        int order = i == a.terms.size()   ? -1
                    : j == b.terms.size() ? 1
                                          : compare(a.terms[i].m, b.terms[j].m);
        if (order > 0)
            out.terms.push_back(a.terms[i++]);
        else if (order < 0)
            out.terms.push_back(b.terms[j++]);
        else {
            term t{a.terms[i].c + b.terms[j].c, a.terms[i].m};
            ++i;
            ++j;
            if (!t.c.ok) {
                out.ok = false;
                out.terms.clear();
                return out;
            }
            if (t.c.num != 0) out.terms.push_back(t);
        }
    }
    return out;
}

constexpr poly scaled(poly p, rational c) {
    if (!p.ok || !c.ok || c.num == 0) return constant_poly(p.ok ? c : overflowed);
    for (term& t : p.terms) {
        t.c = t.c * c;
        if (!t.c.ok) p.ok = false;
    }
    if (!p.ok) p.terms.clear();
    return p;
}

constexpr poly operator-(poly const& p) { return scaled(p, {-1, 1, true}); }
constexpr poly operator-(poly const& a, poly const& b) { return a + -b; }

//! c m p
constexpr poly times(poly p, term const& t) {
    if (is_zero(t.c)) p.terms.clear();
    bool ok = p.ok;
    for (term& x : p.terms) {
        x.c = x.c * t.c;
        x.m = times(x.m, t.m, ok);
        if (!x.c.ok) ok = false;
    }
    p.ok = ok;
    if (!ok) p.terms.clear();
    return p;  // multiplying by one term keeps the order
}

// Products without reduction of radicals (see atoms.hpp for that): one sorted row per term of
// the shorter factor, merged (the order is compatible with multiplication). `terms` counts the
// terms made and merged, the measure of its work.
constexpr poly raw_product(poly const& a, poly const& b, long long& terms) {
    if (a.terms.size() > b.terms.size()) return raw_product(b, a, terms);
    if (a.terms.empty() || !a.ok || !b.ok) {
        poly p;
        p.ok = a.ok && b.ok;
        return p;
    }
    poly sum = times(b, a.terms[0]);
    for (std::size_t i = 1; i < a.terms.size() && sum.ok; ++i) {
        terms += static_cast<long long>(sum.size() + 2 * b.size());
        sum = sum + times(b, a.terms[i]);
    }
    return sum;
}

// The monomial whose exponents are the smallest of p's, per indeterminate.
constexpr monomial lowest(poly const& p) {
    monomial m{};
    if (p.terms.empty()) return m;
    m = p.terms[0].m;
    for (term const& t : p.terms) {
        if (t.m.n > m.n) m.n = t.m.n;
        for (std::size_t i = 0; i < m.n; ++i) m.e[i] = std::min(m.e[i], t.m.e[i]);
    }
    return m;
}

}  // namespace leibniz::detail::proof
