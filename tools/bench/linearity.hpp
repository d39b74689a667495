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
  double ratio() const { return small_seconds > 0 ? large_seconds / small_seconds : 0; }
};

std::vector<LinearityRow> measure_linearity(const warta::Engine& engine);

}  // namespace warta::bench
