// erf: the error function; odd, erf(0) = 0.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/exp.hpp>
#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto erf(A const& a);

//! The error function 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.
struct erf_fn : function_tag {
    static constexpr std::string_view name = "erf", latex = "\\operatorname{erf}", c_name = "erf";
    static constexpr parity symmetry = parity::odd;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<0>>)
            return constant<0>{};
        else
            return keep{};
    }
    //! d erf(a)/da = 2/sqrt(pi) exp(-a^2)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return 2_c / sqrt(pi) * exp(-(a * a));
    }
    template <class T>
    static constexpr T eval(T const& x) {
        return detail::dispatch(
            x, [](math::ld v) { return math::erf(v); },
            [](auto const& v) {
                using std::erf;
                return erf(v);
            });
    }
};

//! The error function: `lz::erf(z / lz::sqrt(2_c))`.
template <expression A>
constexpr auto erf(A const& a) {
    return detail::lift<erf_fn>(a);
}

}  // namespace leibniz
