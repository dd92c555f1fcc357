// Batch kernels: lz::kernel(lz::inputs(z, g, lz::scalar(alpha)), f, df) evaluates one or several
// expressions over arrays in one loop. The outputs are lowered as lz::eval lowers them and share
// one frame (a subterm common to f and df is computed once per element); the frame's policy is
// batch_math (batch/math.hpp): vector kernels instead of library calls and blends instead of
// branches, so that the loop vectorises (clang -O2, g++ -O3 or -O2 -fvect-cost-model=dynamic).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>

#include <leibniz/algebra/params.hpp>
#include <leibniz/batch/math.hpp>
#include <leibniz/core/symbols.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/eval/eval.hpp>

namespace leibniz {

//! A kernel input that is one number for the whole array (broadcast): `lz::scalar(alpha)`.
template <class Symbol>
struct scalar_input {};

//! `lz::inputs(z, g, lz::scalar(alpha))`: a kernel's arguments, arrays first, then scalars.
template <class Arrays, class Scalars>
struct input_list {};

namespace detail {

template <class T>
inline constexpr bool is_scalar_input_v = false;
template <class S>
inline constexpr bool is_scalar_input_v<scalar_input<S>> = true;

template <class Arrays, class Scalars, class... Is>
struct split_inputs {
    using type = input_list<Arrays, Scalars>;
};
template <class... As, class... Ss, class I, class... Is>
struct split_inputs<type_list<As...>, type_list<Ss...>, I, Is...>
    : split_inputs<type_list<As..., I>, type_list<Ss...>, Is...> {};
template <class... As, class... Ss, class S, class... Is>
struct split_inputs<type_list<As...>, type_list<Ss...>, scalar_input<S>, Is...>
    : split_inputs<type_list<As...>, type_list<Ss..., S>, Is...> {};

template <class... As, class... Ss>
consteval bool distinct_inputs(input_list<type_list<As...>, type_list<Ss...>>) {
    constexpr std::string_view names[] = {As::name..., Ss::name..., ""};
    for (std::size_t i = 0; i < sizeof...(As) + sizeof...(Ss); ++i)
        for (std::size_t j = i + 1; j < sizeof...(As) + sizeof...(Ss); ++j)
            if (names[i] == names[j]) return false;
    return true;
}

//! The root of a kernel's lowered outputs: its operands are the outputs; it computes nothing.
struct outputs_op {
    static constexpr std::string_view pattern = "";
    template <class T, class... Ts>
    static constexpr T eval(Ts const&...) {
        return T(0);
    }
};

// The values of the symbols at element i: arrays[k][i] for an array input, scalars[k] for a
// scalar one.
template <class T, std::size_t N, class Arrays, class Scalars>
struct kernel_context;
template <class T, std::size_t N, class... As, class... Ss>
struct kernel_context<T, N, type_list<As...>, type_list<Ss...>> {
    using value_type = T;
    std::array<double, N> const& params;
    T const* const* arrays;
    T const* scalars;
    std::size_t i;

    template <fixed_string Name>
    constexpr T symbol_value() const {
        if constexpr (contains_v<symbol<Name>, type_list<As...>>)
            return arrays[index_of_v<symbol<Name>, type_list<As...>>][i];
        else
            return scalars[index_of_v<symbol<Name>, type_list<Ss...>>];
    }
};

template <fixed_string Name, class Arrays, class Scalars>
constexpr void require_input(symbol<Name>) {
    static_assert(contains_v<symbol<Name>, Arrays> || contains_v<symbol<Name>, Scalars>,
                  "leibniz: kernel(lz::inputs(...), f...): a symbol of an output (named above) is "
                  "not among the inputs; add it to lz::inputs, as an array or as lz::scalar(s)");
}

template <class Tree, class T>
using kernel_plan_t = plan_t<Tree, T>;

}  // namespace detail

//! A batch kernel: `k(n, x, y, dy)` computes y[i] = f(x[i]) and dy[i] = f'(x[i]) for i < n.
//! Arguments: n, one const T* per array input, one T* per output, one T per scalar input
//! (T float or double).
template <class Inputs, class Trees, std::size_t P>
struct kernel_t;
template <class... As, class... Ss, class... Trees, std::size_t P>
struct kernel_t<input_list<detail::type_list<As...>, detail::type_list<Ss...>>,
                detail::type_list<Trees...>, P> {
    static constexpr std::size_t arrays = sizeof...(As), outputs = sizeof...(Trees),
                                 scalars = sizeof...(Ss);
    using array_symbols = detail::type_list<As...>;
    using scalar_symbols = detail::type_list<Ss...>;
    std::array<double, P> params;

    template <class T>
    using root = detail::lowered<detail::outputs_op, detail::kernel_plan_t<Trees, T>...>;

    template <class... Args>
    void operator()(std::size_t n, Args... args) const {
        static_assert(sizeof...(Args) == arrays + outputs + scalars,
                      "leibniz: kernel(n, ...): give one const T* per array input, one T* per "
                      "output, then one T per scalar input (T float or double)");
        if constexpr (sizeof...(Args) == arrays + outputs + scalars) {
            auto all = std::tuple<Args...>(args...);
            using out_t = std::remove_cvref_t<std::tuple_element_t<arrays, decltype(all)>>;
            static_assert(std::is_pointer_v<out_t> &&
                              !std::is_const_v<std::remove_pointer_t<out_t>> &&
                              detail::batch_type_v<std::remove_pointer_t<out_t>>,
                          "leibniz: kernel(n, ...): an output is a float* or double*");
            if constexpr (std::is_pointer_v<out_t> &&
                          detail::batch_type_v<std::remove_pointer_t<out_t>>)
                run<std::remove_pointer_t<out_t>>(n, all, std::index_sequence_for<Args...>{});
        }
    }

  private:
    template <class T, class Tuple, std::size_t... I>
    void run(std::size_t n, Tuple const& all, std::index_sequence<I...>) const {
        static_assert(
            ((I < arrays ? std::is_convertible_v<std::tuple_element_t<I, Tuple>, T const*>
              : I < arrays + outputs ? std::is_same_v<std::tuple_element_t<I, Tuple>, T*>
                                     : std::is_arithmetic_v<std::tuple_element_t<I, Tuple>>) &&
             ...),
            "leibniz: kernel(n, ...): the arrays must be const T* (inputs) and T* "
            "(outputs) of one type T, the scalars numbers");
        T const* in[arrays + 1] = {};
        T* out[outputs] = {};
        T scalar[scalars + 1] = {};
        (
            [&] {
                if constexpr (I < arrays)
                    in[I] = std::get<I>(all);
                else if constexpr (I < arrays + outputs)
                    out[I - arrays] = std::get<I>(all);
                else
                    scalar[I - arrays - outputs] = static_cast<T>(std::get<I>(all));
            }(),
            ...);
        using R = root<T>;
        using order = detail::collect_t<detail::deep_operands, R>;
        using context =
            detail::kernel_context<T, P, detail::type_list<As...>, detail::type_list<Ss...>>;
        for (std::size_t i = 0; i < n; ++i) {
            context ctx{params, in, scalar, i};
            detail::frame<context, order, detail::batch_math> f{ctx};
            f.template fill<order>(order{});
            std::size_t k = 0;
            ((out[k++][i] = f.values[f.template slot<detail::kernel_plan_t<Trees, T>>]), ...);
        }
    }
};

//! The arguments of a kernel, in order: array inputs (symbols) and lz::scalar(symbol)s.
template <class... Is>
constexpr auto inputs(Is const&...) {
    static_assert(((detail::is_symbol_v<Is> || detail::is_scalar_input_v<Is>) && ...),
                  "leibniz: inputs(...): each input is a symbol (an array) or lz::scalar(symbol)");
    using split =
        typename detail::split_inputs<detail::type_list<>, detail::type_list<>, Is...>::type;
    static_assert(detail::distinct_inputs(split{}),
                  "leibniz: inputs(...): a symbol is given twice; give each input once");
    return split{};
}

//! A scalar input, broadcast over the arrays: `lz::inputs(z, lz::scalar(alpha))`.
template <fixed_string Name>
constexpr scalar_input<symbol<Name>> scalar(symbol<Name>) {
    return {};
}

namespace detail {
template <class In, class... Es, std::size_t... I>
constexpr auto make_kernel(std::index_sequence<I...>, Es const&... es) {
    constexpr auto at = offsets<param_count_v<Es>...>();
    constexpr std::size_t total = (std::size_t{0} + ... + param_count_v<Es>);
    std::array<double, total> values{};
    (
        [&] {
            auto p = params_of(es);
            for (std::size_t k = 0; k < p.size(); ++k) values[at[I] + k] = p[k];
        }(),
        ...);
    return kernel_t<In, type_list<shift_t<tree_t<Es>, at[I]>...>, total>{values};
}
}  // namespace detail

//! One loop computing every output over arrays: `lz::kernel(lz::inputs(z), f, lz::d(f, z))`.
template <class Arrays, class Scalars, class... Es>
constexpr auto kernel(input_list<Arrays, Scalars> in, Es const&... outputs) {
    static_assert(sizeof...(Es) > 0, "leibniz: kernel(inputs, f...): give at least one output");
    static_assert((expression<Es> && ...),
                  "leibniz: kernel(inputs, f...): each output must be an expression");
    if constexpr (sizeof...(Es) > 0 && (expression<Es> && ...)) {
        (
            [&]<class... Syms>(detail::type_list<Syms...>) {
                (detail::require_input<Syms::name_string, Arrays, Scalars>(Syms{}), ...);
            }(detail::symbols_in_t<detail::tree_t<Es>, detail::type_list<>>{}),
            ...);
        (void)in;
        return detail::make_kernel<input_list<Arrays, Scalars>>(std::index_sequence_for<Es...>{},
                                                                outputs...);
    }
}

}  // namespace leibniz
