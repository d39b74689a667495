#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan, the library instrumented too) in their
# own build directory and runs each for a while, starting from the seed corpora in fuzz/corpus/.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]     (default: 60 seconds each; every harness built)
# Harnesses: extract (Engine::extract), capi (the C API), jsonl (the JSON Lines record reader).
# Environment: BUILD_DIR (default: build-fuzz in the repository), JOBS (default: nproc),
# CLANG_CXX / CLANG_CC (default: clang++-14 / clang-14, else clang++ / clang).
# New inputs found go to $BUILD_DIR/fuzz/corpus-<harness> (the seed directories stay untouched);
# a crash is saved as $BUILD_DIR/fuzz/artifacts/<harness>-crash-* and fails the script. Replay one
# with the fuzzer binary, or with the ordinary-compiler replay test: warta_replay_<harness> FILE.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-fuzz}"
jobs="${JOBS:-$(nproc)}"
seconds="${1:-60}"
shift $(($# > 0 ? 1 : 0))

pick() { for c in "$@"; do command -v "$c" >/dev/null && { echo "$c"; return; }; done; echo "fuzz.sh: none of $* found" >&2; exit 2; }
cxx="${CLANG_CXX:-$(pick clang++-14 clang++)}"
cc="${CLANG_CC:-$(pick clang-14 clang)}"

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S "$root" -B "$build" "${generator[@]}" \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DWARTA_BUILD_FUZZERS=ON -DWARTA_BUILD_TESTS=OFF -DWARTA_BUILD_TOOLS=OFF \
  -DWARTA_BUILD_EXAMPLES=OFF -DWARTA_INSTALL=OFF

harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  for h in extract capi jsonl; do
    # Only the harnesses this configuration defines (the C API one needs the C API target).
    if cmake --build "$build" --target help | grep -q "warta_fuzz_$h\b"; then harnesses+=("$h"); fi
  done
fi
targets=()
for h in "${harnesses[@]}"; do targets+=("warta_fuzz_$h"); done
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

mkdir -p "$build/fuzz/artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for h in "${harnesses[@]}"; do
  work="$build/fuzz/corpus-$h"
  mkdir -p "$work"
  seeds=("$root/fuzz/corpus/$h")
  [[ "$h" == capi ]] && seeds+=("$root/fuzz/corpus/extract")  # same byte layout as extract
  echo "== fuzzing $h for ${seconds}s"
  "$build/fuzz/warta_fuzz_$h" "$work" "${seeds[@]}" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=16384 \
    -artifact_prefix="$build/fuzz/artifacts/$h-" -print_final_stats=1
done
echo "fuzz.sh: ${harnesses[*]} ran ${seconds}s each without a failure"
