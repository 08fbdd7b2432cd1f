#!/usr/bin/env bash
# Team relay benchmark: what the NATS JetStream relay costs a reader, against reading the provider
# directly, both measured in the same run on one machine.
#
# Throughput: the simulator at full speed (it sends as fast as its client reads), N messages.
#   direct - `hydrant-cli stream --max-messages N` straight from the simulator;
#   relayed - `hydrant-cli relay` from the simulator into a stream of one local `nats-server -js`
#            and one `hydrant-cli stream --service nats --since all --max-messages N` reading it,
#            started together: the time from the relay's start until the reader has all N.
#   Best of the runs each; the ratio is relayed / direct. The relay's JSON summary must show
#   nothing dropped from its backlog, or the run does not count.
#
# Latency: the simulator at a fixed rate R (default 1000/s) for S seconds, the reader printing each
# message (`--print`) into a small script that stamps it on arrival. The simulator sends message i
# when it falls due, at epoch + i/R (its pump runs every millisecond at this rate); the epoch is
# read from the messages themselves: their created_at is the due time cut to the second, so the
# first message of each new second pins the epoch to within 1000/R ms. Latency is the arrival
# stamp minus the due time: the whole way from the simulator's send through gzip, the stream
# client's batching (50 ms), the relay's publish, JetStream's store and the consumer's push to
# the reader's output. The same for `hydrant-cli stream --print` read directly (the reference).
# The first second of each run is left out (the relay's start, the reader catching up). All
# processes share the machine's clock.
#
# Ends with one JSON line holding both.
#   HYDRANT_BENCH_BUILD        a Release build folder (set by run.sh), built with NATS
#   HYDRANT_RELAY_MESSAGES     messages per throughput run (default 200000)
#   HYDRANT_RELAY_SIZE         approximate bytes per message (default 2000, as DESIGN §5)
#   HYDRANT_RELAY_RUNS         throughput runs of each; the best counts (default 3)
#   HYDRANT_RELAY_RATE         messages per second of the latency runs (default 1000)
#   HYDRANT_RELAY_SECONDS      measured seconds of each latency run (default 10)
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
messages=${HYDRANT_RELAY_MESSAGES:-200000}
size=${HYDRANT_RELAY_SIZE:-2000}
runs=${HYDRANT_RELAY_RUNS:-3}
latency_rate=${HYDRANT_RELAY_RATE:-1000}
latency_seconds=${HYDRANT_RELAY_SECONDS:-10}
cli=$build/bin/hydrant-cli
command -v nats-server >/dev/null || { echo "bench_relay: nats-server is needed (Debian: nats-server)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench_relay: python3 is needed to stamp arrivals" >&2; exit 2; }
cmake --build "$build" --target hydrant-cli -j2 >/dev/null
"$cli" --version | grep -q 'NATS' || { echo "bench_relay: this hydrant-cli was built without NATS" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
    stop_simulator
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=simulator.sh
. "$(dirname "$0")/simulator.sh"
now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
json_field() { sed -n "s/.*\"$1\":\\([0-9]*\\).*/\\1/p" "$2"; }

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg), $(nats-server --version)"

# One JetStream server on a free loopback port, its store in the work folder.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
nats_url=nats://127.0.0.1:$port
nats-server -a 127.0.0.1 -p "$port" -js -sd "$work/jetstream" >"$work/nats.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done

# Reads a relay's stream from the start once it exists (the relay creates it). Each stream has
# a subject of its own (a subject belongs to one stream).
read_relayed() {
    local stream=$1
    shift
    for _ in $(seq 200); do
        if "$cli" stream --service nats --url "$nats_url" --stream "$stream" --subject "$stream" \
            --since all --status-interval 0 "$@" 2>"$work/reader.err"; then
            return 0
        fi
        grep -q 'no JetStream stream' "$work/reader.err" || { cat "$work/reader.err" >&2; return 1; }
        sleep 0.02
    done
    echo "bench_relay: the relay did not create the stream $stream:" >&2
    cat "$work/relay.err" >&2
    return 1
}

echo "---- throughput: $messages messages of ~$size bytes, the simulator at full speed, best of $runs"
start_simulator max "$size"
# Each run makes one connection request directly and one through the relay: 2 x runs stays within
# the simulator's budget of 10 a minute, like the real service's.
best_direct=0
best_relayed=0
dropped_total=0
for run in $(seq "$runs"); do
    start=$(now)
    HYDRANT_PASSWORD=$password "$cli" stream --url "$stream_url" --user "$user" --max-messages "$messages" \
        --status-interval 0 --json >"$work/direct.json"
    end=$(now)
    got=$(json_field messages "$work/direct.json")
    [ "$got" = "$messages" ] || { echo "bench_relay: hydrant-cli stream received $got messages" >&2; exit 1; }
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    r=$(rate "$messages" "$seconds")
    echo "run $run: direct   hydrant-cli stream                 $messages in ${seconds}s = $r msg/s"
    [ "$r" -gt "$best_direct" ] && best_direct=$r

    stream=BENCH_$run
    start=$(now)
    HYDRANT_PASSWORD=$password "$cli" relay --url "$stream_url" --user "$user" --nats "$nats_url" \
        --stream "$stream" --subject "$stream" --status-interval 0 --json >"$work/relay.json" \
        2>"$work/relay.err" &
    relay_pid=$!
    pids+=("$relay_pid")
    read_relayed "$stream" --max-messages "$messages" --json >"$work/reader.json"
    end=$(now)
    kill -TERM "$relay_pid"
    wait "$relay_pid" || { cat "$work/relay.err" >&2; exit 1; }
    got=$(json_field messages "$work/reader.json")
    [ "$got" = "$messages" ] || { echo "bench_relay: the reader received $got messages" >&2; exit 1; }
    dropped=$(json_field backlog_dropped "$work/relay.json")
    stored=$(json_field stored "$work/relay.json")
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    r=$(rate "$messages" "$seconds")
    echo "run $run: relayed  relay -> JetStream -> stream --service nats  $messages in ${seconds}s = $r msg/s (relay stored $stored, dropped from its backlog $dropped)"
    dropped_total=$((dropped_total + dropped))
    [ "$dropped" = 0 ] && [ "$r" -gt "$best_relayed" ] && best_relayed=$r
done
stop_simulator
ratio=$(awk -v h="$best_relayed" -v c="$best_direct" 'BEGIN { printf "%.2f", h / c }')
echo "best: relayed $best_relayed msg/s, direct $best_direct msg/s, ratio $ratio"

echo "---- latency: $latency_rate messages/s for ${latency_seconds}s, simulator due time -> arrival at the reader's output"
# Stamps each line on arrival (wall clock, ms) with the message's index and created_at second.
cat >"$work/stamp.py" <<'PY'
import json, sys, time
out = sys.stdout
for line in sys.stdin.buffer:
    t = time.time() * 1000.0
    try:
        m = json.loads(line)
        out.write("%.3f %d %s\n" % (t, int(m["id"]), m["created_at"]))
    except Exception:
        pass
PY
# Latency percentiles from the stamps; the epoch is pinned by the created_at second boundaries.
cat >"$work/latency.py" <<'PY'
import calendar, json, sys, time
first_id, rate, skip_ms = 510000000, float(sys.argv[1]), 1000.0  # the simulator's id of message 0
def load(path):
    rows = []
    for line in open(path):
        t, i, c = line.split()
        second = calendar.timegm(time.strptime(c, "%Y-%m-%dT%H:%M:%SZ")) * 1000
        rows.append((float(t), int(i) - first_id, second))
    return rows
runs = {name: load(path) for name, path in zip(sys.argv[2::2], sys.argv[3::2])}
low, high = -1e18, 1e18
for rows in runs.values():
    seen = {i: s for _, i, s in rows}
    for i, s in seen.items():
        if i + 1 in seen and seen[i + 1] > s:
            boundary = seen[i + 1]           # epoch + i/R < boundary <= epoch + (i+1)/R
            low = max(low, boundary - (i + 1) * 1000.0 / rate)
            high = min(high, boundary - i * 1000.0 / rate)
if low > high or low < -1e17:
    sys.exit("latency.py: the created_at seconds do not pin the simulator's epoch")
epoch = (low + high) / 2
result = {"epoch_uncertainty_ms": round(high - low, 3)}
for name, rows in runs.items():
    start = min(t for t, _, _ in rows)
    delays = sorted(t - (epoch + i * 1000.0 / rate) for t, i, _ in rows if t - start >= skip_ms)
    pick = lambda q: round(delays[min(len(delays) - 1, int(q * len(delays)))], 1)
    result[name] = {"messages": len(delays), "p50": pick(0.50), "p99": pick(0.99), "max": round(delays[-1], 1)}
print(json.dumps(result))
PY
start_simulator "$latency_rate" "$size"
HYDRANT_PASSWORD=$password "$cli" stream --url "$stream_url" --user "$user" --duration $((latency_seconds + 1)) \
    --print --status-interval 0 2>"$work/direct.err" | python3 "$work/stamp.py" >"$work/direct.stamps"
HYDRANT_PASSWORD=$password "$cli" relay --url "$stream_url" --user "$user" --nats "$nats_url" \
    --stream BENCH_LATENCY --subject BENCH_LATENCY --status-interval 0 --json >"$work/relay.json" \
    2>"$work/relay.err" &
relay_pid=$!
pids+=("$relay_pid")
read_relayed BENCH_LATENCY --duration $((latency_seconds + 1)) --print | python3 "$work/stamp.py" >"$work/relayed.stamps"
kill -TERM "$relay_pid"
wait "$relay_pid" || { cat "$work/relay.err" >&2; exit 1; }
stop_simulator
latency=$(python3 "$work/latency.py" "$latency_rate" direct "$work/direct.stamps" relayed "$work/relayed.stamps")
echo "latency (ms): $latency"

printf '{"benchmark":"relay","messages":%s,"message_bytes":%s,"direct_messages_per_s":%s,"relayed_messages_per_s":%s,"ratio":%s,"backlog_dropped":%s,"latency_rate":%s,"latency":%s}\n' \
    "$messages" "$size" "$best_direct" "$best_relayed" "$ratio" "$dropped_total" "$latency_rate" "$latency"
