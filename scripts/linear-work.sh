#!/usr/bin/env bash
# Is the pipeline's work linear in the input's size? Counts, under valgrind's callgrind, the
# instructions `Engine::extract` executes on each linearity body (warta-bench --body) at two sizes,
# and prints their ratio. Instruction counts do not depend on the machine's load or on its caches,
# so this separates the work the library does from the memory system's share of a long body's
# time (docs/performance.md, "Linear cost"). Needs valgrind (apt-get install valgrind); takes a
# few minutes.
#
#   scripts/linear-work.sh [SMALL_MB [LARGE_MB]]     (default 1 and 10)
# Environment: BUILD_DIR (default: build-bench, a Release build), JOBS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-bench}"
small="${1:-1}"
large="${2:-10}"
command -v valgrind >/dev/null || { echo "linear-work.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

BUILD_DIR="$build" "$root/scripts/build-bench.sh" warta-bench >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Instructions inside Engine::extract over two calls into one Result (the second finds the
# engine's buffers and the result's memory as a stream of such bodies would).
instructions() {
  local out="$work/$1.$2"
  valgrind --tool=callgrind --callgrind-out-file="$out" '--toggle-collect=warta::Engine::extract*' \
    "$build/bin/warta-bench" --body "$1" --mb "$2" --calls 2 >/dev/null 2>"$out.log" ||
    { cat "$out.log" >&2; exit 1; }
  sed -n 's/^\(summary\|totals\): *//p' "$out" | head -n 1
}

printf '%-9s %16s %16s %8s\n' body "${small} MB (2 calls)" "${large} MB (2 calls)" ratio
for body in prose quotes one-line; do
  a="$(instructions "$body" "$small")"
  b="$(instructions "$body" "$large")"
  awk -v n="$body" -v a="$a" -v b="$b" 'BEGIN { printf "%-9s %16.0f %16.0f %8.3f\n", n, a, b, b / a }'
done
