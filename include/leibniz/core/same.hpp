// same: structural identity of canonical forms.
#pragma once

#include <type_traits>

#include <leibniz/algebra/params.hpp>
#include <leibniz/core/nodes.hpp>

namespace leibniz {

//! Whether a and b have the same canonical form: `lz::same(z * 2_c + z, 3_c * z)` is true.
//! Run-time constants compare by value.
template <class A, class B>
constexpr bool same(A const& a, B const& b) {
    static_assert(expression<A> && expression<B>,
                  "leibniz: same(a, b): a and b must be expressions");
    if constexpr (std::is_same_v<detail::tree_t<A>, detail::tree_t<B>> &&
                  detail::param_count_v<A> == detail::param_count_v<B>)
        return detail::params_of(a) == detail::params_of(b);
    else
        return false;
}

}  // namespace leibniz
