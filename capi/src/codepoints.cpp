// Byte offsets to code-point offsets, for callers whose strings index code points (Python).
#include "guard.hpp"

namespace {

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF).
std::size_t sequence_length(const unsigned char* text, std::size_t size, std::size_t i) {
  const unsigned char b = text[i];
  if (b < 0x80) return 1;
  std::size_t length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    length = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    length = 3;
    if (b == 0xE0) low = 0xA0;
    if (b == 0xED) high = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    length = 4;
    if (b == 0xF0) low = 0x90;
    if (b == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (size - i < length || text[i + 1] < low || text[i + 1] > high) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (!continuation(text[i + k])) return 0;
  return length;
}

}  // namespace

extern "C" int warta_utf8_codepoint_offsets(size_t* out, const char* text, size_t text_len) {
  return warta::capi::guarded(nullptr, [&] {
    warta::capi::require(out != nullptr && (text != nullptr || text_len == 0), "out or text is NULL");
    const auto* bytes = reinterpret_cast<const unsigned char*>(text);
    std::size_t codepoints = 0;
    std::size_t i = 0;
    while (i < text_len) {
      std::size_t length = sequence_length(bytes, text_len, i);
      if (length == 0) length = 1;  // an invalid byte counts as one code point
      out[i] = codepoints;
      ++codepoints;
      for (std::size_t k = 1; k < length; ++k) out[i + k] = codepoints;
      i += length;
    }
    out[text_len] = codepoints;
  });
}
