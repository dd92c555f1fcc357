// Batch kernels: ns per element for f, f', the fused f and f' and the VJP g f' of sigmoid, tanh,
// SiLU, GELU, Mish, ELU and softplus, over 64K, 1M and 16M elements of [-6, 6], float and double,
// one thread, and for sigmoid and tanh the derivative and the VJP from the saved output y (df_y,
// vjp_y, as PyTorch's backward ops). Columns: lz::kernel; the scalar loop of lz::eval (one call per
// element, as before kernels); hand-written scalar code over the C library; Eigen 3.4 array
// expressions (when built with Eigen); and a loop that only writes its outputs (the bandwidth
// floor). Each entry is the best of several timed passes of at least 40 ms. kernels.sh adds
// PyTorch's ops (aten's forward and backward, torch.set_num_threads(1)) and prints the ratios.
// Output: one line per entry, "name kind type n column ns_per_element".
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <leibniz/leibniz.hpp>

#ifdef LEIBNIZ_BENCH_EIGEN
#include <Eigen/Core>
#include <unsupported/Eigen/SpecialFunctions>
#endif

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

namespace {

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"g"> g;
constexpr lz::symbol<"y"> y;  // the saved output, for backward passes from it

// Hand-written f and f' over the C library, as a user would write them.
struct hand {
    template <class T>
    static T sigmoid(T x) {
        return T(1) / (T(1) + std::exp(-x));
    }
    template <class T>
    static T f(int k, T x) {
        switch (k) {
        case 0:
            return sigmoid(x);
        case 1:
            return std::tanh(x);
        case 2:
            return x * sigmoid(x);
        case 3:
            return T(0.5) * x * (T(1) + std::erf(x * T(0.70710678118654752)));
        case 4:
            return x * std::tanh(std::log1p(std::exp(x)));
        case 5:
            return x > 0 ? x : std::expm1(x);
        default:
            return std::max(x, T(0)) + std::log1p(std::exp(-std::abs(x)));
        }
    }
    template <class T>
    static T df(int k, T x) {
        switch (k) {
        case 0: {
            T s = sigmoid(x);
            return s * (T(1) - s);
        }
        case 1: {
            T t = std::tanh(x);
            return T(1) - t * t;
        }
        case 2: {
            T s = sigmoid(x);
            return s * (T(1) + x * (T(1) - s));
        }
        case 3:
            return T(0.5) * (T(1) + std::erf(x * T(0.70710678118654752))) +
                   x * T(0.39894228040143268) * std::exp(T(-0.5) * x * x);
        case 4: {
            T sp = std::log1p(std::exp(x)), t = std::tanh(sp);
            return t + x * (T(1) - t * t) * sigmoid(x);
        }
        case 5:
            return x > 0 ? T(1) : std::exp(x);
        default:
            return sigmoid(x);
        }
    }
};

#ifdef LEIBNIZ_BENCH_EIGEN
template <class T>
using array = Eigen::Array<T, Eigen::Dynamic, 1>;
template <class T>
using map = Eigen::Map<array<T>>;
template <class T>
using cmap = Eigen::Map<array<T> const>;

struct eigen {
    template <class T>
    static void f(int k, cmap<T> x, map<T> y) {
        switch (k) {
        case 0:
            y = T(1) / (T(1) + (-x).exp());
            break;
        case 1:
            y = x.tanh();
            break;
        case 2:
            y = x / (T(1) + (-x).exp());
            break;
        case 3:
            y = T(0.5) * x * (T(1) + (x * T(0.70710678118654752)).erf());
            break;
        case 4:
            y = x * x.exp().log1p().tanh();
            break;
        case 5:
            y = (x > T(0)).select(x, x.expm1());
            break;
        default:
            y = x.max(T(0)) + (-x.abs()).exp().log1p();
            break;
        }
    }
    template <class T>
    static void df(int k, cmap<T> x, map<T> y) {
        switch (k) {
        case 0:
            y = T(1) / (T(1) + (-x).exp());
            y = y * (T(1) - y);
            break;
        case 1:
            y = T(1) - x.tanh().square();
            break;
        case 2:
            y = T(1) / (T(1) + (-x).exp());
            y = y * (T(1) + x * (T(1) - y));
            break;
        case 3:
            y = T(0.5) * (T(1) + (x * T(0.70710678118654752)).erf()) +
                x * T(0.39894228040143268) * (T(-0.5) * x.square()).exp();
            break;
        case 4:
            y = x.exp().log1p().tanh();
            y = y + x * (T(1) - y.square()) / (T(1) + (-x).exp());
            break;
        case 5:
            y = (x > T(0)).select(array<T>::Ones(x.size()), x.exp());
            break;
        default:
            y = T(1) / (T(1) + (-x).exp());
            break;
        }
    }
};
#endif

template <class F>
double best_ns(std::size_t n, F&& run) {
    double best = 1e300;
    int passes = 0;
    auto const start = std::chrono::steady_clock::now();
    while (passes < 3 || std::chrono::steady_clock::now() - start < std::chrono::milliseconds(40)) {
        auto const t0 = std::chrono::steady_clock::now();
        run();
        auto const t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::nano>(t1 - t0).count() / n);
        ++passes;
    }
    return best;
}

volatile double sink;

template <class T>
void touch(std::vector<T> const& v) {
    sink = sink + double(v[v.size() / 3]);
}

char const* const names[] = {"sigmoid", "tanh", "silu", "gelu", "mish", "elu", "softplus"};
char const* const kinds[] = {"f", "df", "fused", "vjp", "df_y", "vjp_y"};

// The same polynomials written by hand (y(1 - y) for sigmoid, 1 - y^2 for tanh, times g for the
// VJP), and the floor: loops over plain pointers, as a user writes them.
template <class T>
[[gnu::noinline]] void hand_from_output(int k, bool vjp, std::size_t n, T const* y, T const* g,
                                        T* out) {
    if (k == 0 && vjp)
        for (std::size_t i = 0; i < n; ++i) out[i] = g[i] * (y[i] * (T(1) - y[i]));
    else if (k == 0)
        for (std::size_t i = 0; i < n; ++i) out[i] = y[i] * (T(1) - y[i]);
    else if (vjp)
        for (std::size_t i = 0; i < n; ++i) out[i] = g[i] * (T(1) - y[i] * y[i]);
    else
        for (std::size_t i = 0; i < n; ++i) out[i] = T(1) - y[i] * y[i];
}
template <class T>
[[gnu::noinline]] void floor_from_output(bool vjp, std::size_t n, T const* y, T const* g, T* out) {
    if (vjp)
        for (std::size_t i = 0; i < n; ++i) out[i] = y[i] * g[i];
    else
        for (std::size_t i = 0; i < n; ++i) out[i] = y[i] * T(0.5);
}

// The backward from the saved output y = f(z), as PyTorch's sigmoid and tanh backward: f' as a
// polynomial in y found by lz::in_terms_of (y - y^2 for sigmoid, 1 - y^2 for tanh), g f' for
// the VJP; the other columns compute the same polynomial.
template <class T, class F>
void bench_from_output(int k, F const& f, std::size_t n, char const* type) {
    constexpr auto dfy = lz::in_terms_of(lz::d(F{}, z), F{}, y);
    static_assert(lz::found(dfy), "the derivative is a polynomial in the output");
    auto const kdf = lz::kernel(lz::inputs(y), dfy);
    auto const kvjp = lz::kernel(lz::inputs(y, g), g * dfy);
    std::mt19937_64 gen(1);
    std::uniform_real_distribution<double> u(-6, 6);
    std::vector<T> yv(n), go(n), dy(n);
    for (std::size_t i = 0; i < n; ++i) yv[i] = T(f(z = u(gen))), go[i] = T(u(gen) / 6);
    auto report = [&](int kind, char const* column, double ns) {
        std::printf("%s %s %s %zu %s %.4f\n", names[k], kinds[kind], type, n, column, ns);
        std::fflush(stdout);
    };
    T const *py = yv.data(), *pg = go.data();
    T* pd = dy.data();
    for (int kind = 4; kind < 6; ++kind) {
        bool const vjp = kind == 5;
        double ns =
            vjp ? best_ns(n, [&] { kvjp(n, py, pg, pd); }) : best_ns(n, [&] { kdf(n, py, pd); });
        touch(dy);
        report(kind, "leibniz_kernel", ns);
        ns = vjp ? best_ns(n,
                           [&] {
                               for (std::size_t i = 0; i < n; ++i) pd[i] = pg[i] * dfy(y = py[i]);
                           })
                 : best_ns(n, [&] {
                       for (std::size_t i = 0; i < n; ++i) pd[i] = dfy(y = py[i]);
                   });
        touch(dy);
        report(kind, "leibniz_scalar", ns);
        ns = best_ns(n, [&] { hand_from_output(k, vjp, n, py, pg, pd); });
        touch(dy);
        report(kind, "hand_scalar", ns);
#ifdef LEIBNIZ_BENCH_EIGEN
        cmap<T> ey(yv.data(), Eigen::Index(n)), eg(go.data(), Eigen::Index(n));
        map<T> edy(dy.data(), Eigen::Index(n));
        if (k == 0)
            ns = vjp ? best_ns(n, [&] { edy = eg * ey * (T(1) - ey); })
                     : best_ns(n, [&] { edy = ey * (T(1) - ey); });
        else
            ns = vjp ? best_ns(n, [&] { edy = eg * (T(1) - ey.square()); })
                     : best_ns(n, [&] { edy = T(1) - ey.square(); });
        touch(dy);
        report(kind, "eigen", ns);
#endif
        ns = best_ns(n, [&] { floor_from_output(vjp, n, py, pg, pd); });
        touch(dy);
        report(kind, "write_only", ns);
    }
}

template <class T, class F>
void bench(int k, F const& f, std::size_t n, char const* type) {
    auto const df = lz::d(f, z);
    auto const kf = lz::kernel(lz::inputs(z), f);
    auto const kdf = lz::kernel(lz::inputs(z), df);
    auto const kfused = lz::kernel(lz::inputs(z), f, df);
    auto const kvjp = lz::kernel(lz::inputs(z, g), g * df);
    std::mt19937_64 gen(1);
    std::uniform_real_distribution<double> u(-6, 6);
    std::vector<T> x(n), go(n), y(n), dy(n);
    for (std::size_t i = 0; i < n; ++i) x[i] = T(u(gen)), go[i] = T(u(gen) / 6);
    auto report = [&](int kind, char const* column, double ns) {
        std::printf("%s %s %s %zu %s %.4f\n", names[k], kinds[kind], type, n, column, ns);
        std::fflush(stdout);
    };
    for (int kind = 0; kind < 4; ++kind) {
        double ns = 0;
        if (kind == 0) ns = best_ns(n, [&] { kf(n, x.data(), y.data()); });
        if (kind == 1) ns = best_ns(n, [&] { kdf(n, x.data(), dy.data()); });
        if (kind == 2) ns = best_ns(n, [&] { kfused(n, x.data(), y.data(), dy.data()); });
        if (kind == 3) ns = best_ns(n, [&] { kvjp(n, x.data(), go.data(), dy.data()); });
        touch(y), touch(dy);
        report(kind, "leibniz_kernel", ns);

        if (kind == 0)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) y[i] = f(z = x[i]);
            });
        if (kind == 1)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) dy[i] = df(z = x[i]);
            });
        if (kind == 2)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) y[i] = f(z = x[i]), dy[i] = df(z = x[i]);
            });
        if (kind == 3)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) dy[i] = go[i] * df(z = x[i]);
            });
        touch(y), touch(dy);
        report(kind, "leibniz_scalar", ns);

        if (kind == 0)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) y[i] = hand::f(k, x[i]);
            });
        if (kind == 1)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) dy[i] = hand::df(k, x[i]);
            });
        if (kind == 2)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i)
                    y[i] = hand::f(k, x[i]), dy[i] = hand::df(k, x[i]);
            });
        if (kind == 3)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) dy[i] = go[i] * hand::df(k, x[i]);
            });
        touch(y), touch(dy);
        report(kind, "hand_scalar", ns);

#ifdef LEIBNIZ_BENCH_EIGEN
        cmap<T> ex(x.data(), Eigen::Index(n)), eg(go.data(), Eigen::Index(n));
        map<T> ey(y.data(), Eigen::Index(n)), edy(dy.data(), Eigen::Index(n));
        if (kind == 0) ns = best_ns(n, [&] { eigen::f<T>(k, ex, ey); });
        if (kind == 1) ns = best_ns(n, [&] { eigen::df<T>(k, ex, edy); });
        if (kind == 2) ns = best_ns(n, [&] { eigen::f<T>(k, ex, ey), eigen::df<T>(k, ex, edy); });
        if (kind == 3) ns = best_ns(n, [&] { eigen::df<T>(k, ex, edy), edy *= eg; });
        touch(y), touch(dy);
        report(kind, "eigen", ns);
#endif
        // the floor: read the inputs, write the outputs
        if (kind == 0 || kind == 1)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) y[i] = x[i] * T(0.5);
            });
        if (kind == 2)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) y[i] = x[i] * T(0.5), dy[i] = x[i] + T(1);
            });
        if (kind == 3)
            ns = best_ns(n, [&] {
                for (std::size_t i = 0; i < n; ++i) dy[i] = x[i] * go[i];
            });
        touch(y), touch(dy);
        report(kind, "write_only", ns);
    }
}

template <class T>
void all(std::size_t n, char const* type) {
    bench<T>(0, act::sigmoid(z), n, type);
    bench_from_output<T>(0, act::sigmoid(z), n, type);
    bench<T>(1, act::tanh(z), n, type);
    bench_from_output<T>(1, act::tanh(z), n, type);
    bench<T>(2, act::silu(z), n, type);
    bench<T>(3, act::gelu(z), n, type);
    bench<T>(4, act::mish(z), n, type);
    bench<T>(5, act::elu(z), n, type);
    bench<T>(6, act::softplus(z), n, type);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes = {std::size_t(1) << 16, std::size_t(1) << 20,
                                      std::size_t(1) << 24};
    if (argc > 1 && std::strcmp(argv[1], "--quick") == 0) sizes = {std::size_t(1) << 16};
    for (std::size_t n : sizes) {
        all<float>(n, "float");
        all<double>(n, "double");
    }
}
