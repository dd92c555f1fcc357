// The activations of the speed benchmark, shared by generate.cpp (which writes their derivatives
// as C) and speed.cpp (which times them): visit(name, f) in table order, the name a C identifier.
#pragma once

#include <leibniz/leibniz.hpp>

namespace speed {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

inline constexpr lz::symbol<"z"> z;

// tanh twice: the catalogue's 2 sigmoid(2z) - 1, and the primitive lz::tanh.
inline constexpr auto sigmoid = act::sigmoid(z);
inline constexpr auto tanh_catalogue = act::tanh(z);
inline constexpr auto tanh_primitive = lz::tanh(z);
inline constexpr auto elu = act::elu(z);
inline constexpr auto softplus = act::softplus(z);
inline constexpr auto silu = act::silu(z);
inline constexpr auto gelu = act::gelu(z);
inline constexpr auto mish = act::mish(z);

template <class Visit>
void for_each_function(Visit&& visit) {
    visit("sigmoid", sigmoid);
    visit("tanh_catalogue", tanh_catalogue);
    visit("tanh_primitive", tanh_primitive);
    visit("elu", elu);
    visit("softplus", softplus);
    visit("silu", silu);
    visit("gelu", gelu);
    visit("mish", mish);
}

}  // namespace speed
