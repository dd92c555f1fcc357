// Rule: exp(a) exp(b) = exp(a + b) in a lowered product, when one of the exponentials can
// overflow (its argument is not -|x|).
// Error removed: z exp(z) (1 - tanh(exp z)^2) lowers to z exp(z) 4 t/(1 + t)^2 with
// t = exp(-2 exp z); at z = 710 exp(z) is inf and t is 0: inf 0 = NaN where the truth is 0.
// Merged, exp(z - 2|exp z|) is exp(-inf) = 0; taken where an exponential would overflow. Products
// of bounded exponentials t = exp(-|w|) alone are left as they are (t is shared with the other
// terms).
#pragma once

#include <type_traits>

#include <leibniz/core/type_list.hpp>
#include <leibniz/functions/abs.hpp>
#include <leibniz/functions/exp.hpp>
#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

namespace exp_product {

template <class L>
struct factors {
    using type = type_list<L>;
};
template <class... Ls>
struct factors<product<Ls...>> {
    using type = concat_t<typename factors<Ls>::type...>;
};

template <class F>
inline constexpr int exp_kind = 0;  // 0 not an exponential, 1 bounded exp(-|x|), 2 other
template <class A>
inline constexpr int exp_kind<apply<exp_fn, A>> = 2;
template <long long N, long long D, class X>
    requires(N < 0)
inline constexpr int exp_kind<apply<exp_fn, product<constant<N, D>, apply<abs_fn, X>>>> = 1;

// The argument of an exponential factor as a list, none for another factor.
template <class F>
struct argument {
    using type = type_list<>;
};
template <class A>
struct argument<apply<exp_fn, A>> {
    using type = type_list<A>;
};

template <class L, class Flat = concat_t<typename factors<L>::type>>
struct merge {
    using type = L;
};
template <class... Ls, class... Fs>
struct merge<product<Ls...>, type_list<Fs...>> {
    static constexpr int exps = ((exp_kind<Fs> != 0 ? 1 : 0) + ...);
    static constexpr bool unbounded = ((exp_kind<Fs> == 2) || ...);
    template <class F>
    using others = std::conditional_t<exp_kind<F> != 0, type_list<>, type_list<F>>;
    template <bool Merge, class = void>
    struct pick {
        using type = product<Ls...>;
    };
    // the merged exponential only where an exponential overflows: elsewhere exp(a + b) would
    // round a + b, which exp amplifies |a + b| times (z e^z sech^2(e^z) at z = -34: 32 ulp)
    template <class F>
    using unbounded_args =
        std::conditional_t<exp_kind<F> == 2, typename argument<F>::type, type_list<>>;
    template <class List>
    struct largest;
    template <class A>
    struct largest<type_list<A>> {
        using type = A;
    };
    template <class A, class B, class... As>
    struct largest<type_list<A, B, As...>> {
        using type = typename largest<type_list<lowered<max_op, A, B>, As...>>::type;
    };
    template <class Dummy>
    struct pick<true, Dummy> {
        using e =
            apply<exp_fn, typename make_sum_list<concat_t<typename argument<Fs>::type...>>::type>;
        using merged = typename make_product_list<concat_t<type_list<e>, others<Fs>...>>::type;
        using finite =
            lowered<exp_finite_op, typename largest<concat_t<unbounded_args<Fs>...>>::type>;
        using type = lowered<select_op, finite, product<Ls...>, merged>;
    };
    using type = typename pick<(exps >= 2 && unbounded)>::type;
};

}  // namespace exp_product

//! The lowered product L with its exponentials merged where one can overflow.
template <class L>
struct merge_exponentials {
    using type = L;
};
template <class... Ls>
struct merge_exponentials<product<Ls...>>
    : exp_product::merge<product<Ls...>, concat_t<typename exp_product::factors<Ls>::type...>> {};

}  // namespace leibniz::detail::lowering
