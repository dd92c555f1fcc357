// Evaluation of both sides at sample points, in long double with the constexpr kernels: a
// point where both are finite and differ far beyond rounding disproves an identity.
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

//! How many values one sample point may compute (a budget, like the normal form's).
inline constexpr long long max_numeric_steps = 2000;

struct numeric_walk {
    flat_view t;
    point const* at = nullptr;
    list<math::ld> memo;
    list<char> done;
    bool ok = true;
    long long steps = 0;
    math::ld largest = 0;  // the largest magnitude met: cancellation makes it the scale of errors
};

constexpr math::ld value_of(numeric_walk& w, std::size_t i);

constexpr bool holds(numeric_walk& w, std::size_t c) {
    math::ld l = value_of(w, w.t.child(c, 0)), r = value_of(w, w.t.child(c, 1));
    math::ld size = math::fabs(l) > math::fabs(r) ? math::fabs(l) : math::fabs(r);
    // on a boundary, rounding may pick either branch: no evidence here
    if (math::fabs(l - r) <= 1e-9L * (size > 1 ? size : 1)) w.ok = false;
    std::string_view op = w.t[c].name;
    if (op == "<") return l < r;
    if (op == "<=") return l <= r;
    if (op == ">") return l > r;
    return l >= r;
}

// Values are finite or the point is given up: constant evaluation rejects arithmetic that makes
// a NaN or divides by zero, so no such operation is ever attempted.
constexpr math::ld checked(numeric_walk& w, math::ld x) {
    if (!(x == x && x - x == 0) || ++w.steps > max_numeric_steps) w.ok = false;
    if (!w.ok) return 0;
    math::ld size = math::fabs(x);
    if (size > w.largest) w.largest = size;
    return x;
}

constexpr math::ld compute_value(numeric_walk& w, std::size_t i) {
    flat_node const& f = w.t[i];
    switch (f.k) {
    case kind::constant:
        return static_cast<math::ld>(f.num) / static_cast<math::ld>(f.den);
    case kind::named:
        return f.value;
    case kind::param:
        if (w.t.params == nullptr) w.ok = false;
        return w.ok ? w.t.params[f.index] : 0;
    case kind::symbol:
        for (std::size_t k = 0; k < w.at->names.size(); ++k)
            if (w.at->names[k] == f.name) return w.at->values[k];
        w.ok = false;
        return 0;
    case kind::sum: {
        math::ld s = 0;
        for (std::size_t k = 0; k < f.count && w.ok; ++k)
            s = checked(w, s + value_of(w, w.t.child(i, k)));
        return s;
    }
    case kind::product: {
        math::ld p = 1;
        for (std::size_t k = 0; k < f.count && w.ok; ++k)
            p = checked(w, p * value_of(w, w.t.child(i, k)));
        return p;
    }
    case kind::power: {
        math::ld b = value_of(w, w.t.child(i, 0)), e = value_of(w, w.t.child(i, 1));
        if (!w.ok || math::fabs(e) > 64 || (b == 0 && e <= 0) ||
            (b < 0 && e != static_cast<long long>(e))) {
            w.ok = false;
            return 0;
        }
        return checked(w, math::pow(b, e));
    }
    case kind::apply: {
        math::ld x = value_of(w, w.t.child(i, 0));
        // far arguments are left alone: the constexpr kernels of sin and cos are accurate only
        // for |x| < 1e5, log takes a step per binade
        if (!f.has_kernel || !w.ok || (f.rule == proof_rule::log && (x <= 0 || x > 1e30L)) ||
            (f.rule == proof_rule::exp && math::fabs(x) > 11000) ||
            (f.rule == proof_rule::opaque && math::fabs(x) > 1e5L)) {
            w.ok = false;
            return 0;
        }
        return checked(w, f.kernel(x));
    }
    case kind::piecewise: {
        bool taken = holds(w, w.t.child(i, 0));
        return w.ok ? value_of(w, w.t.child(i, taken ? 1 : 2)) : 0;
    }
    case kind::comparison:
        w.ok = false;
        return 0;
    }
    return 0;
}

constexpr math::ld value_of(numeric_walk& w, std::size_t i) {
    if (!w.ok) return 0;
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
        w.memo.push_back(0);
        w.done.push_back(0);
    }
}

//! Whether some sample point shows a and b to differ: both finite, and apart by more than
//! 1e-9 of their size (long double evaluation is good to about 1e-17).
constexpr bool differ_somewhere(flat_view a, flat_view b) {
    point at;
    for (flat_view const* t : {&a, &b})
        for (std::size_t i = 0; i < t->size; ++i) {
            if ((*t)[i].k != kind::symbol) continue;
            bool known = false;
            for (std::string_view name : at.names) known = known || name == (*t)[i].name;
            if (!known) at.names.push_back((*t)[i].name);
        }
    constexpr math::ld samples[] = {0.71L, -1.37L, 2.23L, -0.43L, 1.61L, -2.71L, 0.19L, 3.47L};
    constexpr std::size_t count = sizeof(samples) / sizeof(samples[0]);
    for (std::size_t k = 0; k < count; ++k) {
        at.values.clear();
        for (std::size_t j = 0; j < at.names.size(); ++j)
            at.values.push_back(samples[(k + 3 * j) % count]);
        numeric_walk wa, wb;
        wa.t = a;
        wb.t = b;
        wa.at = wb.at = &at;
        start(wa);
        start(wb);
        math::ld x = value_of(wa, a.root()), y = value_of(wb, b.root());
        if (!wa.ok || !wb.ok) continue;  // not defined here
        math::ld size = wa.largest > wb.largest ? wa.largest : wb.largest;
        if (size < 1) size = 1;
        if (math::fabs(x - y) > 1e-9L * size) return true;
    }
    return false;
}

}  // namespace leibniz::detail::proof
