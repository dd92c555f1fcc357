// same: structural identity of canonical forms.
#pragma once

#include <type_traits>

#include <leibniz/algebra/params.hpp>
#include <leibniz/core/infinity.hpp>
#include <leibniz/core/nodes.hpp>

namespace leibniz {

//! Whether a and b have the same canonical form: `lz::same(z * 2_c + z, 3_c * z)` is true.
//! Run-time constants compare by value. The answers of lz::limit that are not expressions
//! (lz::inf, -lz::inf, lz::no_limit, lz::unknown_limit) and lz::unknown_series (of lz::series
//! and lz::asymptotic) are the same only as themselves.
template <class A, class B>
constexpr bool same(A const& a, B const& b) {
    constexpr bool marker_a = detail::is_limit_marker_v<std::remove_cvref_t<A>>,
                   marker_b = detail::is_limit_marker_v<std::remove_cvref_t<B>>;
    static_assert((expression<A> || marker_a) && (expression<B> || marker_b),
                  "leibniz: same(a, b): a and b must be expressions (or answers of lz::limit, or "
                  "lz::unknown_series)");
    if constexpr (marker_a || marker_b)
        return std::is_same_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>;
    else if constexpr (std::is_same_v<detail::tree_t<A>, detail::tree_t<B>> &&
                       detail::param_count_v<A> == detail::param_count_v<B>)
        return detail::params_of(a) == detail::params_of(b);
    else
        return false;
}

}  // namespace leibniz
