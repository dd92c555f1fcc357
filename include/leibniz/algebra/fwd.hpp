// The smart constructors that keep every tree canonical. Each takes canonical trees (empty
// objects) and returns a canonical tree; they call each other, hence these declarations.
#pragma once

#include <leibniz/core/nodes.hpp>
#include <leibniz/core/rational.hpp>

namespace leibniz {
struct exp_fn;
struct log_fn;
struct e_tag;
}  // namespace leibniz

namespace leibniz::detail {

template <class A, class B>
constexpr auto add(A, B);
template <class A, class B>
constexpr auto mul(A, B);
template <class B, class E>
constexpr auto pow_(B, E);
template <class Fn, class A>
constexpr auto call(A);

template <class A>
constexpr auto neg(A a) {
    return mul(constant<-1>{}, a);
}

//! The canonical constant for an exact rational, or a diagnostic when it overflowed.
template <rational R>
constexpr auto constant_from() {
    static_assert(R.ok, "leibniz: an exact constant does not fit in 64-bit integers (or divides by "
                        "zero); write it as a run-time constant (a double) instead");
    if constexpr (R.ok)
        return constant<R.num, R.den>{};
    else
        return constant<0>{};
}

template <class T>
inline constexpr bool is_negative_v = false;
template <long long N, long long D>
inline constexpr bool is_negative_v<constant<N, D>> = (N < 0);
template <long long N, long long D, class... Fs>
inline constexpr bool is_negative_v<product<constant<N, D>, Fs...>> = (N < 0);

}  // namespace leibniz::detail
