#!/usr/bin/env bash
# Files page index benchmark. On a generated ≥ 1 GB (uncompressed) .jsonl.gz of StockTwits-like
# ~2 KB lines, cached in $HYDRANT_BENCH_DATA, it measures:
#   - the full index pass (line index, access points, statistics) against
#     `igzip -dc FILE > /dev/null` (ISA-L, the fastest inflate a user can run; budget: at least
#     90 % of its speed) and, for continuity with earlier figures, `zcat FILE > /dev/null`,
#   - time to first rows (budget 100 ms) and jump latency to random lines (budget 50 ms),
#   - peak memory (/usr/bin/time -v), projected to a 4 GB file (budget 150 MB),
#   - the processor time each of the pass's two threads took, and the two sides of the pass
#     alone, each on one thread: inflating (access points) and
#     scanning (lines, parse, statistics, from memory). Inflating is one thread's work; the
#     parsing can be shared. So the pass cannot end before the longer of inflating alone and half
#     the two sides' sum (both cores busy to the end with nothing else): the most it can reach.
#     Of the scanning, simdjson's parse of the lines alone is measured too: with nothing but
#     inflating and that parse, the pass could reach no more than the last figure printed.
#   - the pass over the same content uncompressed (.jsonl, made once with igzip), with its
#     counting helpers (the cores the reading thread leaves) and on one thread, against
#     `wc -l FILE` (the fastest line count a user can run), in alternating runs.
# Prints the figures and ratios, then one JSON line.
#   HYDRANT_BENCH_BUILD          build folder (set by run.sh)
#   HYDRANT_BENCH_DATA           folder for the generated file (set by run.sh)
#   HYDRANT_FILES_BENCH_MB       uncompressed size in MB (default 1100)
#   HYDRANT_FILES_BENCH_RUNS     runs of each side; the best counts (default 3)
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
data=${HYDRANT_BENCH_DATA:?run through tests/bench/run.sh or set HYDRANT_BENCH_DATA}
megabytes=${HYDRANT_FILES_BENCH_MB:-1100}
runs=${HYDRANT_FILES_BENCH_RUNS:-3}

cmake --build "$build" --target files_bench >/dev/null
# The generated test file, made once and cached (the same in bench_index.sh and bench_search.sh).
files_bench_file() {
    local file=$data/stocktwits-${megabytes}mb.jsonl.gz
    if [ ! -s "$file" ]; then
        echo "generating $file (${megabytes} MB of JSON lines, gzip -6; once)..." >&2
        "$build/bin/files_bench" generate "$megabytes" | gzip -6 >"$file.part"
        mv "$file.part" "$file"
    fi
    printf '%s\n' "$file"
}
file=$(files_bench_file)
source "$(dirname "$0")/benchlib.sh" # smaller

command -v igzip >/dev/null || { echo "bench_index: igzip is needed (Debian: isal)" >&2; exit 1; }
best_igzip=
for run in $(seq "$runs"); do
    seconds=$( { /usr/bin/time -f '%e' igzip -dc "$file" >/dev/null; } 2>&1 | tail -n 1)
    echo "run $run: igzip -dc            ${seconds}s"
    best_igzip=$(smaller "$best_igzip" "$seconds")
done

best_zcat=
for run in $(seq "$runs"); do
    seconds=$( { /usr/bin/time -f '%e' zcat "$file" >/dev/null; } 2>&1 | tail -n 1)
    echo "run $run: zcat                 ${seconds}s"
    best_zcat=$(smaller "$best_zcat" "$seconds")
done

best_index=
best_json=
rss_kb=0
for run in $(seq "$runs"); do
    json=$("$build/bin/files_bench" index "$file")
    seconds=$(printf '%s' "$json" | sed -n 's/.*"index_seconds":\([0-9.]*\).*/\1/p')
    echo "run $run: hydrant index pass   ${seconds}s"
    if [ -z "$best_index" ] || awk -v a="$seconds" -v b="$best_index" 'BEGIN { exit !(a < b) }'; then
        best_index=$seconds
        best_json=$json
    fi
done
# The two sides alone, each on one thread.
best_inflate=
best_scan=
best_parse=
for run in $(seq "$runs"); do
    seconds=$("$build/bin/files_bench" inflate "$file" | sed -n 's/.*"inflate_seconds":\([0-9.]*\).*/\1/p')
    best_inflate=$(smaller "$best_inflate" "$seconds")
    scan_json=$("$build/bin/files_bench" scan "$file" "$megabytes")
    seconds=$(printf '%s' "$scan_json" | sed -n 's/.*"scan_seconds":\([0-9.]*\).*/\1/p')
    best_scan=$(smaller "$best_scan" "$seconds")
    seconds=$(printf '%s' "$scan_json" | sed -n 's/.*"parse_alone_seconds":\([0-9.]*\).*/\1/p')
    best_parse=$(smaller "$best_parse" "$seconds")
    echo "run $run: inflating alone ${best_inflate}s, scanning alone ${best_scan}s, of it parsing ${best_parse}s (best so far)"
done
# Peak memory from one more run under /usr/bin/time -v (kept apart from the timed runs).
rss_kb=$( { /usr/bin/time -v "$build/bin/files_bench" index "$file" >/dev/null; } 2>&1 \
    | sed -n 's/.*Maximum resident set size (kbytes): *\([0-9]*\).*/\1/p')

# The same content as a plain .jsonl: the pass as the application runs it and on one thread.
plain=${file%.gz}
if [ ! -s "$plain" ]; then
    igzip -dc "$file" >"$plain.part"
    mv "$plain.part" "$plain"
fi
best_wc=
best_plain=
best_plain_one=
plain_field() { printf '%s' "$plain_json" | sed -n "s/.*\"$1\":\\([0-9.]*\\).*/\\1/p"; }
for run in $(seq "$runs"); do
    seconds=$( { /usr/bin/time -f '%e' wc -l "$plain" >/dev/null; } 2>&1 | tail -n 1)
    best_wc=$(smaller "$best_wc" "$seconds")
    plain_json=$("$build/bin/files_bench" index "$plain")
    best_plain=$(smaller "$best_plain" "$(plain_field index_seconds)")
    helpers=$(plain_field counting_helpers)
    plain_json=$("$build/bin/files_bench" index "$plain" --helpers 0)
    best_plain_one=$(smaller "$best_plain_one" "$(plain_field index_seconds)")
    echo "run $run: plain .jsonl: wc -l ${best_wc}s, pass ${best_plain}s, on one thread ${best_plain_one}s (best so far)"
done

field() { printf '%s' "$best_json" | sed -n "s/.*\"$1\":\\([0-9.]*\\).*/\\1/p"; }
bytes=$(field bytes_uncompressed)
lines=$(field lines)
index_memory=$(field index_memory_bytes)
first_rows=$(field first_rows_ms)
jump_median=$(field jump_median_ms)
jump_p95=$(field jump_p95_ms)
jump_max=$(field jump_max_ms)
# The processor time each thread of the best pass took, against each side alone.
pass_inflating=$(field inflating_cpu_seconds)
pass_scanning=$(field scanning_cpu_seconds)

engine=$(printf '%s' "$best_json" | sed -n 's/.*"engine":"\([^"]*\)".*/\1/p')
awk -v g="$best_igzip" -v e="$engine" -v z="$best_zcat" -v h="$best_index" -v bytes="$bytes" -v lines="$lines" -v rss="$rss_kb" \
    -v index_memory="$index_memory" -v first="$first_rows" -v jm="$jump_median" -v jp="$jump_p95" \
    -v jx="$jump_max" -v inflate="$best_inflate" -v scan="$best_scan" -v parse="$best_parse" \
    -v pass_inflating="$pass_inflating" -v pass_scanning="$pass_scanning" \
    -v wc="$best_wc" -v plain="$best_plain" -v plain_one="$best_plain_one" -v helpers="$helpers" 'BEGIN {
    zcat_speed = bytes / z / 1e6; hydrant_speed = bytes / h / 1e6; ratio = z / h
    igzip_speed = bytes / g / 1e6; igzip_ratio = g / h
    rss_mb = rss / 1024
    # What grows with the file is the index (lines + access points); the rest is fixed.
    projected = (rss * 1024 - index_memory + index_memory * 4e9 / bytes) / 1048576
    printf "file: %.0f MB uncompressed, %d lines\n", bytes / 1e6, lines
    printf "igzip -dc FILE > /dev/null: %.2f s  (%.0f MB/s)\n", g, igzip_speed
    printf "zcat FILE > /dev/null:  %.2f s  (%.0f MB/s)\n", z, zcat_speed
    printf "hydrant index pass:     %.2f s  (%.0f MB/s, inflate engine %s)\n", h, hydrant_speed, e
    printf "                        ratio %.2f of igzip speed (budget >= 0.90), %.2f of zcat\n", igzip_ratio, ratio
    floor = (inflate + scan) / 2
    if (inflate > floor)
        floor = inflate
    printf "the sides alone:        inflating %.2f s + scanning %.2f s of one core each; on two\n", inflate, scan
    printf "                        cores at best %.2f s = %.2f of igzip speed at most\n", floor, g / floor
    printf "in the pass:            the inflating thread took %.2f s of CPU, the scanning thread %.2f s\n", pass_inflating, pass_scanning
    printf "                        (the work they share: %.2f s alone, %.2f s in the pass)\n", inflate + scan, pass_inflating + pass_scanning
    parse_floor = (inflate + parse) / 2
    if (inflate > parse_floor)
        parse_floor = inflate
    printf "of the scanning:        simdjson parsing the lines alone %.2f s; inflating and that parse\n", parse
    printf "                        alone on two cores: at best %.2f of igzip speed\n", g / parse_floor
    printf "first rows:             %.1f ms (budget <= 100)\n", first
    printf "jump to a random line:  median %.2f ms, p95 %.2f ms, max %.2f ms (budget <= 50)\n", jm, jp, jx
    printf "peak memory:            %.0f MB here, index %.1f MB; projected for 4 GB: %.0f MB (budget <= 150)\n", rss_mb, index_memory / 1048576, projected
    printf "plain .jsonl pass:      %.2f s with %d counting helper(s), %.2f s on one thread (%.2f x as fast);\n", plain, helpers, plain_one, plain_one / plain
    printf "                        wc -l FILE %.2f s: %.2f of its speed\n", wc, wc / plain
    printf "{\"benchmark\":\"index\",\"engine\":\"%s\",\"bytes_uncompressed\":%d,\"lines\":%d,\"igzip_seconds\":%.3f,\"index_vs_igzip\":%.3f,\"zcat_seconds\":%.3f,\"index_seconds\":%.3f,\"index_vs_zcat\":%.3f,\"first_rows_ms\":%.1f,\"jump_median_ms\":%.2f,\"jump_p95_ms\":%.2f,\"jump_max_ms\":%.2f,\"peak_rss_mb\":%.1f,\"index_memory_mb\":%.2f,\"projected_4gb_mb\":%.1f,\"inflate_alone_seconds\":%.3f,\"scan_alone_seconds\":%.3f,\"two_core_floor_vs_igzip\":%.3f,\"parse_alone_seconds\":%.3f,\"inflate_and_parse_floor_vs_igzip\":%.3f,\"pass_inflating_cpu_seconds\":%.3f,\"pass_scanning_cpu_seconds\":%.3f,\"plain_index_seconds\":%.3f,\"plain_one_thread_seconds\":%.3f,\"plain_counting_helpers\":%d,\"wc_l_seconds\":%.3f,\"plain_vs_wc_l\":%.3f}\n", e, bytes, lines, g, igzip_ratio, z, h, ratio, first, jm, jp, jx, rss_mb, index_memory / 1048576, projected, inflate, scan, g / floor, parse, g / parse_floor, pass_inflating, pass_scanning, plain, plain_one, helpers, wc, wc / plain
}'
