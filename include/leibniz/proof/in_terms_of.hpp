// lz::in_terms_of(g, f, y): a polynomial P in y of degree at most 4, with coefficients that are
// polynomials in the symbols, such that g = P(f), region by region of the where's in g and f.
// The coefficients solve a linear system: for each monomial in the exponentials and opaque
// atoms, the coefficients of g den(f)^d den(g)... must agree (see solve_region). The solution is
// verified in the normal form, then rebuilt as an expression type.
#pragma once

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/eval/eval.hpp>
#include <leibniz/proof/list.hpp>
#include <leibniz/proof/regions.hpp>

namespace leibniz {

//! What lz::in_terms_of returns when no polynomial exists: check `lz::found(result)` first.
//! Using it as an expression is a compile error.
struct not_found {
    template <class... Bindings>
    constexpr void operator()(Bindings const&...) const {
        static_assert(sizeof...(Bindings) < 0,
                      "leibniz: in_terms_of found no expression, so there is nothing to evaluate; "
                      "test lz::found(result) first");
    }
};

namespace detail {
// Every library function that takes an expression asks for its tree: for not_found, that is the
// point to say what went wrong.
template <class T>
    requires std::is_same_v<T, not_found>
struct tree_of<T> {
    static_assert(!std::is_same_v<T, not_found>,
                  "leibniz: in_terms_of found no expression, so its result cannot be used as "
                  "one; test lz::found(result) first");
    using type = void;
    static constexpr std::size_t count = 0;
};
}  // namespace detail

//! Whether lz::in_terms_of found an expression: `static_assert(lz::found(back))`.
template <class R>
constexpr bool found(R const&) {
    return !std::is_same_v<R, not_found>;
}

namespace detail::proof {

//! The largest degree in y that in_terms_of tries.
inline constexpr long long max_degree = 4;
inline constexpr std::size_t max_solution_terms = 64;

//! c y^k times powers of base atoms.
struct solution_term {
    rational c{};
    long long y = 0;
    std::array<long long, max_atoms> e{};
};

//! Where a base atom of the solution comes from, to rebuild it as a type.
struct base_atom {
    atom_kind kind{};
    int side = 0;
    std::size_t node = 0;
    long long prime = 0;
    rational exponent{};  // exp(c), c a constant: c
};

struct solution {
    bool found = false;
    std::size_t variables = 0;
    std::array<condition_use, max_conditions> conditions{};  // a comparison node per variable
    std::array<char, max_regions> possible{};
    std::array<std::size_t, max_regions + 1> first{};  // region r: terms[first[r], first[r + 1])
    std::array<solution_term, max_solution_terms> terms{};
    std::size_t atom_count = 0;
    std::array<base_atom, max_atoms> atoms{};
};

// Atoms that may appear in the coefficients: symbols and constants.
constexpr bool is_base(atom const& a) {
    return a.kind == atom_kind::symbol || a.kind == atom_kind::prime ||
           a.kind == atom_kind::named || a.kind == atom_kind::param ||
           (a.kind == atom_kind::exp && is_constant(a.arg));
}

constexpr void split(context const& ctx, monomial const& m, monomial& base, monomial& rest) {
    base = m;
    rest = m;
    for (std::size_t i = 0; i < ctx.atoms.size(); ++i)
        (is_base(ctx.atoms[i]) ? rest : base).e[i] = 0;
}

// Fraction-free Gauss-Jordan elimination of rows[i] = (a_i0 ... a_i(n-1) | b_i) over an
// integral domain given by ops (rationals, or polynomials in the base atoms): row_j becomes
// p row_j - a_j row_p, without divisions. Returns false when the system is inconsistent; else
// pivots[c] is the row whose pivot is in column c, or rows.size() for a free unknown (taken 0).
template <class T, class Ops>
constexpr bool gauss_jordan(list<list<T>>& rows, std::size_t unknowns, list<std::size_t>& pivots,
                            Ops ops) {
    pivots.assign(unknowns, rows.size());
    std::size_t r = 0;
    for (std::size_t col = 0; col < unknowns && ops.ok(); ++col) {
        std::size_t i = r;
        while (i < rows.size() && ops.zero(rows[i][col])) ++i;
        if (i == rows.size()) continue;
        std::swap(rows[i], rows[r]);
        if constexpr (requires { ops.inverse(rows[r][col]); }) {
            // in a field, the pivot row is scaled to pivot 1, so the numbers do not grow
            T inv = ops.inverse(rows[r][col]);
            for (std::size_t k = 0; k <= unknowns; ++k) rows[r][k] = ops.times(rows[r][k], inv);
        }
        T pivot = rows[r][col];
        for (std::size_t j = 0; j < rows.size(); ++j) {
            if (j == r || ops.zero(rows[j][col])) continue;
            T factor = rows[j][col];
            for (std::size_t k = 0; k <= unknowns; ++k)
                rows[j][k] = ops.minus(ops.times(pivot, rows[j][k]), ops.times(factor, rows[r][k]));
        }
        pivots[col] = r++;
    }
    if (!ops.ok()) return false;
    for (std::size_t i = r; i < rows.size(); ++i)
        if (!ops.zero(rows[i][unknowns])) return false;  // inconsistent
    return true;
}

struct rational_ops {
    bool* good;
    constexpr bool ok() const { return *good; }
    constexpr bool zero(rational const& a) const { return a.num == 0; }
    constexpr rational check(rational a) const {
        if (!a.ok) *good = false;
        return a;
    }
    constexpr rational inverse(rational const& a) const { return check(detail::inverse(a)); }
    constexpr rational times(rational const& a, rational const& b) const { return check(a * b); }
    constexpr rational minus(rational const& a, rational const& b) const { return check(a + -b); }
};

struct poly_ops {
    context* ctx;
    constexpr bool ok() const { return ctx->ok; }
    constexpr bool zero(poly const& a) const { return a.zero(); }
    constexpr poly times(poly const& a, poly const& b) const {
        poly p = product(*ctx, a, b);
        if (!p.ok) ctx->ok = false;
        return p;
    }
    constexpr poly minus(poly const& a, poly const& b) const {
        poly p = a - b;
        if (!p.ok) ctx->ok = false;
        return p;
    }
};

// The linear system in rationals when every entry is a rational constant (the usual case, and
// much cheaper in constant evaluation), else in polynomials of the base atoms.
constexpr bool eliminate(context& ctx, list<list<poly>>& rows, std::size_t unknowns,
                         list<ratfun>& x) {
    bool constants = true;
    for (auto const& row : rows)
        for (poly const& e : row) constants = constants && is_constant(e);
    list<std::size_t> pivots;
    x.assign(unknowns, ratfun{});
    if (!constants) {
        if (!gauss_jordan(rows, unknowns, pivots, poly_ops{&ctx})) return false;
        for (std::size_t c = 0; c < unknowns; ++c)
            if (pivots[c] < rows.size())
                x[c] = tidy(ctx, {rows[pivots[c]][unknowns], rows[pivots[c]][c]});
        return ctx.ok;
    }
    list<list<rational>> q;
    for (auto const& row : rows) {
        q.push_back({});
        for (poly const& e : row) q.back().push_back(constant_of(e));
    }
    bool good = true;
    if (!gauss_jordan(q, unknowns, pivots, rational_ops{&good})) return false;
    for (std::size_t c = 0; c < unknowns; ++c)
        if (pivots[c] < q.size())
            x[c] = constant_fn(q[pivots[c]][unknowns] * inverse(q[pivots[c]][c]));
    for (ratfun const& v : x)
        if (!v.ok()) return false;
    return good;
}

// Whether c is a polynomial in the base atoms, with natural powers of symbols.
constexpr bool is_coefficient(context const& ctx, ratfun const& c) {
    if (!is_one(c.den)) return false;
    for (term const& t : c.num.terms)
        for (std::size_t i = 0; i < ctx.atoms.size(); ++i) {
            long long e = t.m.e[i];
            if (e == 0) continue;
            atom_kind k = ctx.atoms[i].kind;
            if (!is_base(ctx.atoms[i])) return false;
            if ((k == atom_kind::symbol || k == atom_kind::param) && (e < 0 || e % unit != 0))
                return false;
        }
    return true;
}

// Coefficients c_0..c_d (d = max_degree) with g = sum c_k f^k:
// sum_k c_k num(f)^k den(f)^(d-k) den(g) = num(g) den(f)^d, compared monomial by monomial in the
// atoms that are not base atoms. When f is transcendental over the base atoms the solution is
// unique; otherwise the unknowns without a pivot are 0, which keeps the degree low.
constexpr bool solve_region(context& ctx, ratfun const& g, ratfun const& f, list<ratfun>& c) {
    constexpr long long d = max_degree;
    list<poly> a;
    poly num_power = constant_poly({1, 1, true});
    list<poly> den_powers{constant_poly({1, 1, true})};
    for (long long k = 1; k <= d; ++k) den_powers.push_back(product(ctx, den_powers.back(), f.den));
    for (long long k = 0; k <= d; ++k) {
        a.push_back(product(ctx, product(ctx, num_power, den_powers[d - k]), g.den));
        num_power = product(ctx, num_power, f.num);
    }
    a.push_back(product(ctx, g.num, den_powers[d]));
    list<monomial> keys;
    list<list<poly>> rows;
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (!a[k].ok) return false;
        for (term const& t : a[k].terms) {
            monomial base{}, rest{};
            split(ctx, t.m, base, rest);
            std::size_t row = 0;
            while (row < keys.size() && !(keys[row] == rest)) ++row;
            if (row == keys.size()) {
                keys.push_back(rest);
                rows.push_back(list<poly>(a.size(), poly{}));
            }
            poly p;
            p.terms.push_back({t.c, base});
            rows[row][k] = rows[row][k] + p;
        }
    }
    list<ratfun> x;
    if (!eliminate(ctx, rows, static_cast<std::size_t>(d + 1), x)) return false;
    for (ratfun const& xk : x)
        if (!is_coefficient(ctx, xk)) return false;
    // verify: sum c_k f^k = g in the normal form
    ratfun sum{}, fk = constant_fn({1, 1, true});
    for (std::size_t k = 0; k < x.size(); ++k) {
        if (!x[k].num.zero()) sum = add(ctx, sum, multiply(ctx, x[k], fk));
        if (k + 1 < x.size()) fk = multiply(ctx, fk, f);
    }
    if (!ctx.ok || !equal(ctx, sum, g)) return false;
    c = x;
    return true;
}

// The conditions of g and f, when none depends on a where and no abs or sign asks a sign: one
// variable per distinct x, true on the signs of its first comparison (every other comparison
// of it must agree or be its negation).
constexpr bool flat_conditions(normaliser& n) {
    list<condition_use> found;  // (n.uses stays empty meanwhile: a where in a condition fails)
    for (int side = 0; side < 2; ++side) {
        graph_view const& t = n.sides[side];
        for (std::size_t i = 0; i < t.size; ++i) {
            if (t[i].k == kind::apply &&
                (t[i].rule == proof_rule::abs || t[i].rule == proof_rule::sign))
                return false;
            if (t[i].k != kind::comparison) continue;
            ratfun x;
            condition_use use;
            if (!sign_question(n, side, i, x, use)) return false;
            char accepts = use.accepts;
            std::size_t v = find_variable(n, x);
            if (!n.ctx.ok) return false;
            if (v == n.variables.size()) {
                if (v == max_conditions) return false;
                n.variables.push_back({x});
                n.region.push_back(accepts);
            } else if (accepts != n.region[v] && accepts != (any_sign & ~n.region[v]))
                return false;  // x < 0 beside x <= 0: three regions, which this does not rebuild
            found.push_back({side, i, v, accepts, use_kind::comparison});
        }
    }
    n.uses = found;
    return n.ctx.ok;
}

constexpr solution solve(graph_view tg, graph_view tf) {
    solution out;
    normaliser n;
    start(n, tg, tf);
    if (!flat_conditions(n)) return out;
    list<char> accepts = n.region;  // bit v of a region: the first use of v holds
    out.variables = n.variables.size();
    for (std::size_t v = 0; v < n.variables.size(); ++v)
        for (condition_use const& u : n.uses)
            if (u.variable == v) {
                out.conditions[v] = u;
                break;
            }
    std::size_t count = std::size_t{1} << n.variables.size(), at = 0;
    for (std::size_t bits = 0; bits < count; ++bits) {
        out.first[bits] = at;
        for (std::size_t v = 0; v < n.variables.size(); ++v)
            n.region[v] = (bits >> v) & 1u ? accepts[v] : static_cast<char>(any_sign & ~accepts[v]);
        if (!examine(n).possible) continue;
        out.possible[bits] = 1;
        forget(n);
        n.ctx.ok = true;
        ratfun g = normal_form(n, 0, tg.root());
        ratfun f = normal_form(n, 1, tf.root());
        list<ratfun> c;
        if (!n.ctx.ok || !solve_region(n.ctx, g, f, c)) return out;
        for (std::size_t k = 0; k < c.size(); ++k)
            for (term const& t : c[k].num.terms) {
                if (at == max_solution_terms) return out;
                out.terms[at].c = t.c;
                out.terms[at].y = static_cast<long long>(k);
                for (std::size_t i = 0; i < max_atoms; ++i) {
                    out.terms[at].e[i] = t.m.e[i];
                    if (t.m.e[i] != 0 && n.ctx.atoms[i].kind == atom_kind::param)
                        return out;  // run-time constants are not rebuilt
                }
                ++at;
            }
    }
    out.first[count] = at;
    out.atom_count = n.ctx.atoms.size();
    for (std::size_t i = 0; i < n.ctx.atoms.size(); ++i) {
        atom const& a = n.ctx.atoms[i];
        out.atoms[i] = {a.kind, a.side, a.node, a.prime,
                        a.kind == atom_kind::exp && is_constant(a.arg) ? constant_of(a.arg.num)
                                                                       : rational{}};
    }
    out.found = true;
    return out;
}

template <class G, class F>
struct solution_of {
    static constexpr solution value = solve(view_of<G>(), view_of<F>());
    using lists = type_list<typename canonical_graph<G>::list, typename canonical_graph<F>::list>;
};

// --- the solution as an expression

template <class S, std::size_t I, long long E>
constexpr auto base_power() {
    if constexpr (E == 0)
        return constant<1>{};
    else {
        constexpr base_atom a = S::value.atoms[I];
        constexpr auto exponent = constant_from<reduce(E, unit)>();
        if constexpr (a.kind == atom_kind::prime)
            return leibniz::pow(constant<a.prime>{}, exponent);
        else if constexpr (a.kind == atom_kind::exp)  // exp(c)^(E/unit)
            return leibniz::exp(constant_from<reduce(E, unit) * a.exponent>());
        else
            return leibniz::pow(at_t<a.node, at_t<a.side, typename S::lists>>{}, exponent);
    }
}

template <class S, fixed_string Y, std::size_t T>
constexpr auto term_expression() {
    constexpr solution_term t = S::value.terms[T];
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return ((constant_from<t.c>() * leibniz::pow(symbol<Y>{}, constant<t.y>{})) * ... *
                base_power<S, I, t.e[I]>());
    }(std::make_index_sequence<S::value.atom_count>{});
}

template <class S, fixed_string Y, std::size_t Region>
constexpr auto region_expression() {
    constexpr std::size_t first = S::value.first[Region], last = S::value.first[Region + 1];
    return [&]<std::size_t... T>(std::index_sequence<T...>) {
        return (constant<0>{} + ... + term_expression<S, Y, first + T>());
    }(std::make_index_sequence<last - first>{});
}

constexpr bool any_possible(solution const& s, std::size_t level, std::size_t bits) {
    std::size_t mask = (std::size_t{1} << (level + 1)) - 1;
    for (std::size_t r = 0; r < (std::size_t{1} << s.variables); ++r)
        if ((r & mask) == bits && s.possible[r]) return true;
    return false;
}

// where(condition of variable Level, ..., ...) over the regions that agree with Bits so far.
template <class S, fixed_string Y, std::size_t Level, std::size_t Bits>
constexpr auto region_tree() {
    if constexpr (Level == S::value.variables)
        return region_expression<S, Y, Bits>();
    else {
        constexpr std::size_t with = Bits | (std::size_t{1} << Level);
        constexpr bool one = any_possible(S::value, Level, with);
        constexpr bool zero = any_possible(S::value, Level, Bits);
        if constexpr (one && zero) {
            constexpr condition_use u = S::value.conditions[Level];
            using C = at_t<u.node, at_t<u.side, typename S::lists>>;
            return leibniz::where(C{}, region_tree<S, Y, Level + 1, with>(),
                                  region_tree<S, Y, Level + 1, Bits>());
        } else if constexpr (one)
            return region_tree<S, Y, Level + 1, with>();
        else
            return region_tree<S, Y, Level + 1, Bits>();
    }
}

}  // namespace detail::proof

//! g written through f: `lz::in_terms_of(lz::d(s, z), s, y)` is y (1 - y) for the sigmoid s;
//! lz::not_found when no polynomial of degree <= 4 in y exists (test with lz::found).
template <expression G, expression F, fixed_string Y>
constexpr auto in_terms_of(G const&, F const&, symbol<Y>) {
    using g = detail::tree_t<G>;
    using f = detail::tree_t<F>;
    static_assert(!detail::contains_v<symbol<Y>, detail::symbols_in_t<g, detail::type_list<>>> &&
                      !detail::contains_v<symbol<Y>, detail::symbols_in_t<f, detail::type_list<>>>,
                  "leibniz: in_terms_of(g, f, y): y must be a new symbol, not one of g or f");
    using S = detail::proof::solution_of<g, f>;
    if constexpr (S::value.found)
        return detail::proof::region_tree<S, Y, 0, 0>();
    else
        return not_found{};
}

}  // namespace leibniz
