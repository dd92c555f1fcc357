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
struct erf_fn : exact_at_zero<0>, kernel_evaluated<erf_fn> {
    static constexpr long double slope = 1.1283791670955126L;  // sup |f'|
    static constexpr std::string_view name = "erf", latex = "\\operatorname{erf}", c_name = "erf";
    static constexpr parity symmetry = parity::odd;
    //! d erf(a)/da = 2/sqrt(pi) exp(-a^2)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return 2_c / sqrt(pi) * exp(-(a * a));
    }
    static constexpr math::ld kernel(math::ld x) { return math::erf(x); }
    template <class T>
    static auto standard(T const& x) {
        using std::erf;
        return erf(x);
    }
};

//! The error function: `lz::erf(z / lz::sqrt(2_c))`.
template <expression A>
constexpr auto erf(A const& a) {
    return detail::lift<erf_fn>(a);
}

}  // namespace leibniz
