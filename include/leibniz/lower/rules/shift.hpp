// Rule: c + k y = k (y + c/k) for a short dyadic c/k.
// Error removed: the cancellation near the root -c/k (hard_sigmoid's 1/2 + z/6 is (z + 3)/6).
#pragma once

#include <type_traits>

#include <leibniz/lower/pairs.hpp>
#include <leibniz/lower/rules/exp_rational.hpp>

namespace leibniz::detail {

template <long long N, long long D, long long M, long long E, class Y>
    requires(
        !lowering::sum_rewrite<sum<constant<N, D>, product<constant<M, E>, Y>>>::applies &&
        std::is_void_v<typename lowering::exp_rational_sum<constant<N, D>,
                                                           product<constant<M, E>, Y>>::type> &&
        lowering::power_of_two((rational{N, D, true} * inverse(rational{M, E, true})).den) &&
        lowering::abs_ll<(rational{N, D, true} * inverse(rational{M, E, true})).num, 1> <
            (1LL << 20))
struct lower<sum<constant<N, D>, product<constant<M, E>, Y>>> {
    static constexpr rational r = rational{N, D, true} * inverse(rational{M, E, true});
    using type = product<constant<M, E>, sum<constant<r.num, r.den>, lower_t<Y>>>;
};

}  // namespace leibniz::detail
