#!/usr/bin/env bash
# Runs the tests under sanitizers, each in its own build directory:
#   asan  AddressSanitizer + UndefinedBehaviorSanitizer, the whole ctest suite;
#   tsan  ThreadSanitizer, the multi-threaded tests only (ctest -R Concurrency).
# Only the library, the C API and the tests are built (no tools, examples or install rules), so both
# together stay well inside a CI budget on two cores.
#
#   scripts/sanitize.sh [asan|tsan|all]     (default: all)
# Environment: BUILD_ROOT (default: the repository; builds go to $BUILD_ROOT/build-asan and
# build-tsan), JOBS (default: nproc), CXX/CC (default: the system compiler).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_root="${BUILD_ROOT:-$root}"
jobs="${JOBS:-$(nproc)}"
which="${1:-all}"

case "$which" in
  asan|tsan|all) ;;
  *) echo "usage: $0 [asan|tsan|all]" >&2; exit 2 ;;
esac

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

# TSan needs the address-space layout it was built for; kernels that randomize more than it
# accepts make it abort, so TSan binaries (also run at build time, for test discovery) run
# without ASLR when setarch allows it.
no_aslr=()
if setarch "$(uname -m)" -R true 2>/dev/null; then no_aslr=(setarch "$(uname -m)" -R); fi

configure_and_build() {  # dir, sanitizer flags, build command prefix, targets...
  local dir="$1" flags="$2" prefix="$3"
  shift 3
  cmake -S "$root" -B "$dir" "${generator[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_SHARED_LINKER_FLAGS="$flags" \
    -DWARTA_BUILD_TESTS=ON -DWARTA_BUILD_TOOLS=OFF -DWARTA_BUILD_EXAMPLES=OFF \
    -DWARTA_BUILD_FUZZERS=OFF -DWARTA_INSTALL=OFF
  local targets=()
  (($# > 0)) && targets=(--target "$@")
  $prefix cmake --build "$dir" -j "$jobs" "${targets[@]}"
}

run_asan() {
  local dir="$build_root/build-asan"
  configure_and_build "$dir" "-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" ""
  # The robustness tests shrink their inputs by themselves in a sanitizer build.
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" --no-tests=error
}

run_tsan() {
  local dir="$build_root/build-tsan"
  # Only the unit-test binary: the multi-threaded tests live there.
  configure_and_build "$dir" "-fsanitize=thread -fno-omit-frame-pointer" "${no_aslr[*]}" warta_tests
  TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" \
    "${no_aslr[@]}" ctest --test-dir "$dir" --output-on-failure -R '^Concurrency\.' --no-tests=error
}

[[ "$which" == asan || "$which" == all ]] && run_asan
[[ "$which" == tsan || "$which" == all ]] && run_tsan
echo "sanitize.sh: $which passed"
