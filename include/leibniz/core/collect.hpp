// collect_t<Operands, E>: the distinct subterms of E, children before parents (post-order), where
// Operands<X>::type lists what counts as the children of X. Evaluation, printing and code
// generation each walk a tree through such a list.
#pragma once

#include <leibniz/core/type_list.hpp>

namespace leibniz::detail {

template <template <class> class Operands, class E, class Acc, bool Seen = contains_v<E, Acc>>
struct collect;

template <template <class> class Operands, class Acc, class List>
struct collect_list {
    using type = Acc;
};
template <template <class> class Operands, class Acc, class C, class... Cs>
struct collect_list<Operands, Acc, type_list<C, Cs...>>
    : collect_list<Operands, typename collect<Operands, C, Acc>::type, type_list<Cs...>> {};

template <template <class> class Operands, class E, class Acc, bool Seen>
struct collect {
    using type =
        push_back_t<typename collect_list<Operands, Acc, typename Operands<E>::type>::type, E>;
};
template <template <class> class Operands, class E, class Acc>
struct collect<Operands, E, Acc, true> {
    using type = Acc;
};

template <template <class> class Operands, class E, class Acc = type_list<>>
using collect_t = typename collect<Operands, E, Acc>::type;

}  // namespace leibniz::detail
