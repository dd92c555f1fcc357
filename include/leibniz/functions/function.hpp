// What every function tag file needs: the base tag, the smart constructor, and evaluation that
// uses the constexpr kernels in constant evaluation and the standard (or ADL-found) functions
// at run time.
#pragma once

#include <type_traits>

#include <leibniz/algebra/apply.hpp>
#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/functions/math.hpp>

namespace leibniz {

//! Base of function tags whose value at 0 is the exact constant V (tanh(0) = 0, cos(0) = 1).
template <long long V>
struct exact_at_zero : function_tag {
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<0>>)
            return constant<V>{};
        else
            return keep{};
    }
};

//! Base of function tags evaluated by Fn::kernel (constexpr, in long double) during constant
//! evaluation of float, double and long double, and by Fn::standard (the standard function, or
//! the one ADL finds for a user type) otherwise.
template <class Fn>
struct kernel_evaluated {
    template <class T>
    static constexpr T eval(T const& x) {
        if constexpr (std::is_floating_point_v<T>) {
            if (std::is_constant_evaluated())
                return math::narrow<T>(Fn::kernel(static_cast<math::ld>(x)));
        }
        return static_cast<T>(Fn::standard(x));
    }
};

}  // namespace leibniz

namespace leibniz::detail {

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
