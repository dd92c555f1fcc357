// The emitters: one function definition in C, C++ or CUDA, from the program of an expression.
// Each distinct subterm becomes one named temporary; a where becomes if/else, so the branch not
// taken is never computed. The arithmetic is the same, in the same order, as lz::eval's.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <leibniz/codegen/program.hpp>
#include <leibniz/core/cat.hpp>

namespace leibniz::detail {

enum class language { c, cpp, cuda };

class emitter {
  public:
    emitter(program_view p, language lang, bool single)
        : p_(p), lang_(lang), single_(single), value_(p.size) {}

    std::string function(std::string_view name, std::vector<std::string_view> const& args) {
        args_ = args;
        std::string result = get(p_.size - 1);
        std::string out;
        std::string t = type();
        if (lang_ == language::cpp) out += "template <class T>\nconstexpr ";
        if (lang_ == language::cuda) out += "__device__ inline ";
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
    program_view p_;
    language lang_;
    bool single_;
    std::vector<std::string> value_;  // what names each computed step, "" until computed
    std::vector<std::string> lines_;
    std::vector<std::string_view> args_;
    std::vector<std::string> functions_, used_;  // in order of first use
    std::size_t temps_ = 0;
    int depth_ = 1;

    static bool contains(std::vector<std::string> const& v, std::string_view x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    }
    static void add(std::vector<std::string>& v, std::string const& x) {
        if (!contains(v, x)) v.push_back(x);
    }

    std::string type() const { return lang_ == language::cpp ? "T" : single_ ? "float" : "double"; }
    std::string indent() const { return std::string(4 * static_cast<std::size_t>(depth_), ' '); }
    void line(std::string const& text) { lines_.push_back(indent() + text); }

    std::string integer(long long n) const {
        std::string digits = std::to_string(n);
        if (lang_ == language::cpp) return "T(" + digits + ")";
        return digits + (single_ ? ".0f" : ".0");
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
        if (lang_ == language::cpp) return "T(" + text + ")";
        return single_ ? "(float)" + text : text;
    }
    std::string call(std::string_view c_name, std::string const& arg) {
        std::string f(c_name);
        if (lang_ == language::cpp) {
            if (f == "fabs") f = "abs";
            add(functions_, f);
        } else if (single_) {
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
        step const& s = p_[i];
        switch (s.k) {
        case kind::symbol:
            add(used_, std::string(s.name));
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
        step const& s = p_[i];
        switch (s.k) {
        case kind::sum: {
            std::string out;
            for (std::size_t k = 0; k < s.count; ++k) {
                operand_ref o = p_.operand(i, k);
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
            if (s.name == "sign")
                return cat("(", type(), ")((", integer(0), " < ", arg, ") - (", arg, " < ",
                           integer(0), "))");
            return call(s.name, arg);
        }
        default:
            return {};
        }
    }

    // A lowered operation: its pattern with $k the operands, @f( a call, #n an integer (#-n), #n|m
    // an integer that depends on the type, %T a conversion to the type (see lower/ops.hpp).
    std::string pattern(std::size_t i) {
        step const& s = p_[i];
        std::string_view text = s.name;
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
                    if (lang_ == language::cpp) {
                        out += "(sizeof(T) == sizeof(float) ? ";
                        out += integer(m);
                        out += " : ";
                        out += integer(n);
                        out += ")";
                    } else {
                        out += integer(single_ ? m : n);
                    }
                } else {
                    out += integer(n);
                }
            } else if (ch == '%' && text.substr(at, 2) == "%T") {
                ++at;
                if (lang_ == language::cpp) {
                    out += "T";
                } else {
                    out += "(";
                    out += type();
                    out += ")";
                }
            } else if (ch == '@') {
                std::size_t open = text.find('(', at);
                std::string f(text.substr(at + 1, open - at - 1));
                if (lang_ == language::cpp)
                    add(functions_, f);
                else if (single_)
                    f += "f";
                out += f;
                at = open - 1;
            } else {
                out += ch;
            }
        }
        return out;
    }

    // (numerator factors * |n|) / (dividing factors * d), negated for a negative coefficient
    std::string product(std::size_t i) {
        step const& s = p_[i];
        std::string num, den;
        std::size_t dens = 0;
        for (std::size_t k = 0; k < s.count; ++k) {
            operand_ref o = p_.operand(i, k);
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
        step const& s = p_[i];
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

    // where(l op r, a, b): each branch in its own block, computing what it needs
    std::string branch(std::size_t i) {
        step const& s = p_[i];
        std::string l = get(p_.operand(i, 0).node), r = get(p_.operand(i, 1).node);
        std::string name = cat("t", std::to_string(temps_++));
        line(cat(type(), " ", name, ";"));
        line("if (" + l + " " + std::string(s.name) + " " + r + ") {");
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
