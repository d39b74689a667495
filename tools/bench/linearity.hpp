// Linear cost: the full pipeline on a 1 MB and a 10 MB body made of repeated project-written
// paragraphs: plain news prose, prose full of quote marks and reporting cues, and the prose as one
// single line (one huge paragraph).
#pragma once

#include <string>
#include <vector>

#include "warta/engine.hpp"

namespace warta::bench {

struct LinearityRow {
  std::string variant;        // "prose" | "quotes" | "one-line"
  double small_seconds = 0;   // 1 MB body (best of three runs, taking turns with the 10 MB one)
  double large_seconds = 0;   // 10 MB body
  // Of the best run of each size: kernel time and minor page faults. A 10 MB body needs arrays
  // beyond the C library's mmap ceiling, which are mapped fresh on every call, while a 1 MB
  // body's are recycled from the heap; this shows how much of the ratio is that.
  double small_system_seconds = 0, large_system_seconds = 0;
  long small_faults = 0, large_faults = 0;
  double ratio() const { return small_seconds > 0 ? large_seconds / small_seconds : 0; }
  double user_ratio() const {
    const double small_user = small_seconds - small_system_seconds;
    return small_user > 0 ? (large_seconds - large_system_seconds) / small_user : 0;
  }
};

std::vector<LinearityRow> measure_linearity(const warta::Engine& engine);

}  // namespace warta::bench
