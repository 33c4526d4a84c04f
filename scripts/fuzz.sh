#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang++-16 in build-fuzz/ and runs each one for a
# short, fixed time. Exits non-zero when a target crashes (sanitizer report, broken contract,
# uncaught exception, timeout or out-of-memory); the input is kept in build-fuzz/artifacts/.
#
#   bash scripts/fuzz.sh                  # every target, FUZZ_SECONDS (20) each
#   FUZZ_SECONDS=300 bash scripts/fuzz.sh money_fuzz
#   build-fuzz/fuzz/situation_fuzz fuzz/crashes/situation_fuzz/FILE    # replay one input
#
# For each target: first the known crashes (fuzz/crashes/<target>/*) are replayed, one by
# one, and each one that still crashes fails the run (they stay until the bug is fixed; then
# move the file to fuzz/corpus/<target>/ as a regression seed); then the target is fuzzed from
# its seeds (fuzz/corpus/<target>/) and the inputs it found before (build-fuzz/corpus/<target>/,
# kept between runs).
set -euo pipefail
cd "$(dirname "$0")/.."

CXX_FUZZ=${CXX_FUZZ:-clang++-16}
SECONDS_EACH=${FUZZ_SECONDS:-20}
BUILD=build-fuzz
ALL_TARGETS=(situation_fuzz parameter_fuzz reform_fuzz money_fuzz server_fuzz attestation_fuzz bank_report_fuzz population_fuzz)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

if ! command -v "$CXX_FUZZ" >/dev/null; then
  echo "fuzz: $CXX_FUZZ not found, skipping the fuzz targets (apt-get install clang-16 libclang-rt-16-dev)"
  exit 0
fi

# -D__cpp_concepts=202002L: see fuzz/CMakeLists.txt (std::expected with clang 16 and libstdc++ 12).
FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -g -O1"
FLAGS+=" -D__cpp_concepts=202002L -Wno-macro-redefined"

start=$(date +%s)
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX_FUZZ" \
  -DCMAKE_CXX_FLAGS="$FLAGS" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="" \
  -DSECU_FUZZ=ON -DSECU_TESTS=OFF -DSECU_BENCH=OFF -DSECU_WERROR=OFF >/dev/null
if ! ninja -C "$BUILD" "${TARGETS[@]}" >"$BUILD/ninja.log" 2>&1; then
  tail -n 40 "$BUILD/ninja.log"
  echo "fuzz: the build failed (clang++-16); full log in $BUILD/ninja.log"
  exit 1
fi
built=$(date +%s)
echo "fuzz: built in $((built - start)) s; running ${#TARGETS[@]} target(s), ${SECONDS_EACH} s each"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then  # readable stacks in the logs
  for s in /usr/lib/llvm-16/bin/llvm-symbolizer "$(command -v llvm-symbolizer-16 || true)" "$(command -v llvm-symbolizer || true)"; do
    if [ -n "$s" ] && [ -x "$s" ]; then export ASAN_SYMBOLIZER_PATH=$s; break; fi
  done
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
total_runs=0
for t in "${TARGETS[@]}"; do
  work="$BUILD/corpus/$t"
  artifacts="$BUILD/artifacts/$t"
  log="$BUILD/logs/$t.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"

  # Known crashes: each one must not crash any more.
  for known in fuzz/crashes/"$t"/*; do
    [ -f "$known" ] || continue
    klog="$BUILD/logs/$t.$(basename "$known").log"
    if "$BUILD/fuzz/$t" "$known" >"$klog" 2>&1; then
      printf 'fuzz: %-15s fixed %s (move it to fuzz/corpus/%s/)\n' "$t" "$known" "$t"
    else
      printf 'fuzz: %-15s KNOWN CRASH still reproduces: %s; log %s\n' "$t" "$known" "$klog"
      grep -E 'runtime error|ERROR: AddressSanitizer|contract violated|what\(\)' "$klog" | head -n 2 | sed 's/^/  /'
      failed+=("$t:$(basename "$known")")
    fi
  done

  dirs=("$work" "fuzz/corpus/$t")
  dict=()
  [ -f "fuzz/$t.dict" ] && dict=("-dict=fuzz/$t.dict")
  rc=0
  "$BUILD/fuzz/$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${dict[@]}" "${dirs[@]}" >"$log" 2>&1 || rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  runs=${runs:-$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -n 1)}
  runs=${runs:-0}
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -n 1 || true)
  total_runs=$((total_runs + runs))
  if [ "$rc" -eq 0 ]; then
    printf 'fuzz: %-15s ok    %9s execs in %ss (%s execs/s), %s\n' "$t" "$runs" "${secs:-?}" \
      "$([ -n "$secs" ] && [ "$secs" -gt 0 ] && echo $((runs / secs)) || echo '?')" "$cov"
  else
    printf 'fuzz: %-15s CRASH after %s execs (exit %s); log %s\n' "$t" "$runs" "$rc" "$log"
    grep -E 'ERROR: |runtime error|contract violated|SUMMARY|Test unit written|terminate called|what\(\)' "$log" | head -n 8 | sed 's/^/  /'
    failed+=("$t")
  fi
done

echo "fuzz: ${total_runs} execs in total, $(( $(date +%s) - start )) s including the build"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}"
  echo "fuzz: new crashing inputs are in $BUILD/artifacts/<target>/; replay: $BUILD/fuzz/<target> <input>"
  exit 1
fi
