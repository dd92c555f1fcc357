// Rule: exp(-k y^2), k a power of two, = e - e (k l) with e = exp(-k h), h + l = y^2 exactly.
// Error removed: the rounding of y^2, amplified by k y^2 in exp (GELU's exp(-z^2/2) at z = 30
// loses 10 bits).
#pragma once

#include <leibniz/functions/exp.hpp>
#include <leibniz/lower/rules/erfc.hpp>

namespace leibniz::detail {

template <long long N, long long D, class Y>
    requires(N < 0 && lowering::power_of_two(-N) && lowering::power_of_two(D))
struct lower<apply<exp_fn, product<constant<N, D>, power<Y, constant<2>>>>> {
    using s = lowering::exact_square<Y, rational{-N, D, true}>;
    using e = apply<exp_fn, product<constant<N, D>, typename s::h>>;
    // e - e (k l): k l is the k^2 l of erf(sqrt(k) y)'s correction (GELU'), computed once
    using type = sum<e, product<constant<-1>, e, product<constant<-N, D>, typename s::l>>>;
};

}  // namespace leibniz::detail
