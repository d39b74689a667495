#!/usr/bin/env bash
# Configures and builds the Release build the measurements use (scripts/bench.sh,
# scripts/linear-work.sh): tools on, examples and install rules off.
#
#   scripts/build-bench.sh [TARGET...]     (default: warta-bench warta_cli)
# Environment: BUILD_DIR (default: build-bench), JOBS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-bench}"
jobs="${JOBS:-$(nproc)}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(warta-bench warta_cli)

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DWARTA_BUILD_TOOLS=ON \
  -DWARTA_BUILD_EXAMPLES=OFF -DWARTA_INSTALL=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"
