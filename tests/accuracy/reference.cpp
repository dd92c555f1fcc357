// The textbook formulas in 50 digits. Each derivative is the one a textbook states (sigma' =
// sigma (1 - sigma), tanh' = sech^2, ...), with the kink owned as the catalogue documents. Where a
// formula would cancel beyond 50 digits on the test grid, the textbook's own alternative is used:
// e^x - 1 as expm1 and log(1 + x) as log1p (z down to 1e-300), sech^2 = 1/cosh^2 rather than
// 1 - tanh^2, and 1 + tanh u = 2 sigma(2u) in gelu_tanh (1 + tanh u is 1e-60 at z = -12).
#include "reference.hpp"

#include <limits>
#include <string_view>

#include <boost/math/special_functions/erf.hpp>
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/log1p.hpp>

namespace accuracy {

namespace {

real sigma(real const& x) { return 1 / (1 + exp(-x)); }
real softplus(real const& x) { return boost::math::log1p(exp(x)); }
real expm1(real const& x) { return boost::math::expm1(x); }
real sech2(real const& x) { return 1 / (cosh(x) * cosh(x)); }
real pi() { return boost::math::constants::pi<real>(); }

// Phi(x) = erfc(-x/sqrt 2)/2 and phi(x) = exp(-x^2/2)/sqrt(2 pi), the standard normal
real normal_cdf(real const& x) { return boost::math::erfc(-x / sqrt(real(2))) / 2; }
real normal_pdf(real const& x) { return exp(-x * x / 2) / sqrt(2 * pi()); }

real value(std::string_view name, real const& x) {
    real const zero = 0, one = 1;
    if (name == "identity") return x;
    if (name == "binary_step") return x < 0 ? zero : one;
    if (name == "sigmoid") return sigma(x);
    if (name == "sigmoid_slope") return sigma(real(1.75) * x);
    if (name == "tanh") return tanh(x);
    if (name == "arctan") return atan(x);
    if (name == "relu") return x <= 0 ? zero : x;
    if (name == "leaky_relu") return x <= 0 ? x / 100 : x;
    if (name == "prelu") return x <= 0 ? real(0.25) * x : x;
    if (name == "elu") return x <= 0 ? expm1(x) : x;
    if (name == "softplus") return softplus(x);
    if (name == "gelu") return x * normal_cdf(x);
    if (name == "gelu_tanh") {
        real const u = sqrt(2 / pi()) * (x + real("0.044715") * x * x * x);
        return x / 2 * (2 * sigma(2 * u));
    }
    if (name == "silu") return x * sigma(x);
    if (name == "swish") return x * sigma(real(1.5) * x);
    if (name == "mish") return x * tanh(softplus(x));
    if (name == "selu") {
        real const alpha("1.6732632423543772848170429916717"),
            scale("1.0507009873554804934193349852946");
        return scale * (x <= 0 ? real(alpha * expm1(x)) : x);
    }
    if (name == "celu") return x <= 0 ? real(real(0.5) * expm1(x / real(0.5))) : x;
    if (name == "softsign") return x / (1 + abs(x));
    if (name == "hard_sigmoid") return x <= -3 ? zero : x >= 3 ? one : real(x / 6 + real(0.5));
    if (name == "hard_tanh") return x <= -1 ? -one : x >= 1 ? one : x;
    if (name == "hardswish") return x < -3 ? zero : x <= 3 ? real(x * (x + 3) / 6) : x;
    if (name == "relu6") return x <= 0 ? zero : x >= 6 ? real(6) : x;
    if (name == "log_sigmoid") return -softplus(-x);
    if (name == "softshrink")
        return x < real(-0.5) ? real(x + real(0.5)) : x <= real(0.5) ? zero : real(x - real(0.5));
    if (name == "hardshrink") return x < real(-0.5) ? x : x <= real(0.5) ? zero : x;
    if (name == "tanhshrink") return x - tanh(x);  // cancels near 0: the test's root window
    return std::numeric_limits<real>::quiet_NaN();
}

real derivative(std::string_view name, real const& x) {
    real const zero = 0, one = 1;
    if (name == "identity") return one;
    if (name == "binary_step") return zero;
    if (name == "sigmoid") return sigma(x) * (1 - sigma(x));
    if (name == "sigmoid_slope") {
        real const s = sigma(real(1.75) * x);
        return real(1.75) * s * (1 - s);
    }
    if (name == "tanh") return sech2(x);
    if (name == "arctan") return 1 / (1 + x * x);
    if (name == "relu") return x <= 0 ? zero : one;
    if (name == "leaky_relu") return x <= 0 ? real(one / 100) : one;
    if (name == "prelu") return x <= 0 ? real(0.25) : one;
    if (name == "elu") return x <= 0 ? real(exp(x)) : one;
    if (name == "softplus") return sigma(x);
    if (name == "gelu") return normal_cdf(x) + x * normal_pdf(x);
    if (name == "gelu_tanh") {
        real const c = sqrt(2 / pi()), k = real("0.044715");
        real const u = c * (x + k * x * x * x);
        return sigma(2 * u) + x / 2 * sech2(u) * c * (1 + 3 * k * x * x);
    }
    if (name == "silu") return sigma(x) * (1 + x * (1 - sigma(x)));
    if (name == "swish") {
        real const s = sigma(real(1.5) * x);
        return s + real(1.5) * x * s * (1 - s);
    }
    if (name == "mish") {
        real const sp = softplus(x);
        return tanh(sp) + x * sigma(x) * sech2(sp);
    }
    if (name == "selu") {
        real const alpha("1.6732632423543772848170429916717"),
            scale("1.0507009873554804934193349852946");
        return scale * (x <= 0 ? real(alpha * exp(x)) : one);
    }
    if (name == "celu") return x <= 0 ? real(exp(x / real(0.5))) : one;
    if (name == "softsign") return 1 / ((1 + abs(x)) * (1 + abs(x)));
    if (name == "hard_sigmoid") return x <= -3 || x >= 3 ? zero : real(one / 6);
    if (name == "hard_tanh") return x <= -1 || x >= 1 ? zero : one;
    if (name == "hardswish") return x < -3 ? zero : x <= 3 ? real((2 * x + 3) / 6) : one;
    if (name == "relu6") return x <= 0 || x >= 6 ? zero : one;
    if (name == "log_sigmoid") return 1 - sigma(x);
    if (name == "softshrink" || name == "hardshrink")
        return x < real(-0.5) ? one : x <= real(0.5) ? zero : one;
    if (name == "tanhshrink") return tanh(x) * tanh(x);
    return std::numeric_limits<real>::quiet_NaN();
}

}  // namespace

real textbook(std::string_view name, int order, real const& x) {
    return order == 0 ? value(name, x) : derivative(name, x);
}

}  // namespace accuracy
