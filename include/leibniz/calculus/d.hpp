// d: exact derivatives, computed while the program compiles.
#pragma once

#include <leibniz/calculus/diff.hpp>
#include <leibniz/core/infinity.hpp>
#include <leibniz/core/nodes.hpp>

namespace leibniz {

namespace detail {
template <class F, class X>
constexpr auto derivative(F const& f, X const&) {
    static_assert(!is_unknown_series_v<std::remove_cvref_t<F>>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
    static_assert(expression<F> || is_unknown_series_v<std::remove_cvref_t<F>>,
                  "leibniz: d(f, x): f must be an expression built from symbols");
    static_assert(
        is_symbol_v<X>,
        "leibniz: d(f, x): x must be a symbol such as lz::symbol<\"z\">{}, not a constant "
        "or a compound expression; introduce a symbol for it and substitute");
    if constexpr (expression<F> && is_symbol_v<X>)
        return combine([](auto tree) { return diff(tree, X{}); }, f);
}
}  // namespace detail

//! ∂f/∂x, and ∂²f/∂x∂y for d(f, x, y): `lz::d(sigma, z)`.
template <class F, class X, class... Xs>
constexpr auto d(F const& f, X const& x, Xs const&... xs) {
    if constexpr (sizeof...(Xs) == 0)
        return detail::derivative(f, x);
    else
        return d(detail::derivative(f, x), xs...);
}

//! The N-th derivative by one symbol: `lz::d<3>(sigma, z)`.
template <int N, class F, class X>
constexpr auto d(F const& f, X const& x) {
    static_assert(N >= 0, "leibniz: d<N>(f, x): N must be 0 or more");
    if constexpr (N <= 0)
        return f;
    else
        return d<N - 1>(detail::derivative(f, x), x);
}

}  // namespace leibniz
