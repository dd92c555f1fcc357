// erf and erfc, vectorisable. Below |x| = 1/2, the Taylor series x (2/sqrt(pi)) (1 - x^2/3 +
// x^4/10 - ...) through x^25 (erfc = 1 - erf below 1/4). Above, erfc|x| = exp(-x^2) G(|x|) with
// G = erfc(x) exp(x^2) a polynomial on each of 14 intervals of [1/4, 29] (coefficients from the
// Chebyshev interpolant of G in 50 digits by scripts/batch_erfc_table.py, its constant term in two
// parts; the interval's row is picked by index, a gather, not a branch; the table holds the bits
// of the coefficients, so that its loads cannot alias the double arrays a kernel writes); x^2 = h^2
// + l(2h + l) in two parts (h the upper 26 bits of x, so h^2 is exact) enters exp's reduction, and
// exp(r) G is formed before the scaling by 2^k, so that the product is rounded once. erf|x| = 1 -
// erfc|x|, erfc(-x) = 2 - erfc(x). Within 2 ulp in double.
#pragma once

#include <leibniz/batch/exp.hpp>

namespace leibniz::batch {

// clang-format off
LEIBNIZ_BATCH_SOURCE(erf,
LEIBNIZ_BATCH_TABLE double lz_erfc_bounds[13] = {0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 7.0, 9.0, 13.0, 17.0, 21.0};
LEIBNIZ_BATCH_TABLE uint64_t lz_erfc_table[14][21] = {
{0x3fd8000000000000ULL, 0x4020000000000000ULL, 0x3fe5f28ade3ca4acULL, 0xbc629cd4058d1ffbULL, 0xbfb3a5c679d7bb59ULL, 0x3f7d28c0e1177cd5ULL, 0xbf42e82dbf847066ULL, 0x3f0611afb945d392ULL, 0xbec7a16147a189baULL, 0x3e878491fa6f7f30ULL, 0xbe45f77484b6e9dfULL, 0x3e03662c303222c6ULL, 0xbdc04ad89dd6385aULL, 0x3d7a26750309a904ULL, 0xbd3444b52d02e2a0ULL, 0x3cee09824e6c6552ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x3fe4000000000000ULL, 0x4020000000000000ULL, 0x3fe1d16b5809eaf6ULL, 0x3c8043eea374b724ULL, 0xbfababd0e4f1a24dULL, 0x3f72577420fcd07dULL, 0xbf359c35c06f8049ULL, 0x3ef72d46a9b3f165ULL, 0xbeb6fce5df094b06ULL, 0x3e7552fe6ffdeaf7ULL, 0xbe32a7f5037cbab6ULL, 0x3deefd03d10fd88cULL, 0xbda88edeea1374b2ULL, 0x3d62a69625964a05ULL, 0xbd1b69058a7440baULL, 0x3cd34f8a81ab567aULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x3fec000000000000ULL, 0x4020000000000000ULL, 0x3fddb747ee409ac5ULL, 0xbc758e683284453fULL, 0xbfa4369f60195edcULL, 0x3f680ef8f454cfa6ULL, 0xbf29d5868de0b5b2ULL, 0x3ee9831c2c83a8a8ULL, 0xbea779dd2a3c1f9aULL, 0x3e645264931c4283ULL, 0xbe20ab3837e6db0eULL, 0x3dda0ee1dc6c70a0ULL, 0xbd937fd5cc97a23fULL, 0x3d4c3269fff47fa9ULL, 0xbd038c380c08b31aULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x3ff4000000000000ULL, 0x4010000000000000ULL, 0x3fd78a692138767aULL, 0x3c1aa2d4c254802eULL, 0xbfaabaacdbfa8b07ULL, 0x3f7b56f45eef7e3fULL, 0xbf49b635ac624aacULL, 0x3f168a25a6648380ULL, 0xbee299636d6cc790ULL, 0x3ead1b69597ee75bULL, 0xbe75b8bc93be10e3ULL, 0x3e3f0fe8a8b0ce7fULL, 0xbe055c09148b41caULL, 0x3dcc55c914a7eebfULL, 0xbd922ef167c91abcULL, 0x3d57136aebf1cf5eULL, 0xbd1be7afbe5cdf01ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x3ffc000000000000ULL, 0x4010000000000000ULL, 0x3fd23cfc2f1dc7e0ULL, 0x3c63c1b6509336a1ULL, 0xbfa0c3d538446447ULL, 0x3f6c8d0cef0f8107ULL, 0xbf36cb52fe489456ULL, 0x3f013648a12017ffULL, 0xbec8bf716a8edfb6ULL, 0x3e9106bd5bb79b06ULL, 0xbe568388843032a8ULL, 0x3e1cb4c76289d101ULL, 0xbde1b291c34babccULL, 0x3da5269f1b2c7e40ULL, 0xbd688eee4d62a504ULL, 0x3d2c351813cf7539ULL, 0xbcef1494c7db98bcULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x4004000000000000ULL, 0x4000000000000000ULL, 0x3fcafbb3f3b7343bULL, 0xbc5a686c9ef334c2ULL, 0xbfa3086d7f01ac85ULL, 0x3f798958a7a8e4b2ULL, 0xbf50632076809e11ULL, 0x3f2435c04e205683ULL, 0xbef809ce8ab4eb59ULL, 0x3ecba8a67d480c16ULL, 0xbe9edd423a02cfa4ULL, 0x3e70bcba0cb30e7eULL, 0xbe41ad10ab7fac55ULL, 0x3e123512c1ae2171ULL, 0xbde251608d783a88ULL, 0x3db20001473552a6ULL, 0xbd8156afd3d0eea5ULL, 0x3d5147edddf0e109ULL, 0xbd2006d3b14b6957ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x400c000000000000ULL, 0x4000000000000000ULL, 0x3fc3e0a99a0ee914ULL, 0xbc39105d7361390fULL, 0xbf95285d2eb1ef74ULL, 0x3f65d581133378eeULL, 0xbf35e5d7e9898f21ULL, 0x3f05632136d8c870ULL, 0xbed460abd6b8c32dULL, 0x3ea2f839e54cd354ULL, 0xbe7146bc38caf85eULL, 0x3e3ed2a955d59df3ULL, 0xbe0af5df99dc53daULL, 0x3dd725027d8d87bfULL, 0xbda3814aaa819e48ULL, 0x3d702b1df8c9c316ULL, 0xbd3b64274235c238ULL, 0x3d0604b3e6cfd311ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x4012000000000000ULL, 0x4000000000000000ULL, 0x3fbf5b2a049cf4c6ULL, 0xbc5f6c434dc8388aULL, 0xbf8aa3eb6a946f7eULL, 0x3f562c12cb5f7555ULL, 0xbf2218ed930b236fULL, 0x3eed00785f2fe393ULL, 0xbeb6d54b133eca0aULL, 0x3e81ad6a31494472ULL, 0xbe4aef8ea15ad072ULL, 0x3e143551f448b217ULL, 0xbddde09948ab09ebULL, 0x3da5c4a42b29f98eULL, 0xbd6f4beadbe741fbULL, 0x3d36ceeced73b1c4ULL, 0xbcfffd86a4e16c43ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x4018000000000000ULL, 0x3ff0000000000000ULL, 0x3fb7c0348489d721ULL, 0x3c5caae735059b13ULL, 0xbf8ed7f66d9d09feULL, 0x3f63c7764a81f462ULL, 0xbf39106a7cd79f06ULL, 0x3f0f64cd9c07b900ULL, 0xbee370d0641613c5ULL, 0x3eb7d0e03ed7f543ULL, 0xbe8cde4ceef96c57ULL, 0x3e6151346be703a6ULL, 0xbe3491ba26220aa9ULL, 0x3e083200422a8513ULL, 0xbddc31991d950b35ULL, 0x3db0464a98fd8a9fULL, 0xbd828fe05a843e92ULL, 0x3d550b6aed737098ULL, 0xbd29c7b8dfa8b779ULL, 0x3cfcd7d9d4223e6aULL, 0x0000000000000000ULL},
{0x4020000000000000ULL, 0x3ff0000000000000ULL, 0x3fb1ea8c4009b459ULL, 0x3c4e4907602958fbULL, 0xbf81a5881c7389ebULL, 0x3f514108e58a9bafULL, 0xbf20bfde7c27b0d7ULL, 0x3ef0254d2c5cd10bULL, 0xbebee9dcc2419612ULL, 0x3e8d6521e14a8f20ULL, 0xbe5bc4348b0063b3ULL, 0x3e2a0ed3a2e19c38ULL, 0xbdf84c8df9ab52e9ULL, 0x3dc6845911834ad1ULL, 0xbd94b78f733e514bULL, 0x3d62f6444b46c8deULL, 0xbd321eef68dcc5f8ULL, 0x3d006f8d58c695c0ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x4026000000000000ULL, 0x3fe0000000000000ULL, 0x3faa273c57e476ceULL, 0xbc46b802cb0b265dULL, 0xbf82ddd3d589bfb0ULL, 0x3f5b1c8923879d81ULL, 0xbf33672f098120a9ULL, 0x3f0baa1d9d843b57ULL, 0xbee3a555d7a86e55ULL, 0x3ebbcbee29ffbf64ULL, 0xbe939728626f17eeULL, 0x3e6b82d466df046fULL, 0xbe433eef6f7fb6b5ULL, 0x3e1ad44ac3bf091cULL, 0xbdf2a20c1effd895ULL, 0x3dc9cb96ff86411cULL, 0xbda1c9ea8b199266ULL, 0x3d783fa6416bc65aULL, 0xbd50970adf896535ULL, 0x3d2a0a80591262a6ULL, 0xbd01d2dd7c686a1dULL},
{0x402e000000000000ULL, 0x3fe0000000000000ULL, 0x3fa33714a024097eULL, 0x3c4f2660f23f6ae3ULL, 0xbf7467f441a50cf9ULL, 0x3f459fa2994d54faULL, 0xbf16dd369db390b6ULL, 0x3ee81fb2ba7e7b78ULL, 0xbeb96605f1e9b7c7ULL, 0x3e8aaf0d3c24866bULL, 0xbe5bf995204c4accULL, 0x3e2d445b1ce15857ULL, 0xbdfe8e112df1c9d2ULL, 0x3dcfd597c78b9705ULL, 0xbda08c95afac7042ULL, 0x3d71233fd024cedeULL, 0xbd41bd9ebbfb2f37ULL, 0x3d13a3fc0de1968bULL, 0xbce4557a0e837759ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x4033000000000000ULL, 0x3fe0000000000000ULL, 0x3f9e5d6a9f4cc3eaULL, 0xbc2411ae370464b1ULL, 0xbf698006b41c68e6ULL, 0x3f3562a96b0758b2ULL, 0xbf01e90357ca60c1ULL, 0x3ecdf572c7047b18ULL, 0xbe9905c14c97a845ULL, 0x3e64df1407d6f865ULL, 0xbe3162b7c5c4d945ULL, 0x3dfcece23e5b609cULL, 0xbdc807c7870a3fa5ULL, 0x3d93eff131e1d0a1ULL, 0xbd60822b83d2f194ULL, 0x3d2b5179afca0a7cULL, 0xbcf783f984589dc0ULL, 0x3cc37522c280e512ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL},
{0x4039000000000000ULL, 0x3fd0000000000000ULL, 0x3f97173c308c43e9ULL, 0xbc3e992119679d10ULL, 0xbf6d8252a832fb4aULL, 0x3f42d73a48df2c39ULL, 0xbf180a1dc85d977fULL, 0x3eeea608ac1f6b29ULL, 0xbec3859b1da1f97aULL, 0x3e98d98932961b13ULL, 0xbe6f9b594776ccf7ULL, 0x3e4415bbea454c88ULL, 0xbe19819f9b10b40cULL, 0x3df02ed7b9ff004bULL, 0xbdc4858eb47f91fbULL, 0x3d9a0045fcc102c5ULL, 0xbd705f8c35cdbb17ULL, 0x3d44b2b56c833cf3ULL, 0xbd1d481fe634b315ULL, 0x3cf29b0b693d353bULL, 0x0000000000000000ULL}};
LEIBNIZ_BATCH_INLINE double lz_erfc_coef(int64_t k, int j) { return lz_double(lz_erfc_table[k][j]); }
LEIBNIZ_BATCH_INLINE double lz_erf_small(double x) {
    double z = x * x;
    double p = 9.422759064650411e-11;
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
    double c = lz_select(a < 0.25, 0.25, a), s, t, g, h, l, em, m;
    lz_reduced q;
    int64_t k = 0;
    int64_t k1;
    c = lz_select(c > 29.0, 29.0, c);
    k += (int64_t)(c >= lz_erfc_bounds[0]);
    k += (int64_t)(c >= lz_erfc_bounds[1]);
    k += (int64_t)(c >= lz_erfc_bounds[2]);
    k += (int64_t)(c >= lz_erfc_bounds[3]);
    k += (int64_t)(c >= lz_erfc_bounds[4]);
    k += (int64_t)(c >= lz_erfc_bounds[5]);
    k += (int64_t)(c >= lz_erfc_bounds[6]);
    k += (int64_t)(c >= lz_erfc_bounds[7]);
    k += (int64_t)(c >= lz_erfc_bounds[8]);
    k += (int64_t)(c >= lz_erfc_bounds[9]);
    k += (int64_t)(c >= lz_erfc_bounds[10]);
    k += (int64_t)(c >= lz_erfc_bounds[11]);
    k += (int64_t)(c >= lz_erfc_bounds[12]);
    s = (c - lz_erfc_coef(k, 0)) * lz_erfc_coef(k, 1);
    t = lz_erfc_coef(k, 20);
    t = t * s + lz_erfc_coef(k, 19);
    t = t * s + lz_erfc_coef(k, 18);
    t = t * s + lz_erfc_coef(k, 17);
    t = t * s + lz_erfc_coef(k, 16);
    t = t * s + lz_erfc_coef(k, 15);
    t = t * s + lz_erfc_coef(k, 14);
    t = t * s + lz_erfc_coef(k, 13);
    t = t * s + lz_erfc_coef(k, 12);
    t = t * s + lz_erfc_coef(k, 11);
    t = t * s + lz_erfc_coef(k, 10);
    t = t * s + lz_erfc_coef(k, 9);
    t = t * s + lz_erfc_coef(k, 8);
    t = t * s + lz_erfc_coef(k, 7);
    t = t * s + lz_erfc_coef(k, 6);
    t = t * s + lz_erfc_coef(k, 5);
    t = t * s + lz_erfc_coef(k, 4);
    t = t * s + lz_erfc_coef(k, 3);
    g = lz_erfc_coef(k, 2) + t;
    c = lz_select(a > 30.0, 30.0, a);
    h = lz_double(lz_bits(c) & 0xfffffffff8000000ULL);
    l = c - h;
    q = lz_reduce_ln2(-(h * h), -(l * (h + h + l)));
    em = q.r + lz_expm1_tail(q.r);
    m = lz_erfc_coef(k, 2) + (t + g * em);
    k1 = q.k / 2;
    return m * lz_pow2(k1) * lz_pow2(q.k - k1);
}
LEIBNIZ_BATCH_INLINE double lz_erfc(double x) {
    double a = lz_abs(x), e = lz_erfc_large(a);
    return lz_select(a < 0.25, 1.0 - lz_erf_small(x), lz_select(x > 0.0, e, 2.0 - e));
}
LEIBNIZ_BATCH_INLINE double lz_erf(double x) {
    double a = lz_abs(x);
    return lz_select(a < 0.5, lz_erf_small(x), lz_copysign(1.0 - lz_erfc_large(a), x));
}
LEIBNIZ_BATCH_INLINE float lz_erff(float x) { return (float)lz_erf((double)x); }
LEIBNIZ_BATCH_INLINE float lz_erfcf(float x) { return (float)lz_erfc((double)x); }
)
// clang-format on

}  // namespace leibniz::batch
