# Sourced by the ingest benchmarks (bench_ingest.sh, bench_firestream.sh): reads their settings,
# starts the simulator at full speed (stopped again on exit) and sets stream_url, user and
# password from its first line, plus the helpers now and rate.
#   HYDRANT_BENCH_BUILD        a Release build folder (set by run.sh)
#   HYDRANT_INGEST_MESSAGES    messages per measured run (default 300000)
#   HYDRANT_INGEST_SIZE        approximate bytes per message (default 2000, as DESIGN §5)
#   HYDRANT_INGEST_RUNS        runs of each client; the best counts (default 3)
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
cli=$build/bin/hydrant-cli
messages=${HYDRANT_INGEST_MESSAGES:-300000}
size=${HYDRANT_INGEST_SIZE:-2000}
runs=${HYDRANT_INGEST_RUNS:-3}
command -v curl >/dev/null || { echo "bench_ingest: curl is needed as the reference" >&2; exit 2; }

work=$(mktemp -d)
sim_pid=
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The simulator at full speed; its first stdout line is a JSON object with the URL and account.
"$cli" sim --rate max --heartbeat 10 --message-size "$size" --json >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 100); do
    [ -s "$work/sim.out" ] && break
    sleep 0.1
done
info=$(head -n 1 "$work/sim.out")
field() { printf '%s' "$info" | sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p"; }
stream_url=$(field stream_url)
user=$(field user)
password=$(field password)
if [ -z "$stream_url" ] || [ -z "$password" ]; then
    echo "bench_ingest: the simulator did not start:" >&2
    cat "$work/sim.err" >&2
    exit 1
fi

now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
