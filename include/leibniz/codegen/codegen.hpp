// Code generation: to_c, to_cpp and to_cuda return one self-contained function definition.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <leibniz/codegen/emit.hpp>
#include <leibniz/eval/eval.hpp>

namespace leibniz {

namespace detail {

template <class... Args>
inline constexpr bool all_symbols_v = (is_symbol_v<Args> && ...);

template <fixed_string Name, class... Args>
constexpr void require_argument(symbol<Name>) {
    static_assert((std::is_same_v<symbol<Name>, Args> || ...),
                  "leibniz: to_c/to_cpp/to_cuda(f, name, args...): a symbol of f (named above) is "
                  "missing from the argument list; add it");
}

template <class T, class E, class... Args>
std::string emit(E const& f, std::string_view name, target to) {
    static_assert(expression<E>, "leibniz: to_c/to_cpp/to_cuda(f, name, args...): f must be an "
                                 "expression");
    static_assert(all_symbols_v<Args...>,
                  "leibniz: to_c/to_cpp/to_cuda(f, name, args...): the arguments must be symbols, "
                  "in the order the generated function takes them");
    static_assert(std::is_same_v<T, float> || std::is_same_v<T, double>,
                  "leibniz: to_c/to_cuda<T>: T must be float or double");
    if constexpr (expression<E> && all_symbols_v<Args...>) {
        [&]<class... Syms>(type_list<Syms...>) {
            (require_argument<Syms::name_string, Args...>(Syms{}), ...);
        }(symbols_in_t<tree_t<E>, type_list<>>{});
        auto params = params_of(f);
        emitter out(program_of<tree_t<E>, T>(params.data()), to);
        return out.function(name, {Args::name...});
    } else {
        return {};
    }
}

}  // namespace detail

//! A C99 function computing f: `lz::to_c(lz::d(f, z), "elu_grad", z, alpha)` is
//! "double elu_grad(double z, double alpha) {...}"; `lz::to_c<float>(...)` uses float and expf.
template <class T = double, class E, class... Args>
std::string to_c(E const& f, std::string_view name, Args const&...) {
    return detail::emit<T, E, Args...>(
        f, name, std::is_same_v<T, float> ? detail::c_float_target : detail::c_target);
}

//! A C++ function template: "template <class T> constexpr T elu_grad(T z, T alpha) {...}".
template <class E, class... Args>
std::string to_cpp(E const& f, std::string_view name, Args const&...) {
    return detail::emit<double, E, Args...>(f, name, detail::cpp_target);
}

//! A CUDA device function: "__device__ inline double elu_grad(double z, double alpha) {...}";
//! `lz::to_cuda<float>(...)` for float.
template <class T = double, class E, class... Args>
std::string to_cuda(E const& f, std::string_view name, Args const&...) {
    return detail::emit<T, E, Args...>(
        f, name, std::is_same_v<T, float> ? detail::cuda_float_target : detail::cuda_target);
}

}  // namespace leibniz
