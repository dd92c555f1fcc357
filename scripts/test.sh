#!/usr/bin/env bash
# The full check: both compilers, a sanitizer build, and formatting. Every phase runs even if
# an earlier one failed; the exit status is non-zero if any failed. The last line is
# "N passed, M failed": the tests of all ctest runs, plus one failure for each phase that
# failed without a ctest result (a configure error, the format check).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/bootstrap.sh

passed=0
failed=0
failed_phases=()
timings=()

# run_ctest <build dir> [ctest args...]: runs ctest and adds its counts to the totals.
run_ctest() {
    local dir=$1 status=0 summary
    shift
    ctest --test-dir "$dir" --output-on-failure --no-tests=error -j2 "$@" 2>&1 |
        tee "$dir/ctest.log" || status=$?
    summary=$(grep -E '% tests passed, [0-9]+ tests? failed out of [0-9]+' "$dir/ctest.log" || true)
    if [[ $summary =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
        failed=$((failed + BASH_REMATCH[1]))
        passed=$((passed + BASH_REMATCH[2] - BASH_REMATCH[1]))
    else
        failed=$((failed + 1))
    fi
    return $status
}

# build_and_test <name> <compiler> <ctest label regex or ""> [cmake args...]: a fresh build in
# build/<name> with Ninja, then its tests. The build keeps going past errors, so that ctest
# reports what could not be built as failed tests.
build_and_test() {
    local name=$1 compiler=$2 labels=$3 dir=build/$1 status=0
    shift 3
    rm -rf "$dir"
    if ! cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" "$@"; then
        failed=$((failed + 1))
        return 1
    fi
    cmake --build "$dir" -j2 -- -k 0 || status=1
    run_ctest "$dir" ${labels:+-L "$labels"} || status=1
    return $status
}

# check_format: clang-format (19 if present) finds nothing to change in the C++ sources.
check_format() {
    local format dirs=() files=()
    format=$(command -v clang-format-19 || command -v clang-format) || {
        echo "clang-format not found"
        failed=$((failed + 1))
        return 1
    }
    for dir in include tests examples benchmarks; do
        [[ -d $dir ]] && dirs+=("$dir")
    done
    if [[ ${#dirs[@]} -gt 0 ]]; then
        mapfile -t files < <(find "${dirs[@]}" -type f \( -name '*.hpp' -o -name '*.cpp' \) | sort)
    fi
    echo "$format: ${#files[@]} files"
    [[ ${#files[@]} -eq 0 ]] && return 0
    "$format" --dry-run --Werror "${files[@]}" || {
        failed=$((failed + 1))
        return 1
    }
}

# phase <name> <command...>: runs one phase, timing it and recording a failure.
phase() {
    local name=$1 start=$SECONDS result=ok
    shift
    echo "=== $name"
    "$@" || result=FAILED
    [[ $result == ok ]] || failed_phases+=("$name")
    timings+=("$(printf '%-10s %-7s %4ds' "$name" "$result" $((SECONDS - start)))")
    echo "=== $name: $result ($((SECONDS - start))s)"
}

release=(-DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG")
phase g++ build_and_test g++ g++ "" "${release[@]}"
phase clang++-19 build_and_test clang++-19 clang++-19 "" "${release[@]}"
# Only the run-time tests and the examples, which are what a sanitizer can check. Without
# -Werror: GCC's manual advises against it with sanitizers (false -Wmaybe-uninitialized).
phase sanitize build_and_test sanitize g++ 'runtime|example' \
    -DCMAKE_BUILD_TYPE= -DLEIBNIZ_TEST_LABELS=runtime -DLEIBNIZ_BUILD_EXAMPLES=ON \
    "-DLEIBNIZ_WARNING_FLAGS=-Wall;-Wextra;-Wpedantic" \
    "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -O1 -g"
phase format check_format

echo
printf '%s\n' "${timings[@]}"
if [[ ${#failed_phases[@]} -gt 0 ]]; then
    echo "failed phases: ${failed_phases[*]}"
fi
echo "$passed passed, $failed failed"
[[ ${#failed_phases[@]} -eq 0 ]]
