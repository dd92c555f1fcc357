// The printer shared by text and LaTeX: minimal parentheses by precedence, subtraction for
// negative terms, one fraction for the factors with negative exponents.
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

#include <leibniz/algebra/operators.hpp>
#include <leibniz/eval/eval.hpp>
#include <leibniz/functions/functions.hpp>

namespace leibniz::detail {

// Precedence of what was printed: how tightly it binds.
enum prec : int { top = 0, additive = 1, multiplicative = 2, exponent = 3, atom = 4 };

struct printed {
    std::string text;
    int level;
};

inline std::string format_number(double v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

inline std::string latex_symbol(std::string_view name) {
    constexpr std::string_view greek[] = {
        "alpha",   "beta",   "gamma", "delta", "epsilon", "zeta",  "eta",   "theta", "iota",
        "kappa",   "lambda", "mu",    "nu",    "xi",      "pi",    "rho",   "sigma", "tau",
        "upsilon", "phi",    "chi",   "psi",   "omega",   "Gamma", "Delta", "Theta", "Lambda",
        "Xi",      "Pi",     "Sigma", "Phi",   "Psi",     "Omega"};
    for (auto g : greek)
        if (g == name) return "\\" + std::string(name);
    if (name.size() == 1) return std::string(name);
    auto underscore = name.find('_');
    if (underscore != std::string_view::npos && underscore > 0)
        return latex_symbol(name.substr(0, underscore)) + "_{" +
               std::string(name.substr(underscore + 1)) + "}";
    return "\\mathrm{" + std::string(name) + "}";
}

template <bool Latex>
struct printer {
    double const* params;

    static std::string wrap(printed const& p, int min_level) {
        if (p.level >= min_level) return p.text;
        return Latex ? "\\left(" + p.text + "\\right)" : "(" + p.text + ")";
    }
    template <class E>
    std::string show(E e, int min_level) const {
        return wrap(print(e), min_level);
    }

    template <fixed_string N>
    printed print(symbol<N>) const {
        if constexpr (Latex)
            return {latex_symbol(N.view()), atom};
        else
            return {std::string(N.view()), atom};
    }
    template <long long N, long long D>
    printed print(constant<N, D>) const {
        std::string sign = N < 0 ? "-" : "";
        std::string n = std::to_string(N < 0 ? -N : N), d = std::to_string(D);
        if constexpr (D == 1)
            return {sign + n, N < 0 ? multiplicative : atom};
        else if constexpr (Latex)
            return {sign + "\\frac{" + n + "}{" + d + "}", N < 0 ? multiplicative : atom};
        else
            return {sign + n + "/" + d, multiplicative};
    }
    template <class Tag>
    printed print(named<Tag>) const {
        return {std::string(Latex ? Tag::latex : Tag::name), atom};
    }
    template <std::size_t I>
    printed print(param<I>) const {
        double v = params[I];
        return {format_number(v), v < 0 ? multiplicative : atom};
    }

    // Terms in canonical order, except that a leading negative term follows the first positive
    // one: exp(z) - 1 rather than -1 + exp(z).
    template <class... Ts>
    printed print(sum<Ts...>) const {
        struct term {
            bool negative;
            std::string text;
        };
        term terms[] = {{term_operand<Ts>::negative,
                         show(typename term_operand<Ts>::type{}, multiplicative)}...};
        std::size_t lead = 0;
        while (lead < sizeof...(Ts) && terms[lead].negative) ++lead;
        if (lead == sizeof...(Ts)) lead = 0;
        std::string out = (terms[lead].negative ? "-" : "") + terms[lead].text;
        for (std::size_t i = 0; i < sizeof...(Ts); ++i)
            if (i != lead) out += (terms[i].negative ? " - " : " + ") + terms[i].text;
        return {out, additive};
    }

    // Joins items of a product: a space (LaTeX; \cdot between two numbers) or '*'.
    static void join(std::string& out, std::string const& item) {
        if (out.empty())
            out = item;
        else if (!Latex)
            out += "*" + item;
        else if (!item.empty() && item[0] >= '0' && item[0] <= '9')
            out += " \\cdot " + item;
        else
            out += " " + item;
    }

    // Where a factor is shown in a product: numbers and symbols, then powers, then functions
    // (alpha*exp(z), y*x^2), whatever their canonical order.
    template <class F>
    static constexpr int print_rank =
        F::rank == kind::apply ? 2 : (F::rank == kind::power || F::rank == kind::sum ? 1 : 0);

    template <class... Fs>
    printed print(product<Fs...>) const {
        struct item {
            int rank;
            bool divides;
            printed p;
        };
        rational coef{1, 1, true};
        item items[sizeof...(Fs)]{};
        std::size_t count = 0;
        auto factor = [&]<class F>(F) {
            if constexpr (is_constant_v<F>) {
                coef = F::value;
            } else {
                using O = factor_operand<F>;
                items[count++] = {print_rank<typename O::type>, O::divides,
                                  print(typename O::type{})};
            }
        };
        (factor(Fs{}), ...);
        std::string num, den;
        std::size_t num_items = 0, den_items = 0;
        printed last_num{}, last_den{};
        long long n = coef.num < 0 ? -coef.num : coef.num;
        if (n != 1) {
            num = std::to_string(n);
            last_num = {num, atom};
            ++num_items;
        }
        if (coef.den != 1) {
            den = std::to_string(coef.den);
            last_den = {den, atom};
            ++den_items;
        }
        for (int rank = 0; rank < 3; ++rank) {
            for (std::size_t i = 0; i < count; ++i) {
                if (items[i].rank != rank) continue;
                if (items[i].divides) {
                    join(den, wrap(items[i].p, exponent));
                    last_den = items[i].p;
                    ++den_items;
                } else {
                    join(num, wrap(items[i].p, exponent));
                    last_num = items[i].p;
                    ++num_items;
                }
            }
        }
        if (num_items == 0) {
            num.push_back('1');
            last_num = {num, atom};
            ++num_items;
        }
        std::string sign = coef.num < 0 ? "-" : "";
        if (den_items == 0)
            return {sign + num, sign.empty() && num_items == 1 ? last_num.level : multiplicative};
        if constexpr (Latex) {
            // inside \frac the bar groups: a lone sum needs no parentheses
            std::string top_text = num_items == 1 ? last_num.text : num;
            std::string bottom = den_items == 1 ? last_den.text : den;
            return {sign + "\\frac{" + top_text + "}{" + bottom + "}",
                    sign.empty() ? atom : multiplicative};
        } else {
            std::string bottom = den_items == 1 ? wrap(last_den, exponent) : "(" + den + ")";
            return {sign + num + "/" + bottom, multiplicative};
        }
    }

    template <class B, class E>
    printed print(power<B, E>) const {
        if constexpr (is_negative_v<E>) {
            return print(product<power<B, E>>{});
        } else if constexpr (std::is_same_v<E, constant<1, 2>>) {
            if constexpr (Latex)
                return {"\\sqrt{" + show(B{}, top) + "}", atom};
            else
                return {"sqrt(" + show(B{}, top) + ")", atom};
        } else {
            std::string base = show(B{}, atom);
            if constexpr (Latex)
                return {base + "^{" + show(E{}, top) + "}", exponent};
            else
                return {base + "^" + show(E{}, atom), exponent};
        }
    }

    template <class Fn, class A>
    printed print(apply<Fn, A>) const {
        std::string arg = show(A{}, top);
        if constexpr (!Latex)
            return {std::string(Fn::name) + "(" + arg + ")", atom};
        else if constexpr (std::is_same_v<Fn, exp_fn>)
            return {"e^{" + arg + "}", exponent};
        else if constexpr (std::is_same_v<Fn, abs_fn>)
            return {"\\left|" + arg + "\\right|", atom};
        else
            return {std::string(Fn::latex) + "\\left(" + arg + "\\right)", atom};
    }

    template <class Op, class L, class R>
    printed print(comparison<Op, L, R>) const {
        return {show(L{}, additive) + " " + std::string(Latex ? Op::latex : Op::text) + " " +
                    show(R{}, additive),
                top};
    }

    template <class C, class A, class B>
    printed print(piecewise<C, A, B>) const {
        std::string cond = print(C{}).text, a = show(A{}, top), b = show(B{}, top);
        if constexpr (Latex)
            return {"\\begin{cases} " + a + " & " + cond + " \\\\ " + b +
                        " & \\text{otherwise} \\end{cases}",
                    atom};
        else
            return {"where(" + cond + ", " + a + ", " + b + ")", atom};
    }
};

template <bool Latex, class E>
std::string print_expression(E const& e) {
    static_assert(expression<E> || condition<E>,
                  "leibniz: to_string/to_latex(f): f must be an expression or a condition");
    auto params = params_of(e);
    return printer<Latex>{params.data()}.print(tree_t<E>{}).text;
}

}  // namespace leibniz::detail
