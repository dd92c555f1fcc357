// LaTeX printing: `\frac{1}{1 + e^{-z}}`.
#pragma once

#include <string>

#include <leibniz/print/printer.hpp>

namespace leibniz {

//! The formula as LaTeX: `lz::to_latex(sigma)` is "\frac{1}{1 + e^{-z}}".
template <class E>
std::string to_latex(E const& f) {
    return detail::print_expression<true>(f);
}

}  // namespace leibniz
