// log1p, vectorisable: u = 1 + x rounded, log1p(x) = log(u) + (x - (u - 1))/u, the second term
// correcting the rounding of u to first order (u - 1 is exact); for tiny x, u = 1 and the result
// is x. Within 2 ulp in double.
#pragma once

#include <leibniz/batch/log.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(log1p,
LEIBNIZ_BATCH_INLINE double lz_log1p(double x) {
    double u = 1.0 + x;
    int finite = (u > 0.0) & (u <= 0x1.fffffffffffffp1023);
    return lz_select(x == 0.0, x, lz_log(u) + lz_select(finite, (x - (u - 1.0)) / u, 0.0));
}
LEIBNIZ_BATCH_INLINE float lz_log1pf(float x) {
    float u = 1.0f + x;
    int finite = (u > 0.0f) & (u <= 0x1.fffffep127f);
    return lz_selectf(x == 0.0f, x, lz_logf(u) + lz_selectf(finite, (x - (u - 1.0f)) / u, 0.0f));
}
)
// clang-format on

}  // namespace leibniz::batch
