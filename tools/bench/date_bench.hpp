// Date normalization throughput on the cases of a cases.tsv file, for warta and for
// python3-dateparser behind its JSON Lines peer script, on the same cases in the same run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "warta/engine.hpp"

namespace warta::bench {

struct DateCase {
  std::string id;
  std::string text;
  std::string reference;  // reference_datetime: the anchor for relative expressions
};

// Columns id, source, text, reference_datetime, expected, grain, note (header row first). Duration
// cases (expected "P...") are left out, as the date scorer leaves them out.
std::vector<DateCase> load_date_cases(const std::string& path);

struct DateThroughput {
  std::size_t expressions = 0;  // case texts normalized (each case counted once per round)
  double seconds = 0;           // time spent normalizing, process start-up excluded
  double startup_seconds = 0;   // the peer's interpreter and import time (0 for warta)
  std::size_t with_value = 0;   // cases of one round that came back with a date
  double per_second() const { return seconds > 0 ? static_cast<double>(expressions) / seconds : 0; }
};

// Every case through Engine::extract (dates stage only, body_only, published = reference), in
// rounds over all cases until at least `min_seconds` have passed.
DateThroughput time_warta_dates(const warta::Engine& engine, const std::vector<DateCase>& cases, double min_seconds);

// `python` `script` extract --jsonl - over the cases repeated `rounds` times; an empty run measures
// the start-up, which is subtracted.
DateThroughput time_dateparser(const std::string& python, const std::string& script,
                               const std::vector<DateCase>& cases, int rounds);

}  // namespace warta::bench
