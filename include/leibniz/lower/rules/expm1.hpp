// Rule: c (1 - exp x) = -c expm1(x).
// Error removed: exp(x) - 1 cancels where |x| is small (all digits lost at x = 1e-17).
#pragma once

#include <leibniz/functions/exp.hpp>
#include <leibniz/lower/pairs.hpp>

namespace leibniz::detail::lowering {

// c + k exp(x), k = -c: c (1 - exp x) = -c expm1(x)
template <rational C, rational K, class X>
    requires(equal(K, -C))
struct pair_rule<C, K, apply<exp_fn, X>> {
    using type = scaled_t<K, lowered<expm1_op, lower_t<X>>>;
};

}  // namespace leibniz::detail::lowering
