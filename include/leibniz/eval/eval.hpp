// Evaluation: every distinct subexpression is computed once, children before parents, into a
// frame of values; a where computes only the branch it takes (in a nested frame that sees the
// values already computed). Works in constant evaluation and at run time for any number type.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <tuple>
#include <type_traits>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/core/constants.hpp>
#include <leibniz/core/type_list.hpp>
#include <leibniz/eval/binding.hpp>
#include <leibniz/functions/math.hpp>

namespace leibniz {

namespace detail {

// --- which value a term or factor contributes, so that a - b and a / b are computed directly

// A sum term with a negative coefficient is subtracted: its operand is the negated term.
template <class T>
struct term_operand {
    static constexpr bool negative = is_negative_v<T>;
    using type = std::conditional_t<negative, decltype(neg(T{})), T>;
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
    using type = decltype(pow_(B{}, constant<-N, D>{}));
};

// --- the schedule: the subterms an expression needs, post-order, without duplicates

template <class E, class Acc>
struct collect;
template <class E, class Acc>
using collect_t = typename collect<E, Acc>::type;

template <class Acc, class... Cs>
struct collect_all {
    using type = Acc;
};
template <class Acc, class C, class... Cs>
struct collect_all<Acc, C, Cs...> {
    using type = typename collect_all<collect_t<C, Acc>, Cs...>::type;
};

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

template <class Acc, class List>
struct collect_list;
template <class Acc, class... Cs>
struct collect_list<Acc, type_list<Cs...>> : collect_all<Acc, Cs...> {};

template <class E, class Acc>
struct collect {
    using type = std::conditional_t<
        contains_v<E, Acc>, Acc,
        push_back_t<typename collect_list<Acc, typename operands<E>::type>::type, E>>;
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

// --- the symbols an expression mentions

template <class E, class Acc = type_list<>>
struct symbols_in {
    using type = Acc;
};
template <class E, class Acc>
using symbols_in_t = typename symbols_in<E, Acc>::type;
template <fixed_string N, class Acc>
struct symbols_in<symbol<N>, Acc> {
    using type = std::conditional_t<contains_v<symbol<N>, Acc>, Acc, push_back_t<Acc, symbol<N>>>;
};
template <class Acc, class... Cs>
struct symbols_in_all {
    using type = Acc;
};
template <class Acc, class C, class... Cs>
struct symbols_in_all<Acc, C, Cs...> : symbols_in_all<symbols_in_t<C, Acc>, Cs...> {};
template <class... Ts, class Acc>
struct symbols_in<sum<Ts...>, Acc> : symbols_in_all<Acc, Ts...> {};
template <class... Ts, class Acc>
struct symbols_in<product<Ts...>, Acc> : symbols_in_all<Acc, Ts...> {};
template <class B, class E, class Acc>
struct symbols_in<power<B, E>, Acc> : symbols_in_all<Acc, B, E> {};
template <class Fn, class A, class Acc>
struct symbols_in<apply<Fn, A>, Acc> : symbols_in_all<Acc, A> {};
template <class C, class A, class B, class Acc>
struct symbols_in<piecewise<C, A, B>, Acc> : symbols_in_all<Acc, C, A, B> {};
template <class Op, class A, class B, class Acc>
struct symbols_in<comparison<Op, A, B>, Acc> : symbols_in_all<Acc, A, B> {};

template <class Syms, class... Bs>
inline constexpr bool all_bound_v = false;
template <class... Syms, class... Bs>
inline constexpr bool all_bound_v<type_list<Syms...>, Bs...> = (bound_v<Syms::name_string, Bs...> && ...);

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

template <class T>
constexpr T integer_power(T x, long long n) {
    T result = x;
    --n;
    while (n > 0) {
        if (n & 1) result = result * x;
        n >>= 1;
        if (n > 0) x = x * x;
    }
    return result;
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

// --- frames of computed values

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

struct no_frame {
    using visible = type_list<>;
};

template <class Ctx, class List, class Parent>
struct frame {
    using T = typename Ctx::value_type;
    using visible = concat_t<typename Parent::visible, List>;
    Ctx const& ctx;
    Parent const* parent;
    std::array<T, List::size> values{};

    template <class X>
    constexpr T get() const {
        if constexpr (contains_v<X, List>)
            return values[index_of_v<X, List>];
        else
            return parent->template get<X>();
    }

    template <class... Ts>
    constexpr void fill(type_list<Ts...>) {
        std::size_t i = 0;
        ((values[i++] = compute(Ts{})), ...);
    }

    template <fixed_string N>
    constexpr T compute(symbol<N>) const {
        return ctx.template symbol_value<N>();
    }
    template <long long N, long long D>
    constexpr T compute(constant<N, D>) const {
        if constexpr (D == 1)
            return static_cast<T>(N);
        else
            return static_cast<T>(N) / static_cast<T>(D);
    }
    template <class Tag>
    constexpr T compute(named<Tag>) const {
        return Tag::template value<T>();
    }
    template <std::size_t I>
    constexpr T compute(param<I>) const {
        return static_cast<T>(ctx.params[I]);
    }
    template <class... Ts>
    constexpr T compute(sum<Ts...>) const {
        T acc{};
        bool first = true;
        (
            [&] {
                using O = term_operand<Ts>;
                T v = get<typename O::type>();
                if (first)
                    acc = O::negative ? T(-v) : v;
                else if (O::negative)
                    acc = acc - v;
                else
                    acc = acc + v;
                first = false;
            }(),
            ...);
        return acc;
    }
    template <class... Fs>
    constexpr T compute(product<Fs...>) const {
        T num{}, den{};
        bool has_num = false, has_den = false;
        rational coef{1, 1, true};
        auto put = [](T& into, bool& has, T const& v) {
            into = has ? T(into * v) : v;
            has = true;
        };
        (
            [&] {
                if constexpr (is_constant_v<Fs>) {
                    coef = Fs::value;
                } else {
                    using O = factor_operand<Fs>;
                    if (O::divides)
                        put(den, has_den, get<typename O::type>());
                    else
                        put(num, has_num, get<typename O::type>());
                }
            }(),
            ...);
        long long n = coef.num < 0 ? -coef.num : coef.num;
        if (n != 1 || !has_num) put(num, has_num, static_cast<T>(n));
        if (coef.den != 1) put(den, has_den, static_cast<T>(coef.den));
        T r = has_den ? T(num / den) : num;
        return coef.num < 0 ? T(-r) : r;
    }
    template <class B, class E>
    constexpr T compute(power<B, E>) const {
        T b = get<B>();
        if constexpr (is_constant_v<E>) {
            constexpr long long n = E::value.num < 0 ? -E::value.num : E::value.num;
            constexpr long long q = E::value.den;
            T r{};
            if constexpr (q == 1)
                r = integer_power(b, n);
            else if constexpr (q == 2)
                r = n == 1 ? sqrt_of(b) : integer_power(sqrt_of(b), n);
            else
                r = pow_of(b, static_cast<T>(static_cast<T>(n) / static_cast<T>(q)));
            return E::value.num < 0 ? T(T(1) / r) : r;
        } else {
            return pow_of(b, get<E>());
        }
    }
    template <class Fn, class A>
    constexpr T compute(apply<Fn, A>) const {
        return Fn::eval(get<A>());
    }
    template <class Op, class L, class R, class A, class B>
    constexpr T compute(piecewise<comparison<Op, L, R>, A, B>) const {
        return Op::test(get<L>(), get<R>()) ? branch<A>() : branch<B>();
    }

    // A branch of a where, computed in a frame of its own on top of this one.
    template <class E>
    constexpr T branch() const {
        using fresh = drop_front_t<visible::size, collect_t<E, visible>>;
        frame<Ctx, fresh, frame> child{ctx, this};
        child.fill(fresh{});
        return child.template get<E>();
    }
};

template <class E, class... Bs>
constexpr auto evaluate(E const& e, Bs const&... bindings) {
    static_assert(expression<E>, "leibniz: eval(f, ...): f must be an expression");
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
            auto params = params_of(e);
            context<T, param_count_v<E>, Bs...> ctx{params, {bindings...}};
            using order = collect_t<Tree, type_list<>>;
            frame<decltype(ctx), order, no_frame> root{ctx, nullptr};
            root.fill(order{});
            return root.template get<Tree>();
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
