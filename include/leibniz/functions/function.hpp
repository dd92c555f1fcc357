// What every function tag file needs: the base tag, the smart constructor, and evaluation that
// uses the constexpr kernels in constant evaluation and the standard (or ADL-found) functions
// at run time.
#pragma once

#include <type_traits>

#include <leibniz/algebra/apply.hpp>
#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/functions/math.hpp>

namespace leibniz::detail {

template <class T, class Kernel, class Runtime>
constexpr T dispatch(T const& x, Kernel kernel, Runtime runtime) {
    if constexpr (std::is_floating_point_v<T>) {
        if (std::is_constant_evaluated()) return math::narrow<T>(kernel(static_cast<math::ld>(x)));
    }
    return static_cast<T>(runtime(x));
}

// argument_of<Fn, A>::type is X when A is Fn(X).
template <class Fn, class A>
struct argument_of {};
template <class Fn, class X>
struct argument_of<Fn, apply<Fn, X>> {
    using type = X;
};

//! Fn applied to an expression, its run-time constants carried over.
template <class Fn, class A>
constexpr auto lift(A const& a) {
    return combine([](auto x) { return call<Fn>(x); }, a);
}

}  // namespace leibniz::detail
