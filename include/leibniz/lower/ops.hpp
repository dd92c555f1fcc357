// The operations that only a lowered tree (lower/lower.hpp) contains: log1p, expm1, erfc, fma and
// branch-free selections. Each is one node lowered<Op, Args...>; Op gives its value, by the same
// arithmetic at run time as the C text of its pattern, which the emitters expand:
//   $0..$9  the operands;  @name(  a call of the standard function name (expf, std::exp, ...);
//   #n      the integer n (maybe negative) in the target type;  #n|m  n, or m for float;
//   %T      a conversion to the target type.
// An op may give a batch_pattern, its spelling in batch kernels (blends for ?:).
// During constant evaluation the transcendental ones use the constexpr kernels (in long double).
#pragma once

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

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

//! +1 or -1 by the sign bit of x: copysign(1, x), an and and an or, no branch
struct unit_sign_op {
    static constexpr std::string_view pattern = "@copysign(#1, $0)";
    template <class T>
    static constexpr T eval(T const& x) {
        if (std::is_constant_evaluated()) {
            if constexpr (sizeof(T) == sizeof(std::uint64_t))
                return std::bit_cast<std::uint64_t>(x) >> 63 ? T(-1) : T(1);
            else if constexpr (sizeof(T) == sizeof(std::uint32_t))
                return std::bit_cast<std::uint32_t>(x) >> 31 ? T(-1) : T(1);
            else
                return x < T(0) ? T(-1) : T(1);
        }
        using std::copysign;
        return copysign(T(1), x);
    }
};

// Decimal digits of v >= 0 into out at n.
template <std::size_t S>
constexpr void put_number(std::array<char, S>& out, std::size_t& n, long long v) {
    char digits[24]{};
    int k = 0;
    do digits[k++] = static_cast<char>('0' + v % 10);
    while ((v /= 10) > 0);
    while (k > 0) out[n++] = digits[--k];
}
template <std::size_t S>
constexpr void put_text(std::array<char, S>& out, std::size_t& n, char const* s) {
    while (*s) out[n++] = *s++;
}

//! The number n/d rounded once to the type: one multiplication where it is a factor (a product's
//! constant coefficient is applied as a multiplication by n and a division by d).
template <long long N, long long D>
struct literal_op {
    static_assert(D > 0);
    static constexpr auto text = [] {
        std::array<char, 64> out{};
        std::size_t n = 0;
        put_text(out, n, N < 0 ? "(-#" : "(#");
        put_number(out, n, N < 0 ? -N : N);
        put_text(out, n, " / #");
        put_number(out, n, D);
        put_text(out, n, ")");
        return std::pair{out, n};
    }();
    static constexpr std::string_view pattern{text.first.data(), text.second};
    template <class T>
    static constexpr T eval() {
        return T(N < 0 ? -T(-N) / T(D) : T(N) / T(D));
    }
};

//! A long double V as two numbers of the target type, hi = V rounded and lo = V - hi rounded
//! (Low selects lo), for arithmetic in double-double (lower/compensated.hpp). Each is written
//! exactly, as m / 2^a / 2^b / 2^c with an integer m; a lo below 2^-180 is 0.
template <long double V, bool Low>
struct split_literal_op {
    // v = m 2^-e, e >= 0
    struct exact {
        long long m = 0;
        int e = 0;
    };
    template <class T>
    static constexpr exact decompose() {
        T const hi = static_cast<T>(V);
        long double x = Low ? static_cast<long double>(static_cast<T>(V - hi)) : hi;
        exact r;
        while (x != static_cast<long double>(static_cast<long long>(x)) && r.e < 180) x *= 2, ++r.e;
        if (x != static_cast<long double>(static_cast<long long>(x))) return exact{};
        r.m = static_cast<long long>(x);
        return r;
    }
    static_assert(V > -0x1p62L && V < 0x1p62L, "leibniz: a coefficient of a compensated argument "
                                               "must be below 2^62 in magnitude");
    static constexpr exact d = decompose<double>(), f = decompose<float>();
    static constexpr int chunks = ((d.e > f.e ? d.e : f.e) + 61) / 62;
    static constexpr int chunk(int e, int k) {
        int rest = e - 62 * k;
        return rest < 0 ? 0 : rest > 62 ? 62 : rest;
    }
    static constexpr auto text = [] {
        // "(#md|mf / #2^ad|2^af / ...)"
        std::array<char, 160> out{};
        std::size_t n = 0;
        auto signed_number = [&](long long v) {
            if (v < 0) out[n++] = '-';
            put_number(out, n, v < 0 ? -v : v);
        };
        put_text(out, n, chunks > 0 ? "(#" : "#");
        signed_number(d.m);
        put_text(out, n, "|");
        signed_number(f.m);
        for (int k = 0; k < chunks; ++k) {
            put_text(out, n, " / #");
            put_number(out, n, 1LL << chunk(d.e, k));
            put_text(out, n, "|");
            put_number(out, n, 1LL << chunk(f.e, k));
        }
        if (chunks > 0) put_text(out, n, ")");
        return std::pair{out, n};
    }();
    static constexpr std::string_view pattern{text.first.data(), text.second};
    template <class T>
    static constexpr T eval() {
        constexpr exact x = std::is_same_v<T, float> ? f : d;
        T r = static_cast<T>(x.m);
        for (int k = 0; k < chunks; ++k) r = r / static_cast<T>(1LL << chunk(x.e, k));
        return r;
    }
};

//! The high part of x in [0, 2^B) for an exact square (Veltkamp's splitting by one addition):
//! (x + c) - c with c = 1.5 2^(26+B) in double, 1.5 2^(11+B) in float, i.e. x rounded to a
//! multiple of 2^(B-26) (2^(B-12)): at most half the digits of the type, so that its square and
//! its product with x minus it are exact.
template <int B>
struct split_op {
    static_assert(B >= 0 && B <= 30, "leibniz: split_op: 0 <= B <= 30");
    static constexpr long long c_double = 3LL << (25 + B);
    static constexpr long long c_float = 3LL << (10 + B);
    static constexpr auto text = [] {
        // "(($0 + #c_double|c_float) - #c_double|c_float)"
        std::array<char, 64> out{};
        std::size_t n = 0;
        put_text(out, n, "(($0 + #");
        put_number(out, n, c_double);
        put_text(out, n, "|");
        put_number(out, n, c_float);
        put_text(out, n, ") - #");
        put_number(out, n, c_double);
        put_text(out, n, "|");
        put_number(out, n, c_float);
        put_text(out, n, ")");
        return std::pair{out, n};
    }();
    static constexpr std::string_view pattern{text.first.data(), text.second};
    template <class T>
    static constexpr T eval(T const& x) {
        T const c = std::is_same_v<T, float> ? T(c_float) : T(c_double);
        return T(T(x + c) - c);
    }
};

//! the larger of a and b (a maxsd instruction, no branch)
struct max_op {
    static constexpr std::string_view pattern = "($0 > $1 ? $0 : $1)",
                                      batch_pattern = "@fmax($0, $1)";
    template <class T>
    static constexpr T eval(T const& a, T const& b) {
        return a > b ? a : b;
    }
};

//! the smaller of a and b
struct min_op {
    static constexpr std::string_view pattern = "($0 < $1 ? $0 : $1)",
                                      batch_pattern = "@fmin($0, $1)";
    template <class T>
    static constexpr T eval(T const& a, T const& b) {
        return a < b ? a : b;
    }
};

//! 1 where x >= 0, else 0
struct nonnegative_op {
    static constexpr std::string_view pattern = "%T($0 >= #0)",
                                      batch_pattern = "@select($0 >= #0, #1, #0)";
    template <class T>
    static constexpr bool test(T const& x) {
        return x >= T(0);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(test(x));
    }
};

//! 1 where x <= 0, else 0
struct nonpositive_op {
    static constexpr std::string_view pattern = "%T($0 <= #0)",
                                      batch_pattern = "@select($0 <= #0, #1, #0)";
    template <class T>
    static constexpr bool test(T const& x) {
        return x <= T(0);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(test(x));
    }
};

//! 1 where x > 0, else 0
struct positive_op {
    static constexpr std::string_view pattern = "%T($0 > #0)",
                                      batch_pattern = "@select($0 > #0, #1, #0)";
    template <class T>
    static constexpr bool test(T const& x) {
        return x > T(0);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(test(x));
    }
};

//! a where the flag is 1, b where it is 0 (a blend, no branch)
struct select_op {
    static constexpr std::string_view pattern = "($0 != #0 ? $1 : $2)",
                                      batch_pattern = "@select($0 != #0, $1, $2)";
    template <class T>
    static constexpr T eval(T const& flag, T const& a, T const& b) {
        return flag != T(0) ? a : b;
    }
};

//! sqrt(x^2 + y^2) without overflow or underflow of the squares
struct hypot_op {
    static constexpr std::string_view pattern = "@hypot($0, $1)";
    template <class T>
    static constexpr T eval(T const& x, T const& y) {
        if (std::is_constant_evaluated()) {
            math::ld a = static_cast<math::ld>(x), b = static_cast<math::ld>(y);
            return math::narrow<T>(math::sqrt(a * a + b * b));
        }
        using std::hypot;
        return hypot(x, y);
    }
};

//! 1 where exp(x) is finite with room to spare (x <= 700 in double, 80 in float), else 0
struct exp_finite_op {
    static constexpr std::string_view pattern = "%T($0 <= #700|80)",
                                      batch_pattern = "@select($0 <= #700|80, #1, #0)";
    template <class T>
    static constexpr bool test(T const& x) {
        return x <= T(std::is_same_v<T, float> ? 80 : 700);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(test(x));
    }
};

//! 1 where x is finite, else 0 (x - x is 0 only for a finite x)
struct finite_op {
    static constexpr std::string_view pattern = "%T(($0 - $0) == #0)",
                                      batch_pattern = "@select(($0 - $0) == #0, #1, #0)";
    template <class T>
    static constexpr bool test(T const& x) {
        return x - x == T(0);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>(test(x));
    }
};

}  // namespace leibniz::detail
