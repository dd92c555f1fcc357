// expect: leibniz: to_c/to_cpp/to_cuda\(f, name, args...\): a symbol of f
// Every symbol of the expression must be an argument of the generated function.
#include <leibniz/codegen/codegen.hpp>
#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
constexpr lz::symbol<"z"> z;
constexpr lz::symbol<"alpha"> alpha;

int main() { return static_cast<int>(lz::to_c(alpha * z, "f", z).size()); }
