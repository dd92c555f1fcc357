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
struct cos_fn : exact_at_zero<1>, kernel_evaluated<cos_fn> {
    static constexpr long double slope = 1;  // sup |f'|
    static constexpr std::string_view name = "cos", latex = "\\cos", c_name = "cos";
    static constexpr proof_rule proof = proof_rule::cos;
    static constexpr parity symmetry = parity::even;
    //! d cos(a)/da = -sin(a)
    template <class A>
    static constexpr auto derivative([[maybe_unused]] A a) {
        using namespace literals;
        return -sin(a);
    }
    static constexpr math::ld kernel(math::ld x) { return math::cos(x); }
    template <class T>
    static auto standard(T const& x) {
        using std::cos;
        return cos(x);
    }
};

//! The cosine: `lz::cos(z)`.
template <expression A>
constexpr auto cos(A const& a) {
    return detail::lift<cos_fn>(a);
}

}  // namespace leibniz
