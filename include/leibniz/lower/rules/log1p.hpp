// Rule: log(1 + x) = log1p(x).
// Error removed: 1 + x rounds away x where |x| < eps (log(1 + 1e-20) is 0, the truth 1e-20).
#pragma once

#include <leibniz/functions/log.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail {

template <class T, class... Ts>
struct lower<apply<log_fn, sum<constant<1>, T, Ts...>>> {
    using type = lowered<log1p_op, lower_t<typename lowering::make_sum<T, Ts...>::type>>;
};

}  // namespace leibniz::detail
