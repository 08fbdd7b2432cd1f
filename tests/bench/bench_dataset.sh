#!/usr/bin/env bash
# Dataset search benchmark: a month of daily archives (30 generated days, each a scaled-down
# benchmark file) searched as one with `hydrant-cli inspect FILES --grep --count`, against
# `igzip -dc FILES | grep -c` on the same files in the same run. Measured for the first 1, 10 and
# 30 days, so the scaling with the number of files shows: indexed (the index caches written by a
# first run, as when a month is opened again) and cold (--no-cache: every file indexed and
# searched). Prints figures and ratios, then one JSON line.
#   HYDRANT_BENCH_BUILD, HYDRANT_BENCH_DATA as for bench_index.sh;
#   HYDRANT_DATASET_BENCH_DAYS (default 30), HYDRANT_DATASET_BENCH_MB (uncompressed MB per day,
#   default 20), HYDRANT_DATASET_BENCH_RUNS (default 3), HYDRANT_FILES_BENCH_PATTERN (squeeze)
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
data=${HYDRANT_BENCH_DATA:?run through tests/bench/run.sh or set HYDRANT_BENCH_DATA}
days=${HYDRANT_DATASET_BENCH_DAYS:-30}
megabytes=${HYDRANT_DATASET_BENCH_MB:-20}
runs=${HYDRANT_DATASET_BENCH_RUNS:-3}
pattern=${HYDRANT_FILES_BENCH_PATTERN:-squeeze}

command -v igzip >/dev/null || { echo "bench_dataset: igzip is needed (Debian: isal)" >&2; exit 1; }
cmake --build "$build" --target files_bench hydrant-cli >/dev/null

# The month, made once and cached: day N holds the messages of its own day.
month=$data/month-${days}x${megabytes}mb
mkdir -p "$month"
files=()
for day in $(seq 0 $((days - 1))); do
    file=$month/stocktwits-$(date -u -d "2016-12-05 + $day days" +%Y-%m-%d).jsonl.gz
    if [ ! -s "$file" ]; then
        echo "generating $file (${megabytes} MB of JSON lines, gzip -6; once)..." >&2
        "$build/bin/files_bench" generate "$megabytes" "$day" | gzip -6 >"$file.part"
        mv "$file.part" "$file"
    fi
    files+=("$file")
done

# The index caches of this run only, never the user's.
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export XDG_CACHE_HOME=$cache

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
lower() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
total_of() { sed -n 's/^{"files":.*"matches":\([0-9]*\)}$/\1/p; s/^{"matches":\([0-9]*\)[,}].*/\1/p' | head -n 1; }

json_rows=()
for count in 1 10 "$days"; do
    [ "$count" -le "$days" ] || continue
    subset=("${files[@]:0:$count}")
    best_igrep=
    best_indexed=
    best_cold=
    for run in $(seq "$runs"); do
        start=$(now)
        igrep_count=$(igzip -dc "${subset[@]}" | grep -c -- "$pattern")
        best_igrep=$(lower "$best_igrep" "$(elapsed "$start" "$(now)")")

        start=$(now)
        cold=$("$build/bin/hydrant-cli" inspect "${subset[@]}" --no-cache --match-case \
            --grep "$pattern" --count --json 2>/dev/null | total_of)
        best_cold=$(lower "$best_cold" "$(elapsed "$start" "$(now)")")

        # The first indexed run writes the caches; it is not timed.
        [ "$run" -gt 1 ] || "$build/bin/hydrant-cli" inspect "${subset[@]}" --count >/dev/null 2>&1
        start=$(now)
        indexed=$("$build/bin/hydrant-cli" inspect "${subset[@]}" --match-case --grep "$pattern" \
            --count --json 2>/dev/null | total_of)
        best_indexed=$(lower "$best_indexed" "$(elapsed "$start" "$(now)")")
    done
    if [ "$cold" != "$indexed" ]; then
        echo "bench_dataset: counts differ on $count files: cold $cold, indexed $indexed" >&2
        exit 1
    fi
    awk -v n="$count" -v g="$best_igrep" -v i="$best_indexed" -v c="$best_cold" -v m="$indexed" -v r="$igrep_count" 'BEGIN {
        printf "%2d files: igzip -dc | grep -c %.2f s (%d lines); hydrant indexed %.2f s = %.2f x (budget <= 0.50); cold %.2f s = %.2f x (budget <= 1.00); %d matches\n", n, g, r, i, i / g, c, c / g, m
    }'
    json_rows+=("$(awk -v n="$count" -v g="$best_igrep" -v i="$best_indexed" -v c="$best_cold" -v m="$indexed" 'BEGIN {
        printf "{\"files\":%d,\"igzip_grep_seconds\":%.3f,\"indexed_seconds\":%.3f,\"indexed_vs_igzip_grep\":%.3f,\"cold_seconds\":%.3f,\"cold_vs_igzip_grep\":%.3f,\"matches\":%d}", n, g, i, i / g, c, c / g, m
    }')")
done
rows=$(IFS=,; echo "${json_rows[*]}")
printf '{"benchmark":"dataset","days":%d,"megabytes_per_day":%d,"pattern":"%s","runs":[%s]}\n' \
    "$days" "$megabytes" "$pattern" "$rows"
