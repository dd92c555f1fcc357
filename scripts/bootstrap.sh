#!/usr/bin/env bash
# Installs with apt-get whatever the build needs and is missing; does nothing when all is there.
set -euo pipefail

missing=()

# need <package> [command]: the package counts as present if the command exists or dpkg has it.
need() {
    local package=$1 command=${2:-}
    if [[ -n $command ]] && command -v "$command" >/dev/null 2>&1; then
        return
    fi
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        return
    fi
    missing+=("$package")
}

need gcc gcc  # the C compiler: the generated C is compiled as C in the tests
need g++ g++
need clang-19 clang++-19
need cmake cmake
need ninja-build ninja
need libboost-dev
need catch2
need clang-format-19 clang-format-19
need python3-mpmath  # tests/property: generate.py confirms its labels with mpmath
need python3-sympy   # tests/series: lz::series against SymPy's series

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "bootstrap: all dependencies present"
    exit 0
fi

echo "bootstrap: installing ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: apt-get not found; install these yourself: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    # not root: sudo without a password prompt, or stop with the line to run as root
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "bootstrap: missing ${missing[*]}; as root, run:" >&2
        echo "    apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
# clang-format-19 is in Debian 12 and later; elsewhere fall back to the default clang-format.
if [[ " ${missing[*]} " == *" clang-format-19 "* ]] && ! apt-cache show clang-format-19 >/dev/null 2>&1; then
    missing=("${missing[@]/clang-format-19/clang-format}")
fi
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
