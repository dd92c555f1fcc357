// Rule: a sum of terms c y^i r^j, r = sqrt(S), S = a + k y^2 (a, k > 0), y a symbol.
//
// Identity: with m the lowest j, the sum is r^m (Q(y) + R(y) r), Q and R exact polynomials
// (r^2 = S multiplied out at compile time); where Q and R r have opposite signs it is
//     r^m D(y)/(Q(y) - R(y) r),   D = Q^2 - R^2 S   (exact, its cancellation done at compile time),
// and r^m (Q + R r) elsewhere (a select, no branch).
// Error removed: terms that cancel where y -> -inf or near a root: z + sqrt(z^2 + 4) at z = -40
// (squareplus: 507 ulp), 1 + z/sqrt(1 + z^2) (PFLU: 1.9e3 ulp), 1/sqrt(1 + z^2/2) -
// z^2/(2 (1 + z^2/2)^(3/2)) (ISRU': 1.7e3 ulp; here 1/r^3).
#pragma once

#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/rational.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/polynomial.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

namespace sqrt_rational {

using polynomial::monomial;
using polynomial::raise;
using polynomial::upoly;

//! S = a + k y^2 with a, k > 0.
template <class S, class Y>
struct radicand {
    static constexpr bool is = false;
};
template <long long A, long long B, class Y>
    requires(A > 0)
struct radicand<sum<constant<A, B>, power<Y, constant<2>>>, Y> {
    static constexpr bool is = true;
    static constexpr rational a{A, B, true}, k{1, 1, true};
};
template <long long A, long long B, long long K, long long L, class Y>
    requires(A > 0 && K > 0)
struct radicand<sum<constant<A, B>, product<constant<K, L>, power<Y, constant<2>>>>, Y> {
    static constexpr bool is = true;
    static constexpr rational a{A, B, true}, k{K, L, true};
};

//! A factor: y^i r^j; `ok` false for another factor.
struct powers {
    bool ok = true, radical = false;
    long long i = 0, j = 0;
};

template <class F, class Y, class S>
constexpr powers factor_powers() {
    if constexpr (std::is_same_v<F, Y>)
        return {true, false, 1, 0};
    else if constexpr (std::is_same_v<F, S>)
        return {true, false, 0, 2};
    else
        return {false};
}

template <class F, class Y, class S>
struct factor {
    static constexpr powers value = factor_powers<F, Y, S>();
};
template <class Y, class S, long long P, long long Q>
struct factor<power<Y, constant<P, Q>>, Y, S> {
    static constexpr powers value = {Q == 1 && P > 0, false, P, 0};
};
template <class Y, class S, long long P, long long Q>
    requires(!std::is_same_v<S, Y>)
struct factor<power<S, constant<P, Q>>, Y, S> {
    static constexpr powers value = {Q == 1 || Q == 2, Q == 2, 0, Q == 1 ? 2 * P : P};
};

//! A term c y^i r^j.
struct term_powers {
    bool ok = true, radical = false;
    rational c{1, 1, true};
    long long i = 0, j = 0;
};

template <class T, class Y, class S, class Fs = term_factors<T>>
struct term;
template <class T, class Y, class S, class... Fs>
struct term<T, Y, S, type_list<Fs...>> {
    static constexpr term_powers value = [] {
        term_powers t;
        t.c = term_parts<T>::coef;
        if constexpr (is_constant_v<T>) return t;
        (
            [&] {
                constexpr powers p = factor<Fs, Y, S>::value;
                if (!p.ok) t.ok = false;
                if (p.radical) t.radical = true;
                t.i += p.i;
                t.j += p.j;
            }(),
            ...);
        return t;
    }();
};

//! r^m (Q + R r), and D = Q^2 - R^2 S; `ok` false outside the class or on overflow.
struct combined {
    bool ok = false;
    long long m = 0;
    upoly q, r, d;
};

constexpr combined combine(term_powers const* terms, int count, rational a, rational k) {
    combined out;
    long long m = 1000;
    bool radical = false;
    for (int n = 0; n < count; ++n) {
        if (!terms[n].ok || terms[n].i > 16 || terms[n].j > 16 || terms[n].j < -16) return out;
        if (terms[n].j < m) m = terms[n].j;
        if (terms[n].radical) radical = true;
    }
    if (!radical) return out;
    upoly s = monomial(a, 0) + monomial(k, 2);
    upoly q, r;
    for (int n = 0; n < count; ++n) {
        long long e = terms[n].j - m;  // >= 0: S^(e/2), times r when e is odd
        upoly t = monomial(terms[n].c, static_cast<int>(terms[n].i)) * raise(s, e / 2);
        if (e % 2 == 0)
            q = q + t;
        else
            r = r + t;
    }
    if (!q.ok || !r.ok || (q.size == 0 && r.size == 0)) return out;
    out.d = q * q + monomial(rational{-1, 1, true}, 0) * r * r * s;
    out.q = q;
    out.r = r;
    out.m = m;
    out.ok = out.d.ok && q.lo >= 0 && r.lo >= 0 && (q.size == 0 || out.d.lo >= 0);
    return out;
}

// A polynomial in y as a source for horner (coefficient of y^n at index n).
template <class C, int Which>
struct source {
    static constexpr upoly const& p() {
        if constexpr (Which == 0)
            return C::value.q;
        else if constexpr (Which == 1)
            return C::value.r;
        else
            return C::value.d;
    }
    static constexpr rational a(int n) {
        upoly const& x = p();
        return n >= x.lo && n < x.lo + x.size ? x.c[n - x.lo] : rational{0, 1, true};
    }
    static constexpr rational b(int n) { return a(n); }
    static constexpr int degree = p().size == 0 ? -1 : p().lo + p().size - 1;
};

template <class Src, class Y>
struct poly {
    using type = typename horner<Src, constant<1>, Y, 0, Src::degree>::type;
};
template <class Src, class Y>
    requires(Src::degree < 0)
struct poly<Src, Y> {
    using type = constant<0>;
};

}  // namespace sqrt_rational

//! The rule's tree for sum<Ts...> in the symbol Y and radicand S, else void.
template <class Y, class S, class... Ts>
struct sqrt_rational_sum {
    struct data {
        static constexpr sqrt_rational::term_powers terms[] = {
            sqrt_rational::term<Ts, Y, S>::value...};
        static constexpr sqrt_rational::combined value = sqrt_rational::combine(
            terms, static_cast<int>(sizeof...(Ts)), sqrt_rational::radicand<S, Y>::a,
            sqrt_rational::radicand<S, Y>::k);
    };
    template <bool Ok, class = void>
    struct build {
        using type = void;
    };
    template <class Dummy>
    struct build<true, Dummy> {
        using y = lower_t<Y>;
        using root = lower_t<power<S, constant<1, 2>>>;
        using q = typename sqrt_rational::poly<sqrt_rational::source<data, 0>, y>::type;
        using r = typename sqrt_rational::poly<sqrt_rational::source<data, 1>, y>::type;
        using d = typename sqrt_rational::poly<sqrt_rational::source<data, 2>, y>::type;
        using rr = product<r, root>;
        using direct = sum<q, rr>;
        using conjugate = product<d, power<sum<q, product<constant<-1>, rr>>, constant<-1>>>;
        // q and r r of one sign (q r >= 0): no cancellation
        using same_sign = lowered<nonnegative_op, product<q, r>>;
        // no odd power of r left: the terms added to Q (ISRU': 1/r - y^2/(2 r^3) = 1/r^3)
        // the conjugate where it is finite (Q^2 and R^2 S overflow at the largest |y|: there
        // the direct form, whose cancellation is then below the rounding)
        using safe = lowered<select_op, lowered<finite_op, conjugate>, conjugate, direct>;
        using value = std::conditional_t<data::value.r.size == 0, q,
                                         lowered<select_op, same_sign, direct, safe>>;
        static constexpr long long m = data::value.m;
        using type = std::conditional_t<m == 0, value, product<value, power<root, constant<m>>>>;
    };
    using type = typename build<data::value.ok>::type;
};

// The symbol and radicand of the first factor (a + k y^2)^(p/2) in a sum's terms, or void.
template <class F>
struct radical_of {
    using y = void;
    using s = void;
};
template <class S, long long P>
struct radical_of<power<S, constant<P, 2>>> {
    template <class X>
    struct symbol_of {
        using type = void;
    };
    template <long long A, long long B, fixed_string N>
    struct symbol_of<sum<constant<A, B>, power<symbol<N>, constant<2>>>> {
        using type = symbol<N>;
    };
    template <long long A, long long B, long long K, long long L, fixed_string N>
    struct symbol_of<sum<constant<A, B>, product<constant<K, L>, power<symbol<N>, constant<2>>>>> {
        using type = symbol<N>;
    };
    using y = typename symbol_of<S>::type;
    using s = std::conditional_t<std::is_void_v<y>, void, S>;
};

template <class... Fs>
struct first_radical {
    using y = void;
    using s = void;
};
template <class F, class... Fs>
struct first_radical<F, Fs...> {
    using here = radical_of<F>;
    using y = std::conditional_t<std::is_void_v<typename here::y>, typename first_radical<Fs...>::y,
                                 typename here::y>;
    using s = std::conditional_t<std::is_void_v<typename here::y>, typename first_radical<Fs...>::s,
                                 typename here::s>;
};
template <class List>
struct first_radical_in;
template <class... Fs>
struct first_radical_in<type_list<Fs...>> : first_radical<Fs...> {};

namespace sqrt_rational {

// A term with a sum among its factors, multiplied out by the algebra (one level, sums of up to
// 8 terms): z (18 z^2 r^-5 - 3 r^-3)/2 as 9 z^3 r^-5 - 3/2 z r^-3, so that its terms meet the
// others' (PFLU''' cancels between them).
template <class Before, class After>
struct split_sum {
    using type = void;  // no sum factor
};
template <class... Bs, class F, class... As>
struct split_sum<type_list<Bs...>, type_list<F, As...>>
    : split_sum<type_list<Bs..., F>, type_list<As...>> {};
template <class... Bs, class... Ss, class... As>
    requires(sizeof...(Ss) <= 8)
struct split_sum<type_list<Bs...>, type_list<sum<Ss...>, As...>> {
    using others = type_list<Bs..., As...>;
    using type = type_list<Ss...>;
};
template <class T>
struct expanded {
    using list = term_factors<T>;
    using split = split_sum<type_list<>, list>;
    template <class Sp, class = void>
    struct pieces {
        using type = type_list<T>;
    };
    template <class Sp>
    struct pieces<Sp, std::enable_if_t<!std::is_void_v<typename Sp::type>>> {
        using rest = decltype(mul(constant<term_parts<T>::coef.num, term_parts<T>::coef.den>{},
                                  typename canonical_product<typename Sp::others>::type{}));
        template <class List>
        struct times;
        template <class... Ss>
        struct times<type_list<Ss...>> {
            using type = type_list<decltype(mul(rest{}, Ss{}))...>;
        };
        using type = typename times<typename Sp::type>::type;
    };
    using type = typename pieces<split>::type;
};

}  // namespace sqrt_rational

//! The rule applied to a sum (its terms multiplied out where one has a sum factor): void where
//! it does not.
template <class Sum>
struct sqrt_rational_rule {
    using type = void;
};
template <class... Ts>
struct sqrt_rational_rule<sum<Ts...>> {
    template <class T>
    using factors = term_factors<T>;
    using terms = concat_t<typename sqrt_rational::expanded<Ts>::type...>;
    template <class List>
    struct of;
    template <class... Es>
    struct of<type_list<Es...>> {
        using found = first_radical_in<concat_t<factors<Es>...>>;
        template <class Y, class S, class = void>
        struct pick {
            using type = void;
        };
        template <class Y, class S>
        struct pick<Y, S, std::enable_if_t<!std::is_void_v<Y>>> {
            using type = typename sqrt_rational_sum<Y, S, Es...>::type;
        };
        using type = typename pick<typename found::y, typename found::s>::type;
    };
    using type = typename of<terms>::type;
};

}  // namespace leibniz::detail::lowering
