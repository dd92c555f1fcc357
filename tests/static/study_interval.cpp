// Certified interval enclosures and the searches on them: enclosures hold textbook values
// (30-digit constants from mpmath, not from the library), infinite ends, 0 times an infinite
// end, huge arguments, where and run-time constants; signs certified on the whole line (tails
// included) or disproved with a certified witness; infima and suprema to 1e-12; and every
// catalogue function enclosed on [-40, 40], its values at sample points inside.
#include <catch2/catch.hpp>

#include <cmath>

#include <leibniz/leibniz.hpp>
#include <leibniz/study/interval.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
namespace st = lz::detail::study;
using namespace lz::literals;

namespace {
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"a"> a;

template <class E>
constexpr lz::detail::graph_view view(E const&) {
    return lz::detail::view_of<lz::detail::tree_t<E>>();
}

constexpr st::ival span(long double lo, long double hi) { return {lo, hi}; }
constexpr st::ival left_of(long double hi) { return {0, hi, true, false}; }
constexpr st::ival right_of(long double lo) { return {lo, 0, false, true}; }

struct enclosed {
    st::ival v;
    bool ok = false;
};
template <class E>
constexpr enclosed enclose(E const& e, st::ival box) {
    auto t = view(e);
    long long steps = 0;
    enclosed r;
    r.v = st::enclose(t, t.root(), "z", box, steps, r.ok);
    return r;
}
constexpr bool holds(enclosed const& r, long double value) {
    return r.ok && !r.v.lo_inf && !r.v.hi_inf && r.v.lo <= value && value <= r.v.hi;
}

// the textbook values (mpmath, 40 digits)
constexpr long double sigma_half = 0.622459331201854564638900565745508478753L;  // 1/(1+e^-1/2)
constexpr long double exp_700 = 1.01423205473500450945532959523126761520e304L;
constexpr long double pi_30 = 3.14159265358979323846264338327950288L;
constexpr long double erf_half = 0.520499877813046537682746653891964528736L;
constexpr long double sin_1 = 0.841470984807896506652502321630298999623L;
constexpr long double cos_2 = -0.416146836547142386997568229500762189766L;
constexpr long double mish_1 = 0.865098388267310346116233449256312386886L;
constexpr long double silu_min = -0.278464542761073795109358739022980155439L;
constexpr long double silu_argmin = -1.27846454276107379510935873902298015544L;
constexpr long double gelu_min = -0.169971207479903661693868470982433922833L;
constexpr long double gelu_argmin = -0.751791524693564457457904946779524039664L;
constexpr long double mish_min = -0.308843413017250406628760229041953728460L;
constexpr long double silu_slope_max = 1.09983932012886691695818492432057097213L;
constexpr long double mish_slope_max = 1.08849816125172786122829362739212578716L;
constexpr long double gelu_slope_max = 1.12890414518515478634074444226197331233L;  // sqrt 2
constexpr long double gelu_tanh_min = -0.170040750571254050639067427987555683577L;
constexpr long double gelu_tanh_slope_max = 1.12899306865877176545590447039955384573L;
constexpr long double mish_slope_min = -0.112526122389462556407327901148553462223L;

// a run-time constant: 0.5 z
constexpr auto half_z = 0.5 * z;
constexpr auto half_z_params = lz::detail::params_of(half_z);

// the budget the study gives one extremum search, with t'' given
constexpr long long newton_budget = 35000;

// inf (or sup) of e over the line with e', e'': within 1e-12 of truth, in the budget
template <class E>
constexpr bool newton_close(E const& e, bool sup, long double truth) {
    auto d1 = lz::d(e, z);
    auto d2 = lz::d(d1, z);
    st::extremum x =
        sup ? st::enclose_sup(view(e), view(d1), view(d2), "z", st::whole(), newton_budget)
            : st::enclose_inf(view(e), view(d1), view(d2), "z", st::whole(), newton_budget);
    long double scale = truth < 0 ? -truth : truth;
    return x.ok && !x.lower_inf && !x.upper_inf && x.lower <= truth && truth <= x.upper &&
           x.upper - x.lower <= 1e-12L * (scale > 1 ? scale : 1) && x.steps <= newton_budget;
}

bool close(st::extremum const& x, long double truth) {
    return x.ok && !x.lower_inf && !x.upper_inf && x.lower <= truth && truth <= x.upper &&
           x.upper - x.lower <= 1e-12L * std::fabs(truth);
}
}  // namespace

TEST_CASE("enclosures hold textbook values", "[study][interval][static]") {
    STATIC_REQUIRE(holds(enclose(act::sigmoid(z), span(0.5L, 0.5L)), sigma_half));
    STATIC_REQUIRE(holds(enclose(lz::exp(z), span(700, 700)), exp_700));
    STATIC_REQUIRE(holds(enclose(4_c * lz::atan(z), span(1, 1)), pi_30));
    STATIC_REQUIRE(holds(enclose(lz::pi * z, span(1, 1)), pi_30));
    STATIC_REQUIRE(holds(enclose(lz::erf(z), span(0.5L, 0.5L)), erf_half));
    STATIC_REQUIRE(holds(enclose(lz::sin(z), span(1, 1)), sin_1));
    STATIC_REQUIRE(holds(enclose(lz::cos(z), span(2, 2)), cos_2));
    STATIC_REQUIRE(holds(enclose(act::mish(z), span(1, 1)), mish_1));
    // exact where the arithmetic is: sigma'(0) = 1/4, sigma''(0) = 0
    constexpr auto ds = lz::d(act::sigmoid(z), z);
    STATIC_REQUIRE(st::is_point(enclose(ds, span(0, 0)).v) &&
                   enclose(ds, span(0, 0)).v.lo == 0.25L);
    STATIC_REQUIRE(st::is_point(enclose(lz::d(ds, z), span(0, 0)).v) &&
                   enclose(lz::d(ds, z), span(0, 0)).v.lo == 0);
    // a box: every value of sin on [0, 4] lies in [sin 4, 1], and 1 and sin 4 are reached
    constexpr enclosed s = enclose(lz::sin(z), span(0, 4));
    STATIC_REQUIRE(s.ok && s.v.hi == 1 && s.v.lo <= -0.7568024953079282L && s.v.lo > -0.7568025L);
    // a symbol other than var, or a log of a span reaching 0, is refused
    STATIC_REQUIRE(!enclose(z + a, span(0, 1)).ok);
    STATIC_REQUIRE(!enclose(lz::log(z), span(0, 1)).ok);
    STATIC_REQUIRE(!enclose(1_c / z, span(-1, 1)).ok);
    STATIC_REQUIRE(!enclose(lz::sqrt(z), span(-1, 1)).ok);
    STATIC_REQUIRE(enclose(lz::sqrt(z), span(0, 4)).ok &&
                   enclose(lz::sqrt(z), span(0, 4)).v.lo == 0);
}

TEST_CASE("infinite ends, 0 times an infinite end, huge arguments", "[study][interval][static]") {
    // [0, 1] [1, +inf] = [0, +inf]; [0, 0] [1, +inf] = [0, 0]; [-1, 1] [1, +inf] is the line
    constexpr st::ival p = st::mul(span(0, 1), right_of(1));
    STATIC_REQUIRE(p.lo == 0 && !p.lo_inf && p.hi_inf);
    constexpr st::ival q = st::mul(span(0, 0), right_of(1));
    STATIC_REQUIRE(st::is_point(q) && q.lo == 0);
    constexpr st::ival r = st::mul(span(-1, 1), right_of(1));
    STATIC_REQUIRE(r.lo_inf && r.hi_inf);
    constexpr st::ival sum = st::add(left_of(-1), span(2, 3));
    STATIC_REQUIRE(sum.lo_inf && !sum.hi_inf && sum.hi >= 2 && sum.hi < 2.0001L);
    // exp(+inf) = +inf, exp(-inf) = 0 (a strict bound: exp > 0), log(+inf) = +inf
    constexpr enclosed e = enclose(lz::exp(z), st::whole());
    STATIC_REQUIRE(e.ok && e.v.lo == 0 && e.v.lo_open && e.v.hi_inf);
    STATIC_REQUIRE(enclose(lz::log(z), right_of(1)).v.hi_inf &&
                   enclose(lz::log(z), right_of(1)).v.lo == 0);
    // saturating functions at the infinite ends
    constexpr enclosed th = enclose(lz::tanh(z), st::whole()),
                       at = enclose(lz::atan(z), st::whole()),
                       er = enclose(lz::erf(z), right_of(0));
    STATIC_REQUIRE(th.ok && th.v.lo == -1 && th.v.hi == 1);
    STATIC_REQUIRE(at.ok && at.v.hi >= pi_30 / 2 && at.v.hi < pi_30 / 2 * (1 + 1e-17L) &&
                   at.v.lo == -at.v.hi);
    STATIC_REQUIRE(er.ok && er.v.lo == 0 && er.v.hi == 1);
    // exp of [700, 1e6]: its lower end, and no upper end; exp of [-1e4, -800] stays > 0
    constexpr enclosed big = enclose(lz::exp(z), span(700, 1e6L));
    STATIC_REQUIRE(big.ok && big.v.lo <= exp_700 && big.v.lo > exp_700 * (1 - 1e-15L) &&
                   big.v.hi_inf);
    constexpr enclosed small = enclose(lz::exp(z), span(-1e4L, -800));
    STATIC_REQUIRE(small.ok && small.v.lo > 0 && small.v.hi < 1e-347L);
    constexpr enclosed far = enclose(lz::exp(z), span(-1e30L, -1e20L));
    STATIC_REQUIRE(far.ok && far.v.lo == 0 && far.v.lo_open && far.v.hi <= 1e-4700L);
    STATIC_REQUIRE(enclose(lz::log(z), span(1e300L, 1e1000L)).ok);
    STATIC_REQUIRE(enclose(lz::tanh(z) + lz::erf(z) + lz::atan(z), span(1e100L, 1e1000L)).ok);
    // a tail: sigma' on [-inf, -8] lies in (0, e^-8], silu in [-8 e^-8, 0)
    constexpr enclosed tail = enclose(lz::d(act::sigmoid(z), z), left_of(-8));
    STATIC_REQUIRE(tail.ok && tail.v.lo == 0 && tail.v.lo_open && tail.v.hi < 3.3547e-4L);
    constexpr enclosed silu_tail = enclose(act::silu(z), left_of(-8));
    STATIC_REQUIRE(silu_tail.ok && silu_tail.v.lo > -2.7e-3L && silu_tail.v.hi == 0 &&
                   silu_tail.v.hi_open);
}

TEST_CASE("where and run-time constants", "[study][interval][static]") {
    constexpr enclosed relu = enclose(act::relu(z), span(-1, 1));
    STATIC_REQUIRE(relu.ok && relu.v.lo == 0 && relu.v.hi == 1);
    constexpr enclosed left = enclose(act::relu(z), span(-2, -1));
    STATIC_REQUIRE(left.ok && st::is_point(left.v) && left.v.lo == 0);
    constexpr enclosed ht = enclose(act::hard_tanh(z), st::whole());
    STATIC_REQUIRE(ht.ok && ht.v.lo == -1 && ht.v.hi == 1);
    constexpr enclosed ht_right = enclose(act::hard_tanh(z), right_of(2));
    STATIC_REQUIRE(ht_right.ok && st::is_point(ht_right.v) && ht_right.v.lo == 1);
    // a branch undefined on the box is refused even when the other is taken only in part
    STATIC_REQUIRE(!enclose(lz::where(z > 0_c, lz::log(z), 0_c), span(-1, 1)).ok);
    STATIC_REQUIRE(enclose(lz::where(z > 0_c, lz::log(z), 0_c), span(1, 2)).ok);
    // a param takes its value exactly; without the values it is refused
    constexpr auto t =
        lz::detail::view_of<lz::detail::tree_t<decltype(half_z)>>(half_z_params.data());
    constexpr auto run = [](lz::detail::graph_view v) {
        long long steps = 0;
        bool ok = false;
        st::ival r = st::enclose(v, v.root(), "z", span(2, 4), steps, ok);
        return ok && r.lo == 1 && r.hi == 2;
    };
    STATIC_REQUIRE(run(t));
    STATIC_REQUIRE(!run(lz::detail::view_of<lz::detail::tree_t<decltype(half_z)>>()));
}

TEST_CASE("signs certified on the whole line, or disproved with a witness",
          "[study][interval][static]") {
    constexpr auto ds = lz::d(act::sigmoid(z), z);
    constexpr char positive = lz::detail::proof::above;
    constexpr char at_most = lz::detail::proof::below | lz::detail::proof::at_zero;
    constexpr char at_least = lz::detail::proof::above | lz::detail::proof::at_zero;
    // sigma' > 0 on R, its tails included
    STATIC_REQUIRE(st::certify_signs(view(ds), "z", st::whole(), positive).state == 1);
    STATIC_REQUIRE(st::certify_signs(view(lz::exp(-z * z)), "z", st::whole(), positive).state == 1);
    // silu >= -0.2785 on R; silu >= -0.2784 is disproved at a point near -1.278
    constexpr auto silu = act::silu(z);
    constexpr auto dsilu = lz::d(silu, z);
    STATIC_REQUIRE(
        st::certify_signs(view(silu + lz::c<2785, 10000>), view(dsilu), "z", st::whole(), at_least)
            .state == 1);
    constexpr st::sign_search no =
        st::certify_signs(view(silu + lz::c<2784, 10000>), view(dsilu), "z", st::whole(), at_least);
    STATIC_REQUIRE(no.state == -1);
    STATIC_REQUIRE(no.witness > -1.36L && no.witness < -1.2L);
    STATIC_REQUIRE(enclose(silu + lz::c<2784, 10000>, span(no.witness, no.witness)).v.hi < 0);
    // gelu >= 0 is disproved, the witness placed near gelu's minimum, its value certified < 0
    constexpr st::sign_search gelu =
        st::certify_signs(view(act::gelu(z)), "z", st::whole(), at_least);
    STATIC_REQUIRE(gelu.state == -1 && gelu.witness > gelu_argmin - 0.1L &&
                   gelu.witness < gelu_argmin + 0.1L);
    STATIC_REQUIRE(enclose(act::gelu(z), span(gelu.witness, gelu.witness)).v.hi < 0);
    // relu >= 0 (where on both sides of its kink), and a sign never guessed: z^2 >= 0 touches 0
    STATIC_REQUIRE(st::certify_signs(view(act::relu(z)), "z", st::whole(), at_least).state == 1);
    STATIC_REQUIRE(st::certify_signs(view(act::relu(z)), "z", st::whole(), positive).state == -1);
    STATIC_REQUIRE(
        st::certify_signs(view(z * z - lz::c<1, 1000000>), "z", st::whole(), at_least).state == -1);
    (void)at_most;
}

TEST_CASE("maxima touched at a point: sigma' <= 1/4 and tanh' <= 1", "[study][interval]") {
    // the next derivatives certify the monotone pieces beside the touching point
    constexpr auto ds = lz::d(act::sigmoid(z), z);
    constexpr char at_most = lz::detail::proof::below | lz::detail::proof::at_zero;
    st::sign_search s = st::certify_signs(view(ds - lz::c<1, 4>), view(lz::d(ds, z)),
                                          view(lz::d(ds, z, z)), "z", st::whole(), at_most, 200000);
    REQUIRE(s.state == 1);
    constexpr auto dt = lz::d(act::tanh(z), z);
    s = st::certify_signs(view(dt - 1_c), view(lz::d(dt, z)), view(lz::d(dt, z, z)), "z",
                          st::whole(), at_most, 200000);
    REQUIRE(s.state == 1);
    // without the second derivative the touching point stays unknown, never proven
    s = st::certify_signs(view(ds - lz::c<1, 4>), view(lz::d(ds, z)), "z", st::whole(), at_most);
    REQUIRE(s.state == 0);
    // and a bound below the maximum is disproved
    s = st::certify_signs(view(ds - lz::c<249, 1000>), view(lz::d(ds, z)), "z", st::whole(),
                          at_most);
    REQUIRE(s.state == -1);
    REQUIRE(std::fabs(s.witness) < 0.2L);
}

TEST_CASE("infima and suprema to 1e-12", "[study][interval][static]") {
    // silu's infimum, at compile time
    constexpr st::extremum silu =
        st::enclose_inf(view(act::silu(z)), view(lz::d(act::silu(z), z)), "z", st::whole(), 45000);
    STATIC_REQUIRE(silu.ok && !silu.lower_inf && silu.lower <= silu_min && silu_min <= silu.upper);
    STATIC_REQUIRE(silu.upper - silu.lower <= 1e-12L * -silu_min);
    STATIC_REQUIRE(silu.at > silu_argmin - 1e-3L && silu.at < silu_argmin + 1e-3L);
    // the others at run time (the same code)
    REQUIRE(close(silu, silu_min));
    st::extremum gelu =
        st::enclose_inf(view(act::gelu(z)), view(lz::d(act::gelu(z), z)), "z", st::whole(), 200000);
    REQUIRE(close(gelu, gelu_min));
    REQUIRE(std::fabs(gelu.at - gelu_argmin) < 1e-3L);
    st::extremum mish =
        st::enclose_inf(view(act::mish(z)), view(lz::d(act::mish(z), z)), "z", st::whole(), 200000);
    REQUIRE(close(mish, mish_min));
    constexpr auto dsilu = lz::d(act::silu(z), z);
    st::extremum slope =
        st::enclose_sup(view(dsilu), view(lz::d(dsilu, z)), "z", st::whole(), 200000);
    REQUIRE(close(slope, silu_slope_max));
    st::extremum slope_low =
        st::enclose_inf(view(dsilu), view(lz::d(dsilu, z)), "z", st::whole(), 200000);
    REQUIRE(close(slope_low, 1 - silu_slope_max));
    constexpr auto dmish = lz::d(act::mish(z), z);
    st::extremum mish_slope =
        st::enclose_sup(view(dmish), view(lz::d(dmish, z)), "z", st::whole(), 400000);
    REQUIRE(close(mish_slope, mish_slope_max));
    // sup |sigma'| = 1/4, attained at 0
    constexpr auto ds = lz::d(act::sigmoid(z), z);
    st::extremum quarter =
        st::enclose_sup(view(lz::abs(ds)), view(lz::d(lz::abs(ds), z)), "z", st::whole(), 200000);
    REQUIRE(close(quarter, 0.25L));
    // without a derivative the bounds hold, less tight
    st::extremum plain =
        st::enclose_inf(view(act::silu(z)), lz::detail::graph_view{}, "z", span(-8, 8), 200000);
    REQUIRE((plain.ok && plain.lower <= silu_min && silu_min <= plain.upper));
    // an infimum that is -inf: no finite lower bound
    st::extremum down = st::enclose_inf(view(-z * z), view(-2_c * z), "z", st::whole());
    REQUIRE((down.ok && down.lower_inf && !down.upper_inf));
    // relu's infimum 0 is attained on a whole half-line
    st::extremum relu =
        st::enclose_inf(view(act::relu(z)), view(lz::d(act::relu(z), z)), "z", st::whole());
    REQUIRE((relu.ok && relu.lower == 0 && relu.upper == 0));
}

TEST_CASE("infima and suprema with t'': interval Newton, each a constant expression",
          "[study][interval][static]") {
    // each within the study's budget, and within clang's default -fconstexpr-steps
    STATIC_REQUIRE(newton_close(act::silu(z), false, silu_min));
    STATIC_REQUIRE(newton_close(act::gelu(z), false, gelu_min));
    STATIC_REQUIRE(newton_close(act::mish(z), false, mish_min));
    STATIC_REQUIRE(newton_close(lz::d(act::silu(z), z), true, silu_slope_max));
    STATIC_REQUIRE(newton_close(lz::d(act::gelu(z), z), true, gelu_slope_max));
    STATIC_REQUIRE(newton_close(lz::d(act::gelu(z), z), false, 1 - gelu_slope_max));
    STATIC_REQUIRE(newton_close(lz::abs(lz::d(act::sigmoid(z), z)), true, 0.25L));
    // the others in the budget at run time (near clang's default steps, or beyond it)
    constexpr auto dgt = lz::d(act::gelu_tanh(z), z);
    constexpr auto dmish = lz::d(act::mish(z), z);
    constexpr auto dsilu = lz::d(act::silu(z), z);
    REQUIRE(newton_close(act::gelu_tanh(z), false, gelu_tanh_min));
    REQUIRE(newton_close(dgt, true, gelu_tanh_slope_max));
    REQUIRE(newton_close(dgt, false, 1 - gelu_tanh_slope_max));
    REQUIRE(newton_close(dmish, false, mish_slope_min));
    // beyond the budget (inf silu', sup mish'): sound bounds, tight with more work
    for (long long budget : {newton_budget, 200000LL}) {
        st::extremum low =
            st::enclose_inf(view(dsilu), view(lz::d(dsilu, z)), view(lz::d(lz::d(dsilu, z), z)),
                            "z", st::whole(), budget);
        st::extremum high =
            st::enclose_sup(view(dmish), view(lz::d(dmish, z)), view(lz::d(lz::d(dmish, z), z)),
                            "z", st::whole(), budget);
        REQUIRE((low.ok && !low.lower_inf && !low.upper_inf));
        REQUIRE((low.lower <= 1 - silu_slope_max && 1 - silu_slope_max <= low.upper));
        REQUIRE((high.ok && !high.lower_inf && !high.upper_inf));
        REQUIRE((high.lower <= mish_slope_max && mish_slope_max <= high.upper));
        if (budget > newton_budget) {
            REQUIRE(close(low, 1 - silu_slope_max));
            REQUIRE(close(high, mish_slope_max));
        }
    }
    // the certified value sits at the critical point
    constexpr auto silu_d1 = lz::d(act::silu(z), z);
    constexpr st::extremum silu = st::enclose_inf(view(act::silu(z)), view(silu_d1),
                                                  view(lz::d(silu_d1, z)), "z", st::whole());
    STATIC_REQUIRE(silu.at > silu_argmin - 1e-9L && silu.at < silu_argmin + 1e-9L);
    // a critical point at a split (0), and a concave piece: z^2 over [-1, 1], 1 - z^2 over [-1, 2]
    constexpr st::extremum bowl =
        st::enclose_inf(view(z * z), view(2_c * z), view(2_c), "z", span(-1, 1), newton_budget);
    STATIC_REQUIRE((bowl.ok && bowl.lower <= 0 && 0 <= bowl.upper && bowl.upper <= 1e-15L));
    constexpr st::extremum cap = st::enclose_inf(view(1_c - z * z), view(-2_c * z), view(-2_c), "z",
                                                 span(-1, 2), newton_budget);
    STATIC_REQUIRE(
        (cap.ok && cap.lower <= -3 && -3 <= cap.upper && cap.upper - cap.lower < 1e-15L));
}

namespace {
// Every catalogue function (and its derivative) is enclosed on [-40, 40], and its value at
// sample points lies in the enclosures of boxes around them, tails included.
template <class F>
bool catalogue_case(F const& f, int& failures) {
    constexpr long double boxes[][2] = {{-40, 40}, {-3, -2}, {-0.5L, 0.25L}, {1, 1.5L},
                                        {5, 7},    {-7, -5}, {0, 0},         {-1e-3L, 1e-3L}};
    auto t = view(f);
    long long steps = 0;
    bool ok = false;
    st::ival whole = st::enclose(t, t.root(), "z", span(-40, 40), steps, ok);
    if (!ok) ++failures, UNSCOPED_INFO(lz::to_string(f) << ": not enclosed on [-40, 40]");
    for (auto const& b : boxes) {
        steps = 0;
        st::ival e = st::enclose(t, t.root(), "z", span(b[0], b[1]), steps, ok);
        if (!ok) {
            ++failures;
            UNSCOPED_INFO(lz::to_string(f) << ": not enclosed on [" << b[0] << ", " << b[1] << "]");
            continue;
        }
        for (int k = 0; k <= 16; ++k) {
            long double x = b[0] + (b[1] - b[0]) * k / 16;
            long double v = lz::eval(f, z = x);
            // (lz::eval's own rounding: log(1 + exp(-40)) loses digits in 1 + exp(-40))
            long double slack = 1e-13L * std::fabs(v) + 1e-19L;
            if (!(e.lo - slack <= v && v <= e.hi + slack) ||
                !(whole.lo - slack <= v && v <= whole.hi + slack)) {
                ++failures;
                UNSCOPED_INFO(lz::to_string(f) << ": " << v << " at " << x << " outside");
            }
        }
    }
    // the tails, cut at several places, at sample points beyond the cut
    for (long double cut : {-40.0L, -8.0L, -1.0L, 0.5L, 8.0L, 40.0L}) {
        steps = 0;
        st::ival tail = cut < 0 ? left_of(cut) : right_of(cut);
        st::ival e = st::enclose(t, t.root(), "z", tail, steps, ok);
        if (!ok) continue;  // (a tail may be left unbounded, never wrong)
        for (long double far : {0.0L, 0.5L, 1.0L, 3.0L, 10.0L, 100.0L, 1e4L}) {
            long double x = cut < 0 ? cut - far : cut + far;
            long double v = lz::eval(f, z = x);
            long double slack = 1e-13L * std::fabs(v) + 1e-19L;
            if (!std::isfinite(v)) continue;
            if (!(e.lo_inf || e.lo - slack <= v) || !(e.hi_inf || v <= e.hi + slack)) {
                ++failures;
                UNSCOPED_INFO(lz::to_string(f) << ": " << v << " at " << x << " outside its tail");
            }
        }
    }
    return true;
}
template <class... F>
int catalogue(F const&... f) {
    int failures = 0;
    (catalogue_case(f, failures), ...);
    (catalogue_case(lz::d(f, z), failures), ...);
    return failures;
}
template <class... F>
int second_derivatives(F const&... f) {
    int failures = 0;
    (catalogue_case(lz::d(f, z, z), failures), ...);
    return failures;
}
}  // namespace

TEST_CASE("the catalogue is enclosed on [-40, 40], its values inside", "[study][interval]") {
    REQUIRE(catalogue(act::identity(z), act::binary_step(z), act::sigmoid(z), act::tanh(z),
                      act::arctan(z), act::relu(z), act::leaky_relu(z), act::elu(z),
                      act::softplus(z), act::gelu(z), act::gelu_tanh(z), act::silu(z), act::mish(z),
                      act::selu(z), act::celu(z), act::softsign(z), act::hard_sigmoid(z),
                      act::hard_tanh(z), act::hardswish(z), act::relu6(z), act::log_sigmoid(z),
                      act::softshrink(z), act::hardshrink(z), act::tanhshrink(z),
                      act::sigmoid(z, 2_c), act::swish(z, lz::c<3, 2>), act::celu(z, 2_c),
                      act::leaky_relu(z, lz::c<1, 5>)) == 0);
    REQUIRE(second_derivatives(act::sigmoid(z), act::tanh(z), act::silu(z), act::gelu(z),
                               act::softplus(z), act::elu(z), act::arctan(z)) == 0);
    // at compile time too
    STATIC_REQUIRE(enclose(lz::d(act::mish(z), z), span(-40, 40)).ok);
    STATIC_REQUIRE(enclose(lz::d(act::gelu(z), z), span(-40, 40)).ok);
    STATIC_REQUIRE(enclose(lz::d(act::gelu_tanh(z), z), st::whole()).ok);
}
