#!/usr/bin/env bash
# Live page benchmark. live_bench shows the real Live page offscreen (FeedModel ring of 100 000
# rows, filter proxy, table, charts, detail), measures the messages/s it takes in, the longest
# GUI-thread stall (5 ms timer probe, budget 50 ms), the GUI thread's CPU share and the peak
# resident memory, and re-filters the full ring halfway through. Two runs:
#   page   - messages generated and normalised in-process at the target rate (no network): the
#            page's own share of the budget;
#   stream - the simulator (its own process) streams ~2 KB messages at the target rate over
#            loopback through the real stream client (gzip, framing, normaliser, duplicates).
#   ramp   - the stream run again at rising rates (HYDRANT_LIVE_RAMP, short runs), a fresh
#            simulator for each, until the page falls behind (takes in < 98 % of the rate):
#            the highest rate it sustains (budget 150 000 messages/s of ~2 KB).
# Each run also reports the memory the page holds per message in its ring against the message's
# raw bytes (budget 1.5 x). Ends with one JSON line holding all three.
#   HYDRANT_BENCH_BUILD      a Release build folder (set by run.sh)
#   HYDRANT_LIVE_RATE        messages per second (default 50000)
#   HYDRANT_LIVE_SIZE        approximate bytes per message (default 2000, as DESIGN §5)
#   HYDRANT_LIVE_SECONDS     measured seconds per run (default 20, after 3 s of warm-up)
#   HYDRANT_LIVE_RING        ring size (default 100000)
#   HYDRANT_LIVE_SCREENSHOT  save the page of the stream run as this PNG (optional)
#   HYDRANT_LIVE_RAMP        rates of the ramp (default "50000 75000 100000 125000 150000
#                            200000"; empty: no ramp)
#   HYDRANT_LIVE_RAMP_SECONDS measured seconds per ramp step (default 6, after 2 s warm-up)
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
rate=${HYDRANT_LIVE_RATE:-50000}
size=${HYDRANT_LIVE_SIZE:-2000}
seconds=${HYDRANT_LIVE_SECONDS:-20}
ring=${HYDRANT_LIVE_RING:-100000}
ramp=${HYDRANT_LIVE_RAMP-50000 75000 100000 125000 150000 200000}
ramp_seconds=${HYDRANT_LIVE_RAMP_SECONDS:-6}
cmake --build "$build" --target live_bench hydrant-cli -j2 >/dev/null

work=$(mktemp -d)
cli=$build/bin/hydrant-cli
source "$(dirname "$0")/simulator.sh"
cleanup() {
    stop_simulator
    rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
common=(--duration "$seconds" --warmup 3 --ring "$ring" --target "$rate")

echo "---- page: $rate messages/s of ~$size bytes generated in-process"
QT_QPA_PLATFORM=offscreen "$build/bin/live_bench" --synthetic --message-size "$size" "${common[@]}" \
    2>"$work/page.err" | tee "$work/page.out"

start_simulator "$rate" "$size"
echo "---- stream: the simulator sends $rate messages/s of ~$size bytes over loopback"
shot=()
[ -n "${HYDRANT_LIVE_SCREENSHOT:-}" ] && shot=(--screenshot "$HYDRANT_LIVE_SCREENSHOT")
# The password goes on stdin, never on a command line.
printf '%s\n' "$password" | QT_QPA_PLATFORM=offscreen "$build/bin/live_bench" \
    --url "$stream_url" --user "$user" "${common[@]}" "${shot[@]}" 2>"$work/stream.err" | tee "$work/stream.out"
stop_simulator

# The ramp: the same stream run, shorter, at rising rates until the page falls behind.
highest=0
steps=
for step in $ramp; do
    start_simulator "$step" "$size"
    printf '%s\n' "$password" | QT_QPA_PLATFORM=offscreen "$build/bin/live_bench" \
        --url "$stream_url" --user "$user" --duration "$ramp_seconds" --warmup 2 --ring "$ring" \
        --target "$step" 2>"$work/ramp.err" >"$work/ramp.out" || true
    stop_simulator
    line=$(tail -n 1 "$work/ramp.out")
    if ! printf '%s' "$line" | grep -q '^{'; then
        echo "bench_live: the ramp run at $step messages/s failed:" >&2
        cat "$work/ramp.err" >&2
        exit 1
    fi
    got=$(printf '%s' "$line" | sed -n 's/.*"messages_per_second":\([0-9]*\).*/\1/p')
    stall=$(printf '%s' "$line" | sed -n 's/.*"longest_stall_ms":\([0-9]*\).*/\1/p')
    memory=$(printf '%s' "$line" | sed -n 's/.*"memory_vs_raw":\([0-9.]*\).*/\1/p')
    echo "---- ramp: $step messages/s asked, $got taken in, longest stall $stall ms, memory $memory x raw"
    steps="$steps${steps:+,}$line"
    if printf '%s' "$line" | grep -q '"sustained":true'; then
        highest=$step
    else
        break
    fi
done
[ -n "$ramp" ] && echo "highest rate sustained: $highest messages/s (budget 150000)"

for run in page stream; do
    if ! tail -n 1 "$work/$run.out" | grep -q '^{'; then
        echo "bench_live: the $run run failed:" >&2
        cat "$work/$run.err" >&2
        exit 1
    fi
done
printf '{"benchmark":"live","page":%s,"stream":%s,"highest_sustained":%s,"ramp":[%s]}\n' \
    "$(tail -n 1 "$work/page.out")" "$(tail -n 1 "$work/stream.out")" "$highest" "$steps"
