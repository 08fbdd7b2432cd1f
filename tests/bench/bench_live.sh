#!/usr/bin/env bash
# Live page benchmark. live_bench shows the real Live page offscreen (FeedModel ring of 100 000
# rows, filter proxy, table, charts, detail), measures the messages/s it takes in, the longest
# GUI-thread stall (5 ms timer probe, budget 50 ms), the GUI thread's CPU share and the peak
# resident memory, and re-filters the full ring halfway through. Two runs:
#   page   - messages generated and normalised in-process at the target rate (no network): the
#            page's own share of the budget;
#   stream - the simulator (its own process) streams ~2 KB messages at the target rate over
#            loopback through the real stream client (gzip, framing, normaliser, duplicates).
# Ends with one JSON line holding both.
#   HYDRANT_BENCH_BUILD      a Release build folder (set by run.sh)
#   HYDRANT_LIVE_RATE        messages per second (default 50000)
#   HYDRANT_LIVE_SIZE        approximate bytes per message (default 2000, as DESIGN §5)
#   HYDRANT_LIVE_SECONDS     measured seconds per run (default 20, after 3 s of warm-up)
#   HYDRANT_LIVE_RING        ring size (default 100000)
#   HYDRANT_LIVE_SCREENSHOT  save the page of the stream run as this PNG (optional)
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
rate=${HYDRANT_LIVE_RATE:-50000}
size=${HYDRANT_LIVE_SIZE:-2000}
seconds=${HYDRANT_LIVE_SECONDS:-20}
ring=${HYDRANT_LIVE_RING:-100000}
cmake --build "$build" --target live_bench hydrant-cli -j2 >/dev/null

work=$(mktemp -d)
sim_pid=
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
common=(--duration "$seconds" --warmup 3 --ring "$ring" --target "$rate")

echo "---- page: $rate messages/s of ~$size bytes generated in-process"
QT_QPA_PLATFORM=offscreen "$build/bin/live_bench" --synthetic --message-size "$size" "${common[@]}" \
    2>"$work/page.err" | tee "$work/page.out"

"$build/bin/hydrant-cli" sim --rate "$rate" --heartbeat 10 --message-size "$size" --json \
    >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 100); do
    [ -s "$work/sim.out" ] && break
    sleep 0.1
done
info=$(head -n 1 "$work/sim.out")
field() { printf '%s' "$info" | sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p"; }
url=$(field stream_url)
user=$(field user)
password=$(field password)
if [ -z "$url" ] || [ -z "$password" ]; then
    echo "bench_live: the simulator did not start:" >&2
    cat "$work/sim.err" >&2
    exit 1
fi
echo "---- stream: the simulator sends $rate messages/s of ~$size bytes over loopback"
shot=()
[ -n "${HYDRANT_LIVE_SCREENSHOT:-}" ] && shot=(--screenshot "$HYDRANT_LIVE_SCREENSHOT")
# The password goes on stdin, never on a command line.
printf '%s\n' "$password" | QT_QPA_PLATFORM=offscreen "$build/bin/live_bench" \
    --url "$url" --user "$user" "${common[@]}" "${shot[@]}" 2>"$work/stream.err" | tee "$work/stream.out"

for run in page stream; do
    if ! tail -n 1 "$work/$run.out" | grep -q '^{'; then
        echo "bench_live: the $run run failed:" >&2
        cat "$work/$run.err" >&2
        exit 1
    fi
done
printf '{"benchmark":"live","page":%s,"stream":%s}\n' "$(tail -n 1 "$work/page.out")" "$(tail -n 1 "$work/stream.out")"
