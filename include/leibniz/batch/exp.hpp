// exp, vectorisable: x = k ln2 + r with |r| <= ln2/2 (Cody and Waite: ln2 in two parts, so that
// k ln2_hi is exact), exp(r) = 1 + r + r^2 q(r) with q the near-minimax polynomial of degree 10
// (double; relative error 2^-61) or 4 (float; 2^-26.5) interpolating (exp(r) - 1 - r)/r^2 at the
// Chebyshev nodes of [-ln2/2, ln2/2] (scripts/batch_exp_fit.py; lz_expm1_tail is r^2 q), and 2^k
// applied as two exact powers of two (lz_scale2), so that results near overflow and subnormal
// results are rounded once. Within 1 ulp. lz_reduce_ln2_sum(x, lo) reduces an argument in two
// parts (x + lo, lo small beside x; erfc's -x^2) with k chosen from the sum, so that |r| stays
// within ln2/2, where q is fitted. The exponent arithmetic of lz_scale2 is unsigned: for a NaN
// argument k is an arbitrary bit pattern (the result is NaN through p), and signed overflow on it
// would be undefined behaviour.
#pragma once

#include <leibniz/batch/source.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(exp,
typedef struct { double r; int64_t k; } lz_reduced;
LEIBNIZ_BATCH_INLINE lz_reduced lz_reduce_ln2(double x) {
    double t = x * 1.4426950408889634 + 6755399441055744.0;
    double k = t - 6755399441055744.0;
    lz_reduced out;
    out.r = (x - k * 0.6931471803691238) - k * 1.9082149292705877e-10;
    out.k = (int64_t)(lz_bits(t) - 0x4338000000000000ULL);
    return out;
}
LEIBNIZ_BATCH_INLINE lz_reduced lz_reduce_ln2_sum(double x, double lo) {
    double t = (x + lo) * 1.4426950408889634 + 6755399441055744.0;
    double k = t - 6755399441055744.0;
    lz_reduced out;
    out.r = (x - k * 0.6931471803691238) + (lo - k * 1.9082149292705877e-10);
    out.k = (int64_t)(lz_bits(t) - 0x4338000000000000ULL);
    return out;
}
LEIBNIZ_BATCH_INLINE double lz_expm1_tail(double r) {
    double q = 2.0914679595617734e-09;
    q = q * r + 2.510520668068106e-08;
    q = q * r + 2.7557273660822466e-07;
    q = q * r + 2.7557255425009614e-06;
    q = q * r + 2.480158732553378e-05;
    q = q * r + 0.00019841269874801073;
    q = q * r + 0.0013888888888883752;
    q = q * r + 0.008333333333326141;
    q = q * r + 0.04166666666666667;
    q = q * r + 0.1666666666666667;
    q = q * r + 0.5;
    return r * r * q;
}
LEIBNIZ_BATCH_INLINE double lz_pow2(int64_t k) { return lz_double(((uint64_t)k + 1023) << 52); }
LEIBNIZ_BATCH_INLINE double lz_scale2(double p, int64_t k) {
    uint64_t u = (uint64_t)k, h = ((u + 2048) >> 1) - 1024;
    return p * lz_pow2((int64_t)h) * lz_pow2((int64_t)(u - h));
}
LEIBNIZ_BATCH_INLINE double lz_exp(double x) {
    double c = lz_select(x < -746.0, -746.0, x);
    lz_reduced q;
    c = lz_select(c > 710.0, 710.0, c);
    q = lz_reduce_ln2(c);
    return lz_scale2(1.0 + (q.r + lz_expm1_tail(q.r)), q.k);
}
typedef struct { float r; int32_t k; } lz_reducedf;
LEIBNIZ_BATCH_INLINE lz_reducedf lz_reduce_ln2f(float x) {
    float t = x * 1.44269502f + 12582912.0f;
    float k = t - 12582912.0f;
    lz_reducedf out;
    out.r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    out.k = (int32_t)(lz_bitsf(t) - 0x4b400000U);
    return out;
}
LEIBNIZ_BATCH_INLINE float lz_expm1_tailf(float r) {
    float q = 0.0013926175888627768f;
    q = q * r + 0.008363173343241215f;
    q = q * r + 0.041666556149721146f;
    q = q * r + 0.16666577756404877f;
    q = q * r + 0.5f;
    return r * r * q;
}
LEIBNIZ_BATCH_INLINE float lz_pow2f(int32_t k) { return lz_float(((uint32_t)k + 127) << 23); }
LEIBNIZ_BATCH_INLINE float lz_scale2f(float p, int32_t k) {
    uint32_t u = (uint32_t)k, h = ((u + 256) >> 1) - 128;
    return p * lz_pow2f((int32_t)h) * lz_pow2f((int32_t)(u - h));
}
LEIBNIZ_BATCH_INLINE float lz_expf(float x) {
    float c = lz_selectf(x < -104.0f, -104.0f, x);
    lz_reducedf q;
    c = lz_selectf(c > 89.0f, 89.0f, c);
    q = lz_reduce_ln2f(c);
    return lz_scale2f(1.0f + (q.r + lz_expm1_tailf(q.r)), q.k);
}
)
// clang-format on

}  // namespace leibniz::batch
