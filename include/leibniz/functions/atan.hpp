// atan: the arc tangent; odd, atan(0) = 0.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto atan(A const& a);

//! The arc tangent.
struct atan_fn : function_tag {
    static constexpr std::string_view name = "atan", latex = "\\arctan", c_name = "atan";
    static constexpr parity symmetry = parity::odd;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<0>>)
            return constant<0>{};
        else
            return keep{};
    }
    //! d atan(a)/da = 1/(1 + a^2)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return 1_c / (1_c + a * a);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return detail::dispatch(
            x, [](math::ld v) { return math::atan(v); },
            [](auto const& v) {
                using std::atan;
                return atan(v);
            });
    }
};

//! The arc tangent: `lz::atan(z)`.
template <expression A>
constexpr auto atan(A const& a) {
    return detail::lift<atan_fn>(a);
}

}  // namespace leibniz
