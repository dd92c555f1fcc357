// fixed_string: a string usable as a template argument, so that symbol<"z"> carries its name.
#pragma once

#include <cstddef>
#include <string_view>

namespace leibniz {

//! A compile-time string; `symbol<"alpha">` stores its name as a fixed_string<6>.
template <std::size_t N>
struct fixed_string {
    char data[N]{};

    constexpr fixed_string(const char (&text)[N]) {
        for (std::size_t i = 0; i < N; ++i) data[i] = text[i];
    }
    constexpr std::string_view view() const { return {data, N - 1}; }
};

}  // namespace leibniz
