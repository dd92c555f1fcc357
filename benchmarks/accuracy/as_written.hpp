// as_written<T>: a number type that is T with its arithmetic and functions, and nothing else.
// lz::eval lowers float and double to the numerically stable form; a class type is evaluated as
// the expression is written (see the guide's Numerics section), so lz::eval(f, z = as_written{x})
// is the formula as written, in T: the "naive" column of the accuracy tool.
#pragma once

#include <cmath>
#include <type_traits>

namespace accuracy_tool {

template <class T>
struct as_written {
    T v{};
    constexpr as_written() = default;
    template <class U>
        requires std::is_arithmetic_v<U>
    constexpr explicit as_written(U u) : v(static_cast<T>(u)) {}
    constexpr explicit operator T() const { return v; }

    friend constexpr as_written operator+(as_written a, as_written b) {
        return as_written(a.v + b.v);
    }
    friend constexpr as_written operator-(as_written a, as_written b) {
        return as_written(a.v - b.v);
    }
    friend constexpr as_written operator*(as_written a, as_written b) {
        return as_written(a.v * b.v);
    }
    friend constexpr as_written operator/(as_written a, as_written b) {
        return as_written(a.v / b.v);
    }
    friend constexpr as_written operator-(as_written a) { return as_written(-a.v); }
    friend constexpr bool operator<(as_written a, as_written b) { return a.v < b.v; }
    friend constexpr bool operator<=(as_written a, as_written b) { return a.v <= b.v; }
    friend constexpr bool operator>(as_written a, as_written b) { return a.v > b.v; }
    friend constexpr bool operator>=(as_written a, as_written b) { return a.v >= b.v; }
    friend constexpr bool operator==(as_written a, as_written b) { return a.v == b.v; }

    friend as_written exp(as_written a) { return as_written(std::exp(a.v)); }
    friend as_written log(as_written a) { return as_written(std::log(a.v)); }
    friend as_written sqrt(as_written a) { return as_written(std::sqrt(a.v)); }
    friend as_written tanh(as_written a) { return as_written(std::tanh(a.v)); }
    friend as_written atan(as_written a) { return as_written(std::atan(a.v)); }
    friend as_written erf(as_written a) { return as_written(std::erf(a.v)); }
    friend as_written sin(as_written a) { return as_written(std::sin(a.v)); }
    friend as_written cos(as_written a) { return as_written(std::cos(a.v)); }
    friend as_written abs(as_written a) { return as_written(std::abs(a.v)); }
    friend as_written pow(as_written a, as_written b) { return as_written(std::pow(a.v, b.v)); }
};

}  // namespace accuracy_tool
