#!/usr/bin/env bash
# Start-up benchmark: the time from starting `hydrant` to its window's first frame on an X
# server (Xvfb, started once so its own start-up is not counted), best and median of several
# runs, for a first start (no account: the Live page's empty state) and for a user with a saved
# Firestream account (the Live page with its feed and charts). Budget: 400 ms (DESIGN §5).
# Also `hydrant-cli --help` (budget 50 ms). The window reports its first frame and the marks on
# the way (HYDRANT_STARTUP_REPORT, ui/main/startupreport.h); where the time goes is printed.
#   HYDRANT_BENCH_BUILD as for the other benchmarks; HYDRANT_STARTUP_BENCH_RUNS (default 7).
#   dbus-run-session -- bash tests/with-keyring.sh bash tests/bench/run.sh startup
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
runs=${HYDRANT_STARTUP_BENCH_RUNS:-7}

command -v Xvfb >/dev/null || { echo "bench_startup: Xvfb is needed (Debian: xvfb)" >&2; exit 1; }
cmake --build "$build" --target hydrant hydrant-cli >/dev/null

profile=$(mktemp -d)
display=
cleanup() {
    [ -z "${xvfb_pid:-}" ] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$profile"
}
trap cleanup EXIT
for number in $(seq 90 120); do
    if [ ! -e "/tmp/.X11-unix/X$number" ] && [ ! -e "/tmp/.X$number-lock" ]; then
        display=:$number
        break
    fi
done
[ -n "$display" ] || { echo "bench_startup: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done

# A profile of its own, never the user's settings and caches. The secret store is the session's,
# as on a desktop: run under tests/with-keyring.sh (see tests/bench/README.md) so that the
# saved account's password is really stored and looked up.
export HOME=$profile XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data
export XDG_CACHE_HOME=$profile/cache DISPLAY=$display QT_QPA_PLATFORM=xcb
export HYDRANT_STARTUP_REPORT=1

# One start: prints milliseconds from exec to the first frame, then the window's own marks.
start_once() {
    local t0 line
    t0=$(date +%s%6N)
    line=$("$build/bin/hydrant" 2>/dev/null | tail -n 1)
    python3 -c 'import json, sys
d = json.loads(sys.argv[2])
print(round((d["first_frame_epoch_us"] - int(sys.argv[1])) / 1000), json.dumps(d["marks_us"]))' "$t0" "$line"
}

# Prints the figures of several starts; "BEST MEDIAN" goes to the file $2.
measure() {
    local label=$1 result=$2 times=() marks= ms rest
    "$build/bin/hydrant" >/dev/null 2>&1 || true # warm the page cache: a cold disk is not the point
    for _ in $(seq "$runs"); do
        read -r ms rest < <(start_once)
        times+=("$ms")
        marks=$rest
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v m="$marks" -v r="$result" '
        { t[NR] = $1 } END {
            median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%-28s best %4d ms, median %4d ms (budget 400 ms)\n", l, t[1], median
            printf "  marks of the last run (us after main): %s\n", m
            printf "%d %d\n", t[1], median > r
        }'
}

measure "first start (no account)" "$profile/first"
echo "bench-password" | "$build/bin/hydrant-cli" account add bench-startup-desk \
    --service firestream --url https://api.stocktwits.com/api/2/firestream/stream \
    --user analyst@example.com --password-stdin >/dev/null 2>&1
measure "saved Firestream account" "$profile/saved"

help_best=
for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    "$build/bin/hydrant-cli" --help >/dev/null
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$help_best" ] || [ "$ms" -lt "$help_best" ]; then help_best=$ms; fi
done
echo "hydrant-cli --help             best ${help_best} ms (budget 50 ms)"
read -r first_best first_median <"$profile/first"
read -r saved_best saved_median <"$profile/saved"
printf '{"benchmark":"startup","first_start_best_ms":%d,"first_start_median_ms":%d,"saved_account_best_ms":%d,"saved_account_median_ms":%d,"cli_help_best_ms":%d}\n' \
    "$first_best" "$first_median" "$saved_best" "$saved_median" "$help_best"
