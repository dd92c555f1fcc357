// children_of<E>: the children of a node, in order (a where's condition first, a comparison's
// two sides); what collect_t walks to list the distinct subterms of a canonical tree.
#pragma once

#include <leibniz/core/nodes.hpp>
#include <leibniz/core/type_list.hpp>

namespace leibniz::detail {

template <class E>
struct children_of {
    using type = type_list<>;
};
template <class... Ts>
struct children_of<sum<Ts...>> {
    using type = type_list<Ts...>;
};
template <class... Fs>
struct children_of<product<Fs...>> {
    using type = type_list<Fs...>;
};
template <class B, class E>
struct children_of<power<B, E>> {
    using type = type_list<B, E>;
};
template <class Fn, class A>
struct children_of<apply<Fn, A>> {
    using type = type_list<A>;
};
template <class C, class A, class B>
struct children_of<piecewise<C, A, B>> {
    using type = type_list<C, A, B>;
};
template <class Op, class L, class R>
struct children_of<comparison<Op, L, R>> {
    using type = type_list<L, R>;
};

}  // namespace leibniz::detail
