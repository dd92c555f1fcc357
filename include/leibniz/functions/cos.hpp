// cos: the cosine; even, cos(0) = 1.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>
#include <leibniz/functions/sin.hpp>

namespace leibniz {

template <expression A>
constexpr auto cos(A const& a);

//! The cosine.
struct cos_fn : function_tag {
    static constexpr std::string_view name = "cos", latex = "\\cos", c_name = "cos";
    static constexpr parity symmetry = parity::even;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<0>>)
            return constant<1>{};
        else
            return keep{};
    }
    //! d cos(a)/da = -sin(a)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return -sin(a);
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return detail::dispatch(
            x, [](math::ld v) { return math::cos(v); },
            [](auto const& v) {
                using std::cos;
                return cos(v);
            });
    }
};

//! The cosine: `lz::cos(z)`.
template <expression A>
constexpr auto cos(A const& a) {
    return detail::lift<cos_fn>(a);
}

}  // namespace leibniz
