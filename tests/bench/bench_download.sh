#!/usr/bin/env bash
# Benchmark: one large daily backup through the 302 of the local simulator, downloaded by
# `hydrant-cli download` (resolve, stream to .part, verify every gzip member, rename) and by
# `curl --location` (which drops the credentials on the cross-origin redirect), in the same run.
# Prints throughput, the transfer's ratio to curl's (budget >= 0.8) and peak memory (max RSS;
# must stay flat, far below the file size), the time until the file is verified and renamed
# against the longer of `curl -L` and `igzip -t` on the same file (budget <= 1.1x), and ends with
# one JSON line.
# Called by tests/bench/run.sh, which exports HYDRANT_BENCH_BUILD (a Release build) and
# HYDRANT_BENCH_DATA (scratch space).
#
#   HYDRANT_BENCH_DOWNLOAD_SIZE  file size for the simulator (default 1G)
#   HYDRANT_BENCH_ROUNDS         alternating rounds per tool; the median counts (default 3)
#   HYDRANT_BENCH_LINK_RATE      the storage host's sending rate in bytes/s, with k, M or G
#                                (e.g. 119M, about 1 Gbit/s); default: as fast as loopback goes
set -euo pipefail

build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh}
data=${HYDRANT_BENCH_DATA:?run through tests/bench/run.sh}
size=${HYDRANT_BENCH_DOWNLOAD_SIZE:-1G}
rounds=${HYDRANT_BENCH_ROUNDS:-3}
link_rate=${HYDRANT_BENCH_LINK_RATE:-}
cli=$build/bin/hydrant-cli
work=$data/download
for tool in curl /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "bench_download: $tool is needed" >&2; exit 2; }
done

rm -rf "$work"
mkdir -p "$work"
sim_options=(--file-size "$size" --rate 1 --json)
# A link slower than loopback, to see which side limits a download over a real network.
[ -z "$link_rate" ] || sim_options+=(--fault "storage:throttle=$link_rate")
"$cli" sim "${sim_options[@]}" >"$work/sim.json" 2>"$work/sim.log" &
sim_pid=$!
cleanup() { kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 100); do
    [ -s "$work/sim.json" ] && break
    sleep 0.1
done
[ -s "$work/sim.json" ] || { echo "bench_download: the simulator did not start" >&2; cat "$work/sim.log" >&2; exit 2; }
field() { python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])" "$work/sim.json" "$1"; }
base=$(field backups_url)
user=$(field user)
password=$(field password)
# curl reads the credentials from a config on stdin, so the password is not in its arguments.
curl_config="user = \"$user:$password\""

# A weekday the simulator has a file for.
day=""
for d in 08 09 10 11 12 15 16 17; do
    code=$(printf '%s\n' "$curl_config" | curl -K - -s -o /dev/null -w '%{http_code}' "$base/backups/activity/2024/01/$d")
    if [ "$code" = 302 ]; then day=$d; break; fi
done
[ -n "$day" ] || { echo "bench_download: no day with a file found" >&2; exit 2; }
url="$base/backups/activity/2024/01/$day"
# Warm-up: the simulator builds the file's distinct content on first use.
printf '%s\n' "$curl_config" | curl -K - -sS --location -r 0-1023 -o /dev/null "$url"

max_rss_kb() { sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"; }
elapsed_s() { python3 -c "import sys; print(float(open(sys.argv[1]).read().split()[0]))" "$1"; }

run_curl() {
    rm -f "$work/curl.gz"
    local start end
    start=$(date +%s.%N)
    printf '%s\n' "$curl_config" | /usr/bin/time -v -o "$work/curl.time" \
        curl -K - -sS --location --fail -o "$work/curl.gz" "$url"
    end=$(date +%s.%N)
    python3 -c "print($end - $start)" >"$work/curl.elapsed"
}
run_hydrant() {
    rm -rf "$work/hydrant"
    local start end
    start=$(date +%s.%N)
    HYDRANT_PASSWORD=$password /usr/bin/time -v -o "$work/hydrant.time" \
        "$cli" download --base-url "$base" --user "$user" --type activity \
        --from "2024-01-$day" --out "$work/hydrant" --jobs 1 --json >"$work/hydrant.json" 2>"$work/hydrant.log"
    end=$(date +%s.%N)
    python3 -c "print($end - $start)" >"$work/hydrant.elapsed"
}

curl_times=()
gzip_times=()
igzip_times=()
hydrant_times=()
transfer_times=()
curl_rss=0
hydrant_rss=0
for round in $(seq "$rounds"); do
    run_curl
    curl_times+=("$(elapsed_s "$work/curl.elapsed")")
    rss=$(max_rss_kb "$work/curl.time"); [ "$rss" -gt "$curl_rss" ] && curl_rss=$rss
    # The integrity check hydrant-cli does, done the usual way after curl: gzip -t.
    start=$(date +%s.%N); gzip -t "$work/curl.gz"; end=$(date +%s.%N)
    gzip_times+=("$(python3 -c "print($end - $start)")")
    # The fastest integrity check a user can run: ISA-L's igzip -t.
    start=$(date +%s.%N); igzip -t "$work/curl.gz"; end=$(date +%s.%N)
    igzip_times+=("$(python3 -c "print($end - $start)")")
    run_hydrant
    hydrant_times+=("$(elapsed_s "$work/hydrant.elapsed")")
    rss=$(max_rss_kb "$work/hydrant.time"); [ "$rss" -gt "$hydrant_rss" ] && hydrant_rss=$rss
    transfer_times+=("$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['transfer_seconds'])" "$work/hydrant.json")")
    echo "round $round: curl ${curl_times[-1]} s (+ gzip -t ${gzip_times[-1]} s, igzip -t ${igzip_times[-1]} s), hydrant-cli ${hydrant_times[-1]} s (last byte on disk after ${transfer_times[-1]} s)" >&2
done

file=$work/hydrant/stocktwits_activity_2024_01_$day.gz
cmp -s "$file" "$work/curl.gz" || { echo "bench_download: the two downloads differ" >&2; exit 1; }
bytes=$(stat -c %s "$file")

python3 - "$bytes" "$curl_rss" "$hydrant_rss" "${curl_times[*]}" "${hydrant_times[*]}" \
    "${gzip_times[*]}" "${transfer_times[*]}" "${link_rate:-loopback}" "${igzip_times[*]}" <<'PY'
import json, statistics, sys
size = int(sys.argv[1])
link = sys.argv[8]
curl_rss, hydrant_rss = int(sys.argv[2]), int(sys.argv[3])
median = lambda arg: statistics.median(float(t) for t in arg.split())
curl, hydrant, gzip_t, transfer, igzip_t = (median(sys.argv[i]) for i in (4, 5, 6, 7, 9))
longer = max(curl, igzip_t)
verified_ratio = hydrant / longer
mb = size / 1e6
ratio = curl / hydrant
transfer_ratio = curl / transfer
checked_ratio = (curl + gzip_t) / hydrant
print(f"file: {mb:.0f} MB through the 302 (median of {len(sys.argv[4].split())} runs each), "
      f"storage link: {link if link == 'loopback' else link + ' bytes/s'}")
print(f"curl --location          : {curl:7.2f} s  {mb / curl:8.1f} MB/s  max RSS {curl_rss / 1024:6.1f} MB")
print(f"curl, then gzip -t       : {curl + gzip_t:7.2f} s  {mb / (curl + gzip_t):8.1f} MB/s")
print(f"igzip -t                 : {igzip_t:7.2f} s  {mb / igzip_t:8.1f} MB/s")
print(f"hydrant-cli, last byte   : {transfer:7.2f} s  {mb / transfer:8.1f} MB/s")
print(f"hydrant-cli, verified    : {hydrant:7.2f} s  {mb / hydrant:8.1f} MB/s  max RSS {hydrant_rss / 1024:6.1f} MB"
      "  (every gzip member's CRC32/length checked, then the atomic rename)")
# DESIGN §5: the transfer keeps up with curl; the verified file is ready soon after the longer
# of curl and igzip -t (verification is mandatory, so curl alone is no budget).
transfer_ok = transfer_ratio >= 0.8
verified_ok = verified_ratio <= 1.1
print(f"transfer ratio vs curl   : {transfer_ratio:.2f} (budget >= 0.80) "
      f"{'OK' if transfer_ok else 'BELOW BUDGET'}")
print(f"verified vs longer of curl and igzip -t: {verified_ratio:.2f} x (budget <= 1.10) "
      f"{'OK' if verified_ok else 'OVER BUDGET'}")
print(f"verified vs curl alone   : {ratio:.2f} (no budget: curl checks nothing)")
print(f"ratio vs curl + gzip -t  : {checked_ratio:.2f}")
print(json.dumps({"benchmark": "download", "bytes": size, "link_rate": link,
                  "curl_seconds": round(curl, 3), "curl_gzip_t_seconds": round(curl + gzip_t, 3),
                  "hydrant_seconds": round(hydrant, 3),
                  "hydrant_transfer_seconds": round(transfer, 3),
                  "curl_mb_per_s": round(mb / curl, 1), "hydrant_mb_per_s": round(mb / hydrant, 1),
                  "ratio": round(ratio, 3), "transfer_ratio": round(transfer_ratio, 3),
                  "ratio_vs_curl_and_gzip_t": round(checked_ratio, 3),
                  "igzip_t_seconds": round(igzip_t, 3),
                  "verified_vs_longer_of_curl_igzip_t": round(verified_ratio, 3),
                  "transfer_budget": 0.8, "verified_budget": 1.1,
                  "within_budget": transfer_ok and verified_ok,
                  "curl_max_rss_kb": curl_rss, "hydrant_max_rss_kb": hydrant_rss}))
PY
