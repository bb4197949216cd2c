#!/usr/bin/env bash
# Records the expected results of the program tests from real Erlang/OTP.
#
# For every Tests/Programs/<area>/<name>.erl this runs `escript <name>.erl ARGS...` inside the
# file's directory (ARGS: the lines of <name>.args, if present; standard input: <name>.stdin if
# present, else /dev/null) and writes
#   <name>.stdout           exact stdout, minus escript's leading compile-warning block and
#                           logger reports (see strip_log_reports)
#   <name>.exit             the exit code
#   <name>.stderr_contains  (compile_errors only) escript's diagnostic lines, which swerl's stderr
#                           must contain
# Expected output comes from OTP only: never edit these files by hand, never record them from swerl.
#
# Usage: scripts/golden.sh [SUBSTRING]   record only the programs whose path contains SUBSTRING
set -euo pipefail

if ! command -v escript >/dev/null 2>&1; then
    echo "golden.sh: escript not found: install Erlang/OTP to record expected outputs" >&2
    exit 1
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
programs="$root/Tests/Programs"
filter="${1:-}"
# Generous: the deep-recursion programs are slow under escript; ProgramTests uses 30 s for swerl.
timeout_seconds="${GOLDEN_TIMEOUT:-300}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# A crashing escript (e.g. main killed by a link) must not leave erl_crash.dump beside the test.
export ERL_CRASH_DUMP_SECONDS=0
# The locale decides how erl decodes command-line arguments ("é" is [233] under UTF-8, [195,169]
# under C); record under UTF-8, as ProgramTests runs swerl.
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# escript in compile mode prints warnings on stdout before the program runs, each as
#   name.erl:L:C: Warning: message
#   %    L| source line
#   %     |     ^
#   <blank line>
# swerl prints diagnostics on stderr, so drop that leading block (and only the leading block:
# later program output that happens to look similar is kept).
strip_leading_warnings() {
    LC_ALL=C awk '
        leading && /^[^ ]+\.(erl|hrl):[0-9]+(:[0-9]+)?: Warning: / { in_warning = 1; next }
        leading && in_warning && /^%/ { next }
        leading && in_warning && /^$/ { in_warning = 0; next }
        { leading = 0; in_warning = 0; print }
        BEGIN { leading = 1 }
    '
}

# escript's own diagnostic lines ("name.erl:L:C: message", errors only). They have erlc's shape,
# but escript's line numbers: escript always drops the file's first line as its header, and
# unless that line starts with "#!" every later line is reported one lower than its number in
# the file. ?LINE behaves the same way (see preprocessor/predefined.erl), so these are recorded
# as escript prints them, to keep one numbering for stdout and stderr.
record_stderr_contains() {
    local base=$1 escript_stderr=$2 out=$3
    LC_ALL=C grep -E "^$base\.(erl|hrl):[0-9]+(:[0-9]+)?: " "$escript_stderr" |
        LC_ALL=C grep -v ': Warning: ' > "$out" || true
}

# OTP's logger prints reports (e.g. "=ERROR REPORT==== <date> ===" for a crashed process) on
# stdout, asynchronously, with timestamps, pids and escript's generated module names: they cannot
# be compared byte for byte, so they are dropped here and, identically, by the test runner.
# A report runs from its header line through the next empty line.
strip_log_reports() {
    LC_ALL=C awk '
        /^=[A-Z]+ REPORT==== .* ===$/ { in_report = 1; next }
        in_report && /^$/ { in_report = 0; next }
        !in_report { print }
    '
}

recorded=0
failed=0
while IFS= read -r -d '' file; do
    case "$file" in *"$filter"*) ;; *) continue ;; esac
    dir=$(dirname "$file")
    base=$(basename "$file" .erl)
    area=$(basename "$dir")
    args=()
    if [[ -f "$dir/$base.args" ]]; then mapfile -t args < "$dir/$base.args"; fi
    stdin=/dev/null
    if [[ -f "$dir/$base.stdin" ]]; then stdin="$dir/$base.stdin"; fi

    set +e
    (cd "$dir" && timeout "$timeout_seconds" escript "$base.erl" ${args[@]+"${args[@]}"} \
        < "$stdin" > "$scratch/stdout" 2> "$scratch/stderr")
    code=$?
    set -e
    if [[ $code -eq 124 ]]; then
        echo "golden.sh: TIMEOUT $file (not recorded)" >&2
        failed=$((failed + 1))
        continue
    fi

    strip_leading_warnings < "$scratch/stdout" > "$scratch/stdout_no_warnings"
    strip_log_reports < "$scratch/stdout_no_warnings" > "$dir/$base.stdout"
    # awk ends every line it prints with a newline; keep a missing final newline missing.
    if [[ -s "$dir/$base.stdout" && "$(tail -c 1 "$scratch/stdout" | od -An -c | tr -d ' ')" != '\n' ]]; then
        truncate -s -1 "$dir/$base.stdout"
    fi
    echo "$code" > "$dir/$base.exit"
    if [[ "$area" == compile_errors ]]; then
        record_stderr_contains "$base" "$scratch/stderr" "$dir/$base.stderr_contains"
        if [[ ! -s "$dir/$base.stderr_contains" ]]; then
            echo "golden.sh: note: $file: escript printed no diagnostic line" >&2
        fi
    elif grep -qE "^$base\.(erl|hrl):[0-9]+(:[0-9]+)?: " "$dir/$base.stdout"; then
        echo "golden.sh: WARNING: $file: compile errors on stdout (only compile_errors may fail to compile)" >&2
    elif ! cmp -s "$scratch/stdout" "$scratch/stdout_no_warnings" || grep -q ': Warning: ' "$scratch/stderr"; then
        # Not an error, but test programs are meant to compile without warnings.
        echo "golden.sh: note: $file compiles with warnings" >&2
    fi
    recorded=$((recorded + 1))
done < <(find "$programs" -name '*.erl' -print0 | sort -z)

echo "golden.sh: recorded $recorded program(s), $failed failure(s)"
[[ $failed -eq 0 ]]
