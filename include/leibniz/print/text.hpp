// Plain-text printing: `1/(1 + exp(-z))`.
#pragma once

#include <iosfwd>
#include <string>

#include <leibniz/print/printer.hpp>

namespace leibniz {

//! The formula as text: `lz::to_string(sigma)` is "1/(1 + exp(-z))".
template <class E>
std::string to_string(E const& f) {
    return detail::print_expression<false>(f);
}

//! Writes to_string(f): `std::cout << sigma`.
template <class Char, class Traits, class E>
    requires(expression<E> || condition<E>)
std::basic_ostream<Char, Traits>& operator<<(std::basic_ostream<Char, Traits>& out, E const& f) {
    return out << to_string(f);
}

}  // namespace leibniz
