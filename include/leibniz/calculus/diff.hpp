// The derivative rules of the node kinds. diff(e, x) maps a canonical tree to the canonical tree
// of its derivative; the rule of each function lives in its tag (functions/<name>.hpp).
#pragma once

#include <utility>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/nodes.hpp>
#include <leibniz/functions/log.hpp>

namespace leibniz::detail {

//! depends_v<E, X>: whether the tree E mentions the symbol X.
template <class E, class X>
inline constexpr bool depends_v = false;
template <fixed_string N>
inline constexpr bool depends_v<symbol<N>, symbol<N>> = true;
template <class... Ts, class X>
inline constexpr bool depends_v<sum<Ts...>, X> = (depends_v<Ts, X> || ...);
template <class... Ts, class X>
inline constexpr bool depends_v<product<Ts...>, X> = (depends_v<Ts, X> || ...);
template <class B, class E, class X>
inline constexpr bool depends_v<power<B, E>, X> = depends_v<B, X> || depends_v<E, X>;
template <class Fn, class A, class X>
inline constexpr bool depends_v<apply<Fn, A>, X> = depends_v<A, X>;
template <class C, class A, class B, class X>
inline constexpr bool depends_v<piecewise<C, A, B>, X> =
    depends_v<C, X> || depends_v<A, X> || depends_v<B, X>;
template <class Op, class A, class B, class X>
inline constexpr bool depends_v<comparison<Op, A, B>, X> = depends_v<A, X> || depends_v<B, X>;

template <class A>
constexpr auto add_all(A a) {
    return a;
}
template <class A, class B, class... Rest>
constexpr auto add_all(A a, B b, Rest... rest) {
    return add_all(add(a, b), rest...);
}
template <class A>
constexpr auto mul_all(A a) {
    return a;
}
template <class A, class B, class... Rest>
constexpr auto mul_all(A a, B b, Rest... rest) {
    return mul_all(mul(a, b), rest...);
}

template <class E, class X>
struct rule {
    static_assert(sizeof(E) == 0,
                  "leibniz: d(f, x): f contains a node that has no derivative rule");
};

template <class E, class X>
constexpr auto diff(E, X) {
    if constexpr (!depends_v<E, X>)
        return constant<0>{};
    else
        return rule<E, X>::apply();
}

// x' = 1
template <fixed_string N>
struct rule<symbol<N>, symbol<N>> {
    static constexpr auto apply() { return constant<1>{}; }
};

// (a + b + ...)' = a' + b' + ...
template <class... Ts, class X>
struct rule<sum<Ts...>, X> {
    static constexpr auto apply() { return add_all(diff(Ts{}, X{})...); }
};

// (a b c)' = a' b c + a b' c + a b c'
template <class... Fs, class X>
struct rule<product<Fs...>, X> {
    template <std::size_t I, std::size_t J, class F>
    static constexpr auto pick(F f) {
        if constexpr (I == J)
            return diff(f, X{});
        else
            return f;
    }
    template <std::size_t I, std::size_t... J>
    static constexpr auto term(std::index_sequence<J...>) {
        return mul_all(pick<I, J>(Fs{})...);
    }
    template <std::size_t... I>
    static constexpr auto terms(std::index_sequence<I...> all) {
        return add_all(term<I>(all)...);
    }
    static constexpr auto apply() { return terms(std::index_sequence_for<Fs...>{}); }
};

// (b^e)' = e b^(e-1) b' for e free of x; b^e log(b) e' for b free of x;
// b^e (e' log b + e b'/b) in general
template <class B, class E, class X>
struct rule<power<B, E>, X> {
    static constexpr auto apply() {
        if constexpr (!depends_v<E, X>)
            return mul_all(E{}, pow_(B{}, add(E{}, constant<-1>{})), diff(B{}, X{}));
        else if constexpr (!depends_v<B, X>)
            return mul_all(power<B, E>{}, call<log_fn>(B{}), diff(E{}, X{}));
        else
            return mul(power<B, E>{}, add(mul(diff(E{}, X{}), call<log_fn>(B{})),
                                          mul_all(E{}, diff(B{}, X{}), pow_(B{}, constant<-1>{}))));
    }
};

// f(a)' = f'(a) a', with f' from the function's tag
template <class Fn, class A, class X>
struct rule<apply<Fn, A>, X> {
    static constexpr auto apply() { return mul(Fn::derivative(A{}), diff(A{}, X{})); }
};

// where(c, a, b)' = where(c, a', b'): each branch owns the points where its condition holds
template <class C, class A, class B, class X>
struct rule<piecewise<C, A, B>, X> {
    static constexpr auto apply() { return make_where(C{}, diff(A{}, X{}), diff(B{}, X{})); }
};

}  // namespace leibniz::detail
