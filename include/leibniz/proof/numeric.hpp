// Evaluation of both sides at sample points, in long double with the constexpr kernels, each
// value with a bound on its error (rounding, the kernels' error, and how the argument's error
// propagates): a point where both are finite and differ beyond their bounds disproves an
// identity. A value whose error cannot be bounded (a division by a number lost to
// cancellation, a function of unknown slope, a branch on a boundary) gives the point up.
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/functions/math.hpp>
#include <leibniz/proof/list.hpp>
#include <leibniz/proof/normal_form.hpp>

namespace leibniz::detail::proof {

struct point {
    list<std::string_view> names;
    list<math::ld> values;
};

//! The work all sample points of one decision may do (a budget, like the normal form's): an
//! operation costs 1, a kernel its loop (kernel_cost), so that the witness stays within about
//! 1/4 of clang's 2^20 steps beside the algebra's budget.
inline constexpr long long max_numeric_steps = 12000;
//! What a kernel costs against that budget, in units of an arithmetic operation.
inline constexpr long long kernel_cost = 40;
//! Values are kept below this size, so that no product of two of them overflows (constant
//! evaluation rejects an infinity as it rejects a NaN).
inline constexpr long double largest_value = 1e2000L;

//! A value and a bound on its absolute error.
struct approx {
    math::ld v = 0, e = 0;
};

struct numeric_walk {
    graph_view t;
    point const* at = nullptr;
    list<approx> memo;
    list<char> done;
    bool ok = true;
    long long* steps = nullptr;  // shared by every walk of one decision
};

// Error bounds: long double rounds to u = 2^-64 relative; the constexpr kernels are taken to be
// within kernel_error relative (they are good to a few ulp of long double), sin and cos within
// kernel_error (1 + |x|) absolute (their range reduction loses |x| u).
inline constexpr math::ld rounding = 1.0842021724855044e-19L;  // 2^-63, twice u
inline constexpr math::ld kernel_error = 1e-16L;

constexpr approx value_of(numeric_walk& w, std::size_t i);

constexpr math::ld largest(math::ld a, math::ld b) { return a > b ? a : b; }

// Values are finite or the point is given up: constant evaluation rejects arithmetic that makes
// a NaN or divides by zero, so no such operation is ever attempted.
constexpr approx checked(numeric_walk& w, approx x, long long cost = 1) {
    *w.steps += cost;
    if (!(math::fabs(x.v) <= largest_value && x.e <= largest_value) || *w.steps > max_numeric_steps)
        w.ok = false;
    if (!w.ok) return {};
    return x;
}

// Whether the comparison holds, when the error bounds decide it; on a boundary, rounding may
// pick either branch: no evidence there.
constexpr bool holds(numeric_walk& w, std::size_t c) {
    approx l = value_of(w, w.t.child(c, 0)), r = value_of(w, w.t.child(c, 1));
    if (math::fabs(l.v - r.v) <= 2 * (l.e + r.e) + 1e-300L) w.ok = false;
    std::string_view op = w.t[c].name;
    if (op == "<") return l.v < r.v;
    if (op == "<=") return l.v <= r.v;
    if (op == ">") return l.v > r.v;
    return l.v >= r.v;
}

// b^p: the relative error of the result is |p| (e_b/|b|) + |log b| e_p, to first order; the
// first order is within a factor 2 of the truth while that sum is below 1/10.
constexpr approx power_value(numeric_walk& w, approx b, approx p) {
    // (the size of b first: log takes a step per binade)
    if (math::fabs(p.v) > 64 || math::fabs(b.v) <= 2 * b.e || math::fabs(b.v) > 1e30L ||
        math::fabs(b.v) < 1e-30L) {
        w.ok = false;
        return {};
    }
    bool integer = p.e == 0 && p.v == static_cast<long long>(p.v);
    if (b.v < 0 && !integer) {
        w.ok = false;
        return {};
    }
    math::ld relative = math::fabs(p.v) * b.e / math::fabs(b.v);
    if (p.e != 0) relative += math::fabs(math::log(math::fabs(b.v))) * p.e;
    if (relative > 0.1L) {
        w.ok = false;
        return {};
    }
    // math::pow is exp(p log |b|): the rounding of that product, and two kernels
    math::ld v = math::pow(b.v, p.v), exponent = math::fabs(p.v * math::log(math::fabs(b.v)));
    return checked(
        w, {v, math::fabs(v) * (2 * relative + (exponent + 2) * rounding + 2 * kernel_error)},
        2 * kernel_cost);
}

constexpr approx function_value(numeric_walk& w, graph_node const& f, approx x) {
    // far arguments are left alone: the constexpr kernels of sin and cos are accurate only
    // for |x| < 1e5, log takes a step per binade
    bool far = (f.rule == proof_rule::log && (x.v <= 2 * x.e || x.v > 1e30L || x.v < 1e-30L)) ||
               (f.rule == proof_rule::exp && (math::fabs(x.v) > 11000 || x.e > 0.1L)) ||
               (f.slope >= 0 && math::fabs(x.v) > 1e5L);
    bool unknown_slope = f.rule != proof_rule::exp && f.rule != proof_rule::log && f.slope < 0;
    bool on_jump = !f.continuous && math::fabs(x.v) <= 2 * x.e;
    if (!f.has_kernel || !w.ok || far || unknown_slope || on_jump) {
        w.ok = false;
        return {};
    }
    math::ld v = f.kernel(x.v), e = 0;
    switch (f.rule) {
    case proof_rule::exp:  // |exp'| = exp, and exp(x + e) - exp(x) <= 1.06 e exp(x) for e <= 0.1
        e = math::fabs(v) * (1.1L * x.e + kernel_error);
        break;
    case proof_rule::log:  // |log'| <= 1/(x - e) on [x - e, x + e]
        e = x.e / (x.v - x.e) + math::fabs(v) * kernel_error + rounding;
        break;
    case proof_rule::tanh:
        e = x.e + math::fabs(v) * kernel_error;
        break;
    default:  // a function of bounded slope
        e = f.slope * x.e + kernel_error * (math::fabs(v) + math::fabs(x.v) + 1);
        break;
    }
    return checked(w, {v, e}, kernel_cost);
}

constexpr approx compute_value(numeric_walk& w, std::size_t i) {
    graph_node const& f = w.t[i];
    switch (f.k) {
    case kind::constant: {  // exact when den is a power of 2 (a 64-bit num always fits)
        math::ld v = static_cast<math::ld>(f.num) / static_cast<math::ld>(f.den);
        return {v, (f.den & (f.den - 1)) == 0 ? 0 : math::fabs(v) * rounding};
    }
    case kind::named:
        return {f.value, math::fabs(f.value) * 2 * rounding};
    case kind::param:  // the value itself, exactly
        if (w.t.params == nullptr) w.ok = false;
        return {w.ok ? w.t.params[f.index] : 0, 0};
    case kind::symbol:  // the sample point, exactly
        for (std::size_t k = 0; k < w.at->names.size(); ++k)
            if (w.at->names[k] == f.name) return {w.at->values[k], 0};
        w.ok = false;
        return {};
    case kind::sum: {
        approx s{};
        for (std::size_t k = 0; k < f.count && w.ok; ++k) {
            approx x = value_of(w, w.t.child(i, k));
            math::ld v = s.v + x.v;
            s = checked(w, {v, s.e + x.e + math::fabs(v) * rounding});
        }
        return s;
    }
    case kind::product: {
        approx p{1, 0};
        for (std::size_t k = 0; k < f.count && w.ok; ++k) {
            approx x = value_of(w, w.t.child(i, k));
            math::ld v = p.v * x.v;
            p = checked(w, {v, math::fabs(p.v) * x.e + math::fabs(x.v) * p.e + p.e * x.e +
                                   math::fabs(v) * rounding});
        }
        return p;
    }
    case kind::power: {
        approx b = value_of(w, w.t.child(i, 0)), e = value_of(w, w.t.child(i, 1));
        return w.ok ? power_value(w, b, e) : approx{};
    }
    case kind::apply: {
        approx x = value_of(w, w.t.child(i, 0));
        return w.ok ? function_value(w, f, x) : approx{};
    }
    case kind::piecewise: {
        bool taken = holds(w, w.t.child(i, 0));
        return w.ok ? value_of(w, w.t.child(i, taken ? 1 : 2)) : approx{};
    }
    case kind::comparison:
        w.ok = false;
        return {};
    }
    return {};
}

constexpr approx value_of(numeric_walk& w, std::size_t i) {
    if (!w.ok) return {};
    if (!w.done[i]) {
        w.memo[i] = compute_value(w, i);
        w.done[i] = true;
    }
    return w.memo[i];
}

// (vectors of long double are grown, not constructed with a size: clang 19 rejects libstdc++'s
// fill of not-yet-started objects in constant evaluation)
constexpr void start(numeric_walk& w) {
    for (std::size_t i = 0; i < w.t.size; ++i) {
        w.memo.push_back(approx{});
        w.done.push_back(0);
    }
}

//! The value of t's root at the point, with a bound on its error; ok is false where it is not
//! defined, cannot be bounded, or the shared steps run out.
constexpr approx value_at(graph_view t, point const& at, long long& steps, bool& ok) {
    numeric_walk w;
    w.t = t;
    w.at = &at;
    w.steps = &steps;
    start(w);
    approx x = value_of(w, t.root());
    ok = w.ok;
    return x;
}

//! Whether some sample point shows a and b to differ: both finite, and apart by more than four
//! times the sum of their error bounds.
constexpr bool differ_somewhere(graph_view a, graph_view b) {
    point at;
    for (graph_view const* t : {&a, &b})
        for (std::size_t i = 0; i < t->size; ++i) {
            if ((*t)[i].k != kind::symbol) continue;
            bool known = false;
            for (std::string_view name : at.names) known = known || name == (*t)[i].name;
            if (!known) at.names.push_back((*t)[i].name);
        }
    constexpr math::ld samples[] = {0.71L, -1.37L, 2.23L, -0.43L, 1.61L, -2.71L, 0.19L, 3.47L};
    constexpr std::size_t count = sizeof(samples) / sizeof(samples[0]);
    long long steps = 0;
    for (std::size_t k = 0; k < count && steps <= max_numeric_steps; ++k) {
        at.values.clear();
        for (std::size_t j = 0; j < at.names.size(); ++j)
            at.values.push_back(samples[(k + 3 * j) % count]);
        bool ok_a = true, ok_b = true;
        approx x = value_at(a, at, steps, ok_a), y = value_at(b, at, steps, ok_b);
        if (!ok_a || !ok_b) continue;  // not defined here
        if (math::fabs(x.v - y.v) > 4 * (x.e + y.e) + 1e-300L) return true;
    }
    return false;
}

}  // namespace leibniz::detail::proof
