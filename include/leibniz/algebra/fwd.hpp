// The smart constructors that keep every tree canonical. Each takes canonical trees (empty
// objects) and returns a canonical tree; they call each other, hence these declarations.
#pragma once

#include <leibniz/core/constants.hpp>
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

template <class T>
inline constexpr bool is_negative_v = false;
template <long long N, long long D>
inline constexpr bool is_negative_v<constant<N, D>> = (N < 0);
template <long long N, long long D, class... Fs>
inline constexpr bool is_negative_v<product<constant<N, D>, Fs...>> = (N < 0);

}  // namespace leibniz::detail
