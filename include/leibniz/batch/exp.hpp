// exp, vectorisable: x = k ln2 + r with |r| <= ln2/2 (Cody and Waite: ln2 in two parts, so that
// k ln2_hi is exact), exp(r) = 1 + (exp(r) - 1) by the Taylor polynomial through r^13 (its
// remainder is below 2^-56 of the value; lz_expm1_tail is its part after 1 + r), and 2^k applied as
// two exact powers of two, so that results near overflow and subnormal results are rounded once.
// Within 1 ulp in double. lz_exp_sum(x, lo) is exp(x + lo) for a small lo beside x (an argument in
// two parts).
#pragma once

#include <leibniz/batch/source.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(exp,
typedef struct { double r; int64_t k; } lz_reduced;
LEIBNIZ_BATCH_INLINE lz_reduced lz_reduce_ln2(double x, double lo) {
    double t = x * 1.4426950408889634 + 6755399441055744.0;
    double k = t - 6755399441055744.0;
    lz_reduced out;
    out.r = (x - k * 0.6931471803691238) + (lo - k * 1.9082149292705877e-10);
    out.k = (int64_t)(lz_bits(t) - 0x4338000000000000ULL);
    return out;
}
LEIBNIZ_BATCH_INLINE double lz_expm1_tail(double r) {
    double q = 1.6059043836821613e-10;
    q = q * r + 2.08767569878681e-09;
    q = q * r + 2.505210838544172e-08;
    q = q * r + 2.755731922398589e-07;
    q = q * r + 2.7557319223985893e-06;
    q = q * r + 2.48015873015873e-05;
    q = q * r + 0.0001984126984126984;
    q = q * r + 0.001388888888888889;
    q = q * r + 0.008333333333333333;
    q = q * r + 0.041666666666666664;
    q = q * r + 0.16666666666666666;
    q = q * r + 0.5;
    return r * r * q;
}
LEIBNIZ_BATCH_INLINE double lz_pow2(int64_t k) { return lz_double((uint64_t)(k + 1023) << 52); }
LEIBNIZ_BATCH_INLINE double lz_exp_sum(double x, double lo) {
    double c = lz_select(x < -746.0, -746.0, x);
    lz_reduced q;
    int64_t k1;
    c = lz_select(c > 710.0, 710.0, c);
    q = lz_reduce_ln2(c, lo);
    k1 = q.k / 2;
    return (1.0 + (q.r + lz_expm1_tail(q.r))) * lz_pow2(k1) * lz_pow2(q.k - k1);
}
LEIBNIZ_BATCH_INLINE double lz_exp(double x) { return lz_exp_sum(x, 0.0); }
typedef struct { float r; int32_t k; } lz_reducedf;
LEIBNIZ_BATCH_INLINE lz_reducedf lz_reduce_ln2f(float x, float lo) {
    float t = x * 1.44269502f + 12582912.0f;
    float k = t - 12582912.0f;
    lz_reducedf out;
    out.r = (x - k * 0.693145752f) + (lo - k * 1.42860677e-06f);
    out.k = (int32_t)(lz_bitsf(t) - 0x4b400000U);
    return out;
}
LEIBNIZ_BATCH_INLINE float lz_expm1_tailf(float r) {
    float q = 0.000198412701f;
    q = q * r + 0.00138888892f;
    q = q * r + 0.00833333377f;
    q = q * r + 0.0416666679f;
    q = q * r + 0.166666672f;
    q = q * r + 0.5f;
    return r * r * q;
}
LEIBNIZ_BATCH_INLINE float lz_pow2f(int32_t k) { return lz_float((uint32_t)(k + 127) << 23); }
LEIBNIZ_BATCH_INLINE float lz_expf(float x) {
    float c = lz_selectf(x < -104.0f, -104.0f, x);
    lz_reducedf q;
    int32_t k1;
    c = lz_selectf(c > 89.0f, 89.0f, c);
    q = lz_reduce_ln2f(c, 0.0f);
    k1 = q.k / 2;
    return (1.0f + (q.r + lz_expm1_tailf(q.r))) * lz_pow2f(k1) * lz_pow2f(q.k - k1);
}
)
// clang-format on

}  // namespace leibniz::batch
