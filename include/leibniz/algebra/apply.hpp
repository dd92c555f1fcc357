// Applying a unary function: odd and even functions take the sign out of their argument
// (tanh(-z) = -tanh(z), cos(-z) = cos(z)), then the function's own rewrites (exp(log x) = x).
#pragma once

#include <leibniz/algebra/fwd.hpp>
#include <leibniz/algebra/product.hpp>
#include <leibniz/ir/ops.hpp>

namespace leibniz {

//! Symmetry of a function, a trait used by the simplifier.
enum class parity { none, odd, even };

//! What a function's rewrite returns when it has nothing to simplify.
struct keep {};

//! Base of function tags: no symmetry and no rewrites unless the tag says otherwise. `slope`
//! bounds |f'| on the reals (-1: unknown), so that a proof's numeric witness can bound how far
//! an error in the argument moves the value; `continuous` is false for a jump (sign, at 0).
struct function_tag {
    static constexpr parity symmetry = parity::none;
    static constexpr proof_rule proof = proof_rule::opaque;
    static constexpr long double slope = -1;
    static constexpr bool continuous = true;
    template <class A>
    static constexpr keep rewrite(A) {
        return {};
    }
};

namespace detail {

template <class Fn, class A>
constexpr auto call(A) {
    if constexpr (is_negative_v<A> && Fn::symmetry == parity::odd) {
        return neg(call<Fn>(neg(A{})));
    } else if constexpr (is_negative_v<A> && Fn::symmetry == parity::even) {
        return call<Fn>(neg(A{}));
    } else {
        using R = decltype(Fn::rewrite(A{}));
        if constexpr (std::is_same_v<R, keep>)
            return apply<Fn, A>{};
        else
            return R{};
    }
}

}  // namespace detail
}  // namespace leibniz
