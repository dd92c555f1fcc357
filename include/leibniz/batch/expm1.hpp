// expm1, vectorisable: with the reduction of exp, exp(x) - 1 = ((2^k - 1) + 2^k r) + 2^k t where
// exp(r) = 1 + r + t: 2^k - 1 is exact for |k| <= 53 and 2^k r is exact, so the only roundings
// are two additions; for k = 0 it is r + t. Near overflow 2^k is applied in two steps.
// Within 1.5 ulp in double.
#pragma once

#include <leibniz/batch/exp.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(expm1,
LEIBNIZ_BATCH_INLINE double lz_expm1(double x) {
    double c = lz_select(x < -60.0, -60.0, x);
    lz_reduced q;
    double tail, s, h;
    int64_t j;
    c = lz_select(c > 710.0, 710.0, c);
    q = lz_reduce_ln2(c);
    tail = lz_expm1_tail(q.r);
    j = (int64_t)(q.k > 1000);
    s = lz_pow2(q.k - j);
    h = lz_pow2(-j);
    s = lz_select(q.k == 0, q.r + tail, (((s - h) + s * q.r) + s * tail) * lz_pow2(j));
    return lz_select(x == 0.0, x, s);
}
LEIBNIZ_BATCH_INLINE float lz_expm1f(float x) {
    float c = lz_selectf(x < -30.0f, -30.0f, x), tail, s, h;
    lz_reducedf q;
    int32_t j;
    c = lz_selectf(c > 89.0f, 89.0f, c);
    q = lz_reduce_ln2f(c);
    tail = lz_expm1_tailf(q.r);
    j = (int32_t)(q.k > 120);
    s = lz_pow2f(q.k - j);
    h = lz_pow2f(-j);
    s = lz_selectf(q.k == 0, q.r + tail, (((s - h) + s * q.r) + s * tail) * lz_pow2f(j));
    return lz_selectf(x == 0.0f, x, s);
}
)
// clang-format on

}  // namespace leibniz::batch
