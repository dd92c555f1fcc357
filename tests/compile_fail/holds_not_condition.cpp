// expect: leibniz: holds\(condition, assumptions\.\.\.\): the condition must be a comparison
#include <leibniz/leibniz.hpp>
namespace lz = leibniz;
int main() {
    constexpr lz::symbol<"z"> z;
    return lz::holds(z * z).proven() ? 0 : 1;
}
