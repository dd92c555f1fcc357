// Rule: the logistic family. With w, t = exp(-|w|), f = max(t, [w >= 0]), g = max(t, [w <= 0]):
//   exp(a w)^k/(1 + exp w)^n = sigma(w)^k sigma(-w)^(n-k) = t^min f^(k-n+k) or g^(n-2k) /(1+t)^n,
//   (1 + t)^2 computed as 1 + t (2 + t); with a factor 1 - tanh(log(1 + exp w))^2 (sech^2 of
//   softplus) = 4 g^2 (1 + t)^2 / D^2; a sum of such terms of one w as one fraction.
// Error removed: exp(w) overflows (1/(1 + exp(-z)) is inf/inf-free, but exp(-z)/(1 + exp(-z))^2
// is inf/inf = NaN at z = -800), and 1 - sigma loses the digits of sigma(-w).
#pragma once

#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/log.hpp>
#include <leibniz/functions/tanh.hpp>
#include <leibniz/lower/compensated.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

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

// exp(-|w|) for w = c P(y), a polynomial of degree >= 2: w in double-double (lower/compensated.hpp)
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
    using type = void;
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

}  // namespace leibniz::detail::lowering

namespace leibniz::detail {

// 1/(1 + exp w)^n alone
template <class W, long long N>
    requires(N < 0)
struct lower<power<sum<constant<1>, apply<exp_fn, W>>, constant<N>>> {
    using type = typename lowering::logistic_rewrite<
        power<sum<constant<1>, apply<exp_fn, W>>, constant<N>>>::type;
};

}  // namespace leibniz::detail
