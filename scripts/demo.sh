#!/usr/bin/env bash
# Builds and runs the catalogue example (examples/catalogue.cpp) with g++ in build/demo.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/bootstrap.sh
# The same optimisation as scripts/test.sh (CMake's Release default -O3 differs).
cmake -S . -B build/demo -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release \
    "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DLEIBNIZ_BUILD_TESTS=OFF -DLEIBNIZ_BUILD_EXAMPLES=ON
cmake --build build/demo --target example_catalogue
build/demo/examples/example_catalogue
