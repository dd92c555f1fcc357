// Rule: log(1 + x) = log1p(x); and log(S) of another sum S as log1p(S - 1) where |S - 1| <= 1/2
// (decided on the lowered S), when the lowering of S - 1 (the algebra's sum, its constant
// folded) differs from adding its lowered terms, i.e. a rule removes a cancellation of S - 1
// (log(z + sqrt(z^2 + 1)): S - 1 = z + (sqrt(z^2 + 1) - 1) from sqrt_rational's conjugate).
// Error removed: 1 + x rounds away x where |x| < eps (log(1 + 1e-20) is 0, the truth 1e-20; so is
// log(z + sqrt(z^2 + 1)) at z = 1e-20). Where |S - 1| > 1/2, log(S) as written (S - 1 loses the
// digits of a small S).
#pragma once

#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/log.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail {

template <class T, class... Ts>
struct lower<apply<log_fn, sum<constant<1>, T, Ts...>>> {
    using type = lowered<log1p_op, lower_t<typename lowering::make_sum<T, Ts...>::type>>;
};

namespace lowering {

//! Whether S - 1 is a sum that a rule lowers (not term by term).
template <class S, class M = decltype(add(S{}, constant<-1>{}))>
inline constexpr bool shifted_by_rule = false;
template <class S, class... Us>
inline constexpr bool shifted_by_rule<S, sum<Us...>> =
    !std::is_same_v<lower_t<sum<Us...>>, sum<lower_t<Us>...>>;

}  // namespace lowering

template <class T, class... Ts>
    requires(!std::is_same_v<T, constant<1>> && lowering::shifted_by_rule<sum<T, Ts...>>)
struct lower<apply<log_fn, sum<T, Ts...>>> {
    using m = lower_t<decltype(add(sum<T, Ts...>{}, constant<-1>{}))>;
    using s = lower_t<sum<T, Ts...>>;
    // decided on S (accurate where S - 1 is not: its conjugate overflows at z = -1e300)
    using near_one =
        lowered<nonnegative_op,
                sum<constant<1, 2>, product<constant<-1>, apply<abs_fn, sum<s, constant<-1>>>>>>;
    using type = lowered<select_op, near_one, lowered<log1p_op, m>, apply<log_fn, s>>;
};

}  // namespace leibniz::detail
