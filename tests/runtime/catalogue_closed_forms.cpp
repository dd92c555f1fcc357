// The catalogue against closed forms written by hand from the textbook formulas: f, f' and f''
// of every activation, evaluated in double, at the far tails, at ordinary points, at every kink
// point of the catalogue and 1e-9 on either side of it. At a kink the reference takes the
// derivative of the branch that owns the point (PyTorch's backward; tests/runtime/kinks.cpp pins
// those values one by one).
#include <cmath>
#include <iomanip>
#include <numbers>
#include <vector>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace act = lz::activations;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;        // prelu's slope, the alpha of elu(z, a) and celu(z, a)
constexpr lz::symbol<"beta"> beta;  // the slope of sigmoid(z, beta) and swish(z, beta)
constexpr lz::symbol<"l"> l;        // the threshold of softshrink(z, l) and hardshrink(z, l)
constexpr double a_value = 0.25, beta_value = 1.75, l_value = 1.5;

// Every kink point of the catalogue (defaults and the bound values above), each with its
// neighbours 1e-9 away, the far tails and a few ordinary points: 41 points for every function.
std::vector<double> const points = [] {
    std::vector<double> xs{-30, -12.5, -4.25, -2, -0.25, 0.1, 0.75, 2.5, 4.5, 12.5, 30};
    for (double kink : {-3.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 3.0, 6.0})
        xs.insert(xs.end(), {kink - 1e-9, kink, kink + 1e-9});
    return xs;
}();

// Values are compared to a relative 3e-13; values far below 1 (the tails, a cancellation next
// to 0) to an absolute 2e-15 (1 + |z|): a few ulp of the O(1 + |z|) terms that the library's
// formulas add up.
constexpr double relative = 3e-13, absolute = 2e-15;

void check_close(char const* what, double x, double got, double want) {
    double const error = std::abs(got - want);
    double const tolerance = relative * std::abs(want) + absolute * (1 + std::abs(x));
    INFO(what << " at z = " << std::setprecision(17) << x << ": got " << got << ", want " << want
              << std::setprecision(3) << ", error " << error << " > tolerance " << tolerance);
    CHECK(error <= tolerance);
}

//! f, f' and f'' at one point.
struct values {
    double f, d1, d2;
};

// Compares f, d(f, z) and d(f, z, z) with reference(x) at every point.
template <class F, class Reference>
void check_closed_form(F const& f, Reference reference) {
    auto const d1 = lz::d(f, z);
    auto const d2 = lz::d(f, z, z);
    for (double x : points) {
        auto at = [x](auto const& e) {
            return e(z = x, a = a_value, beta = beta_value, l = l_value);
        };
        values const want = reference(x);
        check_close("f", x, at(f), want.f);
        check_close("f'", x, at(d1), want.d1);
        check_close("f''", x, at(d2), want.d2);
    }
}

// --- textbook building blocks, written so that they do not cancel

// the logistic function
double sigma(double x) { return x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x)); }
// sigma' = sigma (1 - sigma), with 1 - sigma(x) = sigma(-x)
double sigma_d1(double x) { return sigma(x) * sigma(-x); }
// sigma'' = sigma (1 - sigma) (1 - 2 sigma), with 1 - 2 sigma(x) = -tanh(x/2)
double sigma_d2(double x) { return sigma_d1(x) * -std::tanh(x / 2); }
// tanh' = 1 - tanh^2 = 1/cosh^2
double sech2(double x) {
    double const c = std::cosh(x);
    return 1 / (c * c);
}
// softplus = log(1 + exp(x))
double softplus(double x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); }
// the standard normal distribution function and density
double Phi(double x) { return std::erfc(-x / std::numbers::sqrt2) / 2; }
double phi(double x) { return std::exp(-x * x / 2) / std::sqrt(2 * std::numbers::pi); }
double sign(double x) { return (0 < x) - (x < 0); }

// ELU with alpha: alpha (exp(x) - 1) for x <= 0; ELU' = ELU + alpha = alpha exp(x) there
values elu(double x, double alpha) {
    if (x <= 0) return {alpha * std::expm1(x), alpha * std::exp(x), alpha * std::exp(x)};
    return {x, 1, 0};
}
// where(x <= 0, slope x, x)
values leaky(double x, double slope) {
    return x <= 0 ? values{slope * x, slope, 0} : values{x, 1, 0};
}
// z sigma(beta z): f' = sigma(beta z) + beta z sigma'(beta z), f'' = 2 beta sigma' + beta^2 z
// sigma''
values swish(double x, double b) {
    double const u = b * x;
    return {x * sigma(u), sigma(u) + b * x * sigma_d1(u),
            2 * b * sigma_d1(u) + b * b * x * sigma_d2(u)};
}
values softshrink(double x, double lambda) {
    if (x < -lambda) return {x + lambda, 1, 0};
    if (x <= lambda) return {0, 0, 0};
    return {x - lambda, 1, 0};
}
values hardshrink(double x, double lambda) {
    if (x < -lambda || x > lambda) return {x, 1, 0};
    return {0, 0, 0};
}

// PyTorch's SELU constants
constexpr double selu_alpha = 1.6732632423543772848170429916717;
constexpr double selu_scale = 1.0507009873554804934193349852946;

}  // namespace

TEST_CASE("identity: f = z, f' = 1, f'' = 0", "[catalogue][closed-form]") {
    check_closed_form(act::identity(z), [](double x) { return values{x, 1, 0}; });
}

TEST_CASE("binary_step: 0 below 0, 1 from 0 on, f' = f'' = 0", "[catalogue][closed-form]") {
    check_closed_form(act::binary_step(z),
                      [](double x) { return values{x < 0 ? 0.0 : 1.0, 0, 0}; });
}

TEST_CASE("sigmoid: sigma' = sigma(1 - sigma), sigma'' = sigma(1 - sigma)(1 - 2 sigma)",
          "[catalogue][closed-form]") {
    check_closed_form(act::sigmoid(z),
                      [](double x) { return values{sigma(x), sigma_d1(x), sigma_d2(x)}; });
}

TEST_CASE("sigmoid with slope beta: the chain rule brings beta and beta^2",
          "[catalogue][closed-form]") {
    check_closed_form(act::sigmoid(z, beta), [](double x) {
        double const u = beta_value * x;
        return values{sigma(u), beta_value * sigma_d1(u), beta_value * beta_value * sigma_d2(u)};
    });
}

TEST_CASE("tanh (built from sigma): tanh' = 1 - tanh^2, tanh'' = -2 tanh (1 - tanh^2)",
          "[catalogue][closed-form]") {
    check_closed_form(act::tanh(z), [](double x) {
        double const t = std::tanh(x);
        return values{t, sech2(x), -2 * t * sech2(x)};
    });
}

TEST_CASE("arctan: arctan' = 1/(1 + z^2), arctan'' = -2z/(1 + z^2)^2", "[catalogue][closed-form]") {
    check_closed_form(act::arctan(z), [](double x) {
        double const q = 1 + x * x;
        return values{std::atan(x), 1 / q, -2 * x / (q * q)};
    });
}

TEST_CASE("relu: relu'(0) = 0", "[catalogue][closed-form]") {
    check_closed_form(act::relu(z), [](double x) { return leaky(x, 0); });
}

TEST_CASE("leaky_relu: slope 1/100 below 0 and at 0", "[catalogue][closed-form]") {
    check_closed_form(act::leaky_relu(z), [](double x) { return leaky(x, 0.01); });
}

TEST_CASE("prelu: slope a below 0 and at 0", "[catalogue][closed-form]") {
    check_closed_form(act::prelu(z, a), [](double x) { return leaky(x, a_value); });
}

TEST_CASE("elu: ELU' = ELU + alpha for z <= 0", "[catalogue][closed-form]") {
    SECTION("elu(z)") {
        check_closed_form(act::elu(z), [](double x) { return elu(x, 1); });
    }
    SECTION("elu(z, a)") {
        check_closed_form(act::elu(z, a), [](double x) { return elu(x, a_value); });
    }
}

TEST_CASE("selu: scale times ELU with PyTorch's alpha", "[catalogue][closed-form]") {
    check_closed_form(act::selu(z), [](double x) {
        values const v = elu(x, selu_alpha);
        return values{selu_scale * v.f, selu_scale * v.d1, selu_scale * v.d2};
    });
}

TEST_CASE("celu: alpha (exp(z/alpha) - 1) for z <= 0, celu' = exp(z/alpha) there",
          "[catalogue][closed-form]") {
    auto celu = [](double x, double alpha) {
        if (x <= 0)
            return values{alpha * std::expm1(x / alpha), std::exp(x / alpha),
                          std::exp(x / alpha) / alpha};
        return values{x, 1, 0};
    };
    SECTION("celu(z)") {
        check_closed_form(act::celu(z), [&](double x) { return celu(x, 1); });
    }
    SECTION("celu(z, a)") {
        check_closed_form(act::celu(z, a), [&](double x) { return celu(x, a_value); });
    }
}

TEST_CASE("softplus: softplus' = sigma, softplus'' = sigma(1 - sigma)",
          "[catalogue][closed-form]") {
    check_closed_form(act::softplus(z),
                      [](double x) { return values{softplus(x), sigma(x), sigma_d1(x)}; });
}

TEST_CASE("log_sigmoid: -softplus(-z), f' = 1 - sigma, f'' = -sigma(1 - sigma)",
          "[catalogue][closed-form]") {
    check_closed_form(act::log_sigmoid(z),
                      [](double x) { return values{-softplus(-x), sigma(-x), -sigma_d1(x)}; });
}

TEST_CASE("gelu: z Phi(z), gelu' = Phi + z phi, gelu'' = (2 - z^2) phi",
          "[catalogue][closed-form]") {
    check_closed_form(act::gelu(z), [](double x) {
        return values{x * Phi(x), Phi(x) + x * phi(x), (2 - x * x) * phi(x)};
    });
}

TEST_CASE("gelu_tanh: z/2 (1 + tanh u), u = sqrt(2/pi) (z + 0.044715 z^3)",
          "[catalogue][closed-form]") {
    check_closed_form(act::gelu_tanh(z), [](double x) {
        double const k = std::sqrt(2 / std::numbers::pi), c = 0.044715;
        double const u = k * (x + c * x * x * x), u1 = k * (1 + 3 * c * x * x), u2 = k * 6 * c * x;
        double const t = std::tanh(u), s = sech2(u);
        double const one_plus_t = 2 * sigma(2 * u);  // 1 + tanh u, without cancellation
        return values{x / 2 * one_plus_t, one_plus_t / 2 + x / 2 * s * u1,
                      s * u1 + x / 2 * (s * u2 - 2 * t * s * u1 * u1)};
    });
}

TEST_CASE("silu: z sigma, silu' = sigma + z sigma', silu'' = 2 sigma' + z sigma''",
          "[catalogue][closed-form]") {
    check_closed_form(act::silu(z), [](double x) { return swish(x, 1); });
}

TEST_CASE("swish: z sigma(beta z)", "[catalogue][closed-form]") {
    check_closed_form(act::swish(z, beta), [](double x) { return swish(x, beta_value); });
}

TEST_CASE("mish: z tanh(softplus z), with g = tanh(softplus z), g' = (1 - g^2) sigma",
          "[catalogue][closed-form]") {
    check_closed_form(act::mish(z), [](double x) {
        double const sp = softplus(x), g = std::tanh(sp), s = sech2(sp);
        double const g1 = s * sigma(x);                                   // g'
        double const g2 = s * sigma(x) * (sigma(-x) - 2 * g * sigma(x));  // g''
        return values{x * g, g + x * g1, 2 * g1 + x * g2};
    });
}

TEST_CASE("softsign: z/(1 + |z|), f' = 1/(1 + |z|)^2, f'' = -2 sign(z)/(1 + |z|)^3",
          "[catalogue][closed-form]") {
    check_closed_form(act::softsign(z), [](double x) {
        double const q = 1 + std::abs(x);
        return values{x / q, 1 / (q * q), -2 * sign(x) / (q * q * q)};
    });
}

TEST_CASE("hard_sigmoid: z/6 + 1/2 strictly between -3 and 3", "[catalogue][closed-form]") {
    check_closed_form(act::hard_sigmoid(z), [](double x) {
        if (x <= -3) return values{0, 0, 0};
        if (x >= 3) return values{1, 0, 0};
        return values{x / 6 + 0.5, 1.0 / 6, 0};
    });
}

TEST_CASE("hard_tanh: z strictly between -1 and 1", "[catalogue][closed-form]") {
    check_closed_form(act::hard_tanh(z), [](double x) {
        if (x <= -1) return values{-1, 0, 0};
        if (x >= 1) return values{1, 0, 0};
        return values{x, 1, 0};
    });
}

TEST_CASE("hardswish: z (z + 3)/6 on [-3, 3], kinks owned by the middle",
          "[catalogue][closed-form]") {
    check_closed_form(act::hardswish(z), [](double x) {
        if (x < -3) return values{0, 0, 0};
        if (x <= 3) return values{x * (x + 3) / 6, (2 * x + 3) / 6, 1.0 / 3};
        return values{x, 1, 0};
    });
}

TEST_CASE("relu6: z strictly between 0 and 6", "[catalogue][closed-form]") {
    check_closed_form(act::relu6(z), [](double x) {
        if (x <= 0) return values{0, 0, 0};
        if (x >= 6) return values{6, 0, 0};
        return values{x, 1, 0};
    });
}

TEST_CASE("softshrink: z -+ l outside [-l, l], 0 on it", "[catalogue][closed-form]") {
    SECTION("softshrink(z)") {
        check_closed_form(act::softshrink(z), [](double x) { return softshrink(x, 0.5); });
    }
    SECTION("softshrink(z, l)") {
        check_closed_form(act::softshrink(z, l), [](double x) { return softshrink(x, l_value); });
    }
}

TEST_CASE("hardshrink: z outside [-l, l], 0 on it", "[catalogue][closed-form]") {
    SECTION("hardshrink(z)") {
        check_closed_form(act::hardshrink(z), [](double x) { return hardshrink(x, 0.5); });
    }
    SECTION("hardshrink(z, l)") {
        check_closed_form(act::hardshrink(z, l), [](double x) { return hardshrink(x, l_value); });
    }
}

TEST_CASE("tanhshrink: z - tanh z, f' = tanh^2, f'' = 2 tanh (1 - tanh^2)",
          "[catalogue][closed-form]") {
    check_closed_form(act::tanhshrink(z), [](double x) {
        double const t = std::tanh(x);
        return values{x - t, t * t, 2 * t * sech2(x)};
    });
}
