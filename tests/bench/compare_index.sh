#!/usr/bin/env bash
# Compares two builds' index pass on this machine, whose speed drifts by up to 40 % within
# minutes: N rounds of `igzip -dc FILE`, then build A's pass, then build B's, each pass as a
# ratio to the igzip run just before it; prints each round and the median ratio of each build.
#   bash tests/bench/compare_index.sh A/bin/files_bench B/bin/files_bench [ROUNDS]
#   HYDRANT_BENCH_DATA  folder holding the benchmark file (bench_index.sh makes it)
#   HYDRANT_FILES_BENCH_MB  its size in MB (default 1100)
set -euo pipefail
a=${1:?files_bench of build A}
b=${2:?files_bench of build B}
rounds=${3:-10}
file=${HYDRANT_BENCH_DATA:-${TMPDIR:-/tmp}/hydrant-bench}/stocktwits-${HYDRANT_FILES_BENCH_MB:-1100}mb.jsonl.gz
[ -s "$file" ] || { echo "compare_index: no $file (run bench_index.sh once)" >&2; exit 1; }

pass_seconds() {
    "$1" index "$file" 2>/dev/null | sed -n 's/.*"index_seconds":\([0-9.]*\).*/\1/p'
}
ratios=$(mktemp)
trap 'rm -f "$ratios"' EXIT
for round in $(seq "$rounds"); do
    igzip=$( { /usr/bin/time -f '%e' igzip -dc "$file" >/dev/null; } 2>&1 | tail -n 1)
    seconds_a=$(pass_seconds "$a")
    seconds_b=$(pass_seconds "$b")
    awk -v r="$round" -v g="$igzip" -v a="$seconds_a" -v b="$seconds_b" -v out="$ratios" 'BEGIN {
        printf "round %d: igzip %.2f s, A %.3f s (%.3f), B %.3f s (%.3f)\n", r, g, a, g / a, b, g / b
        printf "%f %f\n", g / a, g / b >> out
    }'
done
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median ratio to igzip: A $(cut -d' ' -f1 "$ratios" | median), B $(cut -d' ' -f2 "$ratios" | median)"
