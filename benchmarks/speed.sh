#!/usr/bin/env bash
# Speed of the first derivative of sigma, tanh, ELU, softplus, SiLU, GELU and Mish computed by
# lz::eval, by the C that lz::to_c generates (compiled by the C compiler), by hand-written code and
# by Boost.Math autodiff, as ratios in one process (see benchmarks/speed/speed.cpp).
#
#   bash benchmarks/speed.sh          (from anywhere; builds in build/bench, build/bench-clang)
#
# For g++/gcc this is exactly
#   cmake -S . -B build/bench -DLEIBNIZ_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
#   cmake --build build/bench --target speed && build/bench/benchmarks/speed
# with CXX=g++ CC=gcc in the environment; then the same with clang++-19/clang-19 in build/bench-clang.
# COMPILERS="g++" (or "clang++-19") measures one only; ROUNDS=N sets the rounds (default 21).
# Every target is built with -O2 whatever the build type. The machine's load shows in the spread
# table the program prints; rerun when the quartiles are wide.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

COMPILERS=${COMPILERS:-"g++ clang++-19"}
ROUNDS=${ROUNDS:-21}

status=0
for cxx in $COMPILERS; do
    case $cxx in
        g++*) cc=${cxx/g++/gcc}; dir=build/bench ;;
        clang++*) cc=${cxx/clang++/clang}; dir=build/bench-clang ;;
        *) echo "speed.sh: unknown compiler $cxx" >&2; exit 2 ;;
    esac
    if ! command -v "$cxx" >/dev/null || ! command -v "$cc" >/dev/null; then
        echo "speed.sh: $cxx or $cc not found, skipped" >&2
        continue
    fi
    echo "speed.sh: building with $cxx and $cc in $dir" >&2
    # CXX and CC choose the compilers when $dir is first configured (the table names them).
    CXX=$cxx CC=$cc cmake -S . -B "$dir" -DLEIBNIZ_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release \
        >/dev/null
    cmake --build "$dir" --target speed >/dev/null
    echo
    "$dir/benchmarks/speed" "$ROUNDS" || status=$?
done
exit $status
