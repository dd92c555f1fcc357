// Rule: (a + y^2)^(p/2) = hypot(y, sqrt(a))^p for a > 0 and an odd p.
// Error removed: y^2 overflows for |y| > 1.3e154 (sqrt(z^2 + 1) is inf at z = 1e200, the truth
// 1e200; its derivative z/sqrt(z^2 + 1) is 0 there, the truth 1).
#pragma once

#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail {

template <long long A, long long B, class Y, long long P>
    requires(A > 0 && P % 2 != 0)
struct lower<power<sum<constant<A, B>, power<Y, constant<2>>>, constant<P, 2>>> {
    using h = lowered<hypot_op, lower_t<Y>, lower_t<power<constant<A, B>, constant<1, 2>>>>;
    using type = std::conditional_t<P == 1, h, power<h, constant<P>>>;
};

}  // namespace leibniz::detail
