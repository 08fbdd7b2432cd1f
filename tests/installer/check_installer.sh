#!/usr/bin/env bash
# Checks what installer/quickstart.sh would run (--dry-run) and the .deb's recommendations.
#   check_installer.sh SOURCE_DIR CPACK_CONFIG
set -uo pipefail
source_dir=$1
cpack_config=$2
failed=0
fail() { echo "FAIL: $*"; failed=1; }

plan=$(bash "$source_dir/installer/quickstart.sh" --dry-run) || fail "the dry run failed"
echo "$plan"
grep -q -- '--target hydrant hydrant-cli' <<<"$plan" || fail "it does not build just hydrant and hydrant-cli"
grep -q -- '-DHYDRANT_UNITY_BUILD=ON' <<<"$plan" || fail "it is not a unity build"
grep -q -- '-DHYDRANT_BUILD_TESTS=OFF' <<<"$plan" || fail "it configures the tests"
grep -q -- '-B build-quickstart' <<<"$plan" || fail "it does not build in its own folder"
grep -qE 'cmake --build build( |$)' <<<"$plan" && fail "it builds in ./build, the tests' folder"
grep -q 'Building hydrant and hydrant-cli' <<<"$plan" || fail "it does not say what it builds"
grep -qE 'about [0-9]+ min' <<<"$plan" || fail "it does not say how long it takes"

recommends=$(grep 'CPACK_DEBIAN_PACKAGE_RECOMMENDS' "$cpack_config")
echo "$recommends"
for font in fonts-noto-color-emoji fonts-noto-cjk; do
    grep -q "$font" <<<"$recommends" || fail "the .deb does not recommend $font"
done
exit $failed
