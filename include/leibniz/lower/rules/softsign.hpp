// Rule: 1/(1 + |y|) - y sign(y)/(1 + |y|)^2 = 1/(1 + |y|)^2 (softsign's derivative).
// Error removed: the cancellation of the two terms for large |y|.
#pragma once

#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/sign.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail {

template <class Y>
struct lower<sum<power<sum<constant<1>, apply<abs_fn, Y>>, constant<-1>>,
                 product<constant<-1>, Y, power<sum<constant<1>, apply<abs_fn, Y>>, constant<-2>>,
                         apply<sign_fn, Y>>>> {
    using type = power<sum<constant<1>, apply<abs_fn, lower_t<Y>>>, constant<-2>>;
};

}  // namespace leibniz::detail
