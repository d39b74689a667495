// Command-line options of `warta extract`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "warta/engine.hpp"

namespace warta::cli {

struct ExtractOptions {
  std::vector<std::string> files;       // articles, one per file
  std::optional<std::string> jsonl;     // JSON Lines input path, "-" for stdin
  std::optional<std::string> published;
  std::optional<std::string> title;
  std::vector<std::string> lexicons;    // user lexicon files
  bool body_only = false;
  bool pretty = false;
  unsigned threads = 0;                 // 0: all cores
  Options engine_options;
};

struct ParseOutcome {
  std::optional<ExtractOptions> options;
  bool help = false;
  bool version = false;
  std::string error;                    // usage error
};

ParseOutcome parse_arguments(int argc, char** argv);
const char* usage_text();

}  // namespace warta::cli
