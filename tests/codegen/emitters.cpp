// The emitters' text: golden functions (so that changes are deliberate), one computation per
// distinct subterm, where as if/else, arguments in the order given.
#include <algorithm>
#include <set>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include <leibniz/codegen/codegen.hpp>
#include <leibniz/leibniz.hpp>

namespace {

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"alpha"> alpha;

std::size_t count(std::string const& text, std::string const& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The right-hand sides of the temporaries' definitions.
std::vector<std::string> definitions(std::string const& code) {
    std::vector<std::string> out;
    std::istringstream lines(code);
    for (std::string line; std::getline(lines, line);)
        if (auto eq = line.find(" = ");
            eq != std::string::npos && line.find("const ") != std::string::npos)
            out.push_back(line.substr(eq + 3));
    return out;
}

}  // namespace

// sigma' = exp(-z)/(1 + exp(-z))^2 is even: computed from t = exp(-|z|), it is t/(1 + t)^2, which
// neither overflows (NaN at z = -800 as written) nor loses accuracy; (1 + t)^2 is 1 + t (2 + t),
// one rounding where t is small.
TEST_CASE("sigmoid' in C", "[codegen][golden]") {
    CHECK(lz::to_c(lz::d(act::sigmoid(z), z), "sigmoid_grad", z) ==
          "double sigmoid_grad(double z) {\n"
          "    const double t0 = fabs(z);\n"
          "    const double t1 = -t0;\n"
          "    const double t2 = exp(t1);\n"
          "    const double t3 = 2.0 + t2;\n"
          "    const double t4 = t2 * t3;\n"
          "    const double t5 = 1.0 + t4;\n"
          "    const double t6 = t2 / t5;\n"
          "    return t6;\n"
          "}\n");
}

TEST_CASE("ELU' in C, C++ and CUDA", "[codegen][golden]") {
    auto const grad = lz::d(act::elu(z, alpha), z);
    CHECK(lz::to_c(grad, "elu_grad", z, alpha) == "double elu_grad(double z, double alpha) {\n"
                                                  "    double t0;\n"
                                                  "    if (z <= 0.0) {\n"
                                                  "        const double t1 = exp(z);\n"
                                                  "        const double t2 = t1 * alpha;\n"
                                                  "        t0 = t2;\n"
                                                  "    } else {\n"
                                                  "        t0 = 1.0;\n"
                                                  "    }\n"
                                                  "    return t0;\n"
                                                  "}\n");
    CHECK(lz::to_cpp(grad, "elu_grad", z, alpha) == "template <class T>\n"
                                                    "constexpr T elu_grad(T z, T alpha) {\n"
                                                    "    using std::exp;\n"
                                                    "    T t0;\n"
                                                    "    if (z <= T(0)) {\n"
                                                    "        const T t1 = exp(z);\n"
                                                    "        const T t2 = t1 * alpha;\n"
                                                    "        t0 = t2;\n"
                                                    "    } else {\n"
                                                    "        t0 = T(1);\n"
                                                    "    }\n"
                                                    "    return t0;\n"
                                                    "}\n");
    CHECK(lz::to_cuda<float>(grad, "elu_grad", z, alpha) ==
          "__device__ inline float elu_grad(float z, float alpha) {\n"
          "    float t0;\n"
          "    if (z <= 0.0f) {\n"
          "        const float t1 = expf(z);\n"
          "        const float t2 = t1 * alpha;\n"
          "        t0 = t2;\n"
          "    } else {\n"
          "        t0 = 1.0f;\n"
          "    }\n"
          "    return t0;\n"
          "}\n");
    CHECK(lz::to_cuda(grad, "elu_grad", z, alpha).rfind("__device__ inline double elu_grad(", 0) ==
          0);
}

TEST_CASE("each distinct subterm is computed once", "[codegen][cse]") {
    CHECK(count(lz::to_c(lz::d(act::sigmoid(z), z), "f", z), "exp(") == 1);
    // sigma'' = 2 exp(-2z)/(1 + exp(-z))^3 - exp(-z)/(1 + exp(-z))^2 is computed from exp(-|z|)
    // alone
    CHECK(count(lz::to_c(lz::d(act::sigmoid(z), z, z), "f", z), "exp(") == 1);
    for (std::string code :
         {lz::to_c(lz::d(act::mish(z), z), "f", z), lz::to_c(lz::d(act::gelu_tanh(z), z), "f", z),
          lz::to_c(lz::d(act::silu(z), z, z), "f", z)}) {
        INFO(code);
        auto defs = definitions(code);
        std::set<std::string> unique(defs.begin(), defs.end());
        CHECK(unique.size() == defs.size());
    }
}

TEST_CASE("the branch not taken is not computed", "[codegen]") {
    // the log only in the else block, after the test
    std::string code = lz::to_c(lz::where(z <= 0_c, z, lz::log(z)), "f", z);
    CHECK(code.find("if (z <= 0.0)") < code.find("log(z)"));
    CHECK(code.find("} else {") < code.find("log(z)"));
}

TEST_CASE("arguments, run-time constants and float", "[codegen]") {
    std::string code = lz::to_c(act::leaky_relu(z, 0.2), "lrelu", z, alpha);
    CHECK(code.rfind("double lrelu(double z, double alpha) {\n    (void)alpha;\n", 0) == 0);
    CHECK(code.find("0.2 * z") != std::string::npos);
    std::string f = lz::to_c<float>(lz::tanh(z) + lz::sqrt(z), "f", z);
    CHECK(f.find("tanhf(z)") != std::string::npos);
    CHECK(f.find("sqrtf(z)") != std::string::npos);
    CHECK(lz::to_cpp(lz::abs(z), "f", z).find("using std::abs;") != std::string::npos);
}
