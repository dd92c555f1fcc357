// log: the natural logarithm; log(exp x) = x, log(1) = 0, log(e) = 1.
#pragma once

#include <cmath>
#include <string_view>

#include <leibniz/functions/function.hpp>

namespace leibniz {

template <expression A>
constexpr auto log(A const& a);

//! The natural logarithm.
struct log_fn : function_tag, kernel_evaluated<log_fn> {
    static constexpr std::string_view name = "log", latex = "\\log", c_name = "log";
    static constexpr proof_rule proof = proof_rule::log;
    template <class A>
    static constexpr auto rewrite(A) {
        if constexpr (std::is_same_v<A, constant<1>>)
            return constant<0>{};
        else if constexpr (std::is_same_v<A, named<e_tag>>)
            return constant<1>{};
        else if constexpr (requires { typename detail::argument_of<exp_fn, A>::type; })
            return typename detail::argument_of<exp_fn, A>::type{};
        else
            return keep{};
    }
    //! d log(a)/da = 1/a
    template <class A>
    static constexpr auto derivative(A a) {
        using namespace literals;
        return 1_c / a;
    }
    static constexpr math::ld kernel(math::ld x) { return math::log(x); }
    template <class T>
    static auto standard(T const& x) {
        using std::log;
        return log(x);
    }
};

//! The natural logarithm: `lz::log(1_c + lz::exp(z))`.
template <expression A>
constexpr auto log(A const& a) {
    return detail::lift<log_fn>(a);
}
}  // namespace leibniz
