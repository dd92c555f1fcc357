// exp: the exponential; exp(log x) = x, exp(0) = 1, exp(a) exp(b) = exp(a + b).
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto exp(A const& a);

//! The exponential function.
struct exp_fn : function_tag, kernel_evaluated<exp_fn> {
    static constexpr std::string_view name = "exp", latex = "\\exp", c_name = "exp";
    static constexpr proof_rule proof = proof_rule::exp;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<0>>)
            return constant<1>{};
        else if constexpr (std::is_same_v<A, constant<1>>)
            return named<e_tag>{};
        else if constexpr (requires { typename detail::argument_of<log_fn, A>::type; })
            return typename detail::argument_of<log_fn, A>::type{};
        else
            return keep{};
    }
    //! d exp(a)/da = exp(a)
    template <class A>
    static constexpr auto derivative(A a) {
        return exp(a);
    }
    static constexpr math::ld kernel(math::ld x) { return math::exp(x); }
    template <class T>
    static auto standard(T const& x) {
        using std::exp;
        return exp(x);
    }
};

//! e^a: `lz::exp(-z)`.
template <expression A>
constexpr auto exp(A const& a) {
    return detail::lift<exp_fn>(a);
}
}  // namespace leibniz
