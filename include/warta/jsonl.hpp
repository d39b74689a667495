// warta — JSON Lines input records (the batch format of warta/1):
//   {"id": "...", "text": "...", "title": "...", "published": "2024-06-19", "body_only": true}
// Only "text" is required; unknown members are ignored.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "warta/engine.hpp"

namespace warta {

struct InputRecord {
  std::string id;                    // "" when absent; a numeric id is kept as written
  std::string text;
  std::optional<std::string> title;
  std::optional<std::string> published;
  bool body_only = false;

  // An Input viewing this record (valid while the record lives).
  Input input() const;
};

// Parses one line. Returns nullopt and sets `error` (with the byte offset of the problem) when the
// line is not a JSON object, a member has the wrong type, or "text" is missing; `id_seen` then
// receives the record's "id" when it was read before the problem. Linear time.
std::optional<InputRecord> parse_input_record(std::string_view line, std::string& error,
                                              std::string* id_seen = nullptr);

}  // namespace warta
