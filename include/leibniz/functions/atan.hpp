// atan: the arc tangent; odd, atan(0) = 0.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto atan(A const& a);

//! The arc tangent.
struct atan_fn : exact_at_zero<0>, kernel_evaluated<atan_fn> {
    static constexpr long double slope = 1;  // sup |f'|
    static constexpr std::string_view name = "atan", latex = "\\arctan", c_name = "atan";
    static constexpr parity symmetry = parity::odd;
    //! d atan(a)/da = 1/(1 + a^2)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return 1_c / (1_c + a * a);
    }
    static constexpr math::ld kernel(math::ld x) { return math::atan(x); }
    template <class T>
    static auto standard(T const& x) {
        using std::atan;
        return atan(x);
    }
};

//! The arc tangent: `lz::atan(z)`.
template <expression A>
constexpr auto atan(A const& a) {
    return detail::lift<atan_fn>(a);
}

}  // namespace leibniz
