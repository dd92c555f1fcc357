// substitute_t<T, S, X>: the tree T with the symbol S replaced by the tree X, rebuilt through the
// smart constructors (so f at z = 0 folds to a constant, and a where whose condition becomes
// decided takes its branch).
#pragma once

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/nodes.hpp>

namespace leibniz::detail {

template <class T, class S, class X>
struct substitute {
    static constexpr auto make() { return T{}; }
};
template <class T, class S, class X>
using substitute_t = decltype(substitute<T, S, X>::make());

template <class S, class X>
struct substitute<S, S, X> {
    static constexpr auto make() { return X{}; }
};
template <class... Ts, class S, class X>
struct substitute<sum<Ts...>, S, X> {
    static constexpr auto make() { return (constant<0>{} + ... + substitute_t<Ts, S, X>{}); }
};
template <class... Fs, class S, class X>
struct substitute<product<Fs...>, S, X> {
    static constexpr auto make() { return (constant<1>{} * ... * substitute_t<Fs, S, X>{}); }
};
template <class B, class E, class S, class X>
struct substitute<power<B, E>, S, X> {
    static constexpr auto make() { return pow_(substitute_t<B, S, X>{}, substitute_t<E, S, X>{}); }
};
template <class Fn, class A, class S, class X>
struct substitute<apply<Fn, A>, S, X> {
    static constexpr auto make() { return call<Fn>(substitute_t<A, S, X>{}); }
};
template <class C, class A, class B, class S, class X>
struct substitute<piecewise<C, A, B>, S, X> {
    static constexpr auto make() {
        return make_where(substitute_t<C, S, X>{}, substitute_t<A, S, X>{},
                          substitute_t<B, S, X>{});
    }
};
template <class Op, class L, class R, class S, class X>
struct substitute<comparison<Op, L, R>, S, X> {
    static constexpr auto make() {
        return comparison<Op, substitute_t<L, S, X>, substitute_t<R, S, X>>{};
    }
};

//! f with the symbol s replaced by x (a tree free of run-time constants), its run-time
//! constants carried over.
template <class F, class S, class X>
constexpr auto substituted(F const& f, S, X) {
    return package<substitute_t<tree_t<F>, S, X>>(params_of(f));
}

}  // namespace leibniz::detail
