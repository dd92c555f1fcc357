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

// tanh(log(1 + exp w)) = N/D
template <class W>
struct lower<apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>>> {
    using L = lowering::logistic<W>;
    using type = product<typename L::n, power<typename L::d, constant<-1>>>;
};

}  // namespace leibniz::detail
