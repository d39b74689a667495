// Small UTF-8 helpers over utf8proc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "text/ascii_block.hpp"

namespace warta::detail {

// Decodes the code point at `at`; returns its length, or 0 at the end of `s` or on an invalid
// sequence (then `cp` is left untouched).
std::size_t decode_utf8(std::string_view s, std::size_t at, char32_t& cp) noexcept;

// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

// The first position at or after `at` that holds a non-ASCII byte (s.size() if none); reads
// eight bytes at a time, since news text is mostly ASCII.
inline std::size_t ascii_run_end(std::string_view s, std::size_t at) noexcept {
  while (s.size() - at >= 8) {
    std::uint64_t block;
    std::memcpy(&block, s.data() + at, 8);
    if ((block & kByteHighs) != 0) break;
    at += 8;
  }
  while (at < s.size() && static_cast<unsigned char>(s[at]) < 0x80) ++at;
  return at;
}

// Length of the valid UTF-8 prefix of `s` (== s.size() when all of it is valid).
std::size_t valid_utf8_prefix(std::string_view s) noexcept;

// `s` with each invalid byte read as U+FFFD.
std::string sanitize_utf8(std::string_view s);

}  // namespace warta::detail
