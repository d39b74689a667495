// Small text helpers for the benchmark's inputs and reports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warta::bench {

// Fields of one TSV line (no quoting: cases.tsv has none).
std::vector<std::string_view> split_tabs(std::string_view line);

// `s` as a JSON string literal, quotes included (s is UTF-8; control characters escaped).
std::string json_quote(std::string_view s);

}  // namespace warta::bench
