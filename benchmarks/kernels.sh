#!/usr/bin/env bash
# Batch kernels against the scalar loop, hand-written code, Eigen and PyTorch: ns per element and
# ratios, one thread (see benchmarks/kernels/kernels.cpp and torch_kernels.py).
#
#   bash benchmarks/kernels.sh            64K, 1M and 16M elements (a few minutes)
#   bash benchmarks/kernels.sh --quick    64K only
#
# Builds build/bench-kernels with g++ (CXX overrides). PyTorch's column needs Debian's
# python3-torch for /usr/bin/python3, Eigen's libeigen3-dev; a missing one is left out.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
dir=build/bench-kernels
CXX=${CXX:-g++} cmake -S . -B "$dir" -DLEIBNIZ_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release \
    >/dev/null
cmake --build "$dir" --target kernels >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$dir/benchmarks/kernels" "$@" >"$out"
if /usr/bin/python3 -c "import torch" 2>/dev/null; then
    /usr/bin/python3 benchmarks/kernels/torch_kernels.py "$@" >>"$out"
else
    echo "kernels.sh: /usr/bin/python3 has no torch (Debian python3-torch): PyTorch left out" >&2
fi
# one row per function, kind, type and size: ns per element, and the ratios to the kernel
awk '{ key = $1 " " $2 " " $3 " " $4; v[key, $5] = $6; if (!(key in seen)) { seen[key] = 1; order[n++] = key } }
END {
    printf "%-26s %8s %8s %8s %8s %8s %8s   %7s %7s %7s %7s\n", "function kind type n", "kernel",
           "scalar", "hand", "eigen", "torch", "floor", "scalar/", "eigen/", "torch/", "/floor"
    for (i = 0; i < n; ++i) {
        k = order[i]; split(k, p, " ")
        kern = v[k, "leibniz_kernel"]
        printf "%-26s %8.3f %8.3f %8.3f %8s %8s %8.3f   %7.2f %7s %7s %7.2f\n", k, kern,
               v[k, "leibniz_scalar"], v[k, "hand_scalar"],
               ((k, "eigen") in v) ? sprintf("%.3f", v[k, "eigen"]) : "-",
               ((k, "torch") in v) ? sprintf("%.3f", v[k, "torch"]) : "-", v[k, "write_only"],
               v[k, "leibniz_scalar"] / kern,
               ((k, "eigen") in v) ? sprintf("%.2f", v[k, "eigen"] / kern) : "-",
               ((k, "torch") in v) ? sprintf("%.2f", v[k, "torch"] / kern) : "-",
               kern / v[k, "write_only"]
    }
}' "$out"
