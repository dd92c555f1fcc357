// Numerically stable lowering: lower_t<Tree> is the tree that lz::eval (for float and double) and
// the emitters compute, with the same value as Tree but without its overflows and cancellations.
// The expression itself (its type, its printing, its derivatives) is unchanged; the lowered tree
// is built from the ordinary nodes and lowered<Op, ...> (lower/ops.hpp), and is not canonical.
// Each rule is in a file of lower/rules/ named after what it computes; this file is the driver:
// a node takes the first rule that matches it, else it is kept with its children lowered.
#pragma once

#include <limits>
#include <type_traits>

#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/pairs.hpp>
#include <leibniz/lower/raw.hpp>
#include <leibniz/lower/regimes/asymptotic.hpp>
#include <leibniz/lower/regimes/series.hpp>
#include <leibniz/lower/rules/clamp.hpp>
#include <leibniz/lower/rules/common_denominator.hpp>
#include <leibniz/lower/rules/constant_factors.hpp>
#include <leibniz/lower/rules/erfc.hpp>
#include <leibniz/lower/rules/exact_slope.hpp>
#include <leibniz/lower/rules/exp_power.hpp>
#include <leibniz/lower/rules/exp_product.hpp>
#include <leibniz/lower/rules/exp_rational.hpp>
#include <leibniz/lower/rules/expm1.hpp>
#include <leibniz/lower/rules/gaussian.hpp>
#include <leibniz/lower/rules/hypot.hpp>
#include <leibniz/lower/rules/log1p.hpp>
#include <leibniz/lower/rules/log_sum_exp.hpp>
#include <leibniz/lower/rules/logistic.hpp>
#include <leibniz/lower/rules/sech2.hpp>
#include <leibniz/lower/rules/shift.hpp>
#include <leibniz/lower/rules/softplus.hpp>
#include <leibniz/lower/rules/sqrt_difference.hpp>
#include <leibniz/lower/rules/sqrt_rational.hpp>
#include <leibniz/lower/rules/tanh.hpp>

namespace leibniz::detail {

template <class E>
struct lower {
    using type = E;
};

template <class... Ts>
struct lower<sum<Ts...>> {
    using rw = lowering::sum_rewrite<sum<Ts...>>;
    using ls = lowering::logistic_sum<sum<Ts...>>;
    template <bool Pair, class = void>
    struct rest {
        using sr = typename lowering::sqrt_rational_rule<sum<Ts...>>::type;
        using er =
            typename std::conditional_t<std::is_void_v<sr>, lowering::exp_rational_sum<Ts...>,
                                        std::type_identity<sr>>::type;
        template <bool Last, class = void>
        struct last {  // no rule of a family applies: a common denominator, or term by term
            using cd = typename lowering::common_denominator_sum<Ts...>::type;
            using type = std::conditional_t<std::is_void_v<cd>, sum<lower_t<Ts>...>, cd>;
        };
        template <class Dummy>
        struct last<false, Dummy> {
            using type = void;
        };
        using type =
            typename std::conditional_t<std::is_void_v<er>,
                                        std::conditional_t<ls::applies, ls, last<!ls::applies>>,
                                        std::type_identity<er>>::type;
    };
    template <class Dummy>
    struct rest<true, Dummy> {
        using type = void;
    };
    using type = typename lowering::series_regime<
        sum<Ts...>, typename std::conditional_t<rw::applies, rw, rest<rw::applies>>::type>::type;
};

template <class... Fs>
struct lower<product<Fs...>> {
    template <bool Logistic, class = void>
    struct pick {
        using type = typename lowering::fold_irrational<typename lowering::fold_coefficient<
            typename lowering::lowered_factors<Fs...>::type>::type>::type;
    };
    template <class Dummy>
    struct pick<true, Dummy> {
        using type = typename lowering::logistic_rewrite<Fs...>::type;
    };
    using er = typename lowering::exp_rational_product<Fs...>::type;
    using type = typename lowering::merge_exponentials<typename std::conditional_t<
        std::is_void_v<er>, pick<lowering::logistic_product<type_list<Fs...>>::applies>,
        std::type_identity<er>>::type>::type;
};

template <class B, class E>
struct lower<power<B, E>> {
    using type = power<lower_t<B>, lower_t<E>>;
};
template <class Fn, class A>
struct lower<apply<Fn, A>> {
    using type = apply<Fn, lower_t<A>>;
};

template <class Op, class L, class R, class A, class B>
struct lower<piecewise<comparison<Op, L, R>, A, B>> {
    using type = piecewise<comparison<Op, lower_t<L>, lower_t<R>>, lower_t<A>, lower_t<B>>;
};

//! The tree evaluated for values of type T: lowered for float and double (with the asymptotic
//! regime at the root, whose threshold depends on T's precision), as written otherwise (long
//! double, Boost.Multiprecision and user types compute the textbook formulas).
template <class Tree, class T>
struct plan {
    using type = Tree;
};
template <class Tree, class T>
    requires(std::is_same_v<T, float> || std::is_same_v<T, double>)
struct plan<Tree, T> {
    using type = typename lowering::asymptotic_regime<Tree, lower_t<Tree>,
                                                      std::numeric_limits<T>::digits>::type;
};
template <class Tree, class T>
using plan_t = typename plan<Tree, T>::type;

}  // namespace leibniz::detail
