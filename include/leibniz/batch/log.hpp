// log, vectorisable: x = 2^e m with m in [sqrt(1/2), sqrt(2)) (subnormals scaled by 2^54 first),
// log x = e ln2 + log(1 + f) with f = m - 1 exact, and log(1 + f) = 2 atanh(s), s = f/(2 + f),
// written f - s (f - R) with R = 2 s^2/3 + 2 s^4/5 + ... (the Taylor series through s^20; its
// remainder is below 2^-59). e ln2 is added in two parts. Within 1 ulp in double. lz_logf: the
// same in float, through s^10.
#pragma once

#include <leibniz/batch/source.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(log,
LEIBNIZ_BATCH_INLINE double lz_log1p_reduced(double f) {
    double s = f / (2.0 + f), z = s * s;
    double R = 0.09523809523809523;
    R = R * z + 0.10526315789473684;
    R = R * z + 0.11764705882352941;
    R = R * z + 0.13333333333333333;
    R = R * z + 0.15384615384615385;
    R = R * z + 0.18181818181818182;
    R = R * z + 0.2222222222222222;
    R = R * z + 0.2857142857142857;
    R = R * z + 0.4;
    R = R * z + 0.6666666666666666;
    R = R * z;
    return f - s * (f - R);
}
LEIBNIZ_BATCH_INLINE double lz_log(double x) {
    int sub = x < 0x1p-1022;
    double y = lz_select(sub, x * 0x1p54, x), m, e, r;
    uint64_t u = lz_bits(y);
    int64_t big, k = (int64_t)((u >> 52) & 0x7ff) - 1023 - 54 * (int64_t)sub;
    m = lz_double((u & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
    big = (int64_t)(m > 1.4142135623730951);
    m = lz_select((int)big, 0.5 * m, m);
    e = lz_integer(k + big);
    r = e * 0.6931471803691238 + (lz_log1p_reduced(m - 1.0) + e * 1.9082149292705877e-10);
    r = lz_select(x > 0.0, r, lz_select(x == 0.0, -lz_inf(), lz_nan()));
    return lz_select(x == lz_inf(), x, r);
}
LEIBNIZ_BATCH_INLINE float lz_log1p_reducedf(float f) {
    float s = f / (2.0f + f), z = s * s;
    float R = 0.181818187f;
    R = R * z + 0.222222224f;
    R = R * z + 0.285714298f;
    R = R * z + 0.400000006f;
    R = R * z + 0.666666687f;
    R = R * z;
    return f - s * (f - R);
}
LEIBNIZ_BATCH_INLINE float lz_logf(float x) {
    int32_t sub = (int32_t)(x < 0x1p-126f), big, k;
    float y = lz_selectf((int)sub, x * 0x1p25f, x), m, e, r;
    uint32_t u = lz_bitsf(y);
    k = (int32_t)((u >> 23) & 0xff) - 127 - 25 * sub;
    m = lz_float((u & 0x007fffffU) | 0x3f800000U);
    big = (int32_t)(m > 1.41421354f);
    m = lz_selectf((int)big, 0.5f * m, m);
    e = (float)(k + big);
    r = e * 0.693145752f + (lz_log1p_reducedf(m - 1.0f) + e * 1.42860677e-06f);
    r = lz_selectf(x > 0.0f, r, lz_selectf(x == 0.0f, -lz_float(0x7f800000U), lz_float(0x7fc00000U)));
    return lz_selectf(x == lz_float(0x7f800000U), x, r);
}
)
// clang-format on

}  // namespace leibniz::batch
