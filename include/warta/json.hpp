// warta — the warta/1 JSON form of a Result (contract: docs/schema.md, "warta/1").
#pragma once

#include <cstddef>
#include <optional>
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

// What batch tools write in place of a record that could not be read, so every input record has
// an output line: {"id":…,"schema":"warta/1","error":{"code","message"[,"byte_offset"]}}.
struct JsonError {
  std::string_view code;     // "invalid_utf8", "bad_record", ... (see to_string(ErrorCode))
  std::string_view message;  // any bytes; escaped and made valid UTF-8
  std::optional<std::size_t> byte_offset;
};
std::string error_to_json(const JsonError& error, const JsonOptions& options = {});

}  // namespace warta
