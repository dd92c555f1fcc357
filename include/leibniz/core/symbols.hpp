// The symbols an expression mentions, in the order they first appear: symbols_in_t<E>.
#pragma once

#include <leibniz/core/nodes.hpp>
#include <leibniz/core/type_list.hpp>

namespace leibniz::detail {

template <class E, class Acc = type_list<>>
struct symbols_in {
    using type = Acc;
};
template <class E, class Acc>
using symbols_in_t = typename symbols_in<E, Acc>::type;
template <fixed_string N, class Acc>
struct symbols_in<symbol<N>, Acc> {
    using type = std::conditional_t<contains_v<symbol<N>, Acc>, Acc, push_back_t<Acc, symbol<N>>>;
};
template <class Acc, class... Cs>
struct symbols_in_all {
    using type = Acc;
};
template <class Acc, class C, class... Cs>
struct symbols_in_all<Acc, C, Cs...> : symbols_in_all<symbols_in_t<C, Acc>, Cs...> {};
template <class... Ts, class Acc>
struct symbols_in<sum<Ts...>, Acc> : symbols_in_all<Acc, Ts...> {};
template <class... Ts, class Acc>
struct symbols_in<product<Ts...>, Acc> : symbols_in_all<Acc, Ts...> {};
template <class B, class E, class Acc>
struct symbols_in<power<B, E>, Acc> : symbols_in_all<Acc, B, E> {};
template <class Fn, class A, class Acc>
struct symbols_in<apply<Fn, A>, Acc> : symbols_in_all<Acc, A> {};
template <class C, class A, class B, class Acc>
struct symbols_in<piecewise<C, A, B>, Acc> : symbols_in_all<Acc, C, A, B> {};
template <class Op, class A, class B, class Acc>
struct symbols_in<comparison<Op, A, B>, Acc> : symbols_in_all<Acc, A, B> {};

}  // namespace leibniz::detail
