// sign: -1, 0 or 1; the derivative of abs. Its own derivative is 0 (almost everywhere).
#pragma once

#include <string_view>

#include <leibniz/functions/function.hpp>

namespace leibniz {

//! The sign function, -1 below 0, 0 at 0, 1 above.
struct sign_fn : function_tag {
    static constexpr std::string_view name = "sign", latex = "\\operatorname{sign}",
                                      c_name = "sign";
    static constexpr proof_rule proof = proof_rule::sign;
    static constexpr parity symmetry = parity::odd;
    static constexpr long double slope = 0;  // constant on each side of its jump at 0
    static constexpr bool continuous = false;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (detail::is_constant_v<A>)
            return constant<(A::value.num > 0) - (A::value.num < 0)>{};
        else
            return keep{};
    }
    //! d sign(a)/da = 0 (the jump at 0 has no derivative; PyTorch's backward of sign is 0 too)
    template <class A>
    static constexpr auto derivative(A) {
        return constant<0>{};
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return static_cast<T>((T(0) < x) - (x < T(0)));
    }
};

//! The sign of a: `lz::sign(z)`.
template <expression A>
constexpr auto sign(A const& a) {
    return detail::lift<sign_fn>(a);
}

}  // namespace leibniz
