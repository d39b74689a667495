// A strict JSON (RFC 8259) validator for the fuzz harnesses: to_json promises valid JSON with
// valid UTF-8 strings, and this checks the promise without trusting any of warta's own code.
#pragma once

#include <string>
#include <string_view>

namespace warta::fuzz {

// True when `text` is exactly one JSON value (surrounded by optional white space). On failure
// `error` says what and where.
bool is_valid_json(std::string_view text, std::string& error);

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

}  // namespace warta::fuzz
