// Compensated arguments, for the lowering (lower/lower.hpp): w = c P(y), a constant c times a
// polynomial P in one symbol y with rational coefficients, evaluated in double-double, as s + e
// with |e| <= 2^-52 |s|. exp(-|w|) amplifies the rounding of w by |w|, up to 745 in double: the
// plain w = sqrt(2/pi) (y + 0.044715 y^3) of gelu_tanh costs 1.7e3 ulp at y = -21.
//   - The coefficients b_i = |c| a_i are computed in long double at compile time and split into
//     hi + lo of the target type (split_literal_op): c and 0.044715 to 64 bits, not 53.
//   - P is computed by the compensated Horner scheme (Graillat, Langlois and Louvet, 2005): each
//     product's error by an fma, each sum's by TwoSum, both accumulated in e.
//   - y is clamped to [-B, B], B the power of two where |c P(B)| >= 2048, so that nothing
//     overflows and exp(-|w|) is 0 beyond: P has terms of one parity and coefficients of one
//     sign, so |P(y)| grows with |y|.
//   - exp(-|s + e|) = exp(-|s|) (1 - sign(s) e) to 2^-100.
#pragma once

#include <array>
#include <cstddef>
#include <type_traits>

#include <leibniz/core/nodes.hpp>
#include <leibniz/core/rational.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/math.hpp>
#include <leibniz/lower/ops.hpp>

namespace leibniz::detail::compensated {

// --- the value of a constant tree in long double

template <class F>
struct constant_tree {
    static constexpr bool is = false;
    static constexpr long double value = 0;
};
template <long long N, long long D>
struct constant_tree<constant<N, D>> {
    static constexpr bool is = true;
    static constexpr long double value = static_cast<long double>(N) / static_cast<long double>(D);
};
template <class Tag>
struct constant_tree<named<Tag>> {
    static constexpr bool is = true;
    static constexpr long double value = Tag::template value<long double>();
};
template <class B, long long P, long long Q>
    requires(constant_tree<B>::is && (constant_tree<B>::value > 0 || Q == 1))
struct constant_tree<power<B, constant<P, Q>>> {
    static constexpr bool is = true;
    static constexpr long double value = [] {
        constexpr long double base = constant_tree<B>::value;
        long double r = Q == 2   ? math::sqrt(base)
                        : Q == 1 ? base
                                 : math::pow(base, 1.0L / static_cast<long double>(Q));
        long double x = 1;
        for (long long k = 0; k < (P < 0 ? -P : P); ++k) x *= r;
        return P < 0 ? 1 / x : x;
    }();
};
template <class... Fs>
    requires(constant_tree<Fs>::is && ...)
struct constant_tree<product<Fs...>> {
    static constexpr bool is = true;
    static constexpr long double value = (1.0L * ... * constant_tree<Fs>::value);
};
template <class... Ts>
    requires(constant_tree<Ts>::is && ...)
struct constant_tree<sum<Ts...>> {
    static constexpr bool is = true;
    static constexpr long double value = (0.0L + ... + constant_tree<Ts>::value);
};

// --- polynomials in one symbol

// a y^n
template <class M>
struct monomial : std::false_type {};
template <class Y>
    requires is_symbol_v<Y>
struct monomial<Y> : std::true_type {
    using y = Y;
    static constexpr rational a{1, 1, true};
    static constexpr long long n = 1;
};
template <class Y, long long P>
    requires(is_symbol_v<Y> && P >= 1)
struct monomial<power<Y, constant<P>>> : std::true_type {
    using y = Y;
    static constexpr rational a{1, 1, true};
    static constexpr long long n = P;
};
template <long long A, long long B, class M>
    requires(monomial<M>::value)
struct monomial<product<constant<A, B>, M>> : std::true_type {
    using y = typename monomial<M>::y;
    static constexpr rational a{A, B, true};
    static constexpr long long n = monomial<M>::n;
};
template <long long A, long long B>
struct monomial<constant<A, B>> : std::true_type {
    using y = void;
    static constexpr rational a{A, B, true};
    static constexpr long long n = 0;
};

// P = a sum of monomials, or one, in one symbol y, of degree n >= 1 (at most 16).
template <class P>
struct polynomial : std::false_type {};
template <class M>
    requires(monomial<M>::value && !std::is_void_v<typename monomial<M>::y>)
struct polynomial<M> : std::true_type {
    using y = typename monomial<M>::y;
    static constexpr long long degree = monomial<M>::n;
    static constexpr std::array<rational, 17> a = [] {
        std::array<rational, 17> r{};
        for (rational& x : r) x = rational{0, 1, true};
        r[monomial<M>::n <= 16 ? monomial<M>::n : 0] = monomial<M>::a;
        return r;
    }();
    static constexpr bool monotone = true;
};
template <class... Ms>
struct first_symbol {
    using type = void;
};
template <class M, class... Ms>
struct first_symbol<M, Ms...> {
    using type = std::conditional_t<std::is_void_v<typename monomial<M>::y>,
                                    typename first_symbol<Ms...>::type, typename monomial<M>::y>;
};
template <class... Ms>
    requires(sizeof...(Ms) > 1 && (monomial<Ms>::value && ...) &&
             !std::is_void_v<typename first_symbol<Ms...>::type>)
struct polynomial<sum<Ms...>> {
    using y = typename first_symbol<Ms...>::type;
    static constexpr bool value = ((std::is_void_v<typename monomial<Ms>::y> ||
                                    std::is_same_v<typename monomial<Ms>::y, y>) &&
                                   ...) &&
                                  ((monomial<Ms>::n <= 16) && ...);
    static constexpr long long degree = [] {
        long long d = 0;
        ((d = monomial<Ms>::n > d ? monomial<Ms>::n : d), ...);
        return d;
    }();
    static constexpr std::array<rational, 17> a = [] {
        std::array<rational, 17> r{};
        for (rational& x : r) x = rational{0, 1, true};
        ((r[monomial<Ms>::n <= 16 ? monomial<Ms>::n : 0] =
              r[monomial<Ms>::n <= 16 ? monomial<Ms>::n : 0] + monomial<Ms>::a),
         ...);
        return r;
    }();
    // terms of one parity, coefficients of one sign: |P(y)| increases with |y|
    static constexpr bool monotone = [] {
        bool positive = false, negative = false, even = false, odd = false;
        for (long long i = 0; i <= 16; ++i) {
            if (a[i].num == 0) continue;
            (a[i].num > 0 ? positive : negative) = true;
            (i % 2 == 0 ? even : odd) = true;
        }
        return !(positive && negative) && !(even && odd);
    }();
};

// w = c P with c the product of the constant factors (1 when there are none).
template <class W>
struct scaled_polynomial {
    static constexpr bool value = false;
};
template <class P>
    requires polynomial<P>::value
struct scaled_polynomial<P> {
    static constexpr bool value = true;
    using poly = polynomial<P>;
    static constexpr long double c = 1;
};
template <class... Fs>
    requires((constant_tree<Fs>::is + ... + 0) == sizeof...(Fs) - 1 &&
             ((polynomial<Fs>::value && !constant_tree<Fs>::is) || ...))
struct scaled_polynomial<product<Fs...>> {
    static constexpr bool value = true;
    template <class F>
    using pick = std::conditional_t<constant_tree<F>::is, type_list<>, type_list<polynomial<F>>>;
    template <class P0>
    static P0 only(type_list<P0>);
    using poly = decltype(only(concat_t<pick<Fs>...>{}));
    template <class F>
    static constexpr long double factor() {
        if constexpr (constant_tree<F>::is)
            return constant_tree<F>::value;
        else
            return 1;
    }
    static constexpr long double c = (1.0L * ... * factor<Fs>());
};

//! The compensated evaluation of |w|, w = c P(y): it applies to a polynomial of degree >= 2 with
//! monotone |P| (see the top of the file).
template <class W>
struct argument {
    static constexpr bool applies = false;
};
template <class W>
    requires(scaled_polynomial<W>::value && scaled_polynomial<W>::poly::degree >= 2 &&
             scaled_polynomial<W>::poly::monotone)
struct argument<W> {
    using sp = scaled_polynomial<W>;
    using poly = typename sp::poly;
    using y = typename poly::y;
    static constexpr long long n = poly::degree;
    static constexpr long double scale = sp::c < 0 ? -sp::c : sp::c;
    //! b_i = |c| a_i
    static constexpr std::array<long double, 17> b = [] {
        std::array<long double, 17> r{};
        for (long long i = 0; i <= n; ++i)
            r[static_cast<std::size_t>(i)] = scale * static_cast<long double>(poly::a[i].num) /
                                             static_cast<long double>(poly::a[i].den);
        return r;
    }();
    //! the power of two B with |w(B)| >= 2048, or 0
    static constexpr long long bound = [] {
        for (long long B = 1; B <= (1LL << 40); B *= 2) {
            long double v = 0, p = 1;
            for (long long i = 0; i <= n; ++i, p *= static_cast<long double>(B))
                v += (b[static_cast<std::size_t>(i)] < 0 ? -b[static_cast<std::size_t>(i)]
                                                         : b[static_cast<std::size_t>(i)]) *
                     p;
            if (v >= 2048) return B;
        }
        return 0LL;
    }();
    static constexpr bool applies = bound > 0 && scale > 0 && scale < 0x1p40L;

    //! y clamped to [-B, B]
    using clamped = lowered<max_op, lowered<min_op, y, constant<bound>>, constant<-bound>>;
    template <std::size_t I, bool Low>
    using coefficient = lowered<split_literal_op<b[I], Low>>;

    // The Horner state after coefficient I: s + e = b_n y^(n-I) + ... + b_I
    template <long long I, bool Last = (I == n)>
    struct horner {
        using prev = horner<I + 1>;
        using S = typename prev::s;
        using p = product<S, clamped>;
        using pi = lowered<fma_op, S, clamped, product<constant<-1>, p>>;  // S y - p
        template <bool Zero, class = void>
        struct add {
            using s = p;
            using e = sum<product<typename prev::e, clamped>, pi>;
        };
        template <class Dummy>
        struct add<false, Dummy> {
            using A = coefficient<static_cast<std::size_t>(I), false>;
            using s = sum<p, A>;
            using bb = sum<s, product<constant<-1>, p>>;
            using sigma =  // (p - (s - bb)) + (A - bb): p + A - s exactly (TwoSum)
                sum<sum<p, product<constant<-1>, sum<s, product<constant<-1>, bb>>>>,
                    sum<A, product<constant<-1>, bb>>>;
            using e = sum<product<typename prev::e, clamped>, pi, sigma,
                          coefficient<static_cast<std::size_t>(I), true>>;
        };
        using step = add<b[static_cast<std::size_t>(I)] == 0>;
        using s = typename step::s;
        using e = typename step::e;
    };
    template <long long I>
    struct horner<I, true> {
        using s = coefficient<static_cast<std::size_t>(I), false>;
        using e = coefficient<static_cast<std::size_t>(I), true>;
    };

    using s = typename horner<0>::s;
    using e = typename horner<0>::e;
    //! exp(-|w|) = x - x sign(s) e, x = exp(-|s|)
    using x = apply<exp_fn, product<constant<-1>, apply<abs_fn, s>>>;
    using exp_neg_abs = sum<x, product<constant<-1>, x, lowered<unit_sign_op, s>, e>>;
};

}  // namespace leibniz::detail::compensated
