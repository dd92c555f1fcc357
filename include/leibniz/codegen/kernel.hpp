// Code generation for batch kernels: to_c, to_cpp and to_cuda of an lz::kernel write its loop,
// from the same graph as lz::kernel computes (its lowered outputs under one root): C and C++
// call the vector kernels of lz::c_prelude() and blend where both branches; CUDA writes a
// grid-stride __global__ kernel over the CUDA math library and a host launcher.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <leibniz/batch/kernel.hpp>
#include <leibniz/codegen/emit.hpp>

namespace leibniz {

namespace detail {

template <class... Syms>
std::vector<std::string_view> names_of(type_list<Syms...>) {
    return {Syms::name...};
}

template <class T, class K>
std::string emit_kernel(K const& k, std::string_view name, target to) {
    static_assert(std::is_same_v<T, float> || std::is_same_v<T, double>,
                  "leibniz: to_c/to_cuda<T>(kernel, name): T must be float or double");
    using root = typename K::template root<T>;
    emitter out(graph_view_of<evaluated_operands, root>(k.params.data()), to);
    return out.loop(name, names_of(typename K::array_symbols{}),
                    names_of(typename K::scalar_symbols{}));
}

}  // namespace detail

//! The C99 loop of a kernel: `lz::to_c(k, "silu_fwd_bwd")` is "void silu_fwd_bwd(size_t n, const
//! double* z, double* out0, double* out1) {...}"; it calls the kernels of lz::c_prelude().
template <class T = double, class In, class Trees, std::size_t P>
std::string to_c(kernel_t<In, Trees, P> const& k, std::string_view name) {
    detail::target to{"", false, std::is_same_v<T, float>, true, false};
    return detail::emit_kernel<T>(k, name, to);
}

//! The C++ loop of a kernel, a template over T: "template <class T> void name(std::size_t n,
//! const T* z, T* out0)"; it calls the kernels of lz::c_prelude().
template <class In, class Trees, std::size_t P>
std::string to_cpp(kernel_t<In, Trees, P> const& k, std::string_view name) {
    detail::target to{"", true, false, true, false};
    return detail::emit_kernel<double>(k, name, to);
}

//! The CUDA kernel "__global__ void name_kernel(size_t n, ...)" (grid-stride) and its launcher
//! "void name(size_t n, ..., cudaStream_t stream = 0)".
template <class T = double, class In, class Trees, std::size_t P>
std::string to_cuda(kernel_t<In, Trees, P> const& k, std::string_view name) {
    detail::target to{"", false, std::is_same_v<T, float>, false, true};
    return detail::emit_kernel<T>(k, name, to);
}

}  // namespace leibniz
