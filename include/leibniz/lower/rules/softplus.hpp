// Rule: log(1 + exp w) = max(w, 0) + log1p(exp(-|w|)); tanh(log(1 + exp w)) = N/D with
// N = f (f + 2g), D = N + 2 g^2 (Mish's tanh of softplus, from t = exp(-|w|)).
// Error removed: exp(w) overflows for w > 709 (softplus is inf where the truth is w), and
// log(1 + t) loses t below eps.
#pragma once

#include <leibniz/functions/log.hpp>
#include <leibniz/functions/tanh.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail {

template <class W>
struct lower<apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>> {
    using type = sum<lowered<max_op, lower_t<W>, constant<0>>,
                     lowered<log1p_op, typename lowering::logistic<W>::t>>;
};

// w = k y: max(w, 0) = k max(y, 0) (k min(y, 0) for k < 0), so that a coefficient 1/k of the
// softplus (log(1 + exp(2z))/2) cancels k instead of dividing an overflowed k y
template <long long N, long long D, class Y>
struct lower<apply<log_fn, sum<constant<1>, apply<exp_fn, product<constant<N, D>, Y>>>>> {
    using W = product<constant<N, D>, Y>;
    using y = lower_t<Y>;
    using type =
        sum<product<constant<N, D>, std::conditional_t<(N > 0), lowered<max_op, y, constant<0>>,
                                                       lowered<min_op, y, constant<0>>>>,
            lowered<log1p_op, typename lowering::logistic<W>::t>>;
};

// tanh(log(1 + exp w)) = N/D
template <class W>
struct lower<apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>>> {
    using L = lowering::logistic<W>;
    using type = product<typename L::n, power<typename L::d, constant<-1>>>;
};

}  // namespace leibniz::detail
