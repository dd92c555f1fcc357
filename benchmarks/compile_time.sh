#!/usr/bin/env bash
# Compile cost of the leibniz activation catalogue, side by side with the same work hand-written in
# plain C++ and with the peer Boost.Math autodiff, as ratios in one run; and the cost of deciding
# the proofs issue's identity list (proofs.cpp), of one lz::study (study_one.cpp) and of the
# catalogue's properties table (properties.cpp).
#
#   bash benchmarks/compile_time.sh          (from the repository root; products in build/compile_time/)
#
# Each translation unit in benchmarks/compile_time/ is compiled N times (default 3, keep it odd) with
# each compiler (default "g++ clang++-19"; override with COMPILERS="..."), with -std=c++20 -O2.
# /usr/bin/time gives wall seconds, user CPU seconds and max RSS; the table shows the median of each.
# Ratios use user CPU seconds, which stay meaningful when other processes load the machine.
# The catalogue, hand-written and autodiff binaries must print the same sum (1e-9 relative).
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

N=${N:-3}
COMPILERS=${COMPILERS:-"g++ clang++-19"}
SRC=benchmarks/compile_time
OUT=build/compile_time
TUS=(catalogue handwritten autodiff sigmoid_autodiff hana_include proofs study_one properties)
BUDGET_SECONDS=3
BUDGET_MB=400

if [[ ! -x /usr/bin/time ]]; then
    echo "compile_time.sh: /usr/bin/time is missing; installing the Debian package 'time'" >&2
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi

# median of the numbers in column $1 of file $2
median() { cut -d' ' -f"$1" "$2" | sort -g | awk -v n="$N" 'NR == int((n + 1) / 2)'; }
# $1 / $2 to two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

declare -A wall user mb
compilers=()
for cxx in $COMPILERS; do
    if ! command -v "$cxx" >/dev/null; then
        echo "compile_time.sh: $cxx not found, skipped" >&2
        continue
    fi
    compilers+=("$cxx")
    mkdir -p "$OUT/$cxx"
    for tu in "${TUS[@]}"; do
        times="$OUT/$cxx/$tu.times"
        : >"$times"
        for ((i = 1; i <= N; i++)); do
            echo "compile_time.sh: $cxx $tu.cpp ($i/$N)" >&2
            /usr/bin/time -f '%e %U %M' -a -o "$times" \
                "$cxx" -std=c++20 -O2 -I include "$SRC/$tu.cpp" -o "$OUT/$cxx/$tu"
        done
        wall[$cxx,$tu]=$(median 1 "$times")
        user[$cxx,$tu]=$(median 2 "$times")
        mb[$cxx,$tu]=$(awk -v kb="$(median 3 "$times")" 'BEGIN { printf "%.0f", kb / 1024 }')
    done
done

echo
echo "Compile cost, median of $N (-std=c++20 -O2); ratios of user CPU seconds and of max RSS"
echo "to the hand-written (hw) and Boost autodiff (ad) versions of the same work, same compiler."
echo
row() { printf '%-21s %-11s %7s %7s %6s %8s %7s %8s %7s\n' "$@"; }
row TU compiler "wall s" "user s" MB "s/hw" "MB/hw" "s/ad" "MB/ad"
for cxx in "${compilers[@]}"; do
    for tu in "${TUS[@]}"; do
        row "$tu.cpp" "$cxx" "${wall[$cxx,$tu]}" "${user[$cxx,$tu]}" "${mb[$cxx,$tu]}" \
            "$(ratio "${user[$cxx,$tu]}" "${user[$cxx,handwritten]}")" \
            "$(ratio "${mb[$cxx,$tu]}" "${mb[$cxx,handwritten]}")" \
            "$(ratio "${user[$cxx,$tu]}" "${user[$cxx,autodiff]}")" \
            "$(ratio "${mb[$cxx,$tu]}" "${mb[$cxx,autodiff]}")"
    done
done

echo
status=0
for cxx in "${compilers[@]}"; do
    sums=()
    for tu in catalogue handwritten autodiff; do sums+=("$("$OUT/$cxx/$tu")"); done
    verdict=$(awk -v a="${sums[0]}" -v b="${sums[1]}" -v c="${sums[2]}" '
        function close_to_a(v) { return (v > a ? v - a : a - v) <= 1e-9 * (a < 0 ? -a : a) }
        BEGIN { print (close_to_a(b) && close_to_a(c)) ? "ok" : "MISMATCH" }')
    echo "sums ($cxx): catalogue ${sums[0]}, handwritten ${sums[1]}, autodiff ${sums[2]}: $verdict"
    [[ $verdict == ok ]] || status=1
done

if [[ -v "wall[g++,catalogue]" ]]; then
    w=${wall[g++,catalogue]} u=${user[g++,catalogue]} m=${mb[g++,catalogue]}
    time_ok=$(awk -v t="$w" -v b="$BUDGET_SECONDS" 'BEGIN { print (t <= b) ? "PASS" : "OVER" }')
    user_ok=$(awk -v t="$u" -v b="$BUDGET_SECONDS" 'BEGIN { print (t <= b) ? "within" : "over" }')
    mem_ok=$(awk -v m="$m" -v b="$BUDGET_MB" 'BEGIN { print (m <= b) ? "PASS" : "OVER" }')
    echo
    echo "budget, catalogue.cpp with g++: time $w s wall (target <= $BUDGET_SECONDS s): $time_ok" \
        "[user CPU $u s, $user_ok]; memory $m MB (target <= $BUDGET_MB MB): $mem_ok"
fi
# proofs.cpp: the identity list of the proofs issue, each compiler within 10 s and 1 GiB
for cxx in "${compilers[@]}"; do
    w=${wall[$cxx,proofs]} m=${mb[$cxx,proofs]}
    ok=$(awk -v t="$w" -v m="$m" 'BEGIN { print (t <= 10 && m <= 1024) ? "PASS" : "OVER" }')
    echo "budget, proofs.cpp with $cxx: $w s wall, $m MB (targets <= 10 s, <= 1024 MB): $ok"
done
# study_one.cpp: one lz::study within 2 s and 1 GiB with g++
if [[ -v "wall[g++,study_one]" ]]; then
    w=${wall[g++,study_one]} m=${mb[g++,study_one]}
    ok=$(awk -v t="$w" -v m="$m" 'BEGIN { print (t <= 2 && m <= 1024) ? "PASS" : "OVER" }')
    echo "budget, study_one.cpp with g++: $w s wall, $m MB (targets <= 2 s, <= 1024 MB): $ok"
fi
exit $status
