#!/usr/bin/env bash
# Times the programs in bench/ under swerl and, when Erlang/OTP is installed,
# under escript (interpreted, like swerl) and escript with -mode(compile)
# (compiled BEAM code, JIT). Prints a table of times and ratios.
#
#   scripts/bench.sh [name ...]     default: every bench/*.erl
#
# Environment: SWERL (default .build/release/swerl), BENCH_TIMEOUT seconds per
# run (default 600), NO_OTP=1 to skip the OTP runs, BENCH_ALL=1 to also run
# spawn_many under interpreted escript (erl_eval copies its whole function
# table into every spawned fun: about 13 GB for a million processes).
#
# Each program prints "name: N ms (details)" with N measured inside the
# program; the ratios use those times (start-up excluded), except for hello,
# which measures start-up and uses the wall time. The details (results) of
# swerl and OTP must agree, or the row is marked MISMATCH.
set -uo pipefail
cd "$(dirname "$0")/.."

SWERL=${SWERL:-.build/release/swerl}
TIMEOUT=${BENCH_TIMEOUT:-600}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then names=("$@"); else
    names=(); for f in bench/*.erl; do names+=("$(basename "$f" .erl)"); done
fi
have_otp=0
if [ -z "${NO_OTP:-}" ] && command -v escript >/dev/null 2>&1; then have_otp=1; fi

# run CMD... : sets WALL (ms), PROG (ms reported, or empty), LINE (the
# program's report line) and STATUS (ok, fail, timeout, missing).
run() {
    WALL=""; PROG=""; LINE=""; STATUS=ok
    if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "$1" ]; then STATUS=missing; return; fi
    local start end out rc
    start=$(date +%s%N)
    out=$(timeout "$TIMEOUT" "$@" 2>&1); rc=$?
    end=$(date +%s%N)
    WALL=$(( (end - start) / 1000000 ))
    LINE=$(printf '%s\n' "$out" | grep -E '^[a-z_]+: [0-9]+ ms' | head -1)
    PROG=$(printf '%s\n' "$LINE" | sed -nE 's/^[a-z_]+: ([0-9]+) ms.*/\1/p')
    if [ $rc -eq 124 ]; then STATUS=timeout
    elif [ $rc -ne 0 ] || [ -z "$LINE" ]; then STATUS=fail; LINE=$(printf '%s\n' "$out" | tail -3)
    fi
}

# The time a ratio is based on: reported time, or wall time for start-up.
basis() { if [ "$1" = hello ] || [ -z "$3" ]; then echo "$2"; else echo "$3"; fi; }

cell() { if [ "$1" = ok ]; then echo "$2 ($3)"; else echo "$1"; fi; }

ratio() {
    if [ -n "$1" ] && [ -n "$2" ] && [ "$2" -gt 0 ]; then
        awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
    else echo "-"; fi
}

# A program's results with the timings taken out, to compare runs.
results() { sed -E 's/[0-9]+ ms/N ms/g; s/speed-up [0-9.]+/speed-up N/; s/slowdown [0-9.]+/slowdown N/; s/memory [^)]*/memory N/' <<<"$1"; }

printf '%-15s %-18s %-18s %-8s %-18s %-8s %s\n' bench "swerl ms" "escript ms" "ratio" "compiled ms" "ratio" ""
printf '%-15s %-18s %-18s %-8s %-18s %-8s %s\n' "" "wall (program)" "wall (program)" "" "wall (program)" "" ""
details=()
for name in "${names[@]}"; do
    src=bench/$name.erl
    if [ ! -f "$src" ]; then echo "no such benchmark: $src" >&2; continue; fi

    run "$SWERL" "$src"
    s_status=$STATUS; s_wall=$WALL; s_prog=$PROG; s_line=$LINE
    e_status=-; c_status=-; e_ratio=-; c_ratio=-; note=""
    if [ $have_otp -eq 1 ]; then
        if [ "$name" = spawn_many ] && [ -z "${BENCH_ALL:-}" ]; then
            STATUS=skipped; WALL=""; PROG=""; LINE=""
        else
            run escript "$src"
        fi
        e_status=$STATUS; e_wall=$WALL; e_prog=$PROG; e_line=$LINE
        sed '/^-module(/a -mode(compile).' "$src" > "$tmp/$name.erl"
        run escript "$tmp/$name.erl"
        c_status=$STATUS; c_wall=$WALL; c_prog=$PROG
        if [ "$s_status" = ok ] && [ "$e_status" = ok ]; then
            e_ratio=$(ratio "$(basis "$name" "$s_wall" "$s_prog")" "$(basis "$name" "$e_wall" "$e_prog")")
            [ "$(results "$s_line")" = "$(results "$e_line")" ] || note=MISMATCH
        fi
        if [ "$s_status" = ok ] && [ "$c_status" = ok ]; then
            c_ratio=$(ratio "$(basis "$name" "$s_wall" "$s_prog")" "$(basis "$name" "$c_wall" "$c_prog")")
        fi
    fi
    printf '%-15s %-18s %-18s %-8s %-18s %-8s %s\n' "$name" \
        "$(cell "$s_status" "$s_wall" "$s_prog")" \
        "$( [ "$e_status" = - ] && echo - || cell "$e_status" "$e_wall" "$e_prog")" "$e_ratio" \
        "$( [ "$c_status" = - ] && echo - || cell "$c_status" "$c_wall" "$c_prog")" "$c_ratio" "$note"
    details+=("swerl   ${s_line:-($s_status)}")
    [ $have_otp -eq 1 ] && details+=("escript ${e_line:-($e_status)}")
done

echo
echo "ratio: swerl time / OTP time (above 1 means swerl is slower)"
echo
printf '%s\n' "${details[@]}"
