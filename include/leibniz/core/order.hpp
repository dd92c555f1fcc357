// The canonical total order on nodes: by kind, then symbol name, value or operands. It depends on
// nothing compiler-specific, so operands are sorted (and printed) alike by g++ and clang.
// Run-time constants are compared by shape first (all param<I> alike) and by index only to break
// ties, so that the order of operands does not depend on the order they were built in.
#pragma once

#include <cstddef>
#include <string_view>

#include <leibniz/core/nodes.hpp>
#include <leibniz/core/type_list.hpp>

namespace leibniz::detail {

// order<A, B, Shape>: with Shape, all run-time constants compare equal.
template <class A, class B, bool Shape>
struct order;

//! compare_v<A, B>: -1, 0 or 1 as A sorts before, with or after B.
template <class A, class B>
inline constexpr int compare_v = [] {
    if constexpr (param_free_v<A> || param_free_v<B>) {
        return order<A, B, false>::value;
    } else {
        constexpr int shape = order<A, B, true>::value;
        return shape != 0 ? shape : order<A, B, false>::value;
    }
}();

constexpr int three_way(std::string_view a, std::string_view b) {
    int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

template <class A, class B, bool Shape>
struct lexicographic;
template <bool Shape>
struct lexicographic<type_list<>, type_list<>, Shape> {
    static constexpr int value = 0;
};
template <class A, class... As, bool Shape>
struct lexicographic<type_list<A, As...>, type_list<>, Shape> {
    static constexpr int value = 1;
};
template <class B, class... Bs, bool Shape>
struct lexicographic<type_list<>, type_list<B, Bs...>, Shape> {
    static constexpr int value = -1;
};
template <class A, class... As, class B, class... Bs, bool Shape>
struct lexicographic<type_list<A, As...>, type_list<B, Bs...>, Shape> {
    static constexpr int head = order<A, B, Shape>::value;
    static constexpr int value =
        head != 0 ? head : lexicographic<type_list<As...>, type_list<Bs...>, Shape>::value;
};

// Nodes of the same kind: every kind has its specialization below.
template <class A, class B, bool Shape>
struct same_kind_order {
    static_assert(sizeof(A) == 0, "leibniz: internal: a node kind without a canonical order");
};
template <fixed_string N1, fixed_string N2, bool Shape>
struct same_kind_order<symbol<N1>, symbol<N2>, Shape> {
    static constexpr int value = three_way(N1.view(), N2.view());
};
template <long long N1, long long D1, long long N2, long long D2, bool Shape>
struct same_kind_order<constant<N1, D1>, constant<N2, D2>, Shape> {
    static constexpr int value = detail::compare(rational{N1, D1}, rational{N2, D2});
};
template <class T1, class T2, bool Shape>
struct same_kind_order<named<T1>, named<T2>, Shape> {
    static constexpr int value = three_way(T1::name, T2::name);
};
template <std::size_t I, std::size_t J, bool Shape>
struct same_kind_order<param<I>, param<J>, Shape> {
    static constexpr int value = Shape ? 0 : (I < J ? -1 : (I > J ? 1 : 0));
};
template <class... As, class... Bs, bool Shape>
struct same_kind_order<sum<As...>, sum<Bs...>, Shape>
    : lexicographic<type_list<As...>, type_list<Bs...>, Shape> {};
template <class... As, class... Bs, bool Shape>
struct same_kind_order<product<As...>, product<Bs...>, Shape>
    : lexicographic<type_list<As...>, type_list<Bs...>, Shape> {};
template <class B1, class E1, class B2, class E2, bool Shape>
struct same_kind_order<power<B1, E1>, power<B2, E2>, Shape>
    : lexicographic<type_list<B1, E1>, type_list<B2, E2>, Shape> {};
template <class F1, class A1, class F2, class A2, bool Shape>
struct same_kind_order<apply<F1, A1>, apply<F2, A2>, Shape> {
    static constexpr int by_name = three_way(F1::name, F2::name);
    static constexpr int value = by_name != 0 ? by_name : order<A1, A2, Shape>::value;
};
template <class O1, class L1, class R1, class O2, class L2, class R2, bool Shape>
struct same_kind_order<comparison<O1, L1, R1>, comparison<O2, L2, R2>, Shape> {
    static constexpr int by_op = three_way(O1::text, O2::text);
    static constexpr int value =
        by_op != 0 ? by_op : lexicographic<type_list<L1, R1>, type_list<L2, R2>, Shape>::value;
};
template <class C1, class A1, class B1, class C2, class A2, class B2, bool Shape>
struct same_kind_order<piecewise<C1, A1, B1>, piecewise<C2, A2, B2>, Shape>
    : lexicographic<type_list<C1, A1, B1>, type_list<C2, A2, B2>, Shape> {};

template <class A, class B, bool Shape>
struct order {
    static constexpr int value = [] {
        if constexpr (std::is_same_v<A, B>)
            return 0;
        else if constexpr (A::rank != B::rank)
            return static_cast<int>(A::rank) < static_cast<int>(B::rank) ? -1 : 1;
        else
            return same_kind_order<A, B, Shape>::value;
    }();
};

}  // namespace leibniz::detail
