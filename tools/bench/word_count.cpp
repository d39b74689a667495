#include "word_count.hpp"

#include <cstdint>

namespace warta::bench {
namespace {

// White space as glibc's iswspace sees it in a UTF-8 locale, plus the no-break spaces newer
// coreutils also treat as separators.
bool is_unicode_space(char32_t c) {
  switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_ascii_space(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

// Decodes one code point starting at text[i]; returns its length, or 0 if the bytes are not UTF-8.
std::size_t decode(std::string_view text, std::size_t i, char32_t& out) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const auto continuation = [&](std::size_t k) { return i + k < text.size() && (byte(k) & 0xC0) == 0x80; };
  const unsigned char b0 = byte(0);
  if (b0 >= 0xC2 && b0 <= 0xDF && continuation(1)) {
    out = (char32_t{b0} & 0x1F) << 6 | (byte(1) & 0x3F);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF && continuation(1) && continuation(2)) {
    out = (char32_t{b0} & 0x0F) << 12 | (char32_t{byte(1)} & 0x3F) << 6 | (byte(2) & 0x3F);
    const bool overlong = out < 0x800, surrogate = out >= 0xD800 && out <= 0xDFFF;
    return overlong || surrogate ? 0 : 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4 && continuation(1) && continuation(2) && continuation(3)) {
    out = (char32_t{b0} & 0x07) << 18 | (char32_t{byte(1)} & 0x3F) << 12 | (char32_t{byte(2)} & 0x3F) << 6 |
          (byte(3) & 0x3F);
    return out < 0x10000 || out > 0x10FFFF ? 0 : 4;
  }
  return 0;
}

}  // namespace

// Its loop is a few instructions over every byte, whose speed moves by a few percent with where the
// linker happens to place it: started on a cache line, it runs the same in every build, so an
// unrelated change in the library does not move the baseline (and the ratio to it).
#if defined(__GNUC__)
[[gnu::aligned(64)]]
#endif
std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    bool space = false;
    if (b < 0x80) {
      space = is_ascii_space(b);
      ++i;
    } else {
      char32_t c = 0;
      const std::size_t length = decode(text, i, c);
      space = length != 0 && is_unicode_space(c);
      i += length == 0 ? 1 : length;
    }
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace warta::bench
