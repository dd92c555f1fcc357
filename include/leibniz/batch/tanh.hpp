// tanh, vectorisable: with e = expm1(2|x|) and d = e + 2, tanh|x| = e/d below |x| = 1/2, its
// denominator corrected by the exact rounding error of e + 2 (Fast2Sum, as e < 2), and 1 - 2/d
// above, where 2/d <= 1/2 carries the error; the sign of x put back. 1/d is computed once for
// both (two divisions, not three). Within 2 ulp.
#pragma once

#include <leibniz/batch/expm1.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(tanh,
LEIBNIZ_BATCH_INLINE double lz_tanh(double x) {
    double a = lz_abs(x), e = lz_expm1(2.0 * a), d = e + 2.0, r = 1.0 / d, q = e / d;
    double small = q - q * (((2.0 - d) + e) * r);
    return lz_copysign(lz_select(a < 0.5, small, 1.0 - (r + r)), x);
}
LEIBNIZ_BATCH_INLINE float lz_tanhf(float x) {
    float a = lz_absf(x), e = lz_expm1f(2.0f * a), d = e + 2.0f, r = 1.0f / d, q = e / d;
    float small = q - q * (((2.0f - d) + e) * r);
    return lz_copysignf(lz_selectf(a < 0.5f, small, 1.0f - (r + r)), x);
}
)
// clang-format on

}  // namespace leibniz::batch
