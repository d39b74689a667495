// warta — the warta/1 JSON form of a Result (contract: docs/schema.md, "warta/1").
#pragma once

#include <string>
#include <string_view>

#include "warta/result.hpp"

namespace warta {

struct JsonOptions {
  bool pretty = false;                 // indent with two spaces; default: one line
  std::string_view id;                 // when not empty, written first as "id" (JSON Lines batches)
  std::string_view input_name;         // when not empty, written as "input" (several files)
};

// Always valid JSON (control characters escaped, strings are valid UTF-8).
std::string to_json(const Result& result, const JsonOptions& options = {});

}  // namespace warta
