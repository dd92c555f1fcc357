// The emitters: one function definition in C, C++ or CUDA from the IR graph of the lowered tree
// that lz::eval computes (the same operands: subtracted terms, dividing factors, constant
// exponents). One walk; the targets differ only in spelling (struct target). Each distinct
// subterm becomes one named temporary; a where becomes if/else, so the branch not taken is never
// computed. The arithmetic is the same, in the same order, as lz::eval's.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <leibniz/batch/math.hpp>
#include <leibniz/core/cat.hpp>
#include <leibniz/eval/eval.hpp>
#include <leibniz/ir/graph.hpp>

namespace leibniz::detail {

// --- the graph of a lowered tree: the operands eval computes, with their flags

template <class E>
struct evaluated_operands : deep_operands<E> {};
template <class... Ts>
struct evaluated_operands<sum<Ts...>> : deep_operands<sum<Ts...>> {
    static constexpr std::array<bool, sizeof...(Ts)> flags{term_operand<Ts>::negative...};
};
template <class... Fs>
struct evaluated_operands<product<Fs...>> : deep_operands<product<Fs...>> {
    static constexpr auto flags = [] {
        std::array<bool, deep_operands<product<Fs...>>::type::size> out{};
        std::size_t i = 0;
        (
            [&] {
                if constexpr (!is_constant_v<Fs>) out[i++] = factor_operand<Fs>::divides;
            }(),
            ...);
        return out;
    }();
};

template <class Op, class... As>
constexpr graph_node describe(lowered<Op, As...>) {
    return make_node(kind::apply, lowered_op<Op, sizeof...(As)>());
}

//! The graph of the lowered tree that lz::eval computes for T (float or double).
template <class Tree, class T = double>
constexpr graph_view program_of(double const* params = nullptr) {
    return graph_view_of<evaluated_operands, plan_t<Tree, T>>(params);
}

// --- the targets

//! The spelling of one target language.
struct target {
    std::string_view prefix;  // before the return type
    bool generic = false;     // C++: a template over the value type T, calls found by using std::
    bool single = false;      // C and CUDA: float instead of double, expf instead of exp
    bool batch = false;       // a kernel loop: the vector kernels of lz::c_prelude() (lz_exp,
                              // lz_expf, ...) and blends (lz_select) instead of branches
    bool cuda = false;        // a kernel loop: a grid-stride __global__ kernel and its launcher
};
inline constexpr target c_target{"", false, false}, c_float_target{"", false, true};
inline constexpr target cpp_target{"template <class T>\nconstexpr ", true, false};
inline constexpr target cuda_target{"__device__ inline ", false, false},
    cuda_float_target{"__device__ inline ", false, true};

class emitter {
  public:
    emitter(graph_view p, target to) : p_(p), to_(to), value_(p.size) {}

    //! A kernel: a loop over i < n computing the operands of the graph's root (outputs_op) into
    //! out0[i], out1[i], ...; arrays are read at i, scalars are arguments after the arrays.
    std::string loop(std::string_view name, std::vector<std::string_view> const& arrays,
                     std::vector<std::string_view> const& scalars) {
        std::size_t root = p_.size - 1, outputs = p_[root].count;
        for (std::string_view a : arrays) spelling_.push_back({a, cat(a, "[i]")});
        std::string t = type();
        std::vector<std::string> params{to_.generic ? "std::size_t n" : "size_t n"}, names{"n"};
        for (std::string_view a : arrays) {
            params.push_back(cat("const ", t, "* ", a));
            names.push_back(std::string(a));
        }
        for (std::size_t k = 0; k < outputs; ++k) {
            params.push_back(cat(t, "* out", std::to_string(k)));
            names.push_back(cat("out", std::to_string(k)));
        }
        for (std::string_view a : scalars) {
            params.push_back(cat(t, " ", a));
            names.push_back(std::string(a));
        }
        depth_ = 2;
        std::vector<std::string> results;
        for (std::size_t k = 0; k < outputs; ++k) results.push_back(get(p_.operand(root, k).node));
        for (std::size_t k = 0; k < outputs; ++k)
            line(cat("out", std::to_string(k), "[i] = ", results[k], ";"));
        auto join = [](std::vector<std::string> const& v) {
            std::string out;
            for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
            return out;
        };
        std::string body;
        for (std::string const& f : functions_) body += "    using std::" + f + ";\n";
        for (auto const& names : {arrays, scalars})
            for (std::string_view a : names)
                if (!contains(used_, a)) body += "    (void)" + std::string(a) + ";\n";
        std::string out;
        if (to_.cuda) {
            out += cat("__global__ void ", name, "_kernel(", join(params), ") {\n", body);
            out += "    for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n;\n"
                   "         i += (size_t)blockDim.x * gridDim.x) {\n";
        } else {
            out += cat(to_.generic ? "template <class T>\n" : "", "void ", name, "(", join(params),
                       ") {\n", body);
            out += to_.generic ? "    for (std::size_t i = 0; i < n; ++i) {\n"
                               : "    for (size_t i = 0; i < n; ++i) {\n";
        }
        for (std::string const& l : lines_) out += l + "\n";
        out += "    }\n}\n";
        if (to_.cuda) {
            std::vector<std::string> launch = params;
            launch.push_back("cudaStream_t stream = 0");
            out += cat("\n// ", name, "(n, ...): launches ", name, "_kernel on the stream\n");
            out += cat("inline void ", name, "(", join(launch), ") {\n");
            out += "    if (n == 0) return;\n";
            out += "    size_t blocks = (n + 255) / 256;\n";
            out += "    if (blocks > 65535) blocks = 65535;\n";
            out += cat("    ", name, "_kernel<<<(unsigned)blocks, 256, 0, stream>>>(", join(names),
                       ");\n}\n");
        }
        return out;
    }

    std::string function(std::string_view name, std::vector<std::string_view> const& args) {
        args_ = args;
        std::string result = get(p_.size - 1);
        std::string out;
        std::string t = type();
        out += to_.prefix;
        out += t + " " + std::string(name) + "(";
        for (std::size_t i = 0; i < args.size(); ++i)
            out += (i ? ", " : "") + t + " " + std::string(args[i]);
        out += ") {\n";
        for (std::string const& f : functions_) out += "    using std::" + f + ";\n";
        for (std::string_view a : args)
            if (!contains(used_, a)) out += "    (void)" + std::string(a) + ";\n";
        for (std::string const& line : lines_) out += line + "\n";
        return out + "    return " + result + ";\n}\n";
    }

  private:
    graph_view p_;
    target to_;
    std::vector<std::string> value_;  // what names each computed step, "" until computed
    std::vector<std::string> lines_;
    std::vector<std::string_view> args_;
    std::vector<std::string> functions_, used_;                       // in order of first use
    std::vector<std::pair<std::string_view, std::string>> spelling_;  // a symbol's text if not
                                                                      // its name (z[i])
    std::size_t temps_ = 0;
    int depth_ = 1;

    static bool contains(std::vector<std::string> const& v, std::string_view x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    }
    static void add(std::vector<std::string>& v, std::string const& x) {
        if (!contains(v, x)) v.push_back(x);
    }

    std::string type() const { return to_.generic ? "T" : to_.single ? "float" : "double"; }
    std::string indent() const { return std::string(4 * static_cast<std::size_t>(depth_), ' '); }
    void line(std::string const& text) { lines_.push_back(indent() + text); }

    std::string integer(long long n) const {
        std::string digits = std::to_string(n);
        if (to_.generic) return "T(" + digits + ")";
        return digits + (to_.single ? ".0f" : ".0");
    }
    std::string rational(long long num, long long den) const {
        if (den == 1) return integer(num);
        return cat("(", integer(num), " / ", integer(den), ")");
    }
    std::string real(double v, int digits) const {
        char buf[64];
        auto r = digits > 0
                     ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, digits)
                     : std::to_chars(buf, buf + sizeof buf, v);
        std::string text(buf, r.ptr);
        if (text.find_first_of(".en") == std::string::npos) text += ".0";
        if (to_.generic) return "T(" + text + ")";
        return to_.single ? "(float)" + text : text;
    }
    // The function f called in the target: its vector kernel in a batch loop, if it has one.
    std::string function_name(std::string f) {
        if (to_.batch && !batch_kernel_name(f).empty())
            return std::string(batch_kernel_name(f)) + (to_.single ? "f" : "");
        if (to_.generic) {
            if (f == "fabs") f = "abs";
            add(functions_, f);
        } else if (to_.single) {
            f += "f";
        }
        return f;
    }
    std::string call(std::string_view c_name, std::string const& arg) {
        std::string f(c_name);
        if (to_.batch) return function_name(f) + "(" + arg + ")";
        if (to_.generic) {
            if (f == "fabs") f = "abs";
            add(functions_, f);
        } else if (to_.single) {
            f += "f";
        }
        return f + "(" + arg + ")";
    }
    std::string temp(std::string const& expr) {
        std::string name = cat("t", std::to_string(temps_++));
        line(cat("const ", type(), " ", name, " = ", expr, ";"));
        return name;
    }

    std::string get(std::size_t i) {
        if (!value_[i].empty()) return value_[i];
        graph_node const& s = p_[i];
        switch (s.k) {
        case kind::symbol:
            add(used_, std::string(s.name));
            for (auto const& [symbol, text] : spelling_)
                if (symbol == s.name) return value_[i] = text;
            return value_[i] = std::string(s.name);
        case kind::constant:
            return value_[i] = rational(s.num, s.den);
        case kind::named:
            return value_[i] = real(static_cast<double>(s.value), 21);
        case kind::param:
            return value_[i] = real(p_.params[s.index], 0);
        case kind::piecewise:
            return value_[i] = branch(i);
        case kind::apply:  // a lowered literal, such as (181.0 / 256.0): no temporary
            if (s.pattern && s.count == 0) return value_[i] = pattern(i);
            return value_[i] = temp(expression(i));
        default:
            return value_[i] = temp(expression(i));
        }
    }

    std::string expression(std::size_t i) {
        graph_node const& s = p_[i];
        switch (s.k) {
        case kind::sum: {
            std::string out;
            for (std::size_t k = 0; k < s.count; ++k) {
                graph_operand o = p_.operand(i, k);
                std::string v = get(o.node);
                out += k == 0 ? (o.flag ? "-" + v : v) : (o.flag ? " - " : " + ") + v;
            }
            return out;
        }
        case kind::product:
            return product(i);
        case kind::power:
            return power(i);
        case kind::apply: {
            if (s.pattern) return pattern(i);
            std::string arg = get(p_.operand(i, 0).node);
            if (s.c == "sign")
                return cat("(", type(), ")((", integer(0), " < ", arg, ") - (", arg, " < ",
                           integer(0), "))");
            return call(s.c, arg);
        }
        default:
            return {};
        }
    }

    // A lowered operation: its pattern with $k the operands, @f( a call, #n an integer (#-n), #n|m
    // an integer that depends on the type, %T a conversion to the type (see lower/ops.hpp).
    std::string pattern(std::size_t i) {
        graph_node const& s = p_[i];
        std::string_view text = to_.batch && !s.batch_c.empty() ? s.batch_c : s.c;
        std::vector<std::string> args;
        for (std::size_t k = 0; k < s.count; ++k) args.push_back(get(p_.operand(i, k).node));
        std::string out;
        for (std::size_t at = 0; at < text.size(); ++at) {
            char ch = text[at];
            if (ch == '$') {
                out += args[static_cast<std::size_t>(text[++at] - '0')];
            } else if (ch == '#') {
                auto number = [&] {
                    long long n = 0, sign = 1;
                    if (at + 1 < text.size() && text[at + 1] == '-') sign = -1, ++at;
                    while (at + 1 < text.size() && text[at + 1] >= '0' && text[at + 1] <= '9')
                        n = 10 * n + (text[++at] - '0');
                    return sign * n;
                };
                long long n = number();
                if (at + 1 < text.size() && text[at + 1] == '|') {  // #n|m: m for float
                    ++at;
                    long long m = number();
                    if (to_.generic) {
                        out += "(sizeof(T) == sizeof(float) ? ";
                        out += integer(m);
                        out += " : ";
                        out += integer(n);
                        out += ")";
                    } else {
                        out += integer(to_.single ? m : n);
                    }
                } else {
                    out += integer(n);
                }
            } else if (ch == '%' && text.substr(at, 2) == "%T") {
                ++at;
                if (to_.generic) {
                    out += "T";
                } else {
                    out += "(";
                    out += type();
                    out += ")";
                }
            } else if (ch == '@') {
                std::size_t open = text.find('(', at);
                out += function_name(std::string(text.substr(at + 1, open - at - 1)));
                at = open - 1;
            } else {
                out += ch;
            }
        }
        return out;
    }

    // (numerator factors * |n|) / (dividing factors * d), negated for a negative coefficient
    std::string product(std::size_t i) {
        graph_node const& s = p_[i];
        std::string num, den;
        std::size_t dens = 0;
        for (std::size_t k = 0; k < s.count; ++k) {
            graph_operand o = p_.operand(i, k);
            std::string& into = o.flag ? den : num;
            into += (into.empty() ? "" : " * ") + get(o.node);
            dens += o.flag;
        }
        long long n = s.num < 0 ? -s.num : s.num;
        if (num.empty())
            num = integer(n);
        else if (n != 1)
            num += " * " + integer(n);
        if (s.den != 1) {
            den += (den.empty() ? "" : " * ") + integer(s.den);
            ++dens;
        }
        std::string r = den.empty() ? num : num + " / " + (dens > 1 ? "(" + den + ")" : den);
        if (s.num >= 0) return r;
        return r.find(' ') == std::string::npos ? "-" + r : "-(" + r + ")";
    }

    // x^n by the same squarings as lz::eval: x * x, x * (x * x), ...
    static std::string integer_power(std::string x, long long n) {
        std::string result = x;
        for (--n; n > 0;) {
            if (n & 1) result += " * " + x;
            n >>= 1;
            if (n > 0) x = "(" + x + " * " + x + ")";
        }
        return result;
    }

    std::string power(std::size_t i) {
        graph_node const& s = p_[i];
        std::string b = get(p_.operand(i, 0).node);
        if (!s.constant_exponent) return call("pow", b + ", " + get(p_.operand(i, 1).node));
        long long n = s.num < 0 ? -s.num : s.num;
        std::string r;
        if (s.den == 1)
            r = integer_power(b, n);
        else if (s.den == 2)
            r = n == 1 ? call("sqrt", b) : integer_power(temp(call("sqrt", b)), n);
        else
            r = call("pow", b + ", " + rational(n, s.den));
        if (s.num > 0) return r;
        return integer(1) + " / " + (r.find(' ') == std::string::npos ? r : "(" + r + ")");
    }

    // where(l op r, a, b): each branch in its own block, computing what it needs; in a batch
    // loop both are computed and blended
    std::string branch(std::size_t i) {
        graph_node const& s = p_[i];
        std::string l = get(p_.operand(i, 0).node), r = get(p_.operand(i, 1).node);
        if (to_.batch) {
            std::string a = get(p_.operand(i, 2).node), b = get(p_.operand(i, 3).node);
            return temp(cat(to_.single ? "lz_selectf(" : "lz_select(", l, " ", s.c, " ", r, ", ", a,
                            ", ", b, ")"));
        }
        std::string name = cat("t", std::to_string(temps_++));
        line(cat(type(), " ", name, ";"));
        line("if (" + l + " " + std::string(s.c) + " " + r + ") {");
        arm(p_.operand(i, 2).node, name);
        line("} else {");
        arm(p_.operand(i, 3).node, name);
        line("}");
        return name;
    }
    void arm(std::size_t node, std::string const& into) {
        std::vector<std::string> saved = value_;
        ++depth_;
        std::string v = get(node);
        line(into + " = " + v + ";");
        --depth_;
        value_ = saved;
    }
};

}  // namespace leibniz::detail
