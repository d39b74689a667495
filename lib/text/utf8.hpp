// Small UTF-8 helpers over utf8proc.
#pragma once

#include <bit>
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
// sixteen bytes at a time where there is SSE2, eight otherwise and for the rest, since news text
// is mostly ASCII.
inline std::size_t ascii_run_end(std::string_view s, std::size_t at) noexcept {
#if defined(__SSE2__)
  for (; s.size() - at >= 16; at += 16) {
    const auto highs = static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at))));
    if (highs != 0) return at + static_cast<std::size_t>(std::countr_zero(highs));
  }
#endif
  for (; s.size() - at >= 8; at += 8) {
    std::uint64_t block;
    std::memcpy(&block, s.data() + at, 8);
    if (const std::uint64_t highs = block & kByteHighs) return at + static_cast<std::size_t>(std::countr_zero(highs) / 8);
  }
  while (at < s.size() && static_cast<unsigned char>(s[at]) < 0x80) ++at;
  return at;
}

// Length of the valid UTF-8 prefix of `s` (== s.size() when all of it is valid).
std::size_t valid_utf8_prefix(std::string_view s) noexcept;

// `s` with each invalid byte read as U+FFFD.
std::string sanitize_utf8(std::string_view s);

}  // namespace warta::detail
