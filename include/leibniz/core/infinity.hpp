// The answers of lz::limit that are not expressions: lz::inf and -lz::inf (divergence),
// lz::no_limit (oscillation, as sin z at infinity) and lz::unknown_limit (outside the class the
// library decides). lz::inf is also the point of a limit: lz::limit(f, z, -lz::inf), and of an
// asymptotic form: lz::asymptotic(f, z, lz::inf, 2_c). lz::unknown_series is what lz::series and
// lz::asymptotic give outside the class they expand; it is no expression.
#pragma once

#include <type_traits>

namespace leibniz {

//! +infinity (Sign = 1) or -infinity (Sign = -1): `lz::inf`, `-lz::inf`.
template <int Sign>
struct infinity {
    static_assert(Sign == 1 || Sign == -1, "leibniz: infinity<Sign> takes +1 or -1");
    static constexpr int sign = Sign;
    constexpr infinity<-Sign> operator-() const { return {}; }
    constexpr infinity operator+() const { return {}; }
};

//! What lz::limit returns where the function has no limit (it oscillates: sin z as z -> inf).
struct no_limit_t {};
//! What lz::limit returns where it cannot decide (outside the class it handles, or a limit that
//! depends on a parameter's sign).
struct unknown_limit_t {};

//! Infinity: `lz::limit(f, z, lz::inf)`; `lz::same(lz::limit(relu(z), z, lz::inf), lz::inf)`.
inline constexpr infinity<1> inf{};
//! `lz::same(lz::limit(lz::sin(z), z, lz::inf), lz::no_limit)`.
inline constexpr no_limit_t no_limit{};
//! `lz::same(result, lz::unknown_limit)`: the library could not decide.
inline constexpr unknown_limit_t unknown_limit{};

namespace detail {
template <class T>
inline constexpr bool always_false_v = false;

// The message of every use of unknown_series as an expression.
#define LEIBNIZ_UNKNOWN_SERIES_MESSAGE                                                             \
    "leibniz: this is lz::unknown_series (lz::series or lz::asymptotic could not expand the "      \
    "expression exactly), not an expression; test lz::same(r, lz::unknown_series) with if "        \
    "constexpr, or try a lower order, another point or a simpler form"
}  // namespace detail

//! What lz::series and lz::asymptotic return outside the class they expand (an overflowing
//! coefficient, an irrational value, a kink at the point, ...): `lz::same(r, lz::unknown_series)`.
//! Using it as an expression (evaluating, printing, differentiating, arithmetic) is a compile
//! error that says so.
struct unknown_series_t {
    template <class... Bs>
    constexpr int operator()(Bs const&...) const {
        static_assert(detail::always_false_v<Bs...>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class B>
    friend constexpr int operator+(unknown_series_t, B const&) {
        static_assert(detail::always_false_v<B>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class B>
    friend constexpr int operator-(unknown_series_t, B const&) {
        static_assert(detail::always_false_v<B>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class B>
    friend constexpr int operator*(unknown_series_t, B const&) {
        static_assert(detail::always_false_v<B>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class B>
    friend constexpr int operator/(unknown_series_t, B const&) {
        static_assert(detail::always_false_v<B>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class A>
        requires(!std::is_same_v<A, unknown_series_t>)
    friend constexpr int operator+(A const&, unknown_series_t) {
        static_assert(detail::always_false_v<A>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class A>
        requires(!std::is_same_v<A, unknown_series_t>)
    friend constexpr int operator-(A const&, unknown_series_t) {
        static_assert(detail::always_false_v<A>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class A>
        requires(!std::is_same_v<A, unknown_series_t>)
    friend constexpr int operator*(A const&, unknown_series_t) {
        static_assert(detail::always_false_v<A>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class A>
        requires(!std::is_same_v<A, unknown_series_t>)
    friend constexpr int operator/(A const&, unknown_series_t) {
        static_assert(detail::always_false_v<A>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
    template <class A = void>
    constexpr int operator-() const {
        static_assert(detail::always_false_v<A>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
        return 0;
    }
};

//! `lz::same(lz::series(lz::abs(z), z, 0_c, 3_c), lz::unknown_series)`: no expansion.
inline constexpr unknown_series_t unknown_series{};

namespace detail {
template <class T>
inline constexpr bool is_unknown_series_v = std::is_same_v<T, unknown_series_t>;

template <class T>
inline constexpr bool is_limit_marker_v = false;
template <int S>
inline constexpr bool is_limit_marker_v<infinity<S>> = true;
template <>
inline constexpr bool is_limit_marker_v<no_limit_t> = true;
template <>
inline constexpr bool is_limit_marker_v<unknown_limit_t> = true;
template <>
inline constexpr bool is_limit_marker_v<unknown_series_t> = true;
}  // namespace detail

}  // namespace leibniz
