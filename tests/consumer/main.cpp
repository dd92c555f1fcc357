// A program outside the project, shared by both consumer tests: d(z*z)/dz at z = 3 is 6.
#include <leibniz/leibniz.hpp>

int main() {
    constexpr leibniz::symbol<"z"> z;
    return leibniz::eval(leibniz::d(z * z, z), z = 3.0) == 6.0 ? 0 : 1;
}
