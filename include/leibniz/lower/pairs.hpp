// The rules on sums c + k core: a constant c and a term k core that together are a stabler
// function. Each rule is a specialization of pair_rule in a file of lower/rules/; sum_rewrite
// takes the first term of the sum that a rule matches.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include <leibniz/lower/ops.hpp>
#include <leibniz/lower/raw.hpp>

namespace leibniz::detail::lowering {

// The rules' result for c + k core, or void.
template <rational C, rational K, class Core>
struct pair_rule {
    using type = void;
};

template <class Sum>
struct sum_rewrite {
    static constexpr bool applies = false;
    using type = void;
};
template <long long N, long long D, class... Ts>
struct sum_rewrite<sum<constant<N, D>, Ts...>> {
    static constexpr rational c{N, D, true};
    template <class T>
    using rule = pair_rule<c, term_parts<T>::coef, typename term_parts<T>::rest>;
    template <class T>
    struct matches : std::bool_constant<!std::is_void_v<typename rule<T>::type>> {};
    static constexpr std::size_t i = find_first<matches, Ts...>();
    static constexpr bool applies = i < sizeof...(Ts);
    template <class... Rs>
    static auto lowered_terms(type_list<Rs...>) -> type_list<lower_t<Rs>...>;
    template <bool A, class = void>
    struct result {
        using type = void;
    };
    template <class Dummy>
    struct result<true, Dummy> {
        using replaced = typename rule<at_t<i, type_list<Ts...>>>::type;
        using type =
            typename make_sum_list<concat_t<decltype(lowered_terms(erase_t<i, type_list<Ts...>>{})),
                                            type_list<replaced>>>::type;
    };
    using type = typename result<applies>::type;
};

}  // namespace leibniz::detail::lowering
