// abs: the absolute value; even, abs(abs x) = abs(x), exact on constants.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>
#include <leibniz/functions/sign.hpp>

namespace leibniz {

//! The absolute value.
struct abs_fn : function_tag {
    static constexpr long double slope = 1;  // sup |f'|
    static constexpr std::string_view name = "abs", latex = "\\left|\\cdot\\right|",
                                      c_name = "fabs";
    static constexpr proof_rule proof = proof_rule::abs;
    static constexpr parity symmetry = parity::even;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (detail::is_constant_v<A>)
            return constant<(A::value.num < 0 ? -A::value.num : A::value.num), A::value.den>{};
        else if constexpr (requires { typename detail::argument_of<abs_fn, A>::type; })
            return A{};
        else
            return keep{};
    }
    //! d |a|/da = sign(a), 0 at a = 0 as in PyTorch
    template <class A>
    static constexpr auto derivative(A a) {
        return sign(a);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        if (std::is_constant_evaluated()) return x < T(0) ? -x : x;
        using std::abs;
        return abs(x);
    }
};

//! |a|: `lz::abs(z)`.
template <expression A>
constexpr auto abs(A const& a) {
    return detail::lift<abs_fn>(a);
}

}  // namespace leibniz
