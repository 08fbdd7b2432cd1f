#!/usr/bin/env bash
# Quick start on Debian/Ubuntu: installs the build dependencies from the distribution's
# packages, builds Hydrant in ./build and starts it in demo mode (no account needed).
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "Hydrant is built: build/bin/hydrant and build/bin/hydrant-cli."
    echo "There is no graphical display in this session, so the demo window cannot open."
    echo "From a desktop session run:  build/bin/hydrant --demo"
    echo "Or try it headless:          build/bin/hydrant-cli --help"
    exit 0
fi
exec build/bin/hydrant --demo "$@"
