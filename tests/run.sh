#!/usr/bin/env bash
# Runs Hydrant's whole test suite: installs what is missing, builds with warnings as errors,
# then runs every test with an offscreen display and a private, unlocked secret store.
#   HYDRANT_BUILD_DIR        build folder (default: ./build)
#   HYDRANT_WITH_KARCHIVE    AUTO (default), ON or OFF
#   HYDRANT_WITH_ISAL        AUTO (default), ON or OFF (OFF: the zlib-only build)
#   HYDRANT_CMAKE_ARGS       extra arguments for cmake
#   HYDRANT_CTEST_ARGS       extra arguments for ctest (e.g. "-R Feed")
set -euo pipefail
cd "$(dirname "$0")/.."

build=${HYDRANT_BUILD_DIR:-$PWD/build}
bash installer/install-deps.sh

# shellcheck disable=SC2086
cmake -S . -B "$build" -G Ninja -DHYDRANT_WERROR=ON -DHYDRANT_UNITY_BUILD=ON \
    -DHYDRANT_WITH_KARCHIVE="${HYDRANT_WITH_KARCHIVE:-AUTO}" \
    -DHYDRANT_WITH_ISAL="${HYDRANT_WITH_ISAL:-AUTO}" ${HYDRANT_CMAKE_ARGS:-}
cmake --build "$build"

# shellcheck disable=SC2086
exec dbus-run-session -- bash tests/with-keyring.sh \
    ctest --test-dir "$build" --output-on-failure -j "$(nproc)" ${HYDRANT_CTEST_ARGS:-}
