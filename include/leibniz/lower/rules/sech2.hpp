// Rule: c (1 - tanh(x)^2) = c sech^2 x = 4c t/(1 + t)^2 with t = exp(-2|x|), and the same of
// softplus, c (1 - tanh(log(1 + exp w))^2) = 4c g^2 (1 + t)^2 / D^2.
// Error removed: 1 - tanh^2 cancels to 0 for |x| > 19 where the truth is 4 exp(-2|x|).
#pragma once

#include <leibniz/lower/pairs.hpp>
#include <leibniz/lower/rules/logistic.hpp>

namespace leibniz::detail::lowering {

// c + k tanh(log(1 + exp w))^2, k = -c: c sech^2(softplus w) = 4c g^2 (1 + t)^2 / D^2
template <rational C, rational K, class W>
    requires(equal(K, -C))
struct pair_rule<
    C, K, power<apply<tanh_fn, apply<log_fn, sum<constant<1>, apply<exp_fn, W>>>>, constant<2>>> {
    using L = logistic<W>;
    static constexpr rational four_c = C * rational{4, 1, true};
    using type =
        product<constant<four_c.num, four_c.den>, power<typename L::g, constant<2>>,
                power<typename L::one_plus_t, constant<2>>, power<typename L::d, constant<-2>>>;
};

// c + k tanh(x)^2, k = -c: c sech^2(x) = 4c t/(1 + t)^2, t = exp(-2|x|)
template <rational C, rational K, class X>
    requires(equal(K, -C))
struct pair_rule<C, K, power<apply<tanh_fn, X>, constant<2>>> {
    using L = logistic<decltype(mul(constant<2>{}, X{}))>;
    static constexpr rational four_c = C * rational{4, 1, true};
    using type = product<constant<four_c.num, four_c.den>, typename L::t,
                         power<typename L::one_plus_t_squared, constant<-1>>>;
};

}  // namespace leibniz::detail::lowering
