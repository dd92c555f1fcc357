// sqrt, vectorisable (a loop calling sqrt is not vectorised by g++ without -fno-math-errno, as
// sqrt of a negative sets errno): x scaled by 2^±108 into [2^-1000, 2^1000] (so that the seed
// and r^2 stay in range), a seed of 1/sqrt from the bits (3.5% off), three Newton steps
// y(3/2 - x y^2/2) to 2^-35, then r = x y and one Newton step for sqrt itself with the exact
// residual x - r^2 (Dekker's product in lz_fma), r + (x - r^2) y/2, rounded once; the result
// scaled back by 2^∓54. Float: x below 2^-100 scaled by 2^48 (so that x/2 is not subnormal),
// two steps to 2^-17, the residual in double (exact: r^2 has 48 bits). ±0, +inf and NaN are
// returned as they are, a negative x gives NaN. Within 0.5 ulp plus 2^-60 relative: correctly
// rounded but in rare near-halfway cases.
// hypot(x, y) = sqrt(a^2 + b^2), a = max(|x|, |y|), b = min: both scaled by 2^∓600 when a is
// beyond 2^±500 (exact, and b^2 below a^2 2^-106 when it underflows), a^2 in two parts (its
// rounding error by Dekker's product), so that the sum is within 1 ulp; back by 2^±600; an
// infinite argument gives inf even beside a NaN (and a NaN, by a - a, NaN otherwise). Float in
// double: exact squares, the sum rounded once. Within 1 ulp.
#pragma once

#include <leibniz/batch/source.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(sqrt,
LEIBNIZ_BATCH_INLINE double lz_sqrt(double x) {
    int tiny = x < 9.3326361850321888e-302, huge = x > 1.0715086071862673e+301;
    double s = x * lz_select(tiny, 3.2451855365842673e+32, lz_select(huge, 3.0814879110195774e-33, 1.0));
    double y = lz_double(0x5fe6eb50c7b537a9ULL - (lz_bits(s) >> 1)), h = 0.5 * s, r;
    y = y * (1.5 - (h * y) * y);
    y = y * (1.5 - (h * y) * y);
    y = y * (1.5 - (h * y) * y);
    r = s * y;
    r = r + lz_fma(-r, r, s) * (0.5 * y);
    r = r * lz_select(tiny, 5.5511151231257827e-17, lz_select(huge, 18014398509481984.0, 1.0));
    return lz_select((x == 0.0) | (x > 1.7976931348623157e+308), x, lz_select(x < 0.0, lz_nan(), r));
}
LEIBNIZ_BATCH_INLINE float lz_sqrtf(float x) {
    int tiny = x < 7.88860905e-31f;
    float s = x * lz_selectf(tiny, 281474976710656.0f, 1.0f);
    float y = lz_float(0x5f3759dfU - (lz_bitsf(s) >> 1)), h = 0.5f * s, r;
    y = y * (1.5f - (h * y) * y);
    y = y * (1.5f - (h * y) * y);
    r = s * y;
    r = r + (float)((double)s - (double)r * (double)r) * (0.5f * y);
    r = r * lz_selectf(tiny, 5.96046448e-08f, 1.0f);
    return lz_selectf((x == 0.0f) | (x > 3.40282347e+38f), x, lz_selectf(x < 0.0f, lz_float(0x7fc00000U), r));
}
LEIBNIZ_BATCH_INLINE double lz_hypot(double x, double y) {
    double a = lz_abs(x), b = lz_abs(y), m = lz_max(a, b), n = lz_min(a, b), p, s, r;
    int tiny = m < 3.054936363499605e-151, huge = m > 3.2733906078961419e+150;
    double sc = lz_select(tiny, 4.149515568880993e+180, lz_select(huge, 2.409919865102884e-181, 1.0));
    m = m * sc;
    n = n * sc;
    p = m * m;
    s = p + (n * n + lz_fma(m, m, -p));
    r = lz_sqrt(s + ((a - a) + (b - b))) * lz_select(tiny, 2.409919865102884e-181, lz_select(huge, 4.149515568880993e+180, 1.0));
    return lz_select((a > 1.7976931348623157e+308) | (b > 1.7976931348623157e+308), lz_inf(), r);
}
LEIBNIZ_BATCH_INLINE float lz_hypotf(float x, float y) {
    double a = (double)x, b = (double)y;
    float r = (float)lz_sqrt(a * a + b * b);
    return lz_selectf((lz_absf(x) > 3.40282347e+38f) | (lz_absf(y) > 3.40282347e+38f), lz_float(0x7f800000U), r);
}
)
// clang-format on

}  // namespace leibniz::batch
