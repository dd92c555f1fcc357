// Exact constants: c<N, D>, the _c literal (2_c, 0.5_c), and the named constants pi and e.
#pragma once

#include <cmath>
#include <string_view>
#include <type_traits>

#include <leibniz/core/nodes.hpp>
#include <leibniz/core/rational.hpp>

namespace leibniz {

namespace detail {
//! The canonical constant for an exact rational, or a diagnostic when it overflowed.
template <rational R>
constexpr auto constant_from() {
    static_assert(R.ok, "leibniz: an exact constant does not fit in 64-bit integers (or divides by "
                        "zero); write it as a run-time constant (a double) instead");
    if constexpr (R.ok)
        return constant<R.num, R.den>{};
    else
        return constant<0>{};
}
}  // namespace detail

//! The exact rational N/D, reduced: `lz::c<1, 100>` is one hundredth.
template <long long N, long long D = 1>
inline constexpr auto c = detail::constant_from<detail::reduce(N, D)>();

//! Tag of pi.
struct pi_tag {
    static constexpr std::string_view name = "pi", latex = "\\pi";
    template <class T>
    static constexpr T value() {
        if constexpr (std::is_floating_point_v<T>)
            return static_cast<T>(3.141592653589793238462643383279502884L);
        else {
            using std::atan;
            return T(4) * atan(T(1));
        }
    }
};

//! Tag of Euler's number.
struct e_tag {
    static constexpr std::string_view name = "e", latex = "e";
    template <class T>
    static constexpr T value() {
        if constexpr (std::is_floating_point_v<T>)
            return static_cast<T>(2.718281828459045235360287471352662498L);
        else {
            using std::exp;
            return exp(T(1));
        }
    }
};

//! pi, exact: `lz::pi`.
inline constexpr named<pi_tag> pi{};
//! Euler's number, exact: `lz::e`; `pow(lz::e, z)` is `exp(z)`.
inline constexpr named<e_tag> e{};

namespace detail {
template <char... Cs>
consteval rational parse_literal() {
    constexpr char text[] = {Cs...};
    rational r{0, 1, true};
    long long scale = 1;
    bool fraction = false;
    for (char ch : text) {
        if (ch == '\'') continue;
        if (ch == '.') {
            fraction = true;
            continue;
        }
        if (ch < '0' || ch > '9') return detail::overflowed;
        r = r * rational{10, 1, true} + rational{ch - '0', 1, true};
        if (fraction && __builtin_mul_overflow(scale, 10, &scale)) return detail::overflowed;
    }
    return r * inverse(rational{scale, 1, true});
}
}  // namespace detail

namespace literals {
//! An exact constant: `2_c`, `0.5_c` (= 1/2); negative ones by unary minus: `-1_c`.
template <char... Cs>
constexpr auto operator""_c() {
    constexpr detail::rational r = detail::parse_literal<Cs...>();
    static_assert(r.ok,
                  "leibniz: _c takes a decimal number such as 2_c or 0.25_c that fits in 64 bits");
    return detail::constant_from<r>();
}
}  // namespace literals

}  // namespace leibniz
