#!/usr/bin/env bash
# Archive index benchmark, for builds with KArchive (Debian 13; not Debian 12, whose Qt is too
# old for KF6). On the benchmark's StockTwits-like lines (HYDRANT_ARCHIVE_BENCH_MB of them,
# default 400), compressed once with `zstd -3` and `xz -1` where those tools exist, it measures
# the whole first open of each file, `hydrant-cli inspect --no-cache --count FILE` (decompress,
# keep the copy readers use, index every line with its statistics), against decompressing
# alone with the format's own tool (`zstd -dc`, `xz -dc` to /dev/null), in alternating runs.
# Prints each run, the best of each and their ratio, then one JSON line.
# In the Debian 13 chroot that CI uses:
#   bash .ci/debian13.sh run bash -c 'cd /src && HYDRANT_BENCH_BUILD=/build/debian13 \
#       HYDRANT_BENCH_DATA=/tmp/hydrant-bench bash tests/bench/bench_archive.sh'
#   HYDRANT_BENCH_BUILD          build folder with KArchive (set by run.sh)
#   HYDRANT_BENCH_DATA           folder for the generated files (set by run.sh)
#   HYDRANT_ARCHIVE_BENCH_MB     uncompressed size in MB (default 400)
#   HYDRANT_ARCHIVE_BENCH_RUNS   runs of each side; the best counts (default 3)
set -euo pipefail
build=${HYDRANT_BENCH_BUILD:?run through tests/bench/run.sh or set HYDRANT_BENCH_BUILD}
data=${HYDRANT_BENCH_DATA:?run through tests/bench/run.sh or set HYDRANT_BENCH_DATA}
megabytes=${HYDRANT_ARCHIVE_BENCH_MB:-400}
runs=${HYDRANT_ARCHIVE_BENCH_RUNS:-3}
mkdir -p "$data"

cmake --build "$build" --target hydrant-cli files_bench >/dev/null
cli=$build/bin/hydrant-cli
if "$cli" --version | grep -q '^KArchive: not built in'; then
    echo "bench_archive: $build has no KArchive; build with -DHYDRANT_WITH_KARCHIVE=ON" \
        "(Debian 13: see the README)" >&2
    exit 1
fi

plain=$data/stocktwits-${megabytes}mb.jsonl
if [ ! -s "$plain" ]; then
    echo "generating $plain (${megabytes} MB of JSON lines; once)..." >&2
    "$build/bin/files_bench" generate "$megabytes" >"$plain.part"
    mv "$plain.part" "$plain"
fi

milliseconds() { # milliseconds COMMAND...: runs it, output discarded, prints its wall time
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
source "$(dirname "$0")/benchlib.sh" # smaller

json="{\"megabytes\":$megabytes"
measured=0
for format in zst xz; do
    case $format in
    zst) tool=zstd compress=(zstd -q -3 -T0 -c) ;;
    xz) tool=xz compress=(xz -1 -T0 -c) ;;
    esac
    if ! command -v "$tool" >/dev/null; then
        echo "$format: no $tool on this system, not measured"
        continue
    fi
    file=$plain.$format
    if [ ! -s "$file" ]; then
        "${compress[@]}" "$plain" >"$file.part"
        mv "$file.part" "$file"
    fi
    best_tool=
    best_cli=
    for run in $(seq "$runs"); do
        tool_ms=$(milliseconds "$tool" -dc "$file")
        cli_ms=$(milliseconds "$cli" inspect --no-cache --count "$file")
        echo "$format run $run: $tool -dc ${tool_ms} ms, hydrant-cli inspect ${cli_ms} ms"
        best_tool=$(smaller "$best_tool" "$tool_ms")
        best_cli=$(smaller "$best_cli" "$cli_ms")
    done
    ratio=$(awk -v a="$best_cli" -v b="$best_tool" 'BEGIN { printf "%.2f", a / b }')
    echo "$format: best $tool -dc ${best_tool} ms, hydrant-cli inspect ${best_cli} ms" \
        "(${ratio} x the time of decompressing alone)"
    json+=",\"${format}_decompress_ms\":$best_tool,\"${format}_index_ms\":$best_cli"
    json+=",\"${format}_index_vs_decompress\":$ratio"
    measured=$((measured + 1))
done
[ "$measured" -gt 0 ] || { echo "bench_archive: neither zstd nor xz is installed" >&2; exit 1; }
echo "$json}"
