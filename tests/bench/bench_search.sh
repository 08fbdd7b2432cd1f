#!/usr/bin/env bash
# Files page search benchmark, on the same generated file as bench_index.sh: a literal search
# over the whole (indexed) file, as the Files page runs it, against `zgrep -c` on the same file
# (budget: no slower). Also the cold case, `hydrant-cli inspect --grep --count` (index and search
# in one command), for reference. Hydrant's two counts must agree; zgrep's counts raw bytes. Prints figures and ratios, then
# one JSON line.
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

awk -v z="$best_zgrep" -v s="$best_search" -v c="$best_cold" -v n="$search_count" -v p="$pattern" -v t="$threads" 'BEGIN {
    printf "pattern \"%s\": %d matching lines\n", p, n
    printf "zgrep -c:                 %.2f s\n", z
    printf "hydrant search (indexed): %.2f s  ratio %.2f x zgrep speed (budget >= 1.00)\n", s, z / s
    printf "hydrant-cli cold:         %.2f s  ratio %.2f x zgrep speed (index + search, for reference)\n", c, z / c
    printf "{\"benchmark\":\"search\",\"pattern\":\"%s\",\"matches\":%d,\"zgrep_seconds\":%.3f,\"search_seconds\":%.3f,\"search_vs_zgrep\":%.3f,\"cold_seconds\":%.3f,\"cold_vs_zgrep\":%.3f,\"threads\":%d}\n", p, n, z, s, z / s, c, z / c, t
}'
