#!/usr/bin/env bash
# Resident memory per parked process, swerl against OTP's escript.
#
# Runs a program that spawns N processes which each report once and then park in `receive`,
# waits until all of them are parked, then holds still for a moment. While it holds, the
# resident set (VmRSS of the swerl / beam.smp process) is read from /proc; /usr/bin/time -v
# gives the peak. The same is done with N = 0, and the difference divided by N is the cost of
# one parked process (its object, stack/registers, mailbox and the run-time's tables).
#
# Usage: scripts/stress_memory.sh [N] [SWERL]   (defaults: 1000000, .build/release/swerl)
# NO_OTP=1 skips the OTP runs.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n="${1:-1000000}"
swerl="${2:-$root/.build/release/swerl}"
swerl=$(cd "$(dirname "$swerl")" && pwd)/$(basename "$swerl")
[[ -x "$swerl" ]] || { echo "stress_memory.sh: $swerl is not executable" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cat > "$scratch/park_mem.erl" <<'ERL'
#!/usr/bin/env escript
%%! +P 2000000
-module(park_mem).
-export([main/1]).
-mode(compile).

main([Arg]) ->
    N = list_to_integer(Arg),
    Self = self(),
    spawn_n(N, Self),
    wait_ready(N),
    io:format("parked ~p~n", [N]),
    timer:sleep(3000),
    io:format("done~n").

spawn_n(0, _) -> ok;
spawn_n(K, Self) ->
    spawn(fun() -> Self ! ready, receive stop -> ok end end),
    spawn_n(K - 1, Self).

wait_ready(0) -> ok;
wait_ready(K) -> receive ready -> wait_ready(K - 1) end.
ERL

# measure LABEL PATTERN N COMMAND...: PATTERN precedes "park_mem.erl N" in the measured
# process's command line (escript's beam.smp shows "... -extra park_mem.erl N");: prints "LABEL N: rss KB, peak KB, seconds"
measure() {
    local label=$1 pname=$2 count=$3; shift 3
    local out="$scratch/out.$label.$count" tv="$scratch/time.$label.$count"
    (cd "$scratch" && /usr/bin/time -v "$@" park_mem.erl "$count" > "$out" 2> "$tv") &
    local runner=$!
    local rss=""
    for _ in $(seq 1 6000); do
        kill -0 "$runner" 2>/dev/null || break
        if grep -q '^parked' "$out" 2>/dev/null; then
            sleep 0.5
            local pid
            pid=$(pgrep -n -f -- "$pname park_mem.erl $count\$" || true)
            [[ -n "$pid" ]] && rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
            break
        fi
        sleep 0.1
    done
    wait "$runner" || true
    local peak elapsed
    peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tv")
    echo "$label N=$count: VmRSS while parked ${rss:-?} KB, peak ${peak:-?} KB, wall $elapsed"
    eval "${label}_rss_$count=${rss:-0}"
}

measure swerl swerl 0 "$swerl"
measure swerl swerl "$n" "$swerl"
have_otp=0
if [[ -z "${NO_OTP:-}" ]] && command -v escript >/dev/null 2>&1; then have_otp=1; fi
if [[ $have_otp -eq 1 ]]; then
    measure otp -extra 0 escript
    measure otp -extra "$n" escript
fi

per() { echo "scale=1; ($2 - $1) * 1024 / $n" | bc; }
echo "swerl: $(per "$swerl_rss_0" "$(eval echo \$swerl_rss_$n)") bytes per parked process"
if [[ $have_otp -eq 1 ]]; then
    echo "OTP:   $(per "$otp_rss_0" "$(eval echo \$otp_rss_$n)") bytes per parked process"
fi
