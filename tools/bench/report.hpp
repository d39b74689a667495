// Everything one benchmark run measured, and its two renderings: a table for people and JSON.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "date_bench.hpp"
#include "linearity.hpp"

namespace warta::bench {

struct Rate {
  double seconds = 0;
  double mb_per_s = 0;        // 10^6 input bytes per second
  double articles_per_s = 0;
};

struct StageRow {
  std::string name;           // "layout", "+entities", ...
  Rate rate;
  double increment_seconds = 0;  // over the previous row
};

struct ScalingRow {
  unsigned threads = 1;
  Rate rate;
  double speedup = 1;         // over one thread
  double cpu_ratio = 1;       // CPU time over one thread's: 1 = no work lost to sharing, whatever the load
  bool identical = true;      // every article's JSON byte-identical to the one-thread pass
};

struct CorpusSection {
  std::vector<std::string> files;
  std::size_t articles = 0;
  std::size_t bytes = 0;
  double load_seconds = 0;
  double rss_after_load_mib = 0;
  std::size_t baseline_words = 0;
  Rate baseline;              // UTF-8 decode + word count over the same bytes
  std::optional<Rate> wc;     // the real `wc -w` on the same bytes, for context
  std::size_t wc_words = 0;
  std::vector<StageRow> stages;  // empty with --no-stages
  Rate full;                  // all stages, one thread
  std::size_t errors = 0;     // articles that raised warta::Error
  double latency_p50_ms = 0, latency_p99_ms = 0, latency_max_ms = 0;
  std::vector<ScalingRow> scaling;
};

struct DatesSection {
  std::size_t cases = 0;
  DateThroughput warta;
  std::optional<DateThroughput> dateparser;
};

struct Report {
  std::vector<double> construction_ms;  // every construction, in order
  double construction_median_ms = 0;
  std::optional<CorpusSection> corpus;
  std::optional<DatesSection> dates;
  LinearitySection linearity;
  double peak_rss_mib = 0;
  unsigned hardware_threads = 0;
  double load_before = 0, load_after = 0;  // 1-minute load average: other work skews every figure
  int repeat = 1;
};

void print_table(const Report& report, std::ostream& out);
void print_json(const Report& report, std::ostream& out);

}  // namespace warta::bench
