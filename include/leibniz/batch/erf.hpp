// erf and erfc, vectorisable, by scripts/batch_erfc_table.py. Below |x| = 1/2, the Taylor series x
// (2/sqrt(pi)) (1 - x^2/3 + x^4/10 - ...) (double: erfc = 1 - erf below 1/4). Above, erfc|x| =
// exp(-x^2) G(|x|) with G = erfc(x) exp(x^2), from Chebyshev interpolants of G in 50 digits.
// Double: a polynomial on each of [1/4, 1], [1, 2] and [2, 4] in x, and x G a polynomial in 1/x
// above 4 (every piece is computed and one is selected, no branch and no gather); x^2 = h^2 + l(2h
// + l) in two parts (h the upper half of x's digits, so that h^2 is exact) enters exp's reduction,
// and exp(r) G is formed before the scaling by 2^k, so that the product is rounded once. Within 2
// ulp (erfc above 4: 2.25, its quotient by x). Float: G = t Q(t) with t = 1/(1 + |x|/4) on [0,
// 10.5], one polynomial; r = -x^2 - k ln2, t and Q in double, G exp(r) rounded to float once:
// within 1 ulp. erf|x| = 1 - erfc|x|, erfc(-x) = 2 - erfc(x).
#pragma once

#include <leibniz/batch/exp.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(erf,
LEIBNIZ_BATCH_INLINE double lz_erf_small(double x) {
    double z = x * x, p;
    p = 9.422759064650411e-11;
    p = p * z + -1.2290555301717928e-09;
    p = p * z + 1.4807192815879218e-08;
    p = p * z + -1.6365844691234924e-07;
    p = p * z + 1.6462114365889248e-06;
    p = p * z + -1.492565035840625e-05;
    p = p * z + 0.00012055332981789664;
    p = p * z + -0.0008548327023450853;
    p = p * z + 0.005223977625442188;
    p = p * z + -0.026866170645131252;
    p = p * z + 0.11283791670955126;
    p = p * z + -0.37612638903183754;
    return x * 1.1283791670955126 + x * (1.533545961316588e-17 + p * z);
}
LEIBNIZ_BATCH_INLINE double lz_erfc_large(double a) {
    double c = lz_select(a < 0.25, 0.25, a), u, s, t1, t2, t3, t4, hi, lo, t, g, h, l, em, mx, mu, b;
    lz_reduced q;
    c = lz_select(c > 29.0, 29.0, c);
    s = (c - 0.625) * 2.6666666666666665;
    t1 = 1.3323604248050208e-13;
    t1 = t1 * s + -1.1390484513164224e-12;
    t1 = t1 * s + 8.938899888509337e-12;
    t1 = t1 * s + -7.220965967876552e-11;
    t1 = t1 * s + 5.662041381079172e-10;
    t1 = t1 * s + -4.286576787304401e-09;
    t1 = t1 * s + 3.130154976679018e-08;
    t1 = t1 * s + -2.1981793674822655e-07;
    t1 = t1 * s + 1.4793076131286844e-06;
    t1 = t1 * s + -9.499688435127707e-06;
    t1 = t1 * s + 5.791089716536046e-05;
    t1 = t1 * s + -0.00033295485147028273;
    t1 = t1 * s + 0.0017903572253280533;
    t1 = t1 * s + -0.008903126068398678;
    t1 = t1 * s + 0.04030140176310679;
    t1 = t1 * s + -0.16213568100142853;
    t1 = t1 * s;
    s = (c - 1.5) * 2.0;
    t2 = -2.6641841734607675e-14;
    t2 = t2 * s + 2.0292151163761165e-13;
    t2 = t2 * s + -1.3988172161915317e-12;
    t2 = t2 * s + 1.0198170166276311e-11;
    t2 = t2 * s + -7.27683737113065e-11;
    t2 = t2 * s + 5.046602976320114e-10;
    t2 = t2 * s + -3.4057547442939427e-09;
    t2 = t2 * s + 2.232841288007105e-08;
    t2 = t2 * s + -1.4191195854849937e-07;
    t2 = t2 * s + 8.723044760349276e-07;
    t2 = t2 * s + -5.171328643577939e-06;
    t2 = t2 * s + 2.9470857452438927e-05;
    t2 = t2 * s + -0.00016081117337456488;
    t2 = t2 * s + 0.0008360838095667822;
    t2 = t2 * s + -0.0041163631624453285;
    t2 = t2 * s + 0.019037759963869347;
    t2 = t2 * s + -0.08181145886628004;
    t2 = t2 * s;
    s = (c - 3.0) * 1.0;
    t3 = -3.357346034257376e-13;
    t3 = t3 * s + 1.6649372607256146e-12;
    t3 = t3 * s + -6.540314781838702e-12;
    t3 = t3 * s + 3.1649750343485987e-11;
    t3 = t3 * s + -1.5396164337943972e-10;
    t3 = t3 * s + 7.206569825011898e-10;
    t3 = t3 * s + -3.312746819938391e-09;
    t3 = t3 * s + 1.4977111542990704e-08;
    t3 = t3 * s + -6.646692586156175e-08;
    t3 = t3 * s + 2.8926693017436393e-07;
    t3 = t3 * s + -1.2333677056587265e-06;
    t3 = t3 * s + 5.146436493577689e-06;
    t3 = t3 * s + -2.0989464464224638e-05;
    t3 = t3 * s + 8.355413963931287e-05;
    t3 = t3 * s + -0.0003241255444964542;
    t3 = t3 * s + 0.001223039052375977;
    t3 = t3 * s + -0.004479431018372594;
    t3 = t3 * s + 0.01588437115987136;
    t3 = t3 * s + -0.05437226000717287;
    t3 = t3 * s;
    b = c;
    u = 1.0 / c;
    s = (u - 0.14224137931034483) * 9.28;
    t4 = 2.0670341665078158e-13;
    t4 = t4 * s + -6.762046497279718e-13;
    t4 = t4 * s + -1.7302327789916957e-12;
    t4 = t4 * s + 1.801323091022563e-11;
    t4 = t4 * s + -3.8351050074164426e-11;
    t4 = t4 * s + -1.9665051913042266e-10;
    t4 = t4 * s + 1.6000981248581256e-09;
    t4 = t4 * s + -2.10257401367691e-09;
    t4 = t4 * s + -3.072775325852954e-08;
    t4 = t4 * s + 1.853127758950995e-07;
    t4 = t4 * s + 1.4976766701247222e-07;
    t4 = t4 * s + -7.068287165211029e-06;
    t4 = t4 * s + 2.4975043662114974e-05;
    t4 = t4 * s + 0.00023771653203389395;
    t4 = t4 * s + -0.0027458987276468816;
    t4 = t4 * s + -0.008159292139865508;
    t4 = t4 * s;
    hi = lz_select(c < 1.0, 0.5568138808733625, lz_select(c < 2.0, 0.3215854164543175, 0.17900115118138996));
    lo = lz_select(c < 1.0, 2.822851064336529e-17, lz_select(c < 2.0, 1.7034018323485376e-17, -5.5533156905820174e-18));
    t = lz_select(c < 1.0, t1, lz_select(c < 2.0, t2, t3)) + lo;
    g = hi + t;
    c = lz_select(a > 30.0, 30.0, a);
    h = lz_double(lz_bits(c) & 0xfffffffff8000000ULL);
    l = c - h;
    q = lz_reduce_ln2_sum(-(h * h), -(l * (h + h + l)));
    em = q.r + lz_expm1_tail(q.r);
    mx = hi + (t + g * em);
    t4 = t4 + -2.2176419918803753e-17;
    g = 0.5586470944482015 + t4;
    mu = (0.5586470944482015 + (t4 + g * em)) / b;
    mx = lz_select(c < 4.0, mx, mu);
    return lz_scale2(mx, q.k);
}
LEIBNIZ_BATCH_INLINE double lz_erfc(double x) {
    double a = lz_abs(x), e = lz_erfc_large(a);
    return lz_select(a < 0.25, 1.0 - lz_erf_small(x), lz_select(x > 0.0, e, 2.0 - e));
}
LEIBNIZ_BATCH_INLINE double lz_erf(double x) {
    double a = lz_abs(x);
    return lz_select(a < 0.5, lz_erf_small(x), lz_copysign(1.0 - lz_erfc_large(a), x));
}
LEIBNIZ_BATCH_INLINE float lz_erf_smallf(float x) {
    float z = x * x, p;
    p = -1.4925650248187594e-05f;
    p = p * z + 0.00012055332626914605f;
    p = p * z + -0.0008548327023163438f;
    p = p * z + 0.005223977845162153f;
    p = p * z + -0.02686617150902748f;
    p = p * z + 0.11283791810274124f;
    p = p * z + -0.37612637877464294f;
    return x * 1.1283791065216064f + x * (6.057390322666834e-08f + p * z);
}
LEIBNIZ_BATCH_INLINE float lz_erfc_largef(float a) {
    float b = lz_selectf(a > 10.5f, 10.5f, a), u;
    double w, r, e, t, s, p;
    lz_reducedf q = lz_reduce_ln2f(-(b * b));
    w = (double)b;
    r = -(w * w) - (double)q.k * 0.6931471805599453;
    e = r + (double)lz_expm1_tailf((float)r);
    u = 1.0f / (1.0f + 0.25f * b);
    t = (double)u;
    w = 1.0 + 0.25 * w;
    t = t * (2.0 - w * t);
    s = (t - 0.6379310344827587) * 2.761904761904762;
    p = -7.6166514603663154e-06;
    p = p * s + -2.3309606180845086e-05;
    p = p * s + 8.71095837230024e-05;
    p = p * s + 0.0010228060810106379;
    p = p * s + 0.0050522587685424844;
    p = p * s + 0.017409876144127312;
    p = p * s + 0.046739022628596194;
    p = p * s + 0.10217499928591242;
    p = p * s + 0.18562959875878998;
    p = p * s + 0.28246156000578315;
    p = p * s + 0.3594536950370925;
    p = t * p;
    return lz_scale2f((float)(p + p * e), q.k);
}
LEIBNIZ_BATCH_INLINE float lz_erfcf(float x) {
    float e = lz_erfc_largef(lz_absf(x));
    return lz_selectf(x > 0.0f, e, 2.0f - e);
}
LEIBNIZ_BATCH_INLINE float lz_erff(float x) {
    float a = lz_absf(x);
    return lz_selectf(a < 0.5f, lz_erf_smallf(x), lz_copysignf(1.0f - lz_erfc_largef(a), x));
}
)
// clang-format on

}  // namespace leibniz::batch
