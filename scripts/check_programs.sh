#!/usr/bin/env bash
# Runs every Tests/Programs case through a swerl binary and prints a pass/fail summary.
# Quicker feedback than `swift test` while developing.
#   scripts/check_programs.sh [SWERL_BINARY] [FILTER]
set -u
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-.build/debug/swerl}")
filter="${2:-}"
pass=0; fail=0; failed=()
for f in Tests/Programs/*/*.erl; do
  [[ -n "$filter" && "$f" != *"$filter"* ]] && continue
  base="${f%.erl}"; [ -f "$base.stdout" ] || continue
  args=(); [ -f "$base.args" ] && mapfile -t args < "$base.args"
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$PWD/$base.stdin"
  out=$(cd "$(dirname "$f")" && timeout 30 "$bin" "$(basename "$f")" "${args[@]}" 2>/dev/null < "$stdin"); rc=$?
  exp_rc=$(cat "$base.exit" 2>/dev/null || echo 0)
  if [[ "$out" == "$(cat "$base.stdout")" && "$rc" == "$exp_rc" ]]; then pass=$((pass+1)); else fail=$((fail+1)); failed+=("$f (rc $rc, want $exp_rc)"); fi
done
printf '%s\n' "${failed[@]}"
echo "passed $pass, failed $fail"
