// What the generated pairs are written against: the library, its literals, the symbols z and w.
#pragma once

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
using namespace lz::literals;

namespace {
[[maybe_unused]] constexpr lz::symbol<"z"> z;
[[maybe_unused]] constexpr lz::symbol<"w"> w;
}  // namespace
