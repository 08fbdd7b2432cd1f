#!/usr/bin/env bash
# Quick start on Debian/Ubuntu: installs the build dependencies from the distribution's
# packages, builds the two programs it runs (hydrant and hydrant-cli, nothing else: no tests,
# benchmarks or fuzz targets) as a unity build in ./build-quickstart, and starts Hydrant in demo
# mode (no account needed). `bash tests/run.sh` builds the tests in ./build, apart from it.
#
#   bash installer/quickstart.sh [--dry-run] [hydrant options...]
#     --dry-run   print what would be run, run nothing
set -euo pipefail
cd "$(dirname "$0")/.."

dry_run=0
if [ "${1:-}" = "--dry-run" ]; then
    dry_run=1
    shift
fi
run() {
    if [ "$dry_run" = 1 ]; then
        echo "+ $*"
    else
        "$@"
    fi
}

build=build-quickstart
jobs=$(nproc 2>/dev/null || echo 2)
# Measured without a compiler cache: 4 min of CPU time in all (3 min 23 s user, 41 s system),
# so about 3 min on an idle 2-core machine (7 min 18 s on one busy with other builds); it
# shrinks with more cores. Later runs rebuild only what changed.
minutes=$(( (9 + 2 * jobs - 1) / (2 * jobs) ))

run bash installer/install-deps.sh
echo
echo "Building hydrant and hydrant-cli in $build/ with $jobs parallel jobs."
echo "The first build takes about $minutes min here; later runs only rebuild what changed."
echo
run cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHYDRANT_BUILD_TESTS=OFF -DHYDRANT_UNITY_BUILD=ON
start=$SECONDS
# Ninja shows its progress ([done/total]) as it goes.
run cmake --build "$build" --target hydrant hydrant-cli -j "$jobs"
[ "$dry_run" = 1 ] && exit 0
echo "Built in $(( (SECONDS - start + 30) / 60 )) min."

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "Hydrant is built: $build/bin/hydrant and $build/bin/hydrant-cli."
    echo "There is no graphical display in this session, so the demo window cannot open."
    echo "From a desktop session run:  $build/bin/hydrant --demo"
    echo "Or try it headless:          $build/bin/hydrant-cli --help"
    exit 0
fi
exec "$build/bin/hydrant" --demo "$@"
