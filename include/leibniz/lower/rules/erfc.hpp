// Rule: c (1 +- erf x) = c ((1 + s) - s erfc(|x|)), s the sign of +-x; with x = k y and k^2 an
// odd power of two, erfc(|x|) corrected for the rounding of k y from the exact k^2 y^2.
// Error removed: 1 + erf x cancels for x < -1 (GELU's tail: every digit lost at z = -8).
#pragma once

#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/erf.hpp>
#include <leibniz/functions/math.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/pairs.hpp>

namespace leibniz::detail::lowering {

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

}  // namespace leibniz::detail::lowering
