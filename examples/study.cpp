// Studying a new activation: lz::study decides its properties at compile time, and
// lz::to_string prints them. Here a "penalised tanh" (Xu et al., 2016), which is not in the
// catalogue: tanh z for z > 0 and a tanh z for z <= 0, a = 1/4, and a smooth new one,
// z tanh(z) sigmoid(z).
#include <cstdio>
#include <iostream>

#include <leibniz/leibniz.hpp>

namespace lz = leibniz;
namespace act = lz::activations;
using namespace lz::literals;

constexpr lz::symbol<"z"> z;

int main() {
    constexpr auto penalized_tanh = lz::where(z <= 0_c, lz::c<1, 4> * lz::tanh(z), lz::tanh(z));
    constexpr lz::profile p = lz::study(penalized_tanh, z);
    // what the static_asserts prove, the program prints
    static_assert(p.increasing.proven() && p.zero_at_zero.proven() && p.continuity == 0);
    static_assert(p.saturates_left.proven() && p.saturates_right.proven());
    std::cout << "penalized tanh: " << lz::to_string(penalized_tanh) << "\n"
              << lz::to_string(p) << "\n"
              << "How each verdict was reached:\n"
              << lz::explain(p) << "\n";

    // one property at a time: its slope never exceeds 1, it is not convex
    static_assert(lz::holds(lz::d(penalized_tanh, z) <= 1_c));
    static_assert(lz::same(lz::limit(penalized_tanh, z, -lz::inf), -lz::c<1, 4>));

    constexpr auto smooth_one = z * lz::tanh(z) * act::sigmoid(z);
    constexpr lz::profile q = lz::study(smooth_one, z);
    static_assert(q.zero_at_zero.proven() && q.continuity == lz::smooth);
    std::cout << "z tanh(z) sigmoid(z): \n" << lz::to_string(q) << "\n";
    return 0;
}
