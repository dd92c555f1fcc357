// Numerically stable lowering: lower_t<Tree> is the tree that lz::eval (for float and double) and
// the emitters compute, with the same value as Tree but without its overflows and cancellations.
// The expression itself (its type, its printing, its derivatives) is unchanged; the lowered tree
// is built from the ordinary nodes and lowered<Op, ...> (eval/plan.hpp), and is not canonical.
// The rules, on canonical subterms (t = exp(-|w|), f = max(t, [w >= 0]), g = max(t, [w <= 0])):
//   exp(a w)^k/(1 + exp w)^n    = sigma(w)^k sigma(-w)^(n-k) = t^min f^(k-n+k) or g^(n-2k)
//   /(1+t)^n,
//                                 (1 + t)^2 computed as 1 + t (2 + t); with a factor
//                                 1 - tanh(log(1 + exp w))^2 = 4 g^2 (1 + t)^2 / D^2 (Mish'),
//                                 4 g^2 /(D^2 (1 + t)^(n-2))
//   log(1 + exp w)              = max(w, 0) + log1p(t)
//   log(1 + x)                  = log1p(x);  c (exp(x) - 1) = c expm1(x)
//   c (1 - 2/(1 + exp w))       = c tanh(w/2)            (the catalogue's tanh = 2 sigma(2z) - 1)
//   c (1 +- tanh x)             = 2c sigma(+-2x)
//   tanh(log(1 + exp w))        = N/D,  N = f (f + 2g), D = N + 2 g^2           (Mish)
//   1 - tanh(log(1 + exp w))^2  = 4 g^2 (1 + t)^2 / D^2
//   c (1 +- erf(k y))           = c ((1 + s) - s erfc(w) (1 - d)): s = +-sign(y) (copysign),
//                                 w = k |y| rounded, d = k^2 y^2 - w^2 computed exactly from the
//                                 splits of |y| and w when k^2 is an odd power of two (so that
//                                 it is erfc of the unrounded k |y|)
//   exp(-k y^2)                 = e - e (k l), e = exp(-k h), h + l = y^2 exactly (k = 2^m,
//                                 l from the split y = yh + yl: no fma)
//   sum of N_i/(1 + t)^m_i      = one fraction over (1 + t)^max m_i, one division (SiLU')
//   c + k tanh(x)^2, k = -c     = c sech^2 x = 4c t/(1 + t)^2, t = exp(-2|x|)
//   c + k y                     = k (y + c/k) for a short dyadic c/k (no cancellation at -c/k)
//   1/(1 + |y|) - y sign(y)/(1 + |y|)^2 = 1/(1 + |y|)^2        (softsign')
//   a product's constant factors, one of them irrational = one literal (1/sqrt(2 pi), not
//                                 sqrt(2)/(2 sqrt(pi)) with a division)
// and a constant coefficient moves into a factor that a rule made a product, so that
// z/2 (1 + erf(..)) does not overflow at the largest z.
#pragma once

#include <cmath>
#include <cstddef>
#include <type_traits>
#include <utility>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/eval/compensated.hpp>
#include <leibniz/eval/plan.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/erf.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/log.hpp>
#include <leibniz/functions/math.hpp>
#include <leibniz/functions/sign.hpp>
#include <leibniz/functions/tanh.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/rules/exp_product.hpp>

namespace leibniz::detail {

template <class E>
struct lower;
template <class E>
using lower_t = typename lower<E>::type;

namespace lowering {

// --- the logistic family: w, t = exp(-|w|), f = max(t, [w >= 0]) and g = max(t, [w <= 0])

// -|w| as a raw tree: -|k| |rest| for w = k rest.
template <class W>
struct neg_abs {
    using type = product<constant<-1>, apply<abs_fn, lower_t<W>>>;
};
template <long long N, long long D, class F>
struct neg_abs<product<constant<N, D>, F>> {
    using type = product<constant<-abs_ll<N, D>, D>, apply<abs_fn, lower_t<F>>>;
};
template <long long N, long long D, class F, class G, class... Fs>
struct neg_abs<product<constant<N, D>, F, G, Fs...>> {
    using type = product<constant<-abs_ll<N, D>, D>, apply<abs_fn, lower_t<product<F, G, Fs...>>>>;
};

// exp(-|w|); for w = +-a b (sigmoid with a slope), exp(-h) (1 - l) with h + l = |a| |b| exactly,
// since the rounding of a b is amplified by |w| in exp.
template <class W>
struct exp_neg_abs {
    using type = apply<exp_fn, typename neg_abs<W>::type>;
};
template <long long N, class A, class B>
    requires((N == 1 || N == -1) && !compensated::argument<product<constant<N>, A, B>>::applies)
struct exp_neg_abs<product<constant<N>, A, B>> {
    using a = apply<abs_fn, lower_t<A>>;
    using b = apply<abs_fn, lower_t<B>>;
    // h clamped where exp(-h) is 0 and l at 1, so that a b overflowing gives 0, not 0 inf
    using h = lowered<min_op, product<a, b>, constant<2048>>;
    using e = apply<exp_fn, product<constant<-1>, h>>;
    using l = lowered<min_op, lowered<fma_op, a, b, product<constant<-1>, h>>, constant<1>>;
    using type = sum<e, product<constant<-1>, e, l>>;
};

// exp(-|w|) for w = c P(y), a polynomial of degree >= 2: w in double-double (eval/compensated.hpp)
template <class W>
    requires compensated::argument<W>::applies
struct exp_neg_abs<W> {
    using type = typename compensated::argument<W>::exp_neg_abs;
};

// 1 where w >= 0 (w <= 0), else 0; for a compensated w, from its high part (which does not
// overflow)
template <class W>
struct sign_tests {
    using nonnegative = lowered<nonnegative_op, lower_t<W>>;
    using nonpositive = lowered<nonpositive_op, lower_t<W>>;
};
template <class W>
    requires compensated::argument<W>::applies
struct sign_tests<W> {
    using a = compensated::argument<W>;
    static constexpr bool flip = compensated::scaled_polynomial<W>::c < 0;  // s = |c| P
    using nonnegative =
        lowered<std::conditional_t<flip, nonpositive_op, nonnegative_op>, typename a::s>;
    using nonpositive =
        lowered<std::conditional_t<flip, nonnegative_op, nonpositive_op>, typename a::s>;
};

template <class W>
struct logistic {
    using t = typename exp_neg_abs<W>::type;
    using one_plus_t = sum<constant<1>, t>;
    // (1 + t)^2 as 1 + t (2 + t): one rounding where t is small, instead of three
    using one_plus_t_squared = sum<constant<1>, product<t, sum<constant<2>, t>>>;
    using f = lowered<max_op, t, typename sign_tests<W>::nonnegative>;  // sigma(w) (1 + t)
    using g = lowered<max_op, t, typename sign_tests<W>::nonpositive>;  // sigma(-w) (1 + t)
    // tanh(log(1 + exp w)) = N/D
    using n = product<f, sum<f, product<constant<2>, g>>>;
    using d = sum<n, product<constant<2>, power<g, constant<2>>>>;
};

// 1/(1 + exp w)^n as a factor
template <class F>
struct logistic_denominator : std::false_type {};
template <class W, long long N>
    requires(N < 0)
struct logistic_denominator<power<sum<constant<1>, apply<exp_fn, W>>, constant<N>>>
    : std::true_type {
    using arg = W;
    static constexpr long long n = -N;
};

// exp(v) with v = a w for an integer 1 <= a <= n: a, else 0.
template <class V, class W, long long N>
consteval long long exp_multiple() {
    constexpr rational r = term_parts<V>::coef * inverse(term_parts<W>::coef);
    if constexpr (r.ok && r.den == 1 && r.num >= 1 && r.num <= N) {
        if constexpr (std::is_same_v<V, decltype(mul(constant<r.num>{}, W{}))>) return r.num;
    }
    return 0;
}
template <class W, long long N>
struct exp_of_multiple {
    template <class F>
    struct test : std::false_type {};
    template <class V>
    struct test<apply<exp_fn, V>> : std::bool_constant<(exp_multiple<V, W, N>() > 0)> {};
};

template <class F>
struct exp_argument {};
template <class V>
struct exp_argument<apply<exp_fn, V>> {
    using type = V;
};

// A product with a factor 1/(1 + exp w)^n and maybe exp(a w): sigma(w)^a sigma(-w)^(n-a).
template <class Factors>
struct logistic_product;
template <class... Fs>
struct logistic_product<type_list<Fs...>> {
    static constexpr bool applies = find_first<logistic_denominator, Fs...>() < sizeof...(Fs);
};

template <class... Fs>
struct logistic_rewrite {
    static constexpr std::size_t di = find_first<logistic_denominator, Fs...>();
    using den = at_t<di, type_list<Fs...>>;
    using W = typename logistic_denominator<den>::arg;
    static constexpr long long n = logistic_denominator<den>::n;
    using rest0 = erase_t<di, type_list<Fs...>>;
    template <class F>
    using is_num = typename exp_of_multiple<W, n>::template test<F>;
    template <class... Rs>
    static constexpr std::size_t num_index(type_list<Rs...>) {
        return find_first<is_num, Rs...>();
    }
    static constexpr std::size_t ni = num_index(rest0{});
    static constexpr bool has_num = ni < rest0::size;
    static consteval long long multiple() {
        if constexpr (has_num)
            return exp_multiple<typename exp_argument<at_t<ni, rest0>>::type, W, n>();
        else
            return 0;
    }
    static constexpr long long a = multiple();
    static constexpr long long c = n - a;
    using rest1 = std::conditional_t<has_num, erase_t<(has_num ? ni : 0), rest0>, rest0>;
    using L = logistic<W>;
    // 1 - tanh(log(1 + exp w))^2 (Mish') as a factor: 4 g^2 (1 + t)^2 / D^2, whose (1 + t)^2
    // cancels against the denominator
    template <class F>
    using is_sech2 = std::is_same<
        F, sum<constant<1>,
               product<constant<-1>,
                       power<apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>>,
                             constant<2>>>>>;
    template <class... Rs>
    static constexpr std::size_t sech2_index(type_list<Rs...>) {
        return find_first<is_sech2, Rs...>();
    }
    static constexpr std::size_t si = sech2_index(rest1{});
    static constexpr bool has_sech2 = si < rest1::size;
    using rest = std::conditional_t<has_sech2, erase_t<(has_sech2 ? si : 0), rest1>, rest1>;
    static constexpr long long m = has_sech2 ? n - 2 : n;  // the power of 1 + t that divides
    using sech2_factors =
        std::conditional_t<has_sech2,
                           type_list<constant<4>, power<typename L::g, constant<2>>,
                                     power<typename L::d, constant<-2>>>,
                           type_list<>>;
    using denominator = std::conditional_t<
        (m == 2), type_list<power<typename L::one_plus_t_squared, constant<-1>>>,
        std::conditional_t<(m > 0),
                           type_list<power<typename L::one_plus_t, constant<(m > 0 ? -m : -1)>>>,
                           power_factor<typename L::one_plus_t, (m < 0 ? -m : 0)>>>;
    // the coefficient, then t and f or g (at most 1, so that z t is 0, not inf 0, at the
    // largest z), then the other factors, then the denominator
    using coefficient = std::conditional_t<is_constant_v<at_t<0, type_list<Fs..., int>>>,
                                           type_list<at_t<0, type_list<Fs..., int>>>, type_list<>>;
    template <class... Rs>
    static auto non_constant(type_list<Rs...>)
        -> concat_t<std::conditional_t<is_constant_v<Rs>, type_list<>, spread_t<lower_t<Rs>>>...>;
    // the factors but the denominator (for a sum of such terms, logistic_sum)
    using numerator = concat_t<coefficient, power_factor<typename L::t, (a < c ? a : c)>,
                               std::conditional_t<(a <= c), power_factor<typename L::g, c - a>,
                                                  power_factor<typename L::f, a - c>>,
                               decltype(non_constant(rest{})), sech2_factors>;
    using factors = concat_t<numerator, denominator>;
    using type = typename make_product_list<factors>::type;
};

// The product of a factor list, 1 for none.
template <class List>
struct product_or_one : make_product_list<List> {};
template <>
struct product_or_one<type_list<>> {
    using type = constant<1>;
};

// The logistic rewrite of a term (a product with a factor 1/(1 + exp w)^n, or that factor alone),
// or void.
template <class T>
struct logistic_term {
    using type = void;
};
template <class... Fs>
    requires(logistic_product<type_list<Fs...>>::applies)
struct logistic_term<product<Fs...>> {
    using type = logistic_rewrite<Fs...>;
};
template <class W, long long N>
    requires(N < 0)
struct logistic_term<power<sum<constant<1>, apply<exp_fn, W>>, constant<N>>> {
    using type = logistic_rewrite<power<sum<constant<1>, apply<exp_fn, W>>, constant<N>>>;
};

// A sum of logistic terms of one w, N_i/(1 + t)^m_i (SiLU' = sigma(z) + z sigma(z) sigma(-z)), as
// one fraction: the sum of N_i (1 + t)^(m - m_i), N (1 + t) computed as N + N t, over (1 + t)^m, m
// the largest m_i ((1 + t)^2 as 1 + t (2 + t)). One division instead of one per term (clang++
// pairs those into one divpd that waits for the slower denominator: SiLU' was 1.12 times the
// hand-written code), and the terms are not rounded apart before they cancel (SiLU' 2.3 ulp
// instead of 3.5).
template <class Sum>
struct logistic_sum {
    static constexpr bool applies = false;
};
template <class T0, class... Ts>
    requires(sizeof...(Ts) > 0 && !std::is_void_v<typename logistic_term<T0>::type> &&
             (!std::is_void_v<typename logistic_term<Ts>::type> && ...))
struct logistic_sum<sum<T0, Ts...>> {
    template <class T>
    using rw = typename logistic_term<T>::type;
    static constexpr bool applies =
        (std::is_same_v<typename rw<T0>::W, typename rw<Ts>::W> && ...) && !rw<T0>::has_sech2 &&
        (!rw<Ts>::has_sech2 && ...);
    template <bool A, class = void>
    struct result {
        using type = void;
    };
    template <class Dummy>
    struct result<true, Dummy> {
        static constexpr long long m = [] {
            long long r = rw<T0>::m;
            ((r = rw<Ts>::m > r ? rw<Ts>::m : r), ...);
            return r;
        }();
        using L = typename rw<T0>::L;
        template <class... Fs>
        static auto times_t(type_list<Fs...>) ->
            typename make_product_list<type_list<Fs..., typename L::t>>::type;
        // N_i (1 + t)^k
        template <class T, long long K = m - rw<T>::m>
        struct scaled {
            using type = typename make_product_list<
                concat_t<typename rw<T>::numerator,
                         type_list<power<typename L::one_plus_t, constant<K>>>>>::type;
        };
        template <class T>
        struct scaled<T, 0> {
            using type = typename product_or_one<typename rw<T>::numerator>::type;
        };
        template <class T>
        struct scaled<T, 1> {
            using type = sum<typename product_or_one<typename rw<T>::numerator>::type,
                             decltype(times_t(typename rw<T>::numerator{}))>;
        };
        using denominator =
            std::conditional_t<(m == 2), power<typename L::one_plus_t_squared, constant<-1>>,
                               power<typename L::one_plus_t, constant<-m>>>;
        using type =
            product<sum<typename scaled<T0>::type, typename scaled<Ts>::type...>, denominator>;
    };
    using type = typename result<applies>::type;
};

// --- sums: a constant c and a term k core that together are a stabler function

// The rules' result for c + k core, or void.
template <rational C, rational K, class Core>
struct pair_rule {
    using type = void;
};

// c + k exp(x), k = -c: c (1 - exp x) = -c expm1(x)
template <rational C, rational K, class X>
    requires(equal(K, -C))
struct pair_rule<C, K, apply<exp_fn, X>> {
    using type = scaled_t<K, lowered<expm1_op, lower_t<X>>>;
};

// c + k/(1 + exp w), k = -2c: c tanh(w/2)
template <rational C, rational K, class W>
    requires(equal(K, C* rational{-2, 1, true}))
struct pair_rule<C, K, power<sum<constant<1>, apply<exp_fn, W>>, constant<-1>>> {
    // c = +-1: tanh(c w/2); else c tanh(w/2)
    static constexpr bool unit = C.den == 1 && (C.num == 1 || C.num == -1);
    using half = decltype(mul(constant<(unit ? C.num : 1), 2>{}, W{}));
    using type = scaled_t<(unit ? rational{1, 1, true} : C), apply<tanh_fn, lower_t<half>>>;
};

// c + k tanh(x), k = +-c: c (1 +- tanh x) = 2c sigma(+-2x) = 2c/(1 + exp(-+2x))
template <rational C, rational K, class X>
    requires(equal(K, C) || equal(K, -C))
struct pair_rule<C, K, apply<tanh_fn, X>> {
    using w = decltype(mul(constant<(equal(K, C) ? -2 : 2)>{}, X{}));
    using type =
        lower_t<product<constant<(C * rational{2, 1, true}).num, (C * rational{2, 1, true}).den>,
                        power<sum<constant<1>, apply<exp_fn, w>>, constant<-1>>>>;
};

// c + k tanh(log(1 + exp w))^2, k = -c: c sech^2(softplus w) = 4c g^2 (1 + t)^2 / D^2
template <rational C, rational K, class W>
    requires(equal(K, -C))
struct pair_rule<
    C, K, power<apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>>, constant<2>>> {
    using L = logistic<W>;
    static constexpr rational four_c = C * rational{4, 1, true};
    using type =
        product<constant<four_c.num, four_c.den>, power<typename L::g, constant<2>>,
                power<typename L::one_plus_t, constant<2>>, power<typename L::d, constant<-2>>>;
};

// c + k tanh(x)^2, k = -c: c sech^2(x) = 4c t/(1 + t)^2, t = exp(-2|x|)
template <rational C, rational K, class X>
    requires(equal(K, -C))
struct pair_rule<C, K, power<apply<tanh_fn, X>, constant<2>>> {
    using L = logistic<decltype(mul(constant<2>{}, X{}))>;
    static constexpr rational four_c = C * rational{4, 1, true};
    using type = product<constant<four_c.num, four_c.den>, typename L::t,
                         power<typename L::one_plus_t_squared, constant<-1>>>;
};

// erf(k y): y, and k^2 when it is a power of two (else 0).
template <class X>
struct erf_argument {
    using y = X;
    static constexpr rational k2{1, 1, true};
};
template <long long N, long long D, class... Ys>
    requires(N > 0)
struct erf_argument<product<constant<N, D>, Ys...>> {
    using y = typename make_product_list<type_list<Ys...>>::type;
    static constexpr rational k2 = rational{N, D, true} * rational{N, D, true};
};
template <long long N, long long D, long long R, class... Ys>
    requires(N > 0)
struct erf_argument<product<constant<N, D>, power<constant<R>, constant<1, 2>>, Ys...>> {
    using y = typename make_product_list<type_list<Ys...>>::type;
    static constexpr rational k2 =
        rational{N, D, true} * rational{N, D, true} * rational{R, 1, true};
};
template <class X>
inline constexpr bool exact_square_v =
    erf_argument<X>::k2.ok && power_of_two(erf_argument<X>::k2.num) &&
    power_of_two(erf_argument<X>::k2.den);

// |y| clamped where exp(-k y^2) is 0 in every precision (k y^2 >= 1024), its square h and the
// rounding error l of h (h + l = y^2), by splitting y = yh + yl (split_op: yh^2 is exact, and so
// is yh^2 - h) without an fma: l = (yh^2 - h) + yl (y + yh), the last product rounded (its error
// is below 2^-p |yl| 2y, at most 2^-7 of the ulp of h in float, far less in double).
template <class Y, rational K>
struct exact_square {
    static constexpr long long bound = [] {
        long double b =
            math::sqrt(1024.0L * static_cast<long double>(K.den) / static_cast<long double>(K.num));
        return static_cast<long long>(b) + 1;
    }();
    static constexpr int bits = [] {
        int b = 0;
        while ((1LL << b) <= bound) ++b;
        return b;
    }();
    static_assert(bits <= 30, "leibniz: exp(-k y^2) with k below 2^-50 is not lowered");
    using y = lowered<min_op, apply<abs_fn, lower_t<Y>>, constant<bound>>;
    using h = power<y, constant<2>>;
    using yh = lowered<split_op<bits>, y>;
    using yl = sum<y, product<constant<-1>, yh>>;
    using l = sum<power<yh, constant<2>>, product<constant<-1>, h>, product<yl, sum<y, yh>>>;
};

// k = sqrt(k2) for erf(k y), to 53 bits as k_num / k_den (any rounding of k y serves as the
// argument of erfc: its error is corrected from k^2, which is exact).
template <rational K2>
struct erf_coefficient {
    static constexpr long double k =
        math::sqrt(static_cast<long double>(K2.num) / static_cast<long double>(K2.den));
    // 2^(e-1) <= k < 2^e
    static constexpr int e = [] {
        int r = 0;
        long double v = k;
        while (v >= 1) v /= 2, ++r;
        while (v < 0.5L) v *= 2, --r;
        return r;
    }();
    static constexpr long long k_den = 1LL << (e >= -8 && e <= 52 ? 52 - e : 0);
    static constexpr long long k_num =
        static_cast<long long>(k * static_cast<long double>(k_den) + 0.5L);
    static constexpr int log2(long long n) {
        int r = 0;
        while (n > 1) n >>= 1, ++r;
        return r;
    }
    // k2 an odd power of two: k is irrational and k y rounded (else exact); k in the range of
    // k_num / k_den
    static constexpr bool applies = (log2(K2.num) + log2(K2.den)) % 2 == 1 && e >= -8 && e <= 8;
};

// c + k erf(x), k = +-c, x = k' y: c (1 +- erf x) = c ((1 + s) - s erfc(|x|)) with s the sign of
// +-x (copysign, no branch; erfc of a non-negative argument is the faster); when k'^2 is an odd
// power of two, erfc(|x|) is corrected for the rounding of |x|: erfc(w + dw) = erfc(w) (1 - d)
// to first order, d = (w + dw)^2 - w^2 = k'^2 y^2 - w^2 computed exactly from k'^2.
template <rational C, rational K, class X>
    requires(equal(K, C) || equal(K, -C))
struct pair_rule<C, K, apply<erf_fn, X>> {
    // s and erfc(|x|) in general
    template <bool Exact, class = void>
    struct parts {
        using x = lower_t<X>;
        using sign = lowered<unit_sign_op, x>;
        using e = lowered<erfc_op, lowered<min_op, apply<abs_fn, x>, constant<32>>>;
    };
    // x = k y, k^2 an odd power of two: s from y, w = k |y| rounded from the clamped |y| of the
    // exact square, and erfc(w) (1 - d) with d = k^2 y^2 - w^2 from the splits of |y| and w:
    // (k^2 h - wh^2) + k^2 l - wl (w + wh), the first difference exact
    template <class Dummy>
    struct parts<true, Dummy> {
        static constexpr rational k2 = erf_argument<X>::k2;
        using q = exact_square<typename erf_argument<X>::y, k2>;
        using k = erf_coefficient<k2>;
        using k2c = constant<k2.num, k2.den>;
        using sign = lowered<unit_sign_op, lower_t<typename erf_argument<X>::y>>;
        using w = product<lowered<literal_op<k::k_num, k::k_den>>, typename q::y>;
        static constexpr int bits = [] {
            long double b = k::k * static_cast<long double>(q::bound);
            int r = 0;
            while (static_cast<long double>(1LL << r) <= b) ++r;
            return r;
        }();
        using wh = lowered<split_op<bits>, w>;
        using wl = sum<w, product<constant<-1>, wh>>;
        // (k^2 h - wh^2) + (k^2 l - wl (w + wh)): the exact difference, then the small terms
        // summed apart (so that clang's SLP vectorizer does not pair w, the argument of erfc,
        // with the slow k^2 l: GELU' 1.17 times the hand-written code with clang++-19)
        using d =
            sum<sum<product<k2c, typename q::h>, product<constant<-1>, power<wh, constant<2>>>>,
                sum<product<k2c, typename q::l>, product<constant<-1>, wl, sum<w, wh>>>>;
        using e = product<lowered<erfc_op, w>, sum<constant<1>, product<constant<-1>, d>>>;
    };
    static constexpr bool exact = [] {
        if constexpr (exact_square_v<X>)
            return erf_coefficient<erf_argument<X>::k2>::applies;
        else
            return false;
    }();
    using p = parts<exact>;
    using s =
        std::conditional_t<equal(K, C), typename p::sign, product<constant<-1>, typename p::sign>>;
    using type = product<constant<C.num, C.den>,
                         sum<sum<constant<1>, s>, product<constant<-1>, s, typename p::e>>>;
};

template <class Sum>
struct sum_rewrite {
    static constexpr bool applies = false;
};
template <long long N, long long D, class... Ts>
struct sum_rewrite<sum<constant<N, D>, Ts...>> {
    static constexpr rational c{N, D, true};
    template <class T>
    using rule = pair_rule<c, term_parts<T>::coef, typename term_parts<T>::rest>;
    template <class T>
    struct matches : std::bool_constant<!std::is_void_v<typename rule<T>::type>> {};
    static constexpr std::size_t i = find_first<matches, Ts...>();
    static constexpr bool applies = i < sizeof...(Ts);
    template <class... Rs>
    static auto lowered_terms(type_list<Rs...>) -> type_list<lower_t<Rs>...>;
    template <bool A, class = void>
    struct result {
        using type = void;
    };
    template <class Dummy>
    struct result<true, Dummy> {
        using replaced = typename rule<at_t<i, type_list<Ts...>>>::type;
        using type =
            typename make_sum_list<concat_t<decltype(lowered_terms(erase_t<i, type_list<Ts...>>{})),
                                            type_list<replaced>>>::type;
    };
    using type = typename result<applies>::type;
};

// --- products: the logistic rule, then a constant coefficient moved into a factor that lowered
// to a product with a constant (so that z/2 (1 + erf x) is z (erfc(-x)/2), not (z erfc(-x))/2)

template <class T>
struct constant_led : std::false_type {};
template <long long N, long long D, class... Fs>
struct constant_led<product<constant<N, D>, Fs...>> : std::true_type {};

template <class P>
struct fold_coefficient {
    using type = P;
};
template <long long N, long long D, class F, class... Fs>
    requires(find_first<constant_led, F, Fs...>() < 1 + sizeof...(Fs))
struct fold_coefficient<product<constant<N, D>, F, Fs...>> {
    static constexpr std::size_t i = find_first<constant_led, F, Fs...>();
    using inner = at_t<i, type_list<F, Fs...>>;
    template <long long M, long long E, class... Gs>
    static auto merge(product<constant<M, E>, Gs...>*) {
        constexpr rational r = rational{N, D, true} * rational{M, E, true};
        return static_cast<scaled_t<r, typename make_product_list<type_list<Gs...>>::type>*>(
            nullptr);
    }
    using merged = std::remove_pointer_t<decltype(merge(static_cast<inner*>(nullptr)))>;
    template <class... Gs>
    static auto rebuild(type_list<Gs...>) -> product<Gs...>;
    template <std::size_t... K>
    static auto replace(std::index_sequence<K...>)
        -> type_list<std::conditional_t<K == i, merged, at_t<K, type_list<F, Fs...>>>...>;
    using type = decltype(rebuild(replace(std::index_sequence_for<F, Fs...>{})));
};

// A constant factor of a product: a rational, a radical of one, a named constant or its power.
template <class F>
struct constant_factor {
    static constexpr bool is = false, irrational = false;
};
template <long long N, long long D>
struct constant_factor<constant<N, D>> {
    static constexpr bool is = true, irrational = false;
};
template <long long R, long long S, long long P, long long Q>
struct constant_factor<power<constant<R, S>, constant<P, Q>>> {
    static constexpr bool is = R > 0, irrational = Q != 1;
};
template <class Tag>
struct constant_factor<named<Tag>> {
    static constexpr bool is = true, irrational = true;
};
template <class Tag, long long P, long long Q>
struct constant_factor<power<named<Tag>, constant<P, Q>>> {
    static constexpr bool is = true, irrational = true;
};

// The product with its constant factors, when one is irrational (sqrt(2) z exp(..)/(2 sqrt(pi))),
// as one literal first: a multiplication by 1/sqrt(2 pi), not one by sqrt(2) and a division by
// 2 sqrt(pi).
template <class P>
struct fold_irrational {
    using type = P;
};
template <class... Fs>
    requires((constant_factor<Fs>::irrational || ...) && sizeof...(Fs) > 1)
struct fold_irrational<product<Fs...>> {
    static constexpr long double value =
        (1.0L * ... * (constant_factor<Fs>::is ? compensated::constant_tree<Fs>::value : 1.0L));
    // value = num / 2^k with num below 2^53
    static constexpr int k = [] {
        long double v = value < 0 ? -value : value;
        int r = 52;
        while (v >= 1 && r > -1) v /= 2, --r;
        while (v < 0.5L && r < 62) v *= 2, ++r;
        return r;
    }();
    static constexpr bool representable = k >= 0 && k <= 62 && value != 0;
    static constexpr long long num = [] {
        long double v = value * static_cast<long double>(1LL << (representable ? k : 0));
        return v < 0 ? -static_cast<long long>(-v + 0.5L) : static_cast<long long>(v + 0.5L);
    }();
    template <class F>
    using rest = std::conditional_t<constant_factor<F>::is, type_list<>, type_list<F>>;
    using factors = concat_t<type_list<lowered<literal_op<num, (1LL << (representable ? k : 0))>>>,
                             rest<Fs>...>;
    using type = std::conditional_t<representable, typename make_product_list<factors>::type,
                                    product<Fs...>>;
};

// A factor c (1 - tanh(x)^2) with 2x compensated (eval/compensated.hpp): 4c t/(1 + t)^2 with t
// 0 beyond the clamp of y. Another factor that is a polynomial of degree >= 2 in y (gelu_tanh''s
// 1 + 3k y^2) would overflow there: it is computed at the clamped y, so that the product is 0,
// not 0 inf = NaN.
template <class F>
struct sech2_of_polynomial : std::false_type {};
template <long long N, long long D, long long M, long long E, class X>
    requires(equal(rational{M, E, true}, -rational{N, D, true}) &&
             compensated::argument<decltype(mul(constant<2>{}, X{}))>::applies)
struct sech2_of_polynomial<
    sum<constant<N, D>, product<constant<M, E>, power<apply<tanh_fn, X>, constant<2>>>>>
    : std::true_type {
    using argument = compensated::argument<decltype(mul(constant<2>{}, X{}))>;
};

template <class F, class Argument>
struct clamped_factor {
    using type = lower_t<F>;
};
template <class F, class Argument>
    requires(compensated::polynomial<F>::value && compensated::polynomial<F>::degree >= 2 &&
             std::is_same_v<typename compensated::polynomial<F>::y, typename Argument::y>)
struct clamped_factor<F, Argument> {
    using P = compensated::polynomial<F>;
    using y = typename Argument::clamped;
    template <std::size_t I>
    using term = std::conditional_t<
        I == 0, constant<P::a[I].num, P::a[I].den>,
        scaled_t<P::a[I], std::conditional_t<I == 1, y, power<y, constant<(I > 1 ? I : 2)>>>>>;
    template <std::size_t... I>
    static auto terms(std::index_sequence<I...>)
        -> concat_t<std::conditional_t<P::a[I].num == 0, type_list<>, type_list<term<I>>>...>;
    using type = typename make_sum_list<decltype(terms(std::make_index_sequence<17>{}))>::type;
};

// The factors of a product lowered, with that clamp where it applies.
template <class... Fs>
struct lowered_factors {
    static constexpr std::size_t i = find_first<sech2_of_polynomial, Fs...>();
    template <bool Clamp, class = void>
    struct pick {
        using type = product<lower_t<Fs>...>;
    };
    template <class Dummy>
    struct pick<true, Dummy> {
        using argument = typename sech2_of_polynomial<at_t<i, type_list<Fs...>>>::argument;
        using type = product<typename clamped_factor<Fs, argument>::type...>;
    };
    using type = typename pick<(i < sizeof...(Fs))>::type;
};

}  // namespace lowering

}  // namespace leibniz::detail

#include <leibniz/lower/rules/exp_rational.hpp>

namespace leibniz::detail {

// --- lower: the rules first, else the node with its children lowered

template <class E>
struct lower {
    using type = E;
};

template <class... Ts>
struct lower<sum<Ts...>> {
    using rw = lowering::sum_rewrite<sum<Ts...>>;
    using ls = lowering::logistic_sum<sum<Ts...>>;
    template <bool Pair, class = void>
    struct rest {
        using er = typename lowering::exp_rational_sum<Ts...>::type;
        using type = typename std::conditional_t<
            std::is_void_v<er>,
            std::conditional_t<ls::applies, ls, std::type_identity<sum<lower_t<Ts>...>>>,
            std::type_identity<er>>::type;
    };
    template <class Dummy>
    struct rest<true, Dummy> {
        using type = void;
    };
    using type = typename std::conditional_t<rw::applies, rw, rest<rw::applies>>::type;
};

// c + k y = k (y + c/k) when c/k is a short dyadic number: no cancellation near the root -c/k
// (hard_sigmoid's 1/2 + z/6 is (z + 3)/6).
template <long long N, long long D, long long M, long long E, class Y>
    requires(!lowering::sum_rewrite<sum<constant<N, D>, product<constant<M, E>, Y>>>::applies &&
             lowering::power_of_two((rational{N, D, true} * inverse(rational{M, E, true})).den) &&
             lowering::abs_ll<(rational{N, D, true} * inverse(rational{M, E, true})).num, 1> <
                 (1LL << 20))
struct lower<sum<constant<N, D>, product<constant<M, E>, Y>>> {
    static constexpr rational r = rational{N, D, true} * inverse(rational{M, E, true});
    using type = product<constant<M, E>, sum<constant<r.num, r.den>, lower_t<Y>>>;
};

// softsign' = 1/(1 + |y|) - y sign(y)/(1 + |y|)^2 = 1/(1 + |y|)^2, without the cancellation
template <class Y>
struct lower<sum<power<sum<constant<1>, apply<abs_fn, Y>>, constant<-1>>,
                 product<constant<-1>, Y, power<sum<constant<1>, apply<abs_fn, Y>>, constant<-2>>,
                         apply<sign_fn, Y>>>> {
    using type = power<sum<constant<1>, apply<abs_fn, lower_t<Y>>>, constant<-2>>;
};

// Mish' = z sigma(z) sech^2(softplus z) + tanh(softplus z) as one fraction in f and g (t =
// exp(-|z|), f = max(t, [z >= 0]), g = max(t, [z <= 0]), so that f, g = t, 1 or 1, t):
//   4 f P / Q^2,  P = (z + 1) g^3 + f ((z + 3/2) g^2 + f (g + f/4)),  Q = 2 g^2 + f (f + 2 g) = D,
//   Q^2 = N (N + 4 g^2) + 4 g^4 with N = f (f + 2 g).
// For z < 0 this is 4 t ((z + 1) + t (...))/(2 + N)^2: z + 1 is exact there, the terms in t add
// errors scaled by t, and Q^2 is one rounding; the sum of the two lowered terms, with its
// cancellation at z < -2, rounded several times more (5.9 ulp).
template <class Y>
struct lower<
    sum<product<apply<exp_fn, Y>, Y,
                sum<constant<1>,
                    product<constant<-1>,
                            power<apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, Y>>>>,
                                  constant<2>>>>,
                power<sum<constant<1>, apply<exp_fn, Y>>, constant<-1>>>,
        apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, Y>>>>>> {
    using L = lowering::logistic<Y>;
    using y = lower_t<Y>;
    using f = typename L::f;
    using g = typename L::g;
    using g2 = power<g, constant<2>>;
    // P/4, so that no term overflows where f or g is 0 (z = -+ the largest value)
    using p = sum<product<sum<y, constant<1>>, power<g, constant<3>>>,
                  product<f, sum<product<sum<y, constant<3, 2>>, g2>,
                                 product<f, sum<g, product<constant<1, 4>, f>>>>>>;
    using n = typename L::n;
    using q2 = sum<product<n, sum<n, product<constant<4>, g2>>>,
                   product<constant<4>, power<g2, constant<2>>>>;
    using type = product<constant<4>, f, p, power<q2, constant<-1>>>;
};

template <class... Fs>
struct lower<product<Fs...>> {
    template <bool Logistic, class = void>
    struct pick {
        using type = typename lowering::fold_irrational<typename lowering::fold_coefficient<
            typename lowering::lowered_factors<Fs...>::type>::type>::type;
    };
    template <class Dummy>
    struct pick<true, Dummy> {
        using type = typename lowering::logistic_rewrite<Fs...>::type;
    };
    using er = typename lowering::exp_rational_product<Fs...>::type;
    using type = typename lowering::merge_exponentials<typename std::conditional_t<
        std::is_void_v<er>, pick<lowering::logistic_product<type_list<Fs...>>::applies>,
        std::type_identity<er>>::type>::type;
};

template <class B, class E>
struct lower<power<B, E>> {
    using type = power<lower_t<B>, lower_t<E>>;
};
template <class W, long long N>
    requires(N < 0)
struct lower<power<sum<constant<1>, apply<exp_fn, W>>, constant<N>>> {
    using type = typename lowering::logistic_rewrite<
        power<sum<constant<1>, apply<exp_fn, W>>, constant<N>>>::type;
};

template <class Fn, class A>
struct lower<apply<Fn, A>> {
    using type = apply<Fn, lower_t<A>>;
};

// log(1 + x) = log1p(x); log(1 + exp w) = max(w, 0) + log1p(exp(-|w|))
template <class T, class... Ts>
struct lower<apply<log_fn, sum<constant<1>, T, Ts...>>> {
    using type = lowered<log1p_op, lower_t<typename lowering::make_sum<T, Ts...>::type>>;
};
template <class W>
struct lower<apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>> {
    using type = sum<lowered<max_op, lower_t<W>, constant<0>>,
                     lowered<log1p_op, typename lowering::logistic<W>::t>>;
};

// tanh(log(1 + exp w)) = N/D
template <class W>
struct lower<apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>>> {
    using L = lowering::logistic<W>;
    using type = product<typename L::n, power<typename L::d, constant<-1>>>;
};

// exp(-k y^2), k a power of two: e + e (-k l), e = exp(-k h), h + l = y^2 exactly
template <long long N, long long D, class Y>
    requires(N < 0 && lowering::power_of_two(-N) && lowering::power_of_two(D))
struct lower<apply<exp_fn, product<constant<N, D>, power<Y, constant<2>>>>> {
    using s = lowering::exact_square<Y, rational{-N, D, true}>;
    using e = apply<exp_fn, product<constant<N, D>, typename s::h>>;
    // e - e (k l): k l is the k^2 l of erf(sqrt(k) y)'s correction (GELU'), computed once
    using type = sum<e, product<constant<-1>, e, product<constant<-N, D>, typename s::l>>>;
};

template <class Op, class L, class R, class A, class B>
struct lower<piecewise<comparison<Op, L, R>, A, B>> {
    using type = piecewise<comparison<Op, lower_t<L>, lower_t<R>>, lower_t<A>, lower_t<B>>;
};

//! The tree evaluated for values of type T: lowered for float and double, as written otherwise
//! (long double, Boost.Multiprecision and user types compute the textbook formulas).
template <class Tree, class T>
struct plan {
    using type = Tree;
};
template <class Tree, class T>
    requires(std::is_same_v<T, float> || std::is_same_v<T, double>)
struct plan<Tree, T> {
    using type = lower_t<Tree>;
};
template <class Tree, class T>
using plan_t = typename plan<Tree, T>::type;

}  // namespace leibniz::detail
