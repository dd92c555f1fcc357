// Rule: tanh in disguise, and tanh as sigma: c + k/(1 + exp w) with k = -2c is c tanh(w/2) (the
// catalogue's tanh = 2 sigma(2z) - 1), and c (1 +- tanh x) = 2c sigma(+-2x).
// Error removed: 2 sigma(2z) - 1 cancels near z = 0; 1 - tanh x cancels for large x.
#pragma once

#include <leibniz/functions/tanh.hpp>
#include <leibniz/lower/pairs.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail::lowering {

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

}  // namespace leibniz::detail::lowering
