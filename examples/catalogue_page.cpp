// The catalogue page: `example_catalogue_page [DIR]` writes DIR/catalogue.md, every activation
// with f, f' and f'' as the library derives and prints them, and DIR/plots/NAME.svg, f and f'
// on [-5, 5] as the library evaluates them. DIR is the current directory unless given.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
namespace fs = std::filesystem;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;
constexpr lz::symbol<"beta"> beta;

// The page being built: where it goes, its table of contents, the properties table, the body,
// whether all went well.
struct page {
    fs::path dir;
    std::string toc = {}, properties = {}, body = {};
    bool ok = true;
};

// printf into a std::string.
template <class... Args>
std::string format(char const* spec, Args... args) {
    std::string s(std::snprintf(nullptr, 0, spec, args...), '\0');
    std::snprintf(s.data(), s.size() + 1, spec, args...);
    return s;
}

// A number for people: at most 6 significant digits, no "-0", a real minus sign.
std::string number(double x) {
    std::string s = format("%.6g", x == 0 ? 0.0 : x);
    return s[0] == '-' ? "−" + s.substr(1) : s;
}

// "a = 0.25" for the binding `a = 0.25`.
template <lz::fixed_string Name, class T>
std::string shown(lz::binding<Name, T> const& b) {
    return std::string(Name.view()) + " = " + number(b.value);
}

// 1, 2 or 5 times a power of ten: a tick step giving about `count` intervals over `span`.
double nice_step(double span, int count) {
    double const raw = span / count, magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double const n = raw / magnitude;
    return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * magnitude;
}

// Maps the values [lo, hi] onto the pixels [from, to].
struct scale {
    double lo, hi, from, to;
    double operator()(double v) const { return from + (v - lo) / (hi - lo) * (to - from); }
};

// A curve as an SVG path. A jump (a step above 0.5% of the height and 4 times both neighbouring
// steps) starts a new piece rather than drawing a vertical line.
std::string curve(std::vector<double> const& zs, std::vector<double> const& ys, scale const& sx,
                  scale const& sy, char const* style) {
    auto step = [&](std::size_t i) {
        return 0 < i && i < ys.size() ? std::abs(ys[i] - ys[i - 1]) : 0.0;
    };
    std::string d;
    for (std::size_t i = 0; i < zs.size(); ++i) {
        bool const jump =
            step(i) > 0.005 * (sy.hi - sy.lo) && step(i) > 4 * std::max(step(i - 1), step(i + 1));
        d += format(i == 0 || jump ? "M%.1f %.1f" : "L%.1f %.1f", sx(zs[i]), sy(ys[i]));
    }
    return format(R"(<path fill="none" stroke-width="2" stroke-linejoin="round" %s d=")", style) +
           d + "\"/>\n";
}

// Grid lines with their tick labels, the lines z = 0 and y = 0 darker.
std::string grid(scale const& sx, scale const& sy, double ystep) {
    std::string s;
    for (int k = -5; k <= 5; ++k) {
        s += format(R"(<path d="M%.1f %.0fV%.0f" stroke="%s"/>)", sx(k), sy.from, sy.to,
                    k == 0 ? "#999" : "#e4e4e4");
        s += format(R"(<text x="%.1f" y="%.0f" text-anchor="middle">)", sx(k), sy.from + 15) +
             number(k) + "</text>\n";
    }
    for (double v = sy.lo; v < sy.hi + ystep / 2; v += ystep) {
        double const t = std::round(v / ystep) * ystep;
        s += format(R"(<path d="M%.0f %.1fH%.0f" stroke="%s"/>)", sx.from, sy(t), sx.to,
                    std::abs(t) < ystep / 2 ? "#999" : "#e4e4e4");
        s += format(R"(<text x="%.0f" y="%.1f" text-anchor="end">)", sx.from - 6, sy(t) + 4) +
             number(t) + "</text>\n";
    }
    return s;
}

// The 480×300 plot of f and f': title and legend above; grid, ticks, frame and the two curves.
std::string plot(std::string const& title, std::vector<double> const& zs,
                 std::vector<double> const& f, std::vector<double> const& df) {
    auto const [lo, hi] = std::minmax(
        {std::ranges::min(f), std::ranges::max(f), std::ranges::min(df), std::ranges::max(df)});
    double const pad = std::max(0.04 * (hi - lo), 0.05), step = nice_step(hi - lo + 2 * pad, 6);
    double const bottom = step * std::floor((lo - pad) / step);
    scale const sx{-5, 5, 50, 466}, sy{bottom, step * std::ceil((hi + pad) / step), 264, 34};
    std::string s;
    auto add = [&s](std::string const& element) { s += element + "\n"; };
    add(R"(<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300" viewBox="0 0 480 300")"
        R"( font-family="DejaVu Sans, Arial, sans-serif" font-size="11" fill="#333">)");
    add(R"(<rect width="480" height="300" fill="white"/>)");
    add(R"(<text x="50" y="20" font-size="14" font-weight="bold">)" + title + "</text>");
    s += grid(sx, sy, step);
    add(R"(<rect x="50" y="34" width="416" height="230" fill="none" stroke="#666"/>)");
    add(R"(<text x="258" y="294" text-anchor="middle" font-style="italic">z</text>)");
    add(curve(zs, f, sx, sy, R"(stroke="#1a5fb4")"));
    add(curve(zs, df, sx, sy, R"(stroke="#e8710a" stroke-dasharray="6 3")"));
    add(R"(<path d="M330 16h24" stroke="#1a5fb4" stroke-width="2"/>)"
        R"(<text x="359" y="20" font-style="italic">f(z)</text>)");
    add(R"(<path d="M402 16h24" stroke="#e8710a" stroke-width="2" stroke-dasharray="6 3"/>)"
        R"(<text x="431" y="20" font-style="italic">f′(z)</text>)");
    add("</svg>");
    return s;
}

// Writes `text` to `path`; false, with a message, if that fails.
bool write(fs::path const& path, std::string const& text) {
    std::ofstream out(path, std::ios::binary);
    if (!(out << text).flush()) std::fprintf(stderr, "cannot write %s\n", path.c_str());
    return bool(out);
}

// f, f' and f'' as one aligned LaTeX block and as text. A ```math block, unlike $$ ... $$,
// keeps the `\\` of the cases of `where` intact on GitHub.
template <class F, class D1, class D2>
std::string formulas(F const& f, D1 const& d1, D2 const& d2) {
    std::string const latex = "f(z) &= " + lz::to_latex(f) + " \\\\\nf'(z) &= " + lz::to_latex(d1) +
                              " \\\\\nf''(z) &= " + lz::to_latex(d2);
    std::string const text = "f   = " + lz::to_string(f) + "\nf'  = " + lz::to_string(d1) +
                             "\nf'' = " + lz::to_string(d2);
    return "```math\n\\begin{aligned}\n" + latex + "\n\\end{aligned}\n```\n\n```text\n" + text +
           "\n```\n\n";
}

// A verdict in a table cell.
std::string cell(lz::verdict v) { return v.proven() ? "yes" : (v.disproved() ? "no" : "?"); }

// The range as an interval: brackets where an end is attained, ≥/≤ where it is a certified bound.
std::string range_text(lz::profile const& p) {
    auto end = [](bool infinite, bool exact, long double v, bool low, lz::verdict bounded) {
        if (infinite) return std::string(bounded.disproved() ? (low ? "−∞" : "∞") : "?");
        return (exact ? "" : (low ? "≥ " : "≤ ")) + number(static_cast<double>(v));
    };
    std::string open = p.range.lo_attained ? "[" : "(", close = p.range.hi_attained ? "]" : ")";
    return open + end(p.range.lo_infinite, p.range.lo_exact, p.range.lo, true, p.bounded_below) +
           ", " + end(p.range.hi_infinite, p.range.hi_exact, p.range.hi, false, p.bounded_above) +
           close;
}

std::string continuity_text(lz::profile const& p) {
    if (p.continuity == lz::smooth) return "C^∞";
    if (p.continuity < 0) return p.continuity_known ? "jumps" : "?";
    return "C^" + std::to_string(p.continuity) + (p.continuity_known ? "" : "+");
}

// One row of the properties table, from lz::study.
void properties(page& p, std::string const& name, lz::profile const& s) {
    std::string monotone = s.increasing.proven() && s.decreasing.proven() ? "constant"
                           : s.increasing.proven()                        ? "increasing"
                           : s.decreasing.proven()                        ? "decreasing"
                                                                          : cell(s.monotone);
    std::string slope = s.max_slope_infinite ? "?"
                                             : (s.max_slope_exact ? "" : "≤ ") +
                                                   number(static_cast<double>(s.max_slope));
    p.properties += "| [" + name + "](#" + name + ") | " + range_text(s) + " | " +
                    continuity_text(s) + " | " + monotone + " | " + cell(s.monotone_derivative) +
                    " | " + cell(s.identity_near_origin) + " | " + cell(s.zero_centred) + " | " +
                    cell(s.saturates_left) + " / " + cell(s.saturates_right) + " | " +
                    cell(s.dead_region) + " | " + slope + " |\n";
}

// One section: how f is built, f' evaluated at its kinks, the formulas and the plot of f and f'
// sampled at 401 points. `params` bind the parameters other than z.
template <class F, class... P>
void section(page& p, std::string const& name, std::string const& text,
             std::vector<double> const& kinks, F const& f, P const&... params) {
    auto const d1 = lz::d(f, z);
    constexpr lz::profile studied = lz::study(F{}, z);
    properties(p, name, studied);
    p.toc += "| [" + name + "](#" + name + ") | `" + lz::to_string(f) + "` |\n";
    p.body += "## " + name + "\n\n" + text;
    for (std::size_t k = 0; k < kinks.size(); ++k)
        p.body += (k == 0 ? " Evaluated by the library: f′(" : ", f′(") + number(kinks[k]) +
                  ") = " + number(d1(z = kinks[k], params...)) + (k + 1 == kinks.size() ? "." : "");
    p.body += "\n\n" + formulas(f, d1, lz::d(f, z, z)) + "![" + name +
              ": f and f′ on [−5, 5]](plots/" + name + ".svg)\n\n";
    std::vector<double> zs, values, slopes;
    for (int k = 0; k <= 400; ++k) {
        zs.push_back(-5 + 10.0 * k / 400);
        values.push_back(f(z = zs.back(), params...));
        slopes.push_back(d1(z = zs.back(), params...));
    }
    p.ok &= write(p.dir / "plots" / (name + ".svg"),
                  plot((name + ... + (", " + shown(params))), zs, values, slopes));
}

constexpr char const* intro = R"(# The activation catalogue

Every activation of `lz::activations` with its first and second derivative as leibniz derives
them, printed by `lz::to_latex` and `lz::to_string`, and plotted on [−5, 5] from the library's own
evaluation of f and f′. Piecewise activations are built with `where`, which differentiates branch
by branch: the derivative at a kink is that of the branch owning the kink point, and the catalogue
places each kink so that this value equals PyTorch's backward. The page is generated by
[examples/catalogue_page.cpp](../examples/catalogue_page.cpp); do not edit it, rerun
`build/g++/examples/example_catalogue_page docs` from the repository's root.

| activation | f(z) |
|---|---|
)";

constexpr char const* properties_intro = R"(## Properties

Decided by `lz::study` at compile time (each cell a verdict of `lz::holds`, `lz::limit` or
`lz::equivalent`: yes, no, or ? where the library could not decide; symbols such as a and β stay
symbolic). The range is exact where an end is (brackets when it is attained), else a certified
bound (≥, ≤); continuity is decided up to C^2 at the kinks (C^2+: at least); saturation is
f′ → 0 at −∞ / +∞; a dead region is an interval where f′ = 0; the max slope is sup |f′|.

| activation | range | continuity | monotone | convex or concave | identity near 0 | zero-centred | saturates | dead region | max slope |
|---|---|---|---|---|---|---|---|---|---|
)";

int main(int argc, char** argv) {
    page p{argc > 1 ? argv[1] : "."};
    std::error_code error;
    if (fs::create_directories(p.dir / "plots", error); error) {
        std::fprintf(stderr, "cannot create %s: %s\n", (p.dir / "plots").c_str(),
                     error.message().c_str());
        return 1;
    }
    section(p, "identity", "`identity(z)` is z itself.", {}, act::identity(z));
    section(p, "binary_step",
            "`binary_step(z)` is where(z < 0, 0, 1); the step at 0 belongs to the branch z ≥ 0, "
            "and the derivative is 0 everywhere.",
            {0}, act::binary_step(z));
    section(p, "sigmoid", "`sigmoid(z)` is 1/(1 + exp(−z)), the logistic function σ.", {},
            act::sigmoid(z));
    section(p, "sigmoid_slope",
            "`sigmoid(z, a)` is 1/(1 + exp(−a z)), the logistic function with slope a, a symbol, "
            "plotted with a = 2.",
            {}, act::sigmoid(z, a), a = 2.0);
    section(p, "tanh", "`tanh(z)` is 2 sigmoid(2z) − 1, built from σ as the textbooks build it.",
            {}, act::tanh(z));
    section(p, "arctan", "`arctan(z)` is the primitive atan(z).", {}, act::arctan(z));
    section(p, "relu",
            "`relu(z)` is where(z ≤ 0, 0, z); the branch z ≤ 0 owns the kink, so relu′(0) = 0.",
            {0}, act::relu(z));
    section(p, "leaky_relu",
            "`leaky_relu(z)` is where(z ≤ 0, a z, z) with the exact a = 1/100; the branch z ≤ 0 "
            "owns the kink, so leaky_relu′(0) = a.",
            {0}, act::leaky_relu(z));
    section(p, "prelu",
            "`prelu(z, a)` is where(z ≤ 0, a z, z) with a learnable a, a symbol, plotted with "
            "a = 0.25; the branch z ≤ 0 owns the kink, so prelu′(0) = a.",
            {0}, act::prelu(z, a), a = 0.25);
    section(p, "elu",
            "`elu(z)` is where(z ≤ 0, a (exp(z) − 1), z) with a = 1; the branch z ≤ 0 owns the "
            "kink, so elu′(0) = a.",
            {0}, act::elu(z));
    section(p, "softplus", "`softplus(z)` is log(1 + exp(z)), whose derivative is σ.", {},
            act::softplus(z));
    section(p, "gelu", "`gelu(z)` is z Φ(z) = z/2 (1 + erf(z/√2)), the exact GELU.", {},
            act::gelu(z));
    section(p, "gelu_tanh",
            "`gelu_tanh(z)` is z/2 (1 + tanh(√(2/π) (z + 0.044715 z³))), PyTorch's "
            "approximate='tanh', with the primitive tanh and 0.044715 as the exact 8943/200000.",
            {}, act::gelu_tanh(z));
    section(p, "silu", "`silu(z)` is z sigmoid(z).", {}, act::silu(z));
    section(p, "swish", "`swish(z, beta)` is z sigmoid(β z) with a symbol β, plotted with β = 1.5.",
            {}, act::swish(z, beta), beta = 1.5);
    section(p, "mish", "`mish(z)` is z tanh(softplus(z)), with the primitive tanh.", {},
            act::mish(z));
    section(p, "selu",
            "`selu(z)` is scale · elu(z, alpha) with PyTorch's constants scale ≈ 1.0507 and "
            "alpha ≈ 1.6733 (named constants); the branch z ≤ 0 owns the kink, so selu′(0) = "
            "scale · alpha.",
            {0}, act::selu(z));
    section(p, "celu",
            "`celu(z)` is where(z ≤ 0, a (exp(z/a) − 1), z) with a = 1; the branch z ≤ 0 owns "
            "the kink, so celu′(0) = 1.",
            {0}, act::celu(z));
    section(p, "softsign", "`softsign(z)` is z/(1 + |z|); abs differentiates to sign.", {},
            act::softsign(z));
    section(p, "hard_sigmoid",
            "`hard_sigmoid(z)` is where(z ≤ −3, 0, where(z ≥ 3, 1, z/6 + 1/2)); the flat "
            "branches own the kinks, so hard_sigmoid′(±3) = 0.",
            {-3, 3}, act::hard_sigmoid(z));
    section(p, "hard_tanh",
            "`hard_tanh(z)` is where(z ≤ −1, −1, where(z ≥ 1, 1, z)); the flat branches own the "
            "kinks, so hard_tanh′(±1) = 0.",
            {-1, 1}, act::hard_tanh(z));
    section(p, "hardswish",
            "`hardswish(z)` is where(z < −3, 0, where(z ≤ 3, z (z + 3)/6, z)); the middle branch "
            "owns both kinks, as in PyTorch: hardswish′(−3) = −1/2, hardswish′(3) = 3/2.",
            {-3, 3}, act::hardswish(z));
    section(p, "relu6",
            "`relu6(z)` is where(z ≤ 0, 0, where(z ≥ 6, 6, z)); the flat branches own the kinks, "
            "so relu6′(0) = relu6′(6) = 0.",
            {0, 6}, act::relu6(z));
    section(p, "log_sigmoid", "`log_sigmoid(z)` is −log(1 + exp(−z)), the logarithm of σ.", {},
            act::log_sigmoid(z));
    section(p, "softshrink",
            "`softshrink(z)` is where(z < −l, z + l, where(z ≤ l, 0, z − l)) with l = 1/2; the "
            "middle branch owns the kinks, so softshrink′(±l) = 0.",
            {-0.5, 0.5}, act::softshrink(z));
    section(p, "hardshrink",
            "`hardshrink(z)` is where(z < −l, z, where(z ≤ l, 0, z)) with l = 1/2; the middle "
            "branch owns the jumps, so hardshrink′(±l) = 0.",
            {-0.5, 0.5}, act::hardshrink(z));
    section(p, "tanhshrink", "`tanhshrink(z)` is z − tanh(z), with the primitive tanh.", {},
            act::tanhshrink(z));
    p.ok &= write(p.dir / "catalogue.md",
                  intro + p.toc + "\n" + properties_intro + p.properties + "\n" + p.body);
    return p.ok ? 0 : 1;
}
