// The printer shared by text and LaTeX. It walks the IR graph of a tree (ir/graph.hpp) with
// ordinary run-time code: minimal parentheses by precedence, subtraction for negative terms, one
// fraction for the factors with negative exponents.
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <leibniz/algebra/params.hpp>
#include <leibniz/core/cat.hpp>
#include <leibniz/core/infinity.hpp>
#include <leibniz/core/nodes.hpp>
#include <leibniz/ir/graph.hpp>

namespace leibniz::detail {

// Precedence of what was printed: how tightly it binds.
enum level : int { top = 0, additive = 1, multiplicative = 2, exponent = 3, atom = 4 };

struct printed {
    std::string text;
    int level = atom;
};

inline std::string format_number(double v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// 1e-05 as 10^{-5}, 2.5e+20 as 2.5 \cdot 10^{20}
inline std::string latex_number(double v) {
    std::string text = format_number(v);
    auto e = text.find('e');
    if (e == std::string::npos) return text;
    std::string mantissa = text.substr(0, e);
    std::string power = "10^{" + std::to_string(std::stoi(text.substr(e + 1))) + "}";
    if (mantissa == "1" || mantissa == "-1") return (mantissa == "-1" ? "-" : "") + power;
    return mantissa + " \\cdot " + power;
}

inline std::string latex_symbol(std::string_view name) {
    constexpr std::string_view greek[] = {
        "alpha",   "beta",   "gamma", "delta", "epsilon", "zeta",  "eta",   "theta", "iota",
        "kappa",   "lambda", "mu",    "nu",    "xi",      "pi",    "rho",   "sigma", "tau",
        "upsilon", "phi",    "chi",   "psi",   "omega",   "Gamma", "Delta", "Theta", "Lambda",
        "Xi",      "Pi",     "Sigma", "Phi",   "Psi",     "Omega"};
    for (auto g : greek)
        if (g == name) return cat("\\", name);
    if (name.size() == 1) return std::string(name);
    auto underscore = name.find('_');
    if (underscore != std::string_view::npos && underscore > 0)
        return latex_symbol(name.substr(0, underscore)) + "_{" +
               std::string(name.substr(underscore + 1)) + "}";
    return "\\mathrm{" + std::string(name) + "}";
}

class printer {
  public:
    printer(graph_view tree, bool latex) : t_(tree), latex_(latex) {}

    std::string print() const { return node(t_.root()).text; }

  private:
    graph_view t_;
    bool latex_;

    std::string wrap(printed const& p, int min_level) const {
        if (p.level >= min_level) return p.text;
        return latex_ ? "\\left(" + p.text + "\\right)" : "(" + p.text + ")";
    }
    std::string show(std::size_t i, int min_level) const { return wrap(node(i), min_level); }

    bool is_constant(std::size_t i) const { return t_[i].k == kind::constant; }
    // A term with a negative coefficient prints as a subtraction.
    bool is_negative(std::size_t i) const {
        if (is_constant(i)) return t_[i].num < 0;
        return t_[i].k == kind::product && is_constant(t_.child(i, 0)) &&
               t_[t_.child(i, 0)].num < 0;
    }
    // A power with a negative constant exponent divides.
    bool divides(std::size_t i) const {
        return t_[i].k == kind::power && is_constant(t_.child(i, 1)) && t_[t_.child(i, 1)].num < 0;
    }

    printed node(std::size_t i) const {
        graph_node const& n = t_[i];
        switch (n.k) {
        case kind::symbol:
            return {latex_ ? latex_symbol(n.name) : std::string(n.name), atom};
        case kind::constant:
            return constant(n.num, n.den);
        case kind::named:
            return {std::string(latex_ ? n.latex : n.name), atom};
        case kind::param: {
            double v = t_.params[n.index];
            return {latex_ ? latex_number(v) : format_number(v), v < 0 ? multiplicative : atom};
        }
        case kind::sum:
            return sum(i);
        case kind::product:
            return product(i, false);
        case kind::power:
            return power(i);
        case kind::apply:
            return apply(i);
        case kind::piecewise:
            return piecewise(i);
        case kind::comparison:
            return comparison(i);
        }
        return {};
    }

    printed constant(long long num, long long den) const {
        std::string sign = num < 0 ? "-" : "";
        std::string n = std::to_string(num < 0 ? -num : num), d = std::to_string(den);
        int negative_level = num < 0 ? multiplicative : atom;
        if (den == 1) return {sign + n, negative_level};
        // as a base, a \\frac needs parentheses: \\left(\\frac{1}{2}\\right)^{z}
        if (latex_)
            return {sign + "\\frac{" + n + "}{" + d + "}", num < 0 ? multiplicative : exponent};
        return {sign + n + "/" + d, multiplicative};
    }

    // Terms in canonical order, except that a leading negative term follows the first positive
    // one: exp(z) - 1 rather than -1 + exp(z).
    printed sum(std::size_t i) const {
        std::size_t count = t_[i].count, lead = 0;
        while (lead < count && is_negative(t_.child(i, lead))) ++lead;
        if (lead == count) lead = 0;
        auto term = [&](std::size_t k) {
            std::size_t c = t_.child(i, k);
            if (!is_negative(c)) return show(c, multiplicative);
            return wrap(is_constant(c) ? constant(-t_[c].num, t_[c].den) : product(c, true),
                        multiplicative);
        };
        std::string out = cat(is_negative(t_.child(i, lead)) ? "-" : "", term(lead));
        for (std::size_t k = 0; k < count; ++k) {
            if (k == lead) continue;
            out += is_negative(t_.child(i, k)) ? " - " : " + ";
            out += term(k);
        }
        return {out, additive};
    }

    // Where a factor is shown in a product: powers of numbers, numbers and symbols, powers and
    // sums, then functions (sqrt(2)*z, alpha*exp(z), y*x^2), whatever their canonical order.
    int print_rank(std::size_t i) const {
        kind k = t_[i].k;
        if (k == kind::apply) return 3;
        if (k == kind::power)
            return is_constant(t_.child(i, 0)) && is_constant(t_.child(i, 1)) ? 0 : 2;
        return k == kind::sum ? 2 : 1;
    }

    struct factor {
        int rank;
        bool divides;
        printed p;
    };

    // Joins items of a product: a space (LaTeX; \cdot before a number) or '*'.
    void join(std::string& out, std::string const& item) const {
        if (out.empty())
            out = item;
        else if (!latex_)
            out += "*" + item;
        else if (!item.empty() && item[0] >= '0' && item[0] <= '9')
            out += " \\cdot " + item;
        else
            out += " " + item;
    }

    // A product, its sign flipped when negate: coefficient and factors over the factors with
    // negative exponents.
    printed product(std::size_t i, bool negate) const {
        long long num = 1, den = 1;
        std::vector<factor> factors;
        for (std::size_t k = 0; k < t_[i].count; ++k) {
            std::size_t c = t_.child(i, k);
            if (is_constant(c)) {
                num = t_[c].num;
                den = t_[c].den;
            } else if (divides(c)) {
                std::size_t base = t_.child(c, 0), e = t_.child(c, 1);
                bool reciprocal = t_[e].num == -1 && t_[e].den == 1;
                factors.push_back({reciprocal ? print_rank(base) : print_rank(c), true,
                                   power_of(base, -t_[e].num, t_[e].den)});
            } else {
                factors.push_back({print_rank(c), false, node(c)});
            }
        }
        if (negate) num = -num;
        return assemble(num, den, factors);
    }

    printed assemble(long long coef_num, long long coef_den,
                     std::vector<factor> const& factors) const {
        std::string num, den;
        std::size_t num_items = 0, den_items = 0;
        printed last_num, last_den;
        long long n = coef_num < 0 ? -coef_num : coef_num;
        if (n != 1) {
            num = std::to_string(n);
            last_num = {num, atom};
            ++num_items;
        }
        if (coef_den != 1) {
            den = std::to_string(coef_den);
            last_den = {den, atom};
            ++den_items;
        }
        for (int rank = 0; rank < 4; ++rank) {
            for (factor const& f : factors) {
                if (f.rank != rank) continue;
                join(f.divides ? den : num, wrap(f.p, exponent));
                (f.divides ? last_den : last_num) = f.p;
                ++(f.divides ? den_items : num_items);
            }
        }
        if (num_items == 0) {
            num.push_back('1');
            last_num = {num, atom};
            ++num_items;
        }
        std::string sign = coef_num < 0 ? "-" : "";
        if (den_items == 0)
            return {sign + num, sign.empty() && num_items == 1 ? last_num.level : multiplicative};
        if (latex_) {
            // inside \frac the bar groups: a lone sum needs no parentheses
            std::string over = num_items == 1 ? last_num.text : num;
            std::string under = den_items == 1 ? last_den.text : den;
            return {sign + "\\frac{" + over + "}{" + under + "}",
                    sign.empty() ? exponent : multiplicative};
        }
        std::string under = den_items == 1 ? wrap(last_den, exponent) : "(" + den + ")";
        return {sign + num + "/" + under, multiplicative};
    }

    // base^(num/den) for num/den > 0
    printed power_of(std::size_t base, long long num, long long den) const {
        if (num == 1 && den == 1) return node(base);
        if (num == 1 && den == 2) {
            std::string b = show(base, top);
            return {latex_ ? "\\sqrt{" + b + "}" : "sqrt(" + b + ")", atom};
        }
        std::string b = show(base, atom);
        if (latex_) return {b + "^{" + constant(num, den).text + "}", exponent};
        return {b + "^" + wrap(constant(num, den), atom), exponent};
    }

    printed power(std::size_t i) const {
        std::size_t base = t_.child(i, 0), e = t_.child(i, 1);
        if (divides(i)) return reciprocal(i);
        if (is_constant(e)) return power_of(base, t_[e].num, t_[e].den);
        if (latex_) return {show(base, atom) + "^{" + show(e, top) + "}", exponent};
        return {show(base, atom) + "^" + show(e, atom), exponent};
    }

    // 1/base^n for a lone power with a negative exponent
    printed reciprocal(std::size_t i) const {
        std::size_t base = t_.child(i, 0), e = t_.child(i, 1);
        bool simple = t_[e].num == -1 && t_[e].den == 1;
        return assemble(1, 1,
                        {{simple ? print_rank(base) : print_rank(i), true,
                          power_of(base, -t_[e].num, t_[e].den)}});
    }

    printed apply(std::size_t i) const {
        graph_node const& n = t_[i];
        std::string arg = show(t_.child(i, 0), top);
        if (!latex_) return {std::string(n.name) + "(" + arg + ")", atom};
        if (n.name == "exp") return {"e^{" + arg + "}", exponent};
        if (n.name == "abs") return {"\\left|" + arg + "\\right|", atom};
        return {std::string(n.latex) + "\\left(" + arg + "\\right)", atom};
    }

    printed comparison(std::size_t i) const {
        graph_node const& n = t_[i];
        return {show(t_.child(i, 0), additive) + " " + std::string(latex_ ? n.latex : n.name) +
                    " " + show(t_.child(i, 1), additive),
                top};
    }

    // Text: where(cond, a, b). LaTeX: one cases environment, nested wheres in the otherwise
    // branch becoming further rows.
    printed piecewise(std::size_t i) const {
        if (!latex_)
            return {"where(" + comparison(t_.child(i, 0)).text + ", " + show(t_.child(i, 1), top) +
                        ", " + show(t_.child(i, 2), top) + ")",
                    atom};
        std::string rows;
        std::size_t at = i;
        while (t_[at].k == kind::piecewise) {
            rows +=
                show(t_.child(at, 1), top) + " & " + comparison(t_.child(at, 0)).text + " \\\\ ";
            at = t_.child(at, 2);
        }
        return {"\\begin{cases} " + rows + show(at, top) + " & \\text{otherwise} \\end{cases}",
                atom};
    }
};

template <bool Latex, class E>
std::string print_expression(E const& e) {
    static_assert(!is_unknown_series_v<std::remove_cvref_t<E>>, LEIBNIZ_UNKNOWN_SERIES_MESSAGE);
    static_assert(expression<E> || condition<E> || is_unknown_series_v<std::remove_cvref_t<E>>,
                  "leibniz: to_string/to_latex(f): f must be an expression or a condition");
    auto params = params_of(e);
    return printer(view_of<tree_t<E>>(params.data()), Latex).print();
}

}  // namespace leibniz::detail
