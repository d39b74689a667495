#include "json/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "text/utf8.hpp"

namespace warta::detail {

namespace {

// Bytes a JSON string holds as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> make_plain_table() {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}
constexpr std::array<bool, 256> kPlain = make_plain_table();

// Does any of eight bytes need a closer look: a control character, '"', '\\' or a non-ASCII byte?
// (The zero-byte tests can flag a byte after a true hit too, which costs nothing here.)
inline bool block_needs_look(std::uint64_t w) noexcept {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v; };
  const std::uint64_t control = (w - kOnes * 0x20) & ~w;
  return ((control | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) | w) & kHigh) != 0;
}

void append_unicode_escape(std::string& out, unsigned cp) {
  constexpr char kHex[] = "0123456789abcdef";
  const char esc[6] = {'\\', 'u', kHex[(cp >> 12) & 0xF], kHex[(cp >> 8) & 0xF], kHex[(cp >> 4) & 0xF],
                       kHex[cp & 0xF]};
  out.append(esc, 6);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  // Bytes that need nothing (plain ASCII, valid UTF-8 but U+2028/U+2029) are copied a run at a time.
  std::size_t run = 0, at = 0;
  while (at < s.size()) {
    if (s.size() - at >= 8) {
      std::uint64_t block;
      std::memcpy(&block, s.data() + at, 8);
      if (!block_needs_look(block)) {
        at += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(s[at]);
    if (kPlain[c]) {
      ++at;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = c >= 0x80 ? decode_utf8(s, at, cp) : 0;
    if (n > 0 && cp != 0x2028 && cp != 0x2029) {
      at += n;
      continue;
    }
    out.append(s.data() + run, at - run);
    if (n > 0) {  // U+2028 or U+2029: valid JSON, but breaks JavaScript consumers
      append_unicode_escape(out, static_cast<unsigned>(cp));
      at += n;
    } else if (c >= 0x80) {
      out += "\xEF\xBF\xBD";  // an invalid byte
      ++at;
    } else {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: append_unicode_escape(out, c); break;
      }
      ++at;
    }
    run = at;
  }
  out.append(s.data() + run, at - run);
  out.push_back('"');
}

void JsonWriter::newline() {
  if (!pretty_) return;
  out_.push_back('\n');
  out_.append(has_member_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_member_.empty()) {
    if (has_member_.back()) out_.push_back(',');
    has_member_.back() = true;
    newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) newline();
  out_.push_back('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) newline();
  out_.push_back(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_json_string(out_, k);
  out_.push_back(':');
  if (pretty_) out_.push_back(' ');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n) {
  before_value();
  char digits[24];
  const char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out_.append(digits, static_cast<std::size_t>(end - digits));
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_.append(b ? std::string_view("true") : std::string_view("false"));
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_.append(std::string_view("null"));
  return *this;
}

}  // namespace warta::detail
