#include "lexicon/ascii_tokens.hpp"

#include <array>

namespace warta::detail {
namespace {

enum Cls : unsigned char { kSpace, kLower, kUpper, kDigit, kPunct, kNonAscii };

// The tokenizer reads every control character as white space.
constexpr std::array<unsigned char, 256> make_classes() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) t[c] = kNonAscii;
    else if (c >= 'a' && c <= 'z') t[c] = kLower;
    else if (c >= 'A' && c <= 'Z') t[c] = kUpper;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c <= ' ' || c == 0x7F) t[c] = kSpace;
    else t[c] = kPunct;
  }
  return t;
}
constexpr std::array<unsigned char, 256> kClass = make_classes();

unsigned char cls(char c) noexcept { return kClass[static_cast<unsigned char>(c)]; }
bool alnum(unsigned char k) noexcept { return k == kLower || k == kUpper || k == kDigit; }

}  // namespace

bool fold_ascii_tokens(std::string_view s, std::string& folded, std::vector<std::string_view>& out) {
  out.clear();
  folded.resize(s.size());  // folding never lengthens ASCII text; views stay valid
  char* w = folded.data();
  const std::size_t n = s.size();
  std::size_t at = 0;
  while (at < n) {
    const unsigned char k = cls(s[at]);
    if (k == kSpace) {
      ++at;
      continue;
    }
    if (k == kNonAscii) {
      out.clear();
      return false;
    }
    char* const begin = w;
    if (k == kPunct) {
      *w++ = s[at++];
    } else {
      // Same joining rules as the tokenizer: inner hyphens before a letter/digit, apostrophes
      // before a letter (not in numbers), and . , : / between digits.
      const bool number = k == kDigit;
      bool prev_digit = false;
      while (at < n) {
        const char d = s[at];
        const unsigned char kd = cls(d);
        if (alnum(kd)) {
          *w++ = kd == kUpper ? static_cast<char>(d + 32) : d;
          prev_digit = kd == kDigit;
          ++at;
          continue;
        }
        const unsigned char kn = at + 1 < n ? cls(s[at + 1]) : static_cast<unsigned char>(kSpace);
        const bool join = (d == '-' && alnum(kn)) || (d == '\'' && (kn == kLower || kn == kUpper) && !number) ||
                          (prev_digit && kn == kDigit && (d == '.' || d == ',' || d == ':' || d == '/'));
        if (!join) break;
        *w++ = d;
        ++at;
      }
    }
    out.emplace_back(begin, static_cast<std::size_t>(w - begin));
  }
  return true;
}

}  // namespace warta::detail
