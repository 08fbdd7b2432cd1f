#!/usr/bin/env bash
# Firestream ingest benchmark: the simulator's Firestream /stream (server-sent events in gzip) as
# fast as the client reads; `hydrant-cli stream --service firestream` (gzip inflate, SSE parsing,
# normalising every message, seq_id cursor, duplicate filter, batching) is timed against
# `curl --compressed -sN -H 'Accept: text/event-stream'` (inflate and nothing else) reading the
# same stream in the same run. Prints items/s of each and the ratio, then one JSON line.
#   HYDRANT_BENCH_BUILD, HYDRANT_INGEST_MESSAGES, _SIZE and _RUNS: see ingestsim.sh
set -euo pipefail
source "$(dirname "$0")/ingestsim.sh"
# The Firestream stream is /stream on the same listener.
url=$(printf '%s' "$stream_url" | sed -E 's#^(https?://[^/]+)/.*#\1/stream#')

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
