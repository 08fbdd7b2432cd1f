#!/usr/bin/env bash
# Fuzzing stage: builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, replays every committed corpus, then fuzzes each target for a
# bounded time. Any crash, sanitizer report, leak, time-out or violated property fails the stage;
# the input that caused it is kept in the artifacts folder, to be added to
# tests/fuzz/corpus/TARGET/ as a regression input.
#
#   bash .ci/fuzz.sh                  # every target, HYDRANT_FUZZ_SECONDS (default 20) each
#   bash .ci/fuzz.sh lineframer       # only the named targets
#
# Environment: HYDRANT_FUZZ_SECONDS (per target; 0 = replay only), HYDRANT_FUZZ_BUILD_DIR
# (default build-fuzz), HYDRANT_FUZZ_JOBS (build parallelism, default 2),
# HYDRANT_FUZZ_ARTIFACTS (default BUILD_DIR/fuzz-artifacts). New inputs the fuzzer finds go to
# BUILD_DIR/fuzz-corpus/TARGET, never into the committed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build=${HYDRANT_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
seconds=${HYDRANT_FUZZ_SECONDS:-20}
jobs=${HYDRANT_FUZZ_JOBS:-2}
artifacts=${HYDRANT_FUZZ_ARTIFACTS:-$build/fuzz-artifacts}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (Debian: clang libclang-rt-dev)" >&2; exit 1; }

# Warnings are the gcc stages' business: clang's extra ones must not stop the fuzzing.
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -G Ninja \
    -DHYDRANT_FUZZ=ON -DHYDRANT_SANITIZE=address,undefined -DHYDRANT_BUILD_TESTS=ON \
    -DHYDRANT_UNITY_BUILD=ON >/dev/null

# The targets: those named, or every corpus folder whose target this tree defines.
if [[ $# -gt 0 ]]; then
    targets=("$@")
else
    known=$(ninja -C "$build" -t targets all | sed -n 's/^\(fuzz_[a-z0-9_]*\): .*/\1/p' | sort -u)
    targets=()
    for folder in "$source_dir"/tests/fuzz/corpus/*/; do
        name=$(basename "$folder")
        if grep -qx "fuzz_$name" <<<"$known"; then
            targets+=("$name")
        fi
    done
fi
[[ ${#targets[@]} -gt 0 ]] || { echo "fuzz.sh: no fuzz targets" >&2; exit 1; }

cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$source_dir/.ci/lsan.supp}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$artifacts"

failed=()
summary=()
for target in "${targets[@]}"; do
    binary="$build/bin/fuzz_$target"
    corpus="$source_dir/tests/fuzz/corpus/$target"
    log="$build/fuzz-$target.log"
    printf '\n==== %s: replaying %s inputs\n' "$target" "$(find "$corpus" -type f | wc -l)"
    if ! "$binary" -runs=0 -artifact_prefix="$artifacts/$target-" "$corpus" >"$log" 2>&1; then
        tail -n 40 "$log"
        failed+=("$target (corpus replay)")
        continue
    fi
    [[ $seconds -gt 0 ]] || continue

    printf '==== %s: fuzzing for %ss\n' "$target" "$seconds"
    work="$build/fuzz-corpus/$target"
    mkdir -p "$work"
    # The scratch folder comes first: libFuzzer writes new inputs into the first one only.
    if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" "$work" "$corpus" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        summary+=("$(printf '%-20s %10s runs %8s exec/s %6s inputs' "$target" "$runs" "$speed" \
            "$(find "$work" "$corpus" -type f | wc -l)")")
    else
        grep -E -A30 '^==[0-9]+== ?ERROR|property violated|runtime error|^SUMMARY' "$log" | head -n 60 || tail -n 40 "$log"
        failed+=("$target (fuzzing; input in $artifacts)")
    fi
done

printf '\n==== Fuzzing summary\n'
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
    printf 'FAILED: %s\n' "${failed[@]}"
    exit 1
fi
echo "All fuzz targets passed."
