// The operations that only a lowered tree (eval/lower.hpp) contains: log1p, expm1, erfc, fma and
// branch-free selections. Each is one node lowered<Op, Args...>; Op gives its value, by the same
// arithmetic at run time as the C text of its pattern, which the emitters expand:
//   $0..$9  the operands;  @name(  a call of the standard function name (expf, std::exp, ...);
//   #n      the integer n in the target type;  %T  a conversion to the target type.
// During constant evaluation the transcendental ones use the constexpr kernels (in long double).
#pragma once

#include <cmath>
#include <string_view>
#include <type_traits>

#include <leibniz/functions/math.hpp>

namespace leibniz::detail {

//! An operation of a lowered tree applied to its operands.
template <class Op, class... Args>
struct lowered {};

template <class T>
inline constexpr bool is_lowered_v = false;
template <class Op, class... Args>
inline constexpr bool is_lowered_v<lowered<Op, Args...>> = true;

// The standard function at run time, the long double kernel in constant evaluation.
template <class T, class Kernel, class Standard>
constexpr T kernel_or_standard(T const& x, Kernel kernel, Standard standard) {
    if (std::is_constant_evaluated()) return math::narrow<T>(kernel(static_cast<math::ld>(x)));
    return static_cast<T>(standard(x));
}

//! log(1 + x)
struct log1p_op {
    static constexpr std::string_view pattern = "@log1p($0)";
    template <class T>
    static constexpr T eval(T const& x) {
        return kernel_or_standard(
            x, [](math::ld v) { return math::log1p(v); },
            [](T const& v) {
                using std::log1p;
                return log1p(v);
            });
    }
};

//! exp(x) - 1
struct expm1_op {
    static constexpr std::string_view pattern = "@expm1($0)";
    template <class T>
    static constexpr T eval(T const& x) {
        return kernel_or_standard(
            x, [](math::ld v) { return math::expm1(v); },
            [](T const& v) {
                using std::expm1;
                return expm1(v);
            });
    }
};

//! erfc(x) = 1 - erf(x)
struct erfc_op {
    static constexpr std::string_view pattern = "@erfc($0)";
    template <class T>
    static constexpr T eval(T const& x) {
        return kernel_or_standard(
            x, [](math::ld v) { return math::erfc(v); },
            [](T const& v) {
                using std::erfc;
                return erfc(v);
            });
    }
};

//! a b + c with one rounding (in long double during constant evaluation)
struct fma_op {
    static constexpr std::string_view pattern = "@fma($0, $1, $2)";
    template <class T>
    static constexpr T eval(T const& a, T const& b, T const& c) {
        if (std::is_constant_evaluated())
            return static_cast<T>(static_cast<math::ld>(a) * static_cast<math::ld>(b) +
                                  static_cast<math::ld>(c));
        using std::fma;
        return fma(a, b, c);
    }
};

//! the larger of a and b (a maxsd instruction, no branch)
struct max_op {
    static constexpr std::string_view pattern = "($0 > $1 ? $0 : $1)";
    template <class T>
    static constexpr T eval(T const& a, T const& b) {
        return a > b ? a : b;
    }
};

//! the smaller of a and b
struct min_op {
    static constexpr std::string_view pattern = "($0 < $1 ? $0 : $1)";
    template <class T>
    static constexpr T eval(T const& a, T const& b) {
        return a < b ? a : b;
    }
};

//! 1 where x >= 0, else 0
struct nonnegative_op {
    static constexpr std::string_view pattern = "%T($0 >= #0)";
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(x >= T(0));
    }
};

//! 1 where x <= 0, else 0
struct nonpositive_op {
    static constexpr std::string_view pattern = "%T($0 <= #0)";
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(x <= T(0));
    }
};

//! 1 where x > 0, else 0
struct positive_op {
    static constexpr std::string_view pattern = "%T($0 > #0)";
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(x > T(0));
    }
};

}  // namespace leibniz::detail
