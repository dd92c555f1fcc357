// type_list and the few list operations the library needs (cheaper to compile than a general
// library).
#pragma once

#include <cstddef>
#include <type_traits>

// The compilers' built-in type identity: no template instantiated per pair of types compared (a
// tenth of the catalogue's compile time goes to such comparisons in contains_v and index_of_v).
#if defined(__has_builtin)
#if __has_builtin(__is_same)
#define LEIBNIZ_IS_SAME(A, B) __is_same(A, B)
#endif
#endif
#ifndef LEIBNIZ_IS_SAME
#define LEIBNIZ_IS_SAME(A, B) std::is_same_v<A, B>
#endif

namespace leibniz::detail {

template <class... Ts>
struct type_list {
    static constexpr std::size_t size = sizeof...(Ts);
};

//! The first Trait<X>::type over Xs that is not void; void when there is none.
template <template <class> class Trait, class... Xs>
struct first_found {
    using type = void;
};
template <template <class> class Trait, class X, class... Xs>
struct first_found<Trait, X, Xs...> {
    using type =
        std::conditional_t<std::is_void_v<typename Trait<X>::type>,
                           typename first_found<Trait, Xs...>::type, typename Trait<X>::type>;
};
template <template <class> class Trait, class List>
struct first_found_in;
template <template <class> class Trait, class... Xs>
struct first_found_in<Trait, type_list<Xs...>> : first_found<Trait, Xs...> {};

template <class X, class List>
inline constexpr bool contains_v = false;
template <class X, class... Ts>
inline constexpr bool contains_v<X, type_list<Ts...>> = (LEIBNIZ_IS_SAME(X, Ts) || ...);

template <class X, class... Ts>
consteval std::size_t index_of_impl() {
    constexpr bool hits[] = {LEIBNIZ_IS_SAME(X, Ts)..., false};
    std::size_t i = 0;
    while (!hits[i]) ++i;
    return i;
}
template <class X, class List>
inline constexpr std::size_t index_of_v = 0;
template <class X, class... Ts>
inline constexpr std::size_t index_of_v<X, type_list<Ts...>> = index_of_impl<X, Ts...>();

template <class List, class X>
struct push_back;
template <class... Ts, class X>
struct push_back<type_list<Ts...>, X> {
    using type = type_list<Ts..., X>;
};
template <class List, class X>
using push_back_t = typename push_back<List, X>::type;

template <class... Lists>
struct concat {
    using type = type_list<>;
};
template <class... As>
struct concat<type_list<As...>> {
    using type = type_list<As...>;
};
template <class... As, class... Bs, class... Rest>
struct concat<type_list<As...>, type_list<Bs...>, Rest...>
    : concat<type_list<As..., Bs...>, Rest...> {};
template <class... Lists>
using concat_t = typename concat<Lists...>::type;

// drop_front_t<N, List>: List without its first N elements.
template <std::size_t N, class List>
struct drop_front;
template <class List>
struct drop_front<0, List> {
    using type = List;
};
template <std::size_t N, class T, class... Ts>
    requires(N > 0)
struct drop_front<N, type_list<T, Ts...>> {
    using type = typename drop_front<N - 1, type_list<Ts...>>::type;
};
template <std::size_t N, class List>
using drop_front_t = typename drop_front<N, List>::type;

// take_front_t<N, List>: the first N elements of List.
template <std::size_t N, class List, class Acc = type_list<>>
struct take_front {
    using type = Acc;
};
template <std::size_t N, class T, class... Ts, class... As>
    requires(N > 0)
struct take_front<N, type_list<T, Ts...>, type_list<As...>>
    : take_front<N - 1, type_list<Ts...>, type_list<As..., T>> {};
template <std::size_t N, class List>
using take_front_t = typename take_front<N, List>::type;

template <std::size_t I, class List>
struct at {
    using type = typename at<0, drop_front_t<I, List>>::type;
};
template <class T, class... Ts>
struct at<0, type_list<T, Ts...>> {
    using type = T;
};
template <std::size_t I, class List>
using at_t = typename at<I, List>::type;

}  // namespace leibniz::detail
