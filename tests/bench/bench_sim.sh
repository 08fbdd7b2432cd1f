#!/usr/bin/env bash
# Benchmark of the endpoint simulator (`hydrant-cli sim`): messages per second on the stream and
# MB/s of backup download through the 302, both over loopback with curl as the client, against
# the floors the project needs (150 000 messages/s, 500 MB/s) so the simulator is never the
# bottleneck of another benchmark. "Served" counts what the simulator wrote to a client that
# reads the gzip body as fast as loopback allows; the curl --compressed figure adds the cost of a
# client decompressing on the same two cores. Called by tests/bench/run.sh, which exports
# HYDRANT_BENCH_BUILD (a Release build with hydrant-cli) and HYDRANT_BENCH_DATA (scratch space).
#
# Every figure is the best of HYDRANT_BENCH_SIM_REPEATS runs (default 3): the machine is shared,
# and a run disturbed by other work only ever looks slower. All runs are printed.
set -euo pipefail

build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh}
data=${HYDRANT_BENCH_DATA:?run through tests/bench/run.sh}
cli=$build/bin/hydrant-cli
seconds=${HYDRANT_BENCH_SIM_SECONDS:-5}
repeats=${HYDRANT_BENCH_SIM_REPEATS:-3}
file_size=${HYDRANT_BENCH_SIM_FILE_SIZE:-2G}
mkdir -p "$data"
command -v curl >/dev/null || { echo "bench_sim: curl is needed" >&2; exit 2; }

sim_pid=
stop_sim() {
    if [ -n "$sim_pid" ]; then
        kill -TERM "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
        sim_pid=
    fi
}
trap stop_sim EXIT

json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$data/sim.json"; }

# Starts the simulator with the given options and reads its connection details.
start_sim() {
    stop_sim
    "$cli" sim --json "$@" > "$data/sim.json" 2> "$data/sim.log" &
    sim_pid=$!
    for _ in $(seq 300); do
        grep -q '"stream_url"' "$data/sim.json" 2>/dev/null && break
        kill -0 "$sim_pid" 2>/dev/null || break
        sleep 0.1
    done
    stream_url=$(json_field stream_url)
    backups_url=$(json_field backups_url)
    user=$(json_field user)
    password=$(json_field password)
    [ -n "$stream_url" ] || { echo "bench_sim: the simulator did not start:" >&2; cat "$data/sim.log" >&2; exit 1; }
}

now() { date +%s.%N; }

# Messages per second the simulator serves to a client that reads the gzip body without
# decompressing it (what the simulator can deliver), counted by the simulator itself.
# Arguments: the options of `hydrant-cli sim`. A fresh simulator per run, so its count is the run's.
measure_served() {
    local best=0 rate sent elapsed
    for run in $(seq "$repeats"); do
        start_sim "$@"
        elapsed=$(curl -s -N -H 'Accept-Encoding: gzip' -u "$user:$password" --max-time "$seconds" \
                      -o /dev/null -w '%{time_total}' "$stream_url" || true)
        stop_sim
        sent=$(sed -n 's/.* \([0-9][0-9]*\) messages sent.*/\1/p' "$data/sim.log")
        rate=$(awk -v n="${sent:-0}" -v s="$elapsed" 'BEGIN { printf "%d", n / s }')
        echo "  run $run: ${sent:-0} messages in $elapsed s = $rate messages/s" >&2
        [ "$rate" -gt "$best" ] && best=$rate
    done
    echo "$best"
}

# Messages per second a `curl --compressed` client receives and decompresses: bound by the
# client's inflate as much as by the simulator.
measure_client() {
    local best=0 rate lines start end
    start_sim "$@"
    for run in $(seq "$repeats"); do
        start=$(now)
        lines=$(timeout "$seconds" curl --compressed -sN -u "$user:$password" "$stream_url" | wc -l || true)
        end=$(now)
        rate=$(awk -v l="$lines" -v s="$start" -v e="$end" 'BEGIN { printf "%d", l / (e - s) }')
        echo "  run $run: $lines lines in $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }') s = $rate messages/s" >&2
        [ "$rate" -gt "$best" ] && best=$rate
    done
    stop_sim
    echo "$best"
}

echo "Machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "Stream served, natural message size (~0.8 KB), zlib level 1 (default): hydrant-cli sim --rate max"
stream_rate=$(measure_served --rate max)
echo "Stream served, 2 KB messages: hydrant-cli sim --rate max --message-size 2048"
stream_2k_rate=$(measure_served --rate max --message-size 2048)
echo "Stream served, pre-encoded (ratio 1.3:1): hydrant-cli sim --rate max --stream-encoding precompressed"
stream_precompressed_rate=$(measure_served --rate max --stream-encoding precompressed)
echo "Stream end to end, decompressed by curl --compressed | wc -l: hydrant-cli sim --rate max"
stream_client_rate=$(measure_client --rate max)

echo "Backup download through the 302, --file-size $file_size:"
start_sim --rate 0 --file-size "$file_size"
link=
for back in $(seq 1 10); do
    day=$(date -u -d "$back days ago" +%Y/%m/%d)
    link=$(curl -s -o /dev/null -u "$user:$password" -w '%{redirect_url}' "$backups_url/backups/activity/$day")
    [ -n "$link" ] && break
done
[ -n "$link" ] || { echo "bench_sim: no backup day found" >&2; exit 1; }
curl -sfI "$link" > /dev/null # the first request generates the file's distinct content
download_best=0
for run in $(seq "$repeats"); do
    read -r size speed < <(curl -sf -o /dev/null -w '%{size_download} %{speed_download}\n' "$link")
    mbps=$(awk -v s="$speed" 'BEGIN { printf "%d", s / 1e6 }')
    echo "  run $run: $size bytes at $mbps MB/s" >&2
    [ "$mbps" -gt "$download_best" ] && download_best=$mbps
done
stop_sim

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ok=true
[ "$stream_rate" -ge 150000 ] || ok=false
[ "$download_best" -ge 500 ] || ok=false
echo
echo "stream served:             $stream_rate messages/s ($(ratio "$stream_rate" 150000) x the 150 000/s floor)"
echo "stream served, 2 KB:       $stream_2k_rate messages/s"
echo "stream served, pre-encoded: $stream_precompressed_rate messages/s"
echo "stream into curl --compressed: $stream_client_rate messages/s"
echo "download:                  $download_best MB/s ($(ratio "$download_best" 500) x the 500 MB/s floor)"
printf '{"benchmark":"sim","stream_messages_per_s":%d,"stream_2k_messages_per_s":%d,"stream_precompressed_messages_per_s":%d,"stream_curl_compressed_messages_per_s":%d,"download_mb_per_s":%d,"stream_ratio_to_floor":%s,"download_ratio_to_floor":%s,"meets_floors":%s}\n' \
    "$stream_rate" "$stream_2k_rate" "$stream_precompressed_rate" "$stream_client_rate" "$download_best" \
    "$(ratio "$stream_rate" 150000)" "$(ratio "$download_best" 500)" "$ok"
