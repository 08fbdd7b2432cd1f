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
source "$(dirname "${BASH_SOURCE[0]}")/simulator.sh"
cleanup() {
    stop_simulator
    rm -rf "$work"
}
trap cleanup EXIT

# The simulator at full speed.
start_simulator max "$size"

now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
