// Bindings: `z = 0.5` makes a binding<"z", double> that eval uses to find the value of z.
#pragma once

#include <type_traits>

#include <leibniz/core/fixed_string.hpp>

namespace leibniz {

//! The value bound to the symbol named Name, made by `symbol = value`.
template <fixed_string Name, class T>
struct binding {
    T value;
};

namespace detail {

// What eval accepts as a value: built-in floating types and integers, and class types with
// field arithmetic (Boost.Multiprecision, dual numbers, ...).
template <class T>
concept number =
    (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) || (std::is_class_v<T> && requires(T a) {
        { a + a };
        { a / a };
        { T(a) * a };
        { -a };
    });

template <class T>
inline constexpr bool is_binding_v = false;
template <fixed_string Name, class T>
inline constexpr bool is_binding_v<binding<Name, T>> = true;

}  // namespace detail
}  // namespace leibniz
