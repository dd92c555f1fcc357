// Rule: c + k sqrt(a + X) with c = -k sqrt(a), a a square rational: k (sqrt(a + X) - sqrt(a)) =
// k X/(sqrt(a + X) + sqrt(a)) where |X| <= a (a select, no branch), as written elsewhere.
// Error removed: sqrt(1 + X) - 1 cancels for small X ((sqrt(z^2 + 1) - 1)/2 + z is 0 at
// z = 1e-20, the truth 1e-20; every digit of sqrt(1 + z^2) - 1 is lost below |z| = 1e-8).
#pragma once

#include <leibniz/functions/abs.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/pairs.hpp>

namespace leibniz::detail::lowering {

//! sqrt(n/d) when it is rational, else a failed rational.
constexpr rational rational_sqrt(long long n, long long d) {
    long long a = exact_root(n, 2), b = exact_root(d, 2);
    if (a < 0 || b < 0) return overflowed;
    return reduce(a, b);
}

template <rational C, rational K, long long A, long long B, class... Xs>
    requires(A > 0 && rational_sqrt(A, B).ok && equal(C, -(K* rational_sqrt(A, B))))
struct pair_rule<C, K, power<sum<constant<A, B>, Xs...>, constant<1, 2>>> {
    static constexpr rational r = rational_sqrt(A, B);
    using x = lower_t<typename make_sum<Xs...>::type>;
    using root = lower_t<power<sum<constant<A, B>, Xs...>, constant<1, 2>>>;
    using small = product<x, power<sum<root, constant<r.num, r.den>>, constant<-1>>>;
    using large = sum<root, constant<-r.num, r.den>>;
    using near =
        lowered<nonnegative_op, sum<constant<A, B>, product<constant<-1>, apply<abs_fn, x>>>>;
    using type = scaled_t<K, lowered<select_op, near, small, large>>;
};

}  // namespace leibniz::detail::lowering
