// tanh: the hyperbolic tangent; odd, tanh(0) = 0.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto tanh(A const& a);

//! The hyperbolic tangent.
struct tanh_fn : exact_at_zero<0>, kernel_evaluated<tanh_fn> {
    static constexpr long double slope = 1;  // sup |f'|
    static constexpr std::string_view name = "tanh", latex = "\\tanh", c_name = "tanh";
    static constexpr proof_rule proof = proof_rule::tanh;
    static constexpr parity symmetry = parity::odd;
    //! d tanh(a)/da = 1 - tanh(a)^2
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return 1_c - tanh(a) * tanh(a);
    }
    static constexpr math::ld kernel(math::ld x) { return math::tanh(x); }
    template <class T>
    static auto standard(T const& x) {
        using std::tanh;
        return tanh(x);
    }
};

//! The hyperbolic tangent: `lz::tanh(z)`.
template <expression A>
constexpr auto tanh(A const& a) {
    return detail::lift<tanh_fn>(a);
}

}  // namespace leibniz
