// The answers of lz::limit that are not expressions: lz::inf and -lz::inf (divergence),
// lz::no_limit (oscillation, as sin z at infinity) and lz::unknown_limit (outside the class the
// library decides). lz::inf is also the point of a limit: lz::limit(f, z, -lz::inf).
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
inline constexpr bool is_limit_marker_v = false;
template <int S>
inline constexpr bool is_limit_marker_v<infinity<S>> = true;
template <>
inline constexpr bool is_limit_marker_v<no_limit_t> = true;
template <>
inline constexpr bool is_limit_marker_v<unknown_limit_t> = true;
}  // namespace detail

}  // namespace leibniz
