#!/usr/bin/env bash
# Firestream ingest benchmark: the simulator's Firestream /stream (server-sent events in gzip) as
# fast as the client reads; `hydrant-cli stream --service firestream` (gzip inflate, SSE parsing,
# normalising every message, seq_id cursor, duplicate filter, batching) is timed against
# `curl --compressed -sN -H 'Accept: text/event-stream'` (inflate and nothing else) reading the
# same stream in the same run. Prints items/s of each and the ratio, then one JSON line.
#   HYDRANT_BENCH_BUILD        a Release build folder (set by run.sh)
#   HYDRANT_INGEST_MESSAGES    items per measured run (default 300000)
#   HYDRANT_INGEST_SIZE        approximate bytes per message (default 2000, as DESIGN §5)
#   HYDRANT_INGEST_RUNS        runs of each client; the best counts (default 3)
set -euo pipefail
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
# The Firestream stream is /stream on the same listener.
url=$(printf '%s' "$stream_url" | sed -E 's#^(https?://[^/]+)/.*#\1/stream#')
user=$(field user)
password=$(field password)
if [ -z "$stream_url" ] || [ -z "$password" ]; then
    echo "bench_ingest: the simulator did not start:" >&2
    cat "$work/sim.err" >&2
    exit 1
fi

now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }

# Every connection request counts against the simulator's budget of 10 per minute, like the
# real service's: 2 x runs stays below it.
best_hydrant=0
best_curl=0
for run in $(seq "$runs"); do
    start=$(now)
    HYDRANT_PASSWORD=$password "$cli" stream --service firestream --url "$url" --user "$user" --max-messages "$messages" \
        --status-interval 0 --json >"$work/hydrant.json"
    end=$(now)
    got=$(sed -n 's/.*"messages":\([0-9]*\).*/\1/p' "$work/hydrant.json")
    [ "$got" = "$messages" ] || { echo "bench_ingest: hydrant-cli received $got messages" >&2; exit 1; }
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    r=$(rate "$messages" "$seconds")
    echo "run $run: hydrant-cli stream  $messages messages in ${seconds}s = $r msg/s"
    [ "$r" -gt "$best_hydrant" ] && best_hydrant=$r

    # curl reads the credentials from a config on stdin, so the password is not in its argv.
    start=$(now)
    printf 'user = "%s:%s"\n' "$user" "$password" |
        curl -K - --compressed -sN -H 'Accept: text/event-stream' "$url" 2>/dev/null |
        awk -v n="$messages" '/^id: / { if (++c >= n) exit } END { print c > "/dev/stderr" }' \
            2>"$work/curl.count" || true
    end=$(now)
    got=$(cat "$work/curl.count")
    [ "$got" = "$messages" ] || { echo "bench_ingest: curl received $got messages" >&2; exit 1; }
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    r=$(rate "$messages" "$seconds")
    echo "run $run: curl --compressed -sN  $messages messages in ${seconds}s = $r msg/s"
    [ "$r" -gt "$best_curl" ] && best_curl=$r
done

ratio=$(awk -v h="$best_hydrant" -v c="$best_curl" 'BEGIN { printf "%.2f", h / c }')
echo "best: hydrant-cli stream $best_hydrant msg/s, curl --compressed $best_curl msg/s, ratio $ratio"
printf '{"benchmark":"ingest-firestream","messages":%s,"message_bytes":%s,"hydrant_messages_per_s":%s,"curl_messages_per_s":%s,"ratio":%s}\n' \
    "$messages" "$size" "$best_hydrant" "$best_curl" "$ratio"
