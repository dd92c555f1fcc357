// atan, vectorisable: |x| > 1 by atan|x| = pi/2 - atan(1/|x|), then y > tan(pi/8) by
// atan y = pi/4 + atan((y - 1)/(y + 1)), so that |t| <= tan(pi/8), where the Taylor series
// t - t^3/3 + ... through t^45 is below 2^-56 of the value; pi/4 and pi/2 in two parts, the sign
// of x put back. Within 2 ulp in double.
#pragma once

#include <leibniz/batch/source.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(atan,
LEIBNIZ_BATCH_INLINE double lz_atan(double x) {
    double a = lz_abs(x), y, t, z, r;
    int inverted = a > 1.0, shifted;
    y = lz_select(inverted, 1.0 / a, a);
    shifted = y > 0.41421356237309503;
    t = lz_select(shifted, (y - 1.0) / (y + 1.0), y);
    z = t * t;
    double p = 0.022222222222222223;
    p = p * z + -0.023255813953488372;
    p = p * z + 0.024390243902439025;
    p = p * z + -0.02564102564102564;
    p = p * z + 0.02702702702702703;
    p = p * z + -0.02857142857142857;
    p = p * z + 0.030303030303030304;
    p = p * z + -0.03225806451612903;
    p = p * z + 0.034482758620689655;
    p = p * z + -0.037037037037037035;
    p = p * z + 0.04;
    p = p * z + -0.043478260869565216;
    p = p * z + 0.047619047619047616;
    p = p * z + -0.05263157894736842;
    p = p * z + 0.058823529411764705;
    p = p * z + -0.06666666666666667;
    p = p * z + 0.07692307692307693;
    p = p * z + -0.09090909090909091;
    p = p * z + 0.1111111111111111;
    p = p * z + -0.14285714285714285;
    p = p * z + 0.2;
    p = p * z + -0.3333333333333333;
    p = p * z + 1.0;
    r = t * p;
    r = lz_select(shifted, 0.7853981633974483 + (r + 3.061616997868383e-17), r);
    r = lz_select(inverted, 1.5707963267948966 - (r - 6.123233995736766e-17), r);
    return lz_copysign(r, x);
}
LEIBNIZ_BATCH_INLINE float lz_atanf(float x) { return (float)lz_atan((double)x); }
)
// clang-format on

}  // namespace leibniz::batch
