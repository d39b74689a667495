#!/usr/bin/env bash
# Measures everything docs/performance.md reports, on the shared benchmark material:
#   - warta-bench on the corpus (throughput per stage, scaling, latency, construction), the date
#     cases next to python3-dateparser, and the 1 MB / 10 MB linearity bodies;
#   - peak RSS of `warta extract --jsonl -` streaming the whole corpus (/usr/bin/time -v).
#
#   scripts/bench.sh [SHARED_DIR] [extra warta-bench options...]
# SHARED_DIR is the read-only shared material (default: ../shared next to the repository).
# Environment: BUILD_DIR (default: build-bench, a Release build), JOBS, PYTHON (default /usr/bin/python3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
shift $(($# > 0 ? 1 : 0))
build="${BUILD_DIR:-$root/build-bench}"
python="${PYTHON:-/usr/bin/python3}"

BUILD_DIR="$build" "$root/scripts/build-bench.sh" warta-bench warta_cli

corpus=("$shared"/bench/corpus/articles-*.jsonl)
bench_args=(--dates-cases "$shared/bench/dates/cases.tsv" --linearity)
if "$python" -c 'import dateparser' 2>/dev/null; then
  bench_args+=(--dateparser "$shared/tools/peers/dateparser_jsonl.py" --python "$python")
else
  echo "bench.sh: $python has no dateparser module (apt-get install python3-dateparser): peer skipped" >&2
fi
"$build/bin/warta-bench" "${bench_args[@]}" "$@" "${corpus[@]}"

echo "streaming: warta extract --jsonl - over the whole corpus"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cat "${corpus[@]}" | /usr/bin/time -v "$build/bin/warta" extract --jsonl - 2>"$log" >/dev/null
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$log" | sed 's/^\s*/  /'
