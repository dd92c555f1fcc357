// gradient: all first partial derivatives at once.
#pragma once

#include <boost/hana/tuple.hpp>

#include <leibniz/calculus/d.hpp>

namespace leibniz {

//! The partial derivatives by each symbol, as a boost::hana::tuple: `lz::gradient(f, w, b)`.
template <class F, class... Xs>
constexpr auto gradient(F const& f, Xs const&... xs) {
    static_assert(sizeof...(Xs) > 0, "leibniz: gradient(f, x, ...): name at least one symbol");
    return boost::hana::make_tuple(detail::derivative(f, xs)...);
}

}  // namespace leibniz
