// tanh: the hyperbolic tangent; odd, tanh(0) = 0.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto tanh(A const& a);

//! The hyperbolic tangent.
struct tanh_fn : function_tag {
    static constexpr std::string_view name = "tanh", latex = "\\tanh", c_name = "tanh";
    static constexpr parity symmetry = parity::odd;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<0>>)
            return constant<0>{};
        else
            return keep{};
    }
    //! d tanh(a)/da = 1 - tanh(a)^2
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return 1_c - tanh(a) * tanh(a);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return detail::dispatch(
            x, [](math::ld v) { return math::tanh(v); },
            [](auto const& v) {
                using std::tanh;
                return tanh(v);
            });
    }
};

//! The hyperbolic tangent: `lz::tanh(z)`.
template <expression A>
constexpr auto tanh(A const& a) {
    return detail::lift<tanh_fn>(a);
}

}  // namespace leibniz
