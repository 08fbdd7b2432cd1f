#!/usr/bin/env bash
# Runs Hydrant's benchmarks: `tests/bench/run.sh NAME` runs one (index, search, live, ingest,
# firestream, download, sim, dataset, startup, relay); without a name it runs them all. Each benchmark builds what it needs in
# ./build-bench (Release), prints its figures and its ratio against the reference command
# measured in the same run, and ends with one line holding a JSON object of its figures.
# `archive` needs a build with KArchive (Debian 13) and runs only when named.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export HYDRANT_SOURCE_DIR=$(cd "$here/../.." && pwd)
export HYDRANT_BENCH_BUILD=${HYDRANT_BENCH_BUILD:-$HYDRANT_SOURCE_DIR/build-bench}
export HYDRANT_BENCH_DATA=${HYDRANT_BENCH_DATA:-${TMPDIR:-/tmp}/hydrant-bench}
mkdir -p "$HYDRANT_BENCH_DATA"

if [ ! -f "$HYDRANT_BENCH_BUILD/build.ninja" ]; then
    cmake -S "$HYDRANT_SOURCE_DIR" -B "$HYDRANT_BENCH_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DHYDRANT_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$HYDRANT_BENCH_BUILD" --target hydrant-cli >/dev/null

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    names=(sim ingest firestream live download index search dataset startup relay)
fi
for name in "${names[@]}"; do
    script=$here/bench_$name.sh
    if [ ! -f "$script" ]; then
        echo "unknown benchmark: $name (have: $(cd "$here" && ls bench_*.sh 2>/dev/null | sed 's/bench_//; s/\.sh//' | tr '\n' ' '))" >&2
        exit 2
    fi
    echo "==== benchmark: $name"
    bash "$script"
done
