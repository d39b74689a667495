// Linear cost: the full pipeline on a 1 MB and a 10 MB body made of repeated project-written
// paragraphs: plain news prose, prose full of quote marks and reporting cues, and the prose as one
// single line (one huge paragraph). Next to it, the cost per MB of the prose at sizes from 0.25 to
// 10 MB, which shows where the cost per byte steps up (when a body's per-token arrays stop fitting
// the processor's cache) and that it stays flat past that step.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "warta/engine.hpp"

namespace warta::bench {

struct LinearityRow {
  std::string variant;  // "prose" | "quotes" | "one-line"
  // Steady state, the figures the target is judged on: each size is extracted several times in a
  // row and the best call kept, so a call finds the engine's buffers, and the cache, as the calls
  // of a stream of such bodies would. The sizes take turns (three rounds), so a change in the
  // machine's load between them does not show up as a ratio.
  double small_seconds = 0;  // 1 MB body
  double large_seconds = 0;  // 10 MB body
  // The first call of each turn, right after the other size: a 1 MB call then starts with its
  // data out of the cache, which flatters the ratio; kept to compare with earlier measurements.
  double small_first_seconds = 0, large_first_seconds = 0;
  // Of the best steady run of each size: kernel time and minor page faults. A 10 MB body's result
  // (and any one-call array) lies beyond the C library's mmap ceiling, so it is mapped and zeroed
  // afresh on every call, while a 1 MB body's is recycled from the heap.
  double small_system_seconds = 0, large_system_seconds = 0;
  long small_faults = 0, large_faults = 0;
  // The same steady state, each call extracting into one Result kept across the calls (as the CLI
  // does): the result's memory is reused, not mapped and zeroed afresh, so this is the library's
  // own cost without the C library's choice for a large result's memory.
  double small_reused_seconds = 0, large_reused_seconds = 0;

  double ratio() const { return small_seconds > 0 ? large_seconds / small_seconds : 0; }
  double reused_ratio() const { return small_reused_seconds > 0 ? large_reused_seconds / small_reused_seconds : 0; }
  double first_call_ratio() const { return small_first_seconds > 0 ? large_first_seconds / small_first_seconds : 0; }
  double user_ratio() const {
    const double small_user = small_seconds - small_system_seconds;
    return small_user > 0 ? (large_seconds - large_system_seconds) / small_user : 0;
  }
};

// Steady-state seconds per MB of the prose body at one size.
struct SizePoint {
  double megabytes = 0;
  double seconds = 0;
  double seconds_per_mb() const { return megabytes > 0 ? seconds / megabytes : 0; }
};

struct LinearitySection {
  std::vector<LinearityRow> rows;
  std::vector<SizePoint> prose_curve;
};

LinearitySection measure_linearity(const warta::Engine& engine);

// One of the bodies above ("prose", "quotes" or "one-line") at one size, extracted `calls` times
// into one Result kept across the calls (the reused-result steady state); each call's seconds.
// For timing or profiling one size alone: run under callgrind, the instructions of a 1 MB and a
// 10 MB call show whether the work itself is linear (scripts/linear-work.sh). Throws
// std::invalid_argument for another name or a size outside (0, 1000] MB.
std::vector<double> time_body_calls(const warta::Engine& engine, std::string_view variant, double megabytes,
                                    int calls);

}  // namespace warta::bench
