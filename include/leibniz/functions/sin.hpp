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
struct sin_fn : exact_at_zero<0>, kernel_evaluated<sin_fn> {
    static constexpr long double slope = 1;  // sup |f'|
    static constexpr std::string_view name = "sin", latex = "\\sin", c_name = "sin";
    static constexpr proof_rule proof = proof_rule::sin;
    static constexpr parity symmetry = parity::odd;
    //! d sin(a)/da = cos(a)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return cos(a);
    }
    static constexpr math::ld kernel(math::ld x) { return math::sin(x); }
    template <class T>
    static auto standard(T const& x) {
        using std::sin;
        return sin(x);
    }
};

//! The sine: `lz::sin(z)`.
template <expression A>
constexpr auto sin(A const& a) {
    return detail::lift<sin_fn>(a);
}

}  // namespace leibniz
