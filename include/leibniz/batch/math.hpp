// The batch math policy and the C prelude. batch_math is the frame's policy (eval/eval.hpp) for
// kernels: functions and lowered operations with a vector kernel call it (lz_exp, lz_log1p, ...),
// the others their standard function, and a where blends both branches. The same names are what
// the kernel emitters call (codegen/kernel.hpp), and c_prelude() defines them for generated code.
#pragma once

#include <cmath>
#include <string>
#include <string_view>
#include <type_traits>

#include <leibniz/batch/atan.hpp>
#include <leibniz/batch/erf.hpp>
#include <leibniz/batch/exp.hpp>
#include <leibniz/batch/expm1.hpp>
#include <leibniz/batch/log.hpp>
#include <leibniz/batch/log1p.hpp>
#include <leibniz/batch/source.hpp>
#include <leibniz/batch/sqrt.hpp>
#include <leibniz/batch/tanh.hpp>
#include <leibniz/eval/eval.hpp>

namespace leibniz {

namespace detail {

// The vector kernels, by the C function they replace; the emitters call them (an f appended for
// float) and batch_math below.
inline constexpr std::string_view batch_kernels[][2] = {
    {"exp", "lz_exp"},   {"expm1", "lz_expm1"}, {"log", "lz_log"},   {"log1p", "lz_log1p"},
    {"tanh", "lz_tanh"}, {"atan", "lz_atan"},   {"fabs", "lz_abs"},  {"copysign", "lz_copysign"},
    {"erf", "lz_erf"},   {"erfc", "lz_erfc"},   {"sqrt", "lz_sqrt"}, {"hypot", "lz_hypot"},
    {"fma", "lz_fma"},   {"fmax", "lz_max"},    {"fmin", "lz_min"},  {"select", "lz_select"}};

//! The index in batch_kernels of the kernel for the C function `name`, or -1.
constexpr int batch_kernel_index(std::string_view name) {
    for (std::size_t k = 0; k < std::size(batch_kernels); ++k)
        if (batch_kernels[k][0] == name) return static_cast<int>(k);
    return -1;
}

//! The vector kernel for the C function `name` (exp, log1p, fabs, ...), or "" when there is none.
constexpr std::string_view batch_kernel_name(std::string_view name) {
    int k = batch_kernel_index(name);
    return k < 0 ? std::string_view{} : batch_kernels[k][1];
}

// The function of a lowered operation's pattern "@name(...)", or "".
constexpr std::string_view pattern_function(std::string_view pattern) {
    if (pattern.empty() || pattern[0] != '@') return {};
    return pattern.substr(1, pattern.find('(') - 1);
}

template <class T>
constexpr bool batch_type_v = std::is_same_v<T, double> || std::is_same_v<T, float>;

// The one-argument kernel K of batch_kernels, by its name, applied to x (float or double);
// copysign is copysign(1, x). Names without a case here (fma, fmax, ...) are the policy's below.
template <int K, class T>
LEIBNIZ_BATCH_INLINE T batch_kernel(T x) {
    using namespace batch;
    constexpr std::string_view n = batch_kernels[K][1];
    constexpr bool d = std::is_same_v<T, double>;
    if constexpr (n == "lz_exp")
        return d ? T(lz_exp(double(x))) : T(lz_expf(float(x)));
    else if constexpr (n == "lz_expm1")
        return d ? T(lz_expm1(double(x))) : T(lz_expm1f(float(x)));
    else if constexpr (n == "lz_log")
        return d ? T(lz_log(double(x))) : T(lz_logf(float(x)));
    else if constexpr (n == "lz_log1p")
        return d ? T(lz_log1p(double(x))) : T(lz_log1pf(float(x)));
    else if constexpr (n == "lz_tanh")
        return d ? T(lz_tanh(double(x))) : T(lz_tanhf(float(x)));
    else if constexpr (n == "lz_atan")
        return d ? T(lz_atan(double(x))) : T(lz_atanf(float(x)));
    else if constexpr (n == "lz_abs")
        return d ? T(lz_abs(double(x))) : T(lz_absf(float(x)));
    else if constexpr (n == "lz_copysign")
        return d ? T(lz_copysign(1.0, double(x))) : T(lz_copysignf(1.0f, float(x)));
    else if constexpr (n == "lz_erf")
        return d ? T(lz_erf(double(x))) : T(lz_erff(float(x)));
    else if constexpr (n == "lz_erfc")
        return d ? T(lz_erfc(double(x))) : T(lz_erfcf(float(x)));
    else if constexpr (n == "lz_sqrt")
        return d ? T(lz_sqrt(double(x))) : T(lz_sqrtf(float(x)));
    else
        static_assert(
            K < 0, "leibniz: internal: batch_kernel of a kernel that takes more than one argument");
}

// Whether kernel K takes one argument (batch_kernel has a case for it).
template <int K>
constexpr bool unary_kernel_v =
    K >= 0 && batch_kernels[K][1] != "lz_fma" && batch_kernels[K][1] != "lz_max" &&
    batch_kernels[K][1] != "lz_min" && batch_kernels[K][1] != "lz_select";

//! The kernels' policy: vector kernels, and a where blends both branches (both are computed, so
//! each must be safe to compute: an overflow or a NaN in the branch not taken is discarded).
struct batch_math {
    static constexpr bool blends = true;
    template <class Fn, class T>
    LEIBNIZ_BATCH_INLINE static T apply(T const& x) {
        constexpr int k = batch_kernel_index(Fn::c_name);
        if constexpr (unary_kernel_v<k> && batch_type_v<T>)
            return batch_kernel<k>(x);
        else
            return Fn::eval(x);
    }
    template <class Op, class T, class... Ts>
    LEIBNIZ_BATCH_INLINE static T lowered(Ts const&... xs) {
        constexpr int k = batch_kernel_index(pattern_function(Op::pattern));
        if constexpr (unary_kernel_v<k> && batch_type_v<T> && sizeof...(Ts) == 1)
            return batch_kernel<k>(xs...);  // log1p, expm1; unit_sign_op: copysign(1, x)
        else if constexpr (k >= 0 && batch_type_v<T> && batch_kernels[k][1] == "lz_hypot")
            return hypot(xs...);
        else if constexpr (std::is_same_v<Op, select_op>)
            return select_flag(xs...);
        else if constexpr (requires { Op::test(xs...); })  // a flag: 1 where the test holds
            return select(Op::test(xs...), T(1), T(0));
        else if constexpr (std::is_same_v<Op, max_op>)
            return max(xs...);
        else if constexpr (std::is_same_v<Op, min_op>)
            return min(xs...);
        else if constexpr (std::is_same_v<Op, fma_op> && batch_type_v<T>)
            return fma(xs...);
        else
            return Op::template eval<T>(xs...);
    }
    template <class T>
    LEIBNIZ_BATCH_INLINE static T max(T const& a, T const& b) {
        return select(a > b, a, b);
    }
    template <class T>
    LEIBNIZ_BATCH_INLINE static T min(T const& a, T const& b) {
        return select(a < b, a, b);
    }
    template <class T>
    LEIBNIZ_BATCH_INLINE static T fma(T const& a, T const& b, T const& c) {
        if constexpr (std::is_same_v<T, double>)
            return batch::lz_fma(a, b, c);
        else
            return batch::lz_fmaf(a, b, c);
    }
    template <class T>
    LEIBNIZ_BATCH_INLINE static T hypot(T const& a, T const& b) {
        if constexpr (std::is_same_v<T, double>)
            return batch::lz_hypot(a, b);
        else
            return batch::lz_hypotf(a, b);
    }
    template <class T>
    LEIBNIZ_BATCH_INLINE static T select_flag(T const& flag, T const& a, T const& b) {
        return select(flag != T(0), a, b);
    }
    template <class T>
    LEIBNIZ_BATCH_INLINE static T sqrt(T const& x) {
        if constexpr (batch_type_v<T>)
            return batch_kernel<batch_kernel_index("sqrt")>(x);
        else
            return sqrt_of(x);
    }
    template <class T>
    LEIBNIZ_BATCH_INLINE static T select(bool c, T const& a, T const& b) {
        if constexpr (std::is_same_v<T, double>)
            return batch::lz_select(c, a, b);
        else if constexpr (std::is_same_v<T, float>)
            return batch::lz_selectf(c, a, b);
        else
            return c ? a : b;
    }
};

}  // namespace detail

//! The C (and C++) definitions of the vector kernels that generated kernels call: lz_exp,
//! lz_log1p, ... (and lz_expf, ... for float). Put it once at the top of a file of kernels.
inline std::string c_prelude() {
    std::string out =
        "/* leibniz vector math kernels: branch-free, for loops that vectorise */\n"
        "#include <math.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n"
        "#ifndef LEIBNIZ_BATCH_INLINE\n#if defined(__GNUC__)\n"
        "#define LEIBNIZ_BATCH_INLINE static inline __attribute__((always_inline))\n#else\n"
        "#define LEIBNIZ_BATCH_INLINE static inline\n#endif\n#define LEIBNIZ_BATCH_TABLE static "
        "const\n#endif\n";
    for (std::string_view text : {batch::bits_source, batch::exp_source, batch::expm1_source,
                                  batch::log_source, batch::log1p_source, batch::tanh_source,
                                  batch::atan_source, batch::erf_source, batch::sqrt_source}) {
        // one statement a line: a newline after each ';', '{' and '}' outside parentheses
        int depth = 0, indent = 0;
        std::string line;
        auto flush = [&] {
            std::size_t start = line.find_first_not_of(' ');
            if (start != std::string::npos)
                out += std::string(4 * static_cast<std::size_t>(indent), ' ') + line.substr(start) +
                       "\n";
            line.clear();
        };
        for (char ch : text) {
            if (ch == '(') ++depth;
            if (ch == ')') --depth;
            if (ch == '}' && depth == 0) {
                flush();
                --indent;
            }
            line += ch;
            if (depth == 0 && (ch == ';' || ch == '{' || ch == '}')) {
                flush();
                if (ch == '{') ++indent;
            }
        }
        flush();
    }
    return out;
}

}  // namespace leibniz
