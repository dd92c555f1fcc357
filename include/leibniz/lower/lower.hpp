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
#include <leibniz/lower/rules/logistic_difference.hpp>
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

namespace lowering {

//! The first of Rules whose ::type for the sum S is not void (void for none). A rule is
//! instantiated only when the ones before it did not apply.
template <class S, template <class> class... Rules>
struct first_rule {
    using type = void;
};
template <class S, template <class> class R, template <class> class... Rules>
struct first_rule<S, R, Rules...> {
    template <bool Found, class = void>
    struct go {
        using type = typename first_rule<S, Rules...>::type;
    };
    template <class D>
    struct go<true, D> {
        using type = typename R<S>::type;
    };
    using type = typename go<!std::is_void_v<typename R<S>::type>>::type;
};

//! A rule over a sum's terms as a rule over the sum.
template <template <class...> class R>
struct on_terms {
    template <class S>
    struct rule;
    template <class... Ts>
    struct rule<sum<Ts...>> : R<Ts...> {};
};

}  // namespace lowering

// A sum takes the first rule that applies, in this order: a constant and a term that together are
// a stabler function (pairs.hpp), sums of y^i sqrt(a + k y^2)^j, a difference of logistic terms
// of two families, a rational function of one exponential, logistic terms of one argument over
// one denominator, terms over common denominators; else its terms are lowered one by one. The
// series regime (a Taylor polynomial where it cancels at 0) is put around the result.
template <class... Ts>
struct lower<sum<Ts...>> {
    using ruled = typename lowering::first_rule<
        sum<Ts...>, lowering::sum_rewrite, lowering::sqrt_rational_rule,
        lowering::on_terms<lowering::logistic_difference_sum>::template rule,
        lowering::on_terms<lowering::exp_rational_sum>::template rule, lowering::logistic_sum,
        lowering::on_terms<lowering::common_denominator_sum>::template rule>::type;
    using type = typename lowering::series_regime<
        sum<Ts...>, std::conditional_t<std::is_void_v<ruled>, sum<lower_t<Ts>...>, ruled>>::type;
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
