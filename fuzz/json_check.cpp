#include "json_check.hpp"

#include <cstddef>

namespace warta::fuzz {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto in = [&](std::size_t k, unsigned lo, unsigned hi) { return i + k < s.size() && at(k) >= lo && at(k) <= hi; };
  const unsigned char b = at(0);
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (b == 0xE0) return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (b == 0xED) return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;  // no surrogates
  if (b >= 0xE1 && b <= 0xEF) return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (b == 0xF0) return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (b >= 0xF1 && b <= 0xF3) return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (b == 0xF4) return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

class Validator {
 public:
  explicit Validator(std::string_view text) : s_(text) {}

  bool document(std::string& error) {
    skip_space();
    if (!value(0)) {
      error = problem_ + " at byte " + std::to_string(pos_);
      return false;
    }
    skip_space();
    if (pos_ != s_.size()) {
      error = "trailing bytes at byte " + std::to_string(pos_);
      return false;
    }
    return true;
  }

 private:
  static constexpr int kMaxDepth = 256;

  bool fail(const char* why) {
    problem_ = why;
    return false;
  }
  bool at_end() const { return pos_ >= s_.size(); }
  char peek() const { return at_end() ? '\0' : s_[pos_]; }
  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("bad literal");
    pos_ += word.size();
    return true;
  }

  bool value(int depth) {
    if (depth > kMaxDepth) return fail("nested too deeply");
    switch (peek()) {
      case '{': return object(depth);
      case '[': return array(depth);
      case '"': return string();
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      default: return number();
    }
  }

  bool object(int depth) {
    ++pos_;
    skip_space();
    if (peek() == '}') return ++pos_, true;
    for (;;) {
      skip_space();
      if (peek() != '"') return fail("object key is not a string");
      if (!string()) return false;
      skip_space();
      if (peek() != ':') return fail("missing ':'");
      ++pos_;
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (peek() == '}') return ++pos_, true;
      if (peek() != ',') return fail("missing ',' or '}'");
      ++pos_;
    }
  }

  bool array(int depth) {
    ++pos_;
    skip_space();
    if (peek() == ']') return ++pos_, true;
    for (;;) {
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (peek() == ']') return ++pos_, true;
      if (peek() != ',') return fail("missing ',' or ']'");
      ++pos_;
    }
  }

  static bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

  unsigned hex4(std::size_t at) const {
    unsigned v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const char c = s_[at + k];
      v = v * 16 + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
  }

  bool escape() {
    ++pos_;  // the backslash
    if (at_end()) return fail("unterminated escape");
    const char c = s_[pos_++];
    if (c != 'u') {
      if (std::string_view("\"\\/bfnrt").find(c) == std::string_view::npos) return fail("bad escape");
      return true;
    }
    const auto hex_at = [&](std::size_t at) {
      return at + 4 <= s_.size() && is_hex(s_[at]) && is_hex(s_[at + 1]) && is_hex(s_[at + 2]) && is_hex(s_[at + 3]);
    };
    if (!hex_at(pos_)) return fail("bad \\u escape");
    const unsigned unit = hex4(pos_);
    pos_ += 4;
    if (unit >= 0xDC00 && unit <= 0xDFFF) return fail("lone low surrogate escape");
    if (unit >= 0xD800 && unit <= 0xDBFF) {  // must pair with a low surrogate escape
      if (s_.substr(pos_, 2) != "\\u" || !hex_at(pos_ + 2)) return fail("lone high surrogate escape");
      const unsigned low = hex4(pos_ + 2);
      if (low < 0xDC00 || low > 0xDFFF) return fail("high surrogate without low surrogate");
      pos_ += 6;
    }
    return true;
  }

  bool string() {
    ++pos_;  // the opening quote
    while (!at_end()) {
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') return ++pos_, true;
      if (c < 0x20) return fail("raw control character in string");
      if (c == '\\') {
        if (!escape()) return false;
        continue;
      }
      const std::size_t length = utf8_length(s_, pos_);
      if (length == 0) return fail("invalid UTF-8 in string");
      pos_ += length;
    }
    return fail("unterminated string");
  }

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  bool number() {
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (digit(peek())) {
      while (digit(peek())) ++pos_;
    } else {
      return fail("expected a value");
    }
    if (peek() == '.') {
      ++pos_;
      if (!digit(peek())) return fail("no digits after '.'");
      while (digit(peek())) ++pos_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!digit(peek())) return fail("no digits in exponent");
      while (digit(peek())) ++pos_;
    }
    return true;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::string problem_;
};

}  // namespace

bool is_valid_json(std::string_view text, std::string& error) { return Validator(text).document(error); }

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t length = utf8_length(bytes, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

}  // namespace warta::fuzz
