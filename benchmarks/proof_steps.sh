#!/usr/bin/env bash
# The work budget of lz::equivalent in clang's own terms: for each decision of
# tests/proof/budget.hpp, the work it counted and the smallest -fconstexpr-steps that
# compiles it (within 5%, by bisection), beside clang's default of 2^20 = 1048576.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cxx=${CXX:-clang++-19}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for pair in regions expansion mixed; do
    cat > "$dir/$pair.cpp" <<CPP
#include "$PWD/tests/proof/budget.hpp"
#include <cstdio>
using namespace budget;
#ifdef STEPS
constexpr auto verdict = lz::equivalent(${pair}_a, ${pair}_b);
#endif
int main() {
    using namespace lz::detail::proof;
    auto d = decide(lz::detail::view_of<lz::detail::tree_t<decltype(${pair}_a)>>(),
                    lz::detail::view_of<lz::detail::tree_t<decltype(${pair}_b)>>());
    std::printf("%lld", d.n.ctx.work);
}
CPP
    "$cxx" -std=c++20 -Iinclude "$dir/$pair.cpp" -o "$dir/$pair" 2>/dev/null
    work=$("$dir/$pair")
    lo=1000 hi=16000000
    while ((hi - lo > lo / 20)); do
        mid=$(((lo + hi) / 2))
        if "$cxx" -std=c++20 -Iinclude -DSTEPS -fconstexpr-steps=$mid -fsyntax-only \
            "$dir/$pair.cpp" 2>/dev/null; then hi=$mid; else lo=$mid; fi
    done
    printf '%-10s work %6d (budget 30000)  clang steps %8d  (%.0f%% of 2^20)\n' "$pair" "$work" \
        "$hi" "$(echo "100 * $hi / 1048576" | bc -l)"
done
