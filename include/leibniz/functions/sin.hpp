// sin: the sine; odd, sin(0) = 0.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/cos.hpp>
#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto sin(A const& a);

//! The sine.
struct sin_fn : function_tag {
    static constexpr std::string_view name = "sin", latex = "\\sin", c_name = "sin";
    static constexpr parity symmetry = parity::odd;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<0>>)
            return constant<0>{};
        else
            return keep{};
    }
    //! d sin(a)/da = cos(a)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return cos(a);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return detail::dispatch(
            x, [](math::ld v) { return math::sin(v); },
            [](auto const& v) {
                using std::sin;
                return sin(v);
            });
    }
};

//! The sine: `lz::sin(z)`.
template <expression A>
constexpr auto sin(A const& a) {
    return detail::lift<sin_fn>(a);
}

}  // namespace leibniz
