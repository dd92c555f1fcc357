// Conditions and where: comparisons of two constants are decided at once, and a where whose
// branches agree, or whose condition is decided, is replaced by the branch.
#pragma once

#include <string_view>

#include <leibniz/algebra/fwd.hpp>

namespace leibniz {

//! The comparison operators of conditions.
struct less {
    static constexpr std::string_view text = "<", latex = "<";
    template <class T>
    static constexpr bool test(T const& a, T const& b) {
        return a < b;
    }
};
struct less_equal {
    static constexpr std::string_view text = "<=", latex = "\\le";
    template <class T>
    static constexpr bool test(T const& a, T const& b) {
        return a <= b;
    }
};
struct greater {
    static constexpr std::string_view text = ">", latex = ">";
    template <class T>
    static constexpr bool test(T const& a, T const& b) {
        return a > b;
    }
};
struct greater_equal {
    static constexpr std::string_view text = ">=", latex = "\\ge";
    template <class T>
    static constexpr bool test(T const& a, T const& b) {
        return a >= b;
    }
};

namespace detail {

template <class C>
struct decided {
    static constexpr bool known = false;
};
template <class Op, long long N1, long long D1, long long N2, long long D2>
struct decided<comparison<Op, constant<N1, D1>, constant<N2, D2>>> {
    static constexpr bool known = true;
    static constexpr bool value = Op::test(detail::compare(rational{N1, D1}, rational{N2, D2}), 0);
};

template <class C, class A, class B>
constexpr auto make_where(C, A, B) {
    if constexpr (std::is_same_v<A, B>)
        return A{};
    else if constexpr (decided<C>::known)
        return std::conditional_t<decided<C>::value, A, B>{};
    else
        return piecewise<C, A, B>{};
}

}  // namespace detail
}  // namespace leibniz
