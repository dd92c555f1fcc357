// Constant evaluation of catalogue functions and their derivatives: compiling this file is the
// test. The reference literals were computed independently with Python's mpmath at 40 digits
// (not with the library) and are given to 25 significant digits.
#include <limits>

#include <catch2/catch.hpp>

#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;

// |got - want| <= ulps * eps * |want|: within about `ulps` units in the last place of want
template <class T>
constexpr bool within_ulps(T got, long double want_exact, int ulps = 4) {
    T const want = static_cast<T>(want_exact);
    T const difference = got > want ? got - want : want - got;
    T const magnitude = want < 0 ? -want : want;
    return difference <= static_cast<T>(ulps) * std::numeric_limits<T>::epsilon() * magnitude;
}

constexpr auto sigma = act::sigmoid(z);
constexpr auto sigma_d1 = lz::d(sigma, z);
constexpr auto sigma_d2 = lz::d(sigma, z, z);
constexpr auto tanh_from_sigma = act::tanh(z);
constexpr auto tanh_d1 = lz::d(tanh_from_sigma, z);
constexpr auto tanh_primitive = lz::tanh(z);
constexpr auto elu = act::elu(z);
constexpr auto elu_d1 = lz::d(elu, z);
constexpr auto softplus = act::softplus(z);
constexpr auto softplus_d1 = lz::d(softplus, z);
constexpr auto arctan = act::arctan(z);
constexpr auto arctan_d1 = lz::d(arctan, z);
constexpr auto erf_scaled = lz::erf(z / lz::sqrt(2_c));
constexpr auto gelu = act::gelu(z);
constexpr auto gelu_d1 = lz::d(gelu, z);

}  // namespace

TEST_CASE("sigma(0) = 1/2 and sigma'(0) = 1/4 exactly, in every floating type", "[constexpr]") {
    STATIC_REQUIRE(sigma(z = 0.0) == 0.5);
    STATIC_REQUIRE(sigma_d1(z = 0.0) == 0.25);
    STATIC_REQUIRE(sigma_d2(z = 0.0) == 0);
    STATIC_REQUIRE(sigma(z = 0.0f) == 0.5f);
    STATIC_REQUIRE(sigma_d1(z = 0.0f) == 0.25f);
    STATIC_REQUIRE(sigma(z = 0.0L) == 0.5L);
    STATIC_REQUIRE(sigma_d1(z = 0.0L) == 0.25L);
}

TEST_CASE("sigmoid and its derivatives at 1, -2, 3.5", "[constexpr]") {
    STATIC_REQUIRE(within_ulps(sigma(z = 1.0), 0.7310585786300048792511592L));
    STATIC_REQUIRE(within_ulps(sigma(z = -2.0), 0.1192029220221175559402709L));
    STATIC_REQUIRE(within_ulps(sigma(z = 3.5), 0.9706877692486436811347104L));
    STATIC_REQUIRE(within_ulps(sigma_d1(z = 1.0), 0.1966119332414818525374247L));
    STATIC_REQUIRE(within_ulps(sigma_d1(z = -2.0), 0.1049935854035065173486242L));
    STATIC_REQUIRE(within_ulps(sigma_d1(z = 3.5), 0.02845302387973555983968783L));
    STATIC_REQUIRE(within_ulps(sigma_d2(z = 1.0), -0.09085774767294840944247961L));
    STATIC_REQUIRE(within_ulps(sigma_d2(z = -2.0), 0.07996250105615306252356147L));
    STATIC_REQUIRE(within_ulps(sigma_d2(z = 3.5), -0.02678498067666223913555986L));
}

TEST_CASE("tanh, from sigma and primitive, at 1, -2, 3.5", "[constexpr]") {
    STATIC_REQUIRE(within_ulps(tanh_from_sigma(z = 1.0), 0.7615941559557648881194583L));
    STATIC_REQUIRE(within_ulps(tanh_from_sigma(z = -2.0), -0.9640275800758168839464137L));
    STATIC_REQUIRE(within_ulps(tanh_from_sigma(z = 3.5), 0.9981778976111987092842734L));
    STATIC_REQUIRE(within_ulps(tanh_primitive(z = 1.0), 0.7615941559557648881194583L));
    STATIC_REQUIRE(within_ulps(tanh_primitive(z = -2.0), -0.9640275800758168839464137L));
    STATIC_REQUIRE(within_ulps(tanh_primitive(z = 3.5), 0.9981778976111987092842734L));
    STATIC_REQUIRE(within_ulps(tanh_d1(z = 1.0), 0.4199743416140260693944967L));
    STATIC_REQUIRE(within_ulps(tanh_d1(z = -2.0), 0.07065082485316446568624766L));
    STATIC_REQUIRE(within_ulps(tanh_d1(z = 3.5), 0.003640884720487306061455438L));
}

TEST_CASE("elu and elu' at 1, -2, 3.5", "[constexpr]") {
    STATIC_REQUIRE(elu(z = 1.0) == 1.0);
    STATIC_REQUIRE(within_ulps(elu(z = -2.0), -0.8646647167633873081060005L));
    STATIC_REQUIRE(elu(z = 3.5) == 3.5);
    STATIC_REQUIRE(elu_d1(z = 1.0) == 1.0);
    STATIC_REQUIRE(within_ulps(elu_d1(z = -2.0), 0.1353352832366126918939995L));
    STATIC_REQUIRE(elu_d1(z = 0.0) == 1.0);
}

TEST_CASE("softplus and softplus' = sigma at 1, -2, 3.5", "[constexpr]") {
    STATIC_REQUIRE(within_ulps(softplus(z = 1.0), 1.313261687518222834048995L));
    STATIC_REQUIRE(within_ulps(softplus(z = -2.0), 0.1269280110429724964437268L));
    STATIC_REQUIRE(within_ulps(softplus(z = 3.5), 3.529750418272620565194811L));
    STATIC_REQUIRE(within_ulps(softplus_d1(z = 1.0), 0.7310585786300048792511592L));
    STATIC_REQUIRE(within_ulps(softplus_d1(z = -2.0), 0.1192029220221175559402709L));
    STATIC_REQUIRE(within_ulps(softplus_d1(z = 3.5), 0.9706877692486436811347104L));
}

TEST_CASE("atan and atan' = 1/(1 + z^2) at 1, -2, 3.5", "[constexpr]") {
    STATIC_REQUIRE(within_ulps(arctan(z = 1.0), 0.7853981633974483096156608L));
    STATIC_REQUIRE(within_ulps(arctan(z = -2.0), -1.107148717794090503017065L));
    STATIC_REQUIRE(within_ulps(arctan(z = 3.5), 1.292496667789785267903091L));
    STATIC_REQUIRE(arctan_d1(z = 1.0) == 0.5);
    STATIC_REQUIRE(within_ulps(arctan_d1(z = -2.0), 0.2L));
    STATIC_REQUIRE(within_ulps(arctan_d1(z = 3.5), 0.07547169811320754716981132L));
}

TEST_CASE("erf(z/sqrt 2), gelu and gelu' at 1, -2, 3.5", "[constexpr]") {
    STATIC_REQUIRE(within_ulps(erf_scaled(z = 1.0), 0.6826894921370858971704651L));
    STATIC_REQUIRE(within_ulps(erf_scaled(z = -2.0), -0.9544997361036415855994347L));
    STATIC_REQUIRE(within_ulps(erf_scaled(z = 3.5), 0.9995347418419289499273001L));
    STATIC_REQUIRE(within_ulps(gelu(z = 1.0), 0.8413447460685429485852325L));
    STATIC_REQUIRE(within_ulps(gelu(z = -2.0), -0.04550026389635841440056527L));
    STATIC_REQUIRE(within_ulps(gelu(z = 3.5), 3.499185798223375662372775L));
    STATIC_REQUIRE(within_ulps(gelu_d1(z = 1.0), 1.083315470587686298383063L));
    STATIC_REQUIRE(within_ulps(gelu_d1(z = -2.0), -0.08523180107819689670084576L));
    STATIC_REQUIRE(within_ulps(gelu_d1(z = 3.5), 1.002821760353624635193254L));
}

TEST_CASE("float: sigma, sigma', tanh, softplus, erf", "[constexpr]") {
    STATIC_REQUIRE(within_ulps(sigma(z = 1.0f), 0.7310585786300048792511592L));
    STATIC_REQUIRE(within_ulps(sigma_d1(z = -2.0f), 0.1049935854035065173486242L));
    STATIC_REQUIRE(within_ulps(tanh_from_sigma(z = 3.5f), 0.9981778976111987092842734L));
    STATIC_REQUIRE(within_ulps(tanh_primitive(z = -2.0f), -0.9640275800758168839464137L));
    STATIC_REQUIRE(within_ulps(softplus(z = 1.0f), 1.313261687518222834048995L));
    STATIC_REQUIRE(within_ulps(erf_scaled(z = 3.5f), 0.9995347418419289499273001L));
}

// The constexpr kernels compute in long double itself, so long double results carry the
// kernels' own error of a few ulp (erf(3.5/sqrt 2) is 6.5 ulp off): 8 ulp here.
TEST_CASE("long double: sigma, sigma', tanh, elu, softplus, atan, erf, gelu", "[constexpr]") {
    STATIC_REQUIRE(within_ulps(sigma(z = 1.0L), 0.7310585786300048792511592L, 8));
    STATIC_REQUIRE(within_ulps(sigma_d1(z = -2.0L), 0.1049935854035065173486242L, 8));
    STATIC_REQUIRE(within_ulps(tanh_from_sigma(z = 3.5L), 0.9981778976111987092842734L, 8));
    STATIC_REQUIRE(within_ulps(tanh_primitive(z = -2.0L), -0.9640275800758168839464137L, 8));
    STATIC_REQUIRE(within_ulps(elu(z = -2.0L), -0.8646647167633873081060005L, 8));
    STATIC_REQUIRE(within_ulps(softplus(z = 1.0L), 1.313261687518222834048995L, 8));
    STATIC_REQUIRE(within_ulps(arctan(z = 3.5L), 1.292496667789785267903091L, 8));
    STATIC_REQUIRE(within_ulps(erf_scaled(z = 3.5L), 0.9995347418419289499273001L, 8));
    STATIC_REQUIRE(within_ulps(gelu_d1(z = 1.0L), 1.083315470587686298383063L, 8));
}

TEST_CASE("constant evaluation of powers of negative numbers", "[eval][constexpr]") {
    // a negative base has a real power for an integer exponent, as std::pow at run time
    constexpr lz::symbol<"y"> y;
    STATIC_REQUIRE(lz::pow(z, y)(z = -2.0, y = 3.0) == -8.0);
    STATIC_REQUIRE(lz::pow(z, y)(z = -2.0, y = 2.0) == 4.0);
    STATIC_REQUIRE(lz::pow(z, 3.0)(z = -0.5) == -0.125);
}
