// Mish' = z sigma(z) sech^2(softplus z) + tanh(softplus z) as one fraction in f and g (t =
// exp(-|z|), f = max(t, [z >= 0]), g = max(t, [z <= 0]), so that f, g = t, 1 or 1, t):
//   4 f P / Q^2,  P = (z + 1) g^3 + f ((z + 3/2) g^2 + f (g + f/4)),  Q = 2 g^2 + f (f + 2 g) = D,
//   Q^2 = N (N + 4 g^2) + 4 g^4 with N = f (f + 2 g).
// For z < 0 this is 4 t ((z + 1) + t (...))/(2 + N)^2: z + 1 is exact there, the terms in t add
// errors scaled by t, and Q^2 is one rounding; the sum of the two lowered terms, with its
// cancellation at z < -2, rounded several times more (5.9 ulp).
#pragma once

#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail {

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

}  // namespace leibniz::detail
