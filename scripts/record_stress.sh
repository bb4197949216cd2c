#!/usr/bin/env bash
# Records the expected results of the stress tests from real Erlang/OTP.
#
# For every Tests/Stress/<name>.erl this runs `escript <name>.erl` inside Tests/Stress and writes
#   <name>.stdout   exact stdout, minus escript's leading compile-warning block and logger reports
#   <name>.exit     the exit code
# The programs carry `%%! +P 2000000` on their second line so that escript allows a million
# processes. Expected output comes from OTP only: never edit these files by hand, never record
# them from swerl. Tests/ProgramTests/StressTests.swift compares swerl against them.
#
# Usage: scripts/record_stress.sh [SUBSTRING]   record only the programs whose name contains SUBSTRING
set -euo pipefail

if ! command -v escript >/dev/null 2>&1; then
    echo "record_stress.sh: escript not found: install Erlang/OTP to record expected outputs" >&2
    exit 1
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stress="$root/Tests/Stress"
filter="${1:-}"
timeout_seconds="${STRESS_RECORD_TIMEOUT:-900}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

export ERL_CRASH_DUMP_SECONDS=0
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# Same filters as scripts/golden.sh: escript's compile warnings on stdout, then logger reports.
strip_leading_warnings() {
    LC_ALL=C awk '
        leading && /^[^ ]+\.(erl|hrl):[0-9]+(:[0-9]+)?: Warning: / { in_warning = 1; next }
        leading && in_warning && /^%/ { next }
        leading && in_warning && /^$/ { in_warning = 0; next }
        { leading = 0; in_warning = 0; print }
        BEGIN { leading = 1 }
    '
}
strip_log_reports() {
    LC_ALL=C awk '
        /^=[A-Z]+ REPORT==== .* ===$/ { in_report = 1; next }
        in_report && /^$/ { in_report = 0; next }
        !in_report { print }
    '
}

recorded=0
failed=0
for file in "$stress"/*.erl; do
    base=$(basename "$file" .erl)
    case "$base" in *"$filter"*) ;; *) continue ;; esac
    start=$(date +%s.%N)
    set +e
    (cd "$stress" && timeout "$timeout_seconds" escript "$base.erl" \
        < /dev/null > "$scratch/stdout" 2> "$scratch/stderr")
    code=$?
    set -e
    elapsed=$(echo "$(date +%s.%N) - $start" | bc)
    if [[ $code -eq 124 ]]; then
        echo "record_stress.sh: TIMEOUT $base (not recorded)" >&2
        failed=$((failed + 1))
        continue
    fi
    strip_leading_warnings < "$scratch/stdout" | strip_log_reports > "$stress/$base.stdout"
    if [[ -s "$stress/$base.stdout" && "$(tail -c 1 "$scratch/stdout" | od -An -c | tr -d ' ')" != '\n' ]]; then
        truncate -s -1 "$stress/$base.stdout"
    fi
    echo "$code" > "$stress/$base.exit"
    if [[ -s "$scratch/stderr" ]]; then
        echo "record_stress.sh: note: $base wrote to stderr:" >&2
        head -5 "$scratch/stderr" >&2
    fi
    printf 'record_stress.sh: %-20s exit %s  %.1fs\n' "$base" "$code" "$elapsed"
    recorded=$((recorded + 1))
done

echo "record_stress.sh: recorded $recorded program(s), $failed failure(s)"
[[ $failed -eq 0 ]]
