#!/usr/bin/env bash
# Files page search benchmark, on the same generated file as bench_index.sh: a literal search
# over the whole (indexed) file, as the Files page runs it, against `igzip -dc FILE | grep -c`
# on the same file (budget: at most 0.5x its time), and `zgrep -c` for continuity with earlier
# figures. Also the cold case, `hydrant-cli inspect --grep --count` (index and search in one
# command; budget: at most 1.0x the igzip | grep time). Hydrant's two counts must agree; grep
# counts raw bytes. Also the raw-line pre-filter alone (files_bench prefilter). Prints figures
# and ratios, then one JSON line.
#   HYDRANT_BENCH_BUILD, HYDRANT_BENCH_DATA, HYDRANT_FILES_BENCH_MB, HYDRANT_FILES_BENCH_RUNS
#   as for bench_index.sh; HYDRANT_FILES_BENCH_PATTERN (default "squeeze")
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
data=${HYDRANT_BENCH_DATA:?run through tests/bench/run.sh or set HYDRANT_BENCH_DATA}
megabytes=${HYDRANT_FILES_BENCH_MB:-1100}
runs=${HYDRANT_FILES_BENCH_RUNS:-3}
pattern=${HYDRANT_FILES_BENCH_PATTERN:-squeeze}

cmake --build "$build" --target files_bench hydrant-cli >/dev/null
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
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
lower() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }

command -v igzip >/dev/null || { echo "bench_search: igzip is needed (Debian: isal)" >&2; exit 1; }
best_igrep=
igrep_count=
for run in $(seq "$runs"); do
    start=$(now)
    igrep_count=$(igzip -dc "$file" | grep -c -- "$pattern")
    end=$(now)
    seconds=$(elapsed "$start" "$end")
    echo "run $run: igzip -dc | grep -c  ${seconds}s  ($igrep_count lines)"
    best_igrep=$(lower "$best_igrep" "$seconds")
done

best_zgrep=
zgrep_count=
for run in $(seq "$runs"); do
    start=$(now)
    zgrep_count=$(zgrep -c -- "$pattern" "$file")
    end=$(now)
    seconds=$(elapsed "$start" "$end")
    echo "run $run: zgrep -c             ${seconds}s  ($zgrep_count lines)"
    best_zgrep=$(lower "$best_zgrep" "$seconds")
done

best_search=
search_count=
threads=
for run in $(seq "$runs"); do
    json=$("$build/bin/files_bench" search "$file" "$pattern")
    seconds=$(printf '%s' "$json" | sed -n 's/.*"search_seconds":\([0-9.]*\).*/\1/p')
    search_count=$(printf '%s' "$json" | sed -n 's/.*"matches":\([0-9]*\).*/\1/p')
    threads=$(printf '%s' "$json" | sed -n 's/.*"threads":\([0-9]*\).*/\1/p')
    echo "run $run: hydrant search       ${seconds}s  ($search_count lines, $threads threads)"
    best_search=$(lower "$best_search" "$seconds")
done

best_cold=
cold_count=
for run in $(seq "$runs"); do
    start=$(now)
    cold_count=$("$build/bin/hydrant-cli" inspect "$file" --no-cache --match-case --grep "$pattern" --count 2>/dev/null)
    end=$(now)
    seconds=$(elapsed "$start" "$end")
    echo "run $run: hydrant-cli cold     ${seconds}s  ($cold_count lines, index + search)"
    best_cold=$(lower "$best_cold" "$seconds")
done

# Hydrant searches the decoded text a user sees (body, author, name), not every byte of the line
# (a word in a user's bio is not a match), so its count may be lower than zgrep's; the Files
# page and hydrant-cli must agree with each other.
if [ "$search_count" != "$cold_count" ]; then
    echo "bench_search: counts differ: hydrant $search_count, hydrant-cli $cold_count (zgrep $zgrep_count)" >&2
    exit 1
fi

# What every search runs on every line before it parses any: the raw-line pre-filter alone, on
# the first megabyte's lines (just inflated, as a search scans them), with each vector width.
prefilter=$("$build/bin/files_bench" prefilter "$file" "$pattern")
echo "raw pre-filter alone, GB/s of lines: $(printf '%s' "$prefilter" |
    sed 's/[{}"]//g; s/_gb_per_s:/ /g; s/:/ /g; s/,/, /g')"

engine=$(printf '%s' "$json" | sed -n 's/.*"engine":"\([^"]*\)".*/\1/p')
awk -v g="$best_igrep" -v e="$engine" -v z="$best_zgrep" -v s="$best_search" -v c="$best_cold" -v n="$search_count" -v p="$pattern" -v t="$threads" 'BEGIN {
    printf "pattern \"%s\": %d matching lines (inflate engine %s)\n", p, n, e
    printf "igzip -dc | grep -c:      %.2f s\n", g
    printf "zgrep -c:                 %.2f s\n", z
    printf "hydrant search (indexed): %.2f s  %.2f x the igzip | grep time (budget <= 0.50); %.2f x zgrep speed\n", s, s / g, z / s
    printf "hydrant-cli cold:         %.2f s  %.2f x the igzip | grep time (budget <= 1.00); %.2f x zgrep speed\n", c, c / g, z / c
    printf "{\"benchmark\":\"search\",\"engine\":\"%s\",\"pattern\":\"%s\",\"matches\":%d,\"igzip_grep_seconds\":%.3f,\"search_vs_igzip_grep\":%.3f,\"cold_vs_igzip_grep\":%.3f,\"zgrep_seconds\":%.3f,\"search_seconds\":%.3f,\"search_vs_zgrep\":%.3f,\"cold_seconds\":%.3f,\"cold_vs_zgrep\":%.3f,\"threads\":%d}\n", e, p, n, g, s / g, c / g, z, s, z / s, c, z / c, t
}'
