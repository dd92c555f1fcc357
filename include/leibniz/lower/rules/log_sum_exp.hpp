// Rule: log(exp a + exp b) = max(a, b) + log1p(exp(-|a - b|)).
// Error removed: exp a and exp b overflow for a, b > 709 (inf where the truth is about max(a, b))
// and underflow below -745 (log 0 = -inf).
#pragma once

#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/log.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail {

template <class A, class B>
struct lower<apply<log_fn, sum<apply<exp_fn, A>, apply<exp_fn, B>>>> {
    using difference = decltype(A{} - B{});
    using type =
        sum<lowered<max_op, lower_t<A>, lower_t<B>>,
            lowered<log1p_op,
                    apply<exp_fn, product<constant<-1>, apply<abs_fn, lower_t<difference>>>>>>;
};

}  // namespace leibniz::detail
