// Evaluation: every distinct subexpression is computed once, children before parents, into a
// frame of values; a where computes only the branch it takes (in a nested frame that sees the
// values already computed). Works in constant evaluation and at run time for any number type.
// What a function, a lowered operation and a where compute is the frame's math policy: lz::eval's
// (standard_math) calls the standard functions and branches; the batch kernels' (batch/math.hpp)
// call the vector kernels and blend both branches, so that a loop over the frame vectorises.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <tuple>
#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/binding.hpp>
#include <leibniz/core/collect.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/core/infinity.hpp>
#include <leibniz/core/symbols.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/functions/math.hpp>
#include <leibniz/lower/lower.hpp>
#include <leibniz/lower/ops.hpp>

// The frame's steps are always inlined: a kernel's loop (batch/kernel.hpp) vectorises only when
// the whole frame is inlined into it, which a large translation unit's inlining limits may deny.
#if defined(__GNUC__)
#define LEIBNIZ_FRAME_INLINE [[gnu::always_inline]]
#else
#define LEIBNIZ_FRAME_INLINE
#endif

namespace leibniz {

namespace detail {

// --- which value a term or factor contributes, so that a - b and a / b are computed directly

// -T for a term with a negative coefficient, built directly (lowered trees are not canonical).
template <class T>
struct negated;
template <long long N, long long D>
struct negated<constant<N, D>> {
    using type = constant<-N, D>;
};
template <long long N, long long D, class F, class... Fs>
struct negated<product<constant<N, D>, F, Fs...>> {
    using type = std::conditional_t<N == -1 && D == 1 && sizeof...(Fs) == 0, F,
                                    product<constant<-N, D>, F, Fs...>>;
};
template <long long N, long long D, class F>
struct negated<product<constant<N, D>, F>> {
    using type = std::conditional_t<N == -1 && D == 1, F, product<constant<-N, D>, F>>;
};

// A sum term with a negative coefficient is subtracted: its operand is the negated term.
template <class T>
struct term_operand {
    static constexpr bool negative = false;
    using type = T;
};
template <class T>
    requires is_negative_v<T>
struct term_operand<T> {
    static constexpr bool negative = true;
    using type = typename negated<T>::type;
};

// A factor with a negative constant exponent divides: its operand is the reciprocal.
template <class F>
struct factor_operand {
    static constexpr bool divides = false;
    using type = F;
};
template <class B, long long N, long long D>
    requires(N < 0)
struct factor_operand<power<B, constant<N, D>>> {
    static constexpr bool divides = true;
    using type = std::conditional_t<N == -1 && D == 1, B, power<B, constant<-N, D>>>;
};

// --- the schedule: the subterms an expression needs, post-order, without duplicates

template <class E>
struct operands {
    using type = type_list<>;
};
template <class... Ts>
struct operands<sum<Ts...>> {
    using type = type_list<typename term_operand<Ts>::type...>;
};
template <class... Fs>
struct operands<product<Fs...>> {
    using type = concat_t<std::conditional_t<is_constant_v<Fs>, type_list<>,
                                             type_list<typename factor_operand<Fs>::type>>...>;
};
template <class B, class E>
struct operands<power<B, E>> {
    using type = std::conditional_t<is_constant_v<E>, type_list<B>, type_list<B, E>>;
};
template <class Fn, class A>
struct operands<apply<Fn, A>> {
    using type = type_list<A>;
};
template <class Op, class L, class R, class A, class B>
struct operands<piecewise<comparison<Op, L, R>, A, B>> {
    using type = type_list<L, R>;
};
template <class Op, class... As>
struct operands<lowered<Op, As...>> {
    using type = type_list<As...>;
};

// --- bindings

template <class B>
struct binding_traits;
template <fixed_string Name, class T>
struct binding_traits<binding<Name, T>> {
    static constexpr std::string_view name = Name.view();
    using value_type = T;
};

template <fixed_string Name, class... Bs>
consteval std::size_t binding_index() {
    constexpr bool hits[] = {(binding_traits<Bs>::name == Name.view())..., false};
    std::size_t i = 0;
    while (!hits[i]) ++i;
    return i;
}

template <fixed_string Name, class... Bs>
inline constexpr bool bound_v = ((binding_traits<Bs>::name == Name.view()) || ...);

template <class... Bs>
consteval bool names_unique() {
    constexpr std::string_view names[] = {binding_traits<Bs>::name..., ""};
    for (std::size_t i = 0; i < sizeof...(Bs); ++i)
        for (std::size_t j = i + 1; j < sizeof...(Bs); ++j)
            if (names[i] == names[j]) return false;
    return true;
}

// The value type: the common type of built-in bound values, else the first class type
// (a Boost.Multiprecision number, a dual number); double when nothing is bound.
template <class... Ts>
struct common_value {
    using type = double;
};
template <class T, class... Ts>
struct common_value<T, Ts...> {
    using type = std::conditional_t<
        (std::is_arithmetic_v<T> && ... && std::is_arithmetic_v<Ts>), std::common_type_t<T, Ts...>,
        std::conditional_t<std::is_arithmetic_v<T>, typename common_value<Ts...>::type, T>>;
};

template <class Syms, class... Bs>
inline constexpr bool all_bound_v = false;
template <class... Syms, class... Bs>
inline constexpr bool all_bound_v<type_list<Syms...>, Bs...> =
    (bound_v<Syms::name_string, Bs...> && ...);

template <fixed_string Name, class... Bs>
constexpr void require_bound(symbol<Name>) {
    static_assert(bound_v<Name, Bs...>,
                  "leibniz: no value bound for a symbol of the expression (its name is in the "
                  "instantiation above); bind it: f(name = value)");
}
template <class... Bs, class... Syms>
constexpr void require_all_bound(type_list<Syms...>) {
    (require_bound<Syms::name_string, Bs...>(Syms{}), ...);
}

// --- arithmetic that uses the constexpr kernels during constant evaluation

// x^N by squarings, x * x, x * (x * x), ... (the emitters write the same products), unrolled at
// compile time: no loop is left for a vectoriser to see.
template <long long N, class T>
constexpr T power_steps(T result, T x) {
    if constexpr (N <= 0) {
        return result;
    } else {
        if constexpr ((N & 1) != 0) result = result * x;
        if constexpr ((N >> 1) > 0)
            return power_steps<(N >> 1)>(result, T(x * x));
        else
            return result;
    }
}
template <long long N, class T>
constexpr T integer_power(T x) {
    return power_steps<N - 1>(x, x);
}

template <class T>
constexpr T sqrt_of(T const& x) {
    if constexpr (std::is_floating_point_v<T>) {
        if (std::is_constant_evaluated()) return math::narrow<T>(math::sqrt(x));
    }
    using std::sqrt;
    return sqrt(x);
}

template <class T>
constexpr T pow_of(T const& x, T const& y) {
    if constexpr (std::is_floating_point_v<T>) {
        if (std::is_constant_evaluated()) return math::narrow<T>(math::pow(x, y));
    }
    using std::pow;
    return pow(x, y);
}

// --- the math policy

//! lz::eval's: the standard functions (the constexpr kernels in constant evaluation), and a where
//! computes the branch it takes.
struct standard_math {
    static constexpr bool blends = false;
    template <class Fn, class T>
    static constexpr T apply(T const& x) {
        return Fn::eval(x);
    }
    template <class Op, class T, class... Ts>
    static constexpr T lowered(Ts const&... xs) {
        return Op::template eval<T>(xs...);
    }
    template <class T>
    static constexpr T sqrt(T const& x) {
        return sqrt_of(x);
    }
};

// --- the frame: one slot per distinct subterm, filled children first

template <class T, std::size_t N, class... Bs>
struct context {
    using value_type = T;
    std::array<double, N> const& params;
    std::tuple<Bs const&...> bindings;

    template <fixed_string Name>
    constexpr T symbol_value() const {
        return static_cast<T>(std::get<binding_index<Name, Bs...>()>(bindings).value);
    }
};

// Every subterm, where branches included: the slots of the frame.
template <class E>
struct deep_operands : operands<E> {};
template <class Op, class L, class R, class A, class B>
struct deep_operands<piecewise<comparison<Op, L, R>, A, B>> {
    using type = type_list<L, R, A, B>;
};

// Whether a where is among the subterms: without one, every subterm is computed, in the order of
// the slots (one collection instead of two).
template <class E>
struct has_piecewise;
template <class List>
struct any_piecewise : std::false_type {};
template <class... Ts>
struct any_piecewise<type_list<Ts...>> : std::bool_constant<(has_piecewise<Ts>::value || ...)> {};
template <class E>
struct has_piecewise : any_piecewise<typename operands<E>::type> {};
template <class C, class A, class B>
struct has_piecewise<piecewise<C, A, B>> : std::true_type {};

template <class Plan, bool Branches = has_piecewise<Plan>::value>
struct evaluation_order {
    using slots = collect_t<deep_operands, Plan>;
    using order = collect_t<operands, Plan>;
};
template <class Plan>
struct evaluation_order<Plan, false> {
    using slots = collect_t<deep_operands, Plan>;
    using order = slots;
};

// The operands of a product that multiply and those that divide.
template <class... Fs>
struct product_plan {
    using multiplies =
        concat_t<std::conditional_t<is_constant_v<Fs> || factor_operand<Fs>::divides, type_list<>,
                                    type_list<typename factor_operand<Fs>::type>>...>;
    using divides =
        concat_t<std::conditional_t<!is_constant_v<Fs> && factor_operand<Fs>::divides,
                                    type_list<typename factor_operand<Fs>::type>, type_list<>>...>;
    // only the constant factors: a lowered tree may have a product as a factor
    static constexpr rational coef =
        (rational{1, 1, true} * ... *
         (is_constant_v<Fs> ? product_parts<Fs>::coef : rational{1, 1, true}));
};

template <class Ctx, class All, class Math = standard_math>
struct frame {
    using T = typename Ctx::value_type;
    Ctx const& ctx;
    T values[All::size]{};

    template <class X>
    static constexpr std::size_t slot = index_of_v<X, All>;

    // Computes the subterms of List in order; Visible are those already computed.
    template <class Visible, class... Ts>
    LEIBNIZ_FRAME_INLINE constexpr void fill(type_list<Ts...>) {
        ((values[slot<Ts>] = compute(Ts{}, Visible{})), ...);
    }

    template <fixed_string N, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(symbol<N>, V) {
        return ctx.template symbol_value<N>();
    }
    template <long long N, long long D, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(constant<N, D>, V) {
        if constexpr (D == 1)
            return static_cast<T>(N);
        else
            return static_cast<T>(N) / static_cast<T>(D);
    }
    template <class Tag, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(named<Tag>, V) {
        return Tag::template value<T>();
    }
    template <std::size_t I, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(param<I>, V) {
        return static_cast<T>(ctx.params[I]);
    }
    template <class T0, class... Ts, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(sum<T0, Ts...>, V) {
        T acc = values[slot<typename term_operand<T0>::type>];
        if (term_operand<T0>::negative) acc = -acc;
        ((acc = term_operand<Ts>::negative
                    ? T(acc - values[slot<typename term_operand<Ts>::type>])
                    : T(acc + values[slot<typename term_operand<Ts>::type>])),
         ...);
        return acc;
    }
    template <class... Fs, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(product<Fs...>, V) {
        using plan = product_plan<Fs...>;
        return product_value<plan::coef>(typename plan::multiplies{}, typename plan::divides{});
    }
    template <rational K, class... Ns, class... Ds>
    LEIBNIZ_FRAME_INLINE constexpr T product_value(type_list<Ns...>, type_list<Ds...>) {
        constexpr long long n = K.num < 0 ? -K.num : K.num;
        T num{};
        if constexpr (sizeof...(Ns) == 0)
            num = static_cast<T>(n);
        else if constexpr (n == 1)
            num = (... * values[slot<Ns>]);
        else
            num = (... * values[slot<Ns>]) * static_cast<T>(n);
        T r = num;
        if constexpr (sizeof...(Ds) > 0 && K.den != 1)
            r = num / ((... * values[slot<Ds>]) * static_cast<T>(K.den));
        else if constexpr (sizeof...(Ds) > 0)
            r = num / (... * values[slot<Ds>]);
        else if constexpr (K.den != 1)
            r = num / static_cast<T>(K.den);
        if constexpr (K.num < 0)
            return -r;
        else
            return r;
    }
    template <class B, class E, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(power<B, E>, V) {
        T b = values[slot<B>];
        if constexpr (is_constant_v<E>) {
            constexpr long long n = E::value.num < 0 ? -E::value.num : E::value.num;
            constexpr long long q = E::value.den;
            T r{};
            if constexpr (q == 1)
                r = integer_power<n>(b);
            else if constexpr (q == 2)
                r = n == 1 ? Math::sqrt(b) : integer_power<n>(Math::sqrt(b));
            else
                r = pow_of(b, static_cast<T>(static_cast<T>(n) / static_cast<T>(q)));
            if constexpr (E::value.num < 0)
                return T(1) / r;
            else
                return r;
        } else {
            return pow_of(b, values[slot<E>]);
        }
    }
    template <class Fn, class A, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(apply<Fn, A>, V) {
        return Math::template apply<Fn>(values[slot<A>]);
    }
    template <class Op, class... As, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(lowered<Op, As...>, V) {
        return Math::template lowered<Op, T>(values[slot<As>]...);
    }
    // Only the branch taken is computed, together with what it needs that is not computed yet;
    // under a blending policy both are computed already (the order is every slot).
    template <class Op, class L, class R, class A, class B, class V>
    LEIBNIZ_FRAME_INLINE constexpr T compute(piecewise<comparison<Op, L, R>, A, B>, V) {
        if constexpr (Math::blends)
            return Math::select(Op::test(values[slot<L>], values[slot<R>]), values[slot<A>],
                                values[slot<B>]);
        else
            return branch_taken<Op, L, R, A, B, V>();
    }
    template <class Op, class L, class R, class A, class B, class V>
    constexpr T branch_taken() {
        using before = take_front_t<index_of_v<piecewise<comparison<Op, L, R>, A, B>, V>, V>;
        if (Op::test(values[slot<L>], values[slot<R>]))
            return branch<A, before>();
        else
            return branch<B, before>();
    }
    template <class E, class Visible>
    constexpr T branch() {
        using all = collect_t<operands, E, Visible>;
        fill<all>(drop_front_t<Visible::size, all>{});
        return values[slot<E>];
    }
};

// A binding to a built-in number is passed by value (in a register), a class-type one (a
// Boost.Multiprecision number) by reference: evaluate is often not inlined into its caller's loop
// (g++), and a double passed through memory is stored and reloaded on every call.
template <class B>
using binding_param_t =
    std::conditional_t<std::is_arithmetic_v<typename binding_traits<B>::value_type>, B, B const&>;

template <class T, class Tree, class E, class... Bs>
constexpr T evaluate_bound(E const& e, binding_param_t<Bs>... bindings) {
    auto params = params_of(e);
    context<T, param_count_v<E>, Bs...> ctx{params, {bindings...}};
    using Plan = plan_t<Tree, T>;
    using order = typename evaluation_order<Plan>::order;
    frame<decltype(ctx), typename evaluation_order<Plan>::slots> root{ctx};
    root.template fill<order>(order{});
    return root.values[root.template slot<Plan>];
}

template <class E, class... Bs>
constexpr auto evaluate(E const& e, Bs const&... bindings) {
    static_assert(!is_unknown_series_v<std::remove_cvref_t<E>>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
    static_assert(expression<E> || is_unknown_series_v<std::remove_cvref_t<E>>,
                  "leibniz: eval(f, ...): f must be an expression");
    static_assert((is_binding_v<Bs> && ...),
                  "leibniz: eval(f, ...): give values as bindings, such as eval(f, z = 0.5)");
    if constexpr (expression<E> && (is_binding_v<Bs> && ...)) {
        static_assert(names_unique<Bs...>(), "leibniz: eval(f, ...): a symbol is bound twice");
        using Tree = tree_t<E>;
        using T = typename common_value<typename binding_traits<Bs>::value_type...>::type;
        using symbols = symbols_in_t<Tree, type_list<>>;
        if constexpr (!all_bound_v<symbols, Bs...>) {
            require_all_bound<Bs...>(symbols{});
            return T{};
        } else {
            return evaluate_bound<T, Tree, E, Bs...>(e, bindings...);
        }
    }
}

}  // namespace detail

//! The value of f with its symbols bound: `lz::eval(sigma, z = 0.5)`, the same as `sigma(z = 0.5)`.
template <class E, class... Bindings>
constexpr auto eval(E const& f, Bindings const&... bindings) {
    return detail::evaluate(f, bindings...);
}

}  // namespace leibniz
