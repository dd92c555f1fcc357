// Rule: exp(-|k y|) for a rational slope k that the type does not hold exactly (k = 851/500):
// k = kh + kl (two literals), h = kh |y| rounded, l = (kh |y| - h) + kl |y| (an fma), and
// exp(-|k y|) = exp(-h) (1 - l) to first order in l (|l| <= 2^-52 h).
// Error removed: k rounded to the type and k y rounded, amplified by |k y| in exp: z sigma(1.702 z)
// at z = -30 was 89 ulp with k = 1702/1000, 15 with the double 1.702; now as exact as k y.
#pragma once

#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail::lowering {

//! Whether n/d is exact in float (and so in double): d a power of two, |n| below 2^24.
constexpr bool exact_in_float(long long n, long long d) {
    return power_of_two(d) && (n < 0 ? -n : n) < (1LL << 24);
}

template <long long N, long long D, class Y>
    requires(!exact_in_float(N, D) && !is_constant_v<Y> &&
             !compensated::argument<product<constant<N, D>, Y>>::applies)
struct exp_neg_abs<product<constant<N, D>, Y>> {
    static constexpr long double k =
        static_cast<long double>(N < 0 ? -N : N) / static_cast<long double>(D);
    using kh = lowered<split_literal_op<k, false>>;
    using kl = lowered<split_literal_op<k, true>>;
    using a = apply<abs_fn, lower_t<Y>>;
    // h clamped where exp(-h) is 0 and l at 1, so that k y overflowing gives 0, not 0 inf
    using h = lowered<min_op, product<kh, a>, constant<2048>>;
    using e = apply<exp_fn, product<constant<-1>, h>>;
    using l = lowered<min_op, sum<lowered<fma_op, kh, a, product<constant<-1>, h>>, product<kl, a>>,
                      constant<1>>;
    using type = sum<e, product<constant<-1>, e, l>>;
};

}  // namespace leibniz::detail::lowering
