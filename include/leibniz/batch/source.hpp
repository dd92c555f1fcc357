// The vector math kernels are written once, in the common subset of C99 and C++20, inside
// LEIBNIZ_BATCH_SOURCE(name, ...): C++ compiles the text as code (namespace leibniz::batch), and
// the same text, stringified, is what lz::c_prelude() gives to generated C (batch/math.hpp).
// Every kernel is branch-free: both sides of a choice are computed and blended by a mask
// (lz_select), integers and doubles are reinterpreted through memcpy, and nothing calls the C
// library, so that g++ and clang vectorise a loop over them without -ffast-math.
//
// Rules for the text: no preprocessor directives (comments are fine: they are stripped before
// stringification), names prefixed lz_, only functions of an earlier LEIBNIZ_BATCH_SOURCE called.
#pragma once

#include <stdint.h>
#include <string.h>

#include <string_view>

// Always inlined: a loop calling a kernel that is not inlined does not vectorise.
#if defined(__GNUC__)
#define LEIBNIZ_BATCH_INLINE inline __attribute__((always_inline))
#else
#define LEIBNIZ_BATCH_INLINE inline
#endif
#define LEIBNIZ_BATCH_TABLE inline constexpr

//! Compiles the kernel text and keeps it as name_source for the C prelude.
#define LEIBNIZ_BATCH_SOURCE(name, ...)                                                            \
    __VA_ARGS__                                                                                    \
    inline constexpr std::string_view name##_source = #__VA_ARGS__;

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(bits,
// the bits of a double (a float) and back; a mask blend; |x|; the sign of y on x; a*b + c with
// the product's rounding error added back (Dekker's product on halves cut from the bits: the
// partial products are exact but for al*bl, so it is within 2^-104 |ab| of one rounding, and a
// compiler's contraction of them into FMAs changes nothing); an integer below 2^51 as a double
// without a conversion instruction (none is vectorised before AVX-512)
LEIBNIZ_BATCH_INLINE uint64_t lz_bits(double x) { uint64_t u; memcpy(&u, &x, sizeof u); return u; }
LEIBNIZ_BATCH_INLINE double lz_double(uint64_t u) { double x; memcpy(&x, &u, sizeof x); return x; }
LEIBNIZ_BATCH_INLINE double lz_select(int c, double a, double b) {
    uint64_t m = (uint64_t)0 - (uint64_t)(c != 0);
    return lz_double((lz_bits(a) & m) | (lz_bits(b) & ~m));
}
LEIBNIZ_BATCH_INLINE double lz_abs(double x) { return lz_double(lz_bits(x) & 0x7fffffffffffffffULL); }
LEIBNIZ_BATCH_INLINE double lz_copysign(double x, double y) {
    return lz_double((lz_bits(x) & 0x7fffffffffffffffULL) | (lz_bits(y) & 0x8000000000000000ULL));
}
LEIBNIZ_BATCH_INLINE double lz_inf(void) { return lz_double(0x7ff0000000000000ULL); }
LEIBNIZ_BATCH_INLINE double lz_nan(void) { return lz_double(0x7ff8000000000000ULL); }
LEIBNIZ_BATCH_INLINE double lz_max(double a, double b) { return lz_select(a > b, a, b); }
LEIBNIZ_BATCH_INLINE double lz_min(double a, double b) { return lz_select(a < b, a, b); }
LEIBNIZ_BATCH_INLINE uint32_t lz_bitsf(float x) { uint32_t u; memcpy(&u, &x, sizeof u); return u; }
LEIBNIZ_BATCH_INLINE float lz_float(uint32_t u) { float x; memcpy(&x, &u, sizeof x); return x; }
LEIBNIZ_BATCH_INLINE float lz_selectf(int c, float a, float b) {
    uint32_t m = (uint32_t)0 - (uint32_t)(c != 0);
    return lz_float((lz_bitsf(a) & m) | (lz_bitsf(b) & ~m));
}
LEIBNIZ_BATCH_INLINE float lz_maxf(float a, float b) { return lz_selectf(a > b, a, b); }
LEIBNIZ_BATCH_INLINE float lz_minf(float a, float b) { return lz_selectf(a < b, a, b); }
LEIBNIZ_BATCH_INLINE float lz_absf(float x) { return lz_float(lz_bitsf(x) & 0x7fffffffU); }
LEIBNIZ_BATCH_INLINE float lz_copysignf(float x, float y) {
    return lz_float((lz_bitsf(x) & 0x7fffffffU) | (lz_bitsf(y) & 0x80000000U));
}
LEIBNIZ_BATCH_INLINE double lz_high(double x) { return lz_double(lz_bits(x) & 0xfffffffff8000000ULL); }
LEIBNIZ_BATCH_INLINE double lz_fma(double a, double b, double c) {
    double p = a * b, ah = lz_high(a), al = a - ah, bh = lz_high(b), bl = b - bh;
    double e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    return (p + c) + e;
}
LEIBNIZ_BATCH_INLINE float lz_fmaf(float a, float b, float c) {
    return (float)((double)a * (double)b + (double)c);
}
LEIBNIZ_BATCH_INLINE double lz_integer(int64_t k) {
    return lz_double(0x4330000000000000ULL + (uint64_t)(k + 2048)) - 4503599627372544.0;
}
)
// clang-format on

}  // namespace leibniz::batch
