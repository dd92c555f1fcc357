// Speed of the first derivative of seven activations, four ways, as ratios in one process:
//   eval      lz::eval of lz::d(f, z), i.e. `df(z = x)` in a loop;
//   C         the C that lz::to_c generated for lz::d(f, z) at build time (generate.cpp), compiled
//             by the C compiler and linked in;
//   hand      a hand-written derivative of the same math, as an expert writes it (for GELU twice:
//             the textbook formula, and an accurate one that computes what lz::eval computes);
//   autodiff  Boost.Math autodiff, fvar<double, 1>, of f written as the catalogue defines it.
// Over 1M values in [-6, 6] (fixed seed, the same inputs for every variant); each variant is one
// non-inlined loop over an input and an output array. One round times every variant once, in
// turn; the table shows the median over ROUNDS rounds of ns per value, and of the per-round
// ratios (paired within a round, so that load from other processes cancels). Everything is
// built with -O2 (no -ffast-math) and -falign-loops=64: every loop starts on a cache line, so that
// where the linker happens to place it does not decide the ratio (a 6 ns loop that starts 48 bytes
// into a line spans one line more and takes one cycle, 5%, longer; without the flag the same
// machine code for the catalogue's tanh' measured 1.00 or 1.056 depending on its address).
// Finally eval, C and hand must agree within 1e-12 relative.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include <boost/math/differentiation/autodiff.hpp>

#include "functions.hpp"

#ifndef LEIBNIZ_SPEED_C_COMPILER
#define LEIBNIZ_SPEED_C_COMPILER "unknown"
#endif

using loop_fn = void (*)(double const*, double*, std::size_t);

// --- (b) the generated C: generated_NAME_grad_loop, written by generate.cpp

#define LEIBNIZ_SPEED_NAMES(X)                                                                     \
    X(sigmoid) X(tanh_catalogue) X(tanh_primitive) X(elu) X(softplus) X(silu) X(gelu) X(mish)

extern "C" {
#define LEIBNIZ_SPEED_DECLARE(name)                                                                \
    void generated_##name##_grad_loop(double const* in, double* out, std::size_t n);
LEIBNIZ_SPEED_NAMES(LEIBNIZ_SPEED_DECLARE)
#undef LEIBNIZ_SPEED_DECLARE
}

namespace {

using namespace speed;

// --- (a) lz::eval of the derivative

template <auto const& F>
inline constexpr auto derivative = lz::d(F, z);

template <auto const& F>
[[gnu::noinline]] void eval_loop(double const* in, double* out, std::size_t n) {
    constexpr auto const& df = derivative<F>;
    for (std::size_t i = 0; i < n; ++i) out[i] = df(z = in[i]);
}

// --- (c) hand-written derivatives of the same math

// sigma' = s (1 - s), s = 1/(1 + exp(-x))
[[gnu::noinline]] void hand_sigmoid(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        double const s = 1.0 / (1.0 + std::exp(-in[i]));
        out[i] = s * (1.0 - s);
    }
}

// (2 sigma(2x) - 1)' = 4 sigma(2x) sigma(-2x) = 4 e s^2, e = exp(-2x), s = 1/(1 + e). (Written
// s (1 - s), it would lose 2e-11 relative at |x| = 6, where 1 - s is 6e-6.)
[[gnu::noinline]] void hand_tanh_catalogue(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        double const e = std::exp(-2.0 * in[i]);
        double const s = 1.0 / (1.0 + e);
        out[i] = 4.0 * e * s * s;
    }
}

// tanh' = 1 - t^2, t = tanh(x)
[[gnu::noinline]] void hand_tanh_primitive(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        double const t = std::tanh(in[i]);
        out[i] = 1.0 - t * t;
    }
}

// elu' = exp(x) for x <= 0, else 1 (alpha = 1)
[[gnu::noinline]] void hand_elu(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        double const x = in[i];
        out[i] = x <= 0.0 ? std::exp(x) : 1.0;
    }
}

// softplus' = sigma(x) = 1/(1 + exp(-x))
[[gnu::noinline]] void hand_softplus(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out[i] = 1.0 / (1.0 + std::exp(-in[i]));
}

// silu' = (x s)' = s (1 + x (1 - s)), s = sigma(x)
[[gnu::noinline]] void hand_silu(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        double const x = in[i];
        double const s = 1.0 / (1.0 + std::exp(-x));
        out[i] = s * (1.0 + x * (1.0 - s));
    }
}

// gelu' = Phi(x) + x phi(x), Phi(x) = (1 + erf(x/sqrt 2))/2, phi(x) = exp(-x^2/2)/sqrt(2 pi)
// (PyTorch's GeluBackward for approximate='none' is this formula.)
[[gnu::noinline]] void hand_gelu(double const* in, double* out, std::size_t n) {
    constexpr double inv_sqrt2 = 0.70710678118654752440;
    constexpr double inv_sqrt_2pi = 0.39894228040143267794;
    for (std::size_t i = 0; i < n; ++i) {
        double const x = in[i];
        double const cdf = 0.5 * (1.0 + std::erf(x * inv_sqrt2));
        double const pdf = inv_sqrt_2pi * std::exp(-0.5 * x * x);
        out[i] = cdf + x * pdf;
    }
}

// The same gelu' as an expert writes it to be accurate (within 4 ulp on [-40, 40], as lz::eval's,
// where the formula above loses all digits below z = -8 and is 1e14 ulp off at z = -27): erfc of a
// non-negative argument, selected by the sign without a branch, and the exact-square corrections
// for the roundings of x^2 and x/sqrt(2) that exp and erfc amplify, with y split by one addition
// (no fma, which is a library call without -mfma). lz::eval and the generated C compute this.
[[gnu::noinline]] void hand_gelu_accurate(double const* in, double* out, std::size_t n) {
    constexpr double c = 0.70710678118654752440;      // 1/sqrt(2)
    constexpr double c_hi = 47453132.0 / 67108864.0;  // its first 26 bits
    constexpr double c_lo = 1.210161710447897e-08;    // 1/sqrt(2) - c_hi
    constexpr double inv_sqrt_2pi = 0.39894228040143267794;
    constexpr double inv_sqrt_pi = 0.56418958354775628695;
    constexpr double split = 6442450944.0;  // 1.5 2^32: y + split - split is y to 26 bits (y < 64)
    for (std::size_t i = 0; i < n; ++i) {
        double const x = in[i];
        double y = std::abs(x);
        y = y < 46.0 ? y : 46.0;
        double const h = y * y;
        double const e = std::exp(-0.5 * h);
        double const w = y * c;
        double const E = std::erfc(w);
        double const yh = (y + split) - split, yl = y - yh;
        double const l = (yh * yh - h) + yl * (y + yh);            // y^2 - h
        double const dw = (yh * c_hi - w) + (yh * c_lo + yl * c);  // y/sqrt(2) - w
        double const s = std::copysign(1.0, x);
        double const yk = y * inv_sqrt_2pi;
        // Phi(x) = (1 + s)/2 - s (erfc(w)/2 - e dw/sqrt(pi)), x phi(x) = s yk e (1 - l/2)
        double const q = e * ((yk - yk * l * 0.5) + dw * inv_sqrt_pi);
        out[i] = (0.5 + 0.5 * s) + s * (q - 0.5 * E);
    }
}

// mish' = (x tanh(softplus x))' = t + x (1 - t^2) sigma(x), t = tanh(log(1 + e)), e = exp(x),
// sigma(x) = e/(1 + e): one exp, one log, one tanh, one division, as the same math needs.
[[gnu::noinline]] void hand_mish(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        double const x = in[i];
        double const e = std::exp(x);
        double const p = 1.0 + e;
        double const t = std::tanh(std::log(p));
        out[i] = t + x * (1.0 - t * t) * (e / p);
    }
}

// --- (d) Boost.Math autodiff: f as the catalogue writes it, on fvar<double, 1>

namespace ad = boost::math::differentiation;
using fvar = ad::autodiff_fvar<double, 1>;

template <class F>
[[gnu::noinline]] void autodiff_loop(double const* in, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out[i] = F{}(ad::make_fvar<double, 1>(in[i])).derivative(1);
}

struct ad_sigmoid {
    fvar operator()(fvar const& x) const { return 1 / (1 + exp(-x)); }
};
struct ad_tanh_catalogue {
    fvar operator()(fvar const& x) const { return 2 * (1 / (1 + exp(-(2 * x)))) - 1; }
};
struct ad_tanh_primitive {
    fvar operator()(fvar const& x) const { return tanh(x); }
};
struct ad_elu {
    fvar operator()(fvar const& x) const { return x <= 0 ? fvar(exp(x) - 1) : x; }
};
struct ad_softplus {
    fvar operator()(fvar const& x) const { return log(1 + exp(x)); }
};
struct ad_silu {
    fvar operator()(fvar const& x) const { return x * (1 / (1 + exp(-x))); }
};
struct ad_gelu {
    fvar operator()(fvar const& x) const { return x / 2 * (1 + erf(x / std::sqrt(2.0))); }
};
struct ad_mish {
    fvar operator()(fvar const& x) const { return x * tanh(log(1 + exp(x))); }
};

// --- the table

enum variant { eval_v, c_v, hand_v, autodiff_v, variants };

struct row {
    char const* label;
    loop_fn fn[variants];
};

row const rows[] = {
    {"sigmoid",
     {eval_loop<sigmoid>, generated_sigmoid_grad_loop, hand_sigmoid, autodiff_loop<ad_sigmoid>}},
    {"tanh = 2sigma(2z)-1",
     {eval_loop<tanh_catalogue>, generated_tanh_catalogue_grad_loop, hand_tanh_catalogue,
      autodiff_loop<ad_tanh_catalogue>}},
    {"tanh = lz::tanh",
     {eval_loop<tanh_primitive>, generated_tanh_primitive_grad_loop, hand_tanh_primitive,
      autodiff_loop<ad_tanh_primitive>}},
    {"ELU (alpha = 1)", {eval_loop<elu>, generated_elu_grad_loop, hand_elu, autodiff_loop<ad_elu>}},
    {"softplus",
     {eval_loop<softplus>, generated_softplus_grad_loop, hand_softplus,
      autodiff_loop<ad_softplus>}},
    {"SiLU", {eval_loop<silu>, generated_silu_grad_loop, hand_silu, autodiff_loop<ad_silu>}},
    {"GELU (erf)", {eval_loop<gelu>, generated_gelu_grad_loop, hand_gelu, autodiff_loop<ad_gelu>}},
    {"GELU, accurate hand",
     {eval_loop<gelu>, generated_gelu_grad_loop, hand_gelu_accurate, autodiff_loop<ad_gelu>}},
    {"Mish", {eval_loop<mish>, generated_mish_grad_loop, hand_mish, autodiff_loop<ad_mish>}},
};
constexpr std::size_t n_rows = sizeof rows / sizeof rows[0];

volatile double sink;

double sum(std::vector<double> const& v) {
    double s = 0;
    for (double x : v) s += x;
    return s;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::size_t const m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

double quantile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5)];
}

// ns per value of one call of fn over in -> out
double time_once(loop_fn fn, std::vector<double> const& in, std::vector<double>& out) {
    auto const t0 = std::chrono::steady_clock::now();
    fn(in.data(), out.data(), in.size());
    auto const t1 = std::chrono::steady_clock::now();
    sink = sink + sum(out);
    return std::chrono::duration<double, std::nano>(t1 - t0).count() /
           static_cast<double>(in.size());
}

// The largest |a - b| / max(|b|, 1e-3) and where: relative, except that next to a root of f'
// (SiLU, GELU and Mish have one in [-6, 6]) the difference is measured against 1e-3.
struct worst {
    double err = 0, x = 0, a = 0, b = 0;
};
worst compare(std::vector<double> const& in, std::vector<double> const& a,
              std::vector<double> const& b) {
    worst w;
    for (std::size_t i = 0; i < in.size(); ++i) {
        double const err = std::abs(a[i] - b[i]) / std::max(std::abs(b[i]), 1e-3);
        if (!(err <= w.err)) w = {err, in[i], a[i], b[i]};
    }
    return w;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t const n = 1'000'000;
    int const rounds = argc > 1 ? std::atoi(argv[1]) : 21;
    if (rounds < 1) return 2;

    // Inputs: uniform in [-6, 6] from mt19937_64 with a fixed seed, mapped by hand so that every
    // standard library produces the same values.
    std::mt19937_64 gen(20240601);
    std::vector<double> in(n);
    for (double& x : in) x = -6.0 + 12.0 * (static_cast<double>(gen() >> 11) * 0x1.0p-53);
    std::vector<double> out(n);

    // ns[row][variant][round]
    std::vector<std::vector<std::vector<double>>> ns(
        n_rows, std::vector<std::vector<double>>(variants, std::vector<double>(rounds)));
    for (auto const& r : rows)  // warm-up
        for (auto fn : r.fn) time_once(fn, in, out);
    for (int k = 0; k < rounds; ++k)
        for (std::size_t i = 0; i < n_rows; ++i)
            for (int v = 0; v < variants; ++v) ns[i][v][k] = time_once(rows[i].fn[v], in, out);

    auto ratios = [&](std::size_t i, int a, int b) {
        std::vector<double> r(rounds);
        for (int k = 0; k < rounds; ++k) r[k] = ns[i][a][k] / ns[i][b][k];
        return r;
    };

    std::printf("leibniz speed: first derivative f'(x) over %zu values in [-6, 6], median of %d "
                "rounds\n(ratios: median of the per-round ratios)\nC++: %s, C: %s; -O2 (no "
                "-ffast-math)\n\n",
                n, rounds,
#if defined(__clang__)
                "clang++ " __clang_version__,
#else
                "g++ " __VERSION__,
#endif
                LEIBNIZ_SPEED_C_COMPILER);
    std::printf("%-20s %8s %8s %8s %9s   %9s %7s %13s\n", "function", "eval", "C", "hand",
                "autodiff", "eval/hand", "C/hand", "autodiff/eval");
    std::printf("%-20s %8s %8s %8s %9s\n", "", "ns/value", "ns/value", "ns/value", "ns/value");
    for (std::size_t i = 0; i < n_rows; ++i) {
        std::printf("%-20s %8.2f %8.2f %8.2f %9.2f   %9.3f %7.3f %13.1f\n", rows[i].label,
                    median(ns[i][eval_v]), median(ns[i][c_v]), median(ns[i][hand_v]),
                    median(ns[i][autodiff_v]), median(ratios(i, eval_v, hand_v)),
                    median(ratios(i, c_v, hand_v)), median(ratios(i, autodiff_v, eval_v)));
    }

    std::printf("\nSpread of the per-round ratios (25th..75th percentile):\n");
    std::printf("%-20s %15s %15s %15s\n", "function", "eval/hand", "C/hand", "autodiff/eval");
    for (std::size_t i = 0; i < n_rows; ++i) {
        auto const eh = ratios(i, eval_v, hand_v), ch = ratios(i, c_v, hand_v),
                   ae = ratios(i, autodiff_v, eval_v);
        std::printf("%-20s %7.3f..%-6.3f %7.3f..%-6.3f %7.1f..%-6.1f\n", rows[i].label,
                    quantile(eh, 0.25), quantile(eh, 0.75), quantile(ch, 0.25), quantile(ch, 0.75),
                    quantile(ae, 0.25), quantile(ae, 0.75));
    }

    // Agreement: eval and C against hand within 1e-12 (relative, 1e-3 floor); autodiff for
    // information.
    std::printf("\nAgreement with hand, max |v - hand| / max(|hand|, 1e-3) over the 1M values:\n");
    std::printf("%-20s %10s %10s %10s   %s\n", "function", "eval", "C", "autodiff", "eval, C");
    bool all_ok = true;
    std::vector<double> res[variants];
    for (std::size_t i = 0; i < n_rows; ++i) {
        for (int v = 0; v < variants; ++v) {
            res[v].assign(n, 0.0);
            rows[i].fn[v](in.data(), res[v].data(), n);
        }
        worst const we = compare(in, res[eval_v], res[hand_v]);
        worst const wc = compare(in, res[c_v], res[hand_v]);
        worst const wa = compare(in, res[autodiff_v], res[hand_v]);
        worst const& w = we.err >= wc.err ? we : wc;
        bool const ok = w.err <= 1e-12;
        all_ok = all_ok && ok;
        std::printf("%-20s %10.1e %10.1e %10.1e   ", rows[i].label, we.err, wc.err, wa.err);
        if (ok)
            std::printf("ok\n");
        else
            std::printf("MISMATCH (%s) at x = %.17g: %.17g vs hand %.17g\n",
                        we.err >= wc.err ? "eval" : "C", w.x, w.a, w.b);
    }
    std::printf("\n(sink %g)\n", static_cast<double>(sink));
    return all_ok ? 0 : 1;
}
