#include "json/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>


namespace warta::detail {

namespace {

// What the string writer does with a byte met outside a plain run: copy it (printable ASCII but
// the quote and the backslash), escape it, check the UTF-8 sequence it starts (by its length), or
// replace it (a byte no valid sequence starts with).
enum class ByteAction : std::uint8_t { plain, escape, lead2, lead3, lead4, invalid };

constexpr std::array<ByteAction, 256> make_action_table() {
  std::array<ByteAction, 256> action{};
  for (int c = 0; c < 256; ++c) {
    if (c < 0x20 || c == '"' || c == '\\') action[c] = ByteAction::escape;
    else if (c < 0x80) action[c] = ByteAction::plain;
    else if (c >= 0xC2 && c <= 0xDF) action[c] = ByteAction::lead2;
    else if (c >= 0xE0 && c <= 0xEF) action[c] = ByteAction::lead3;
    else if (c >= 0xF0 && c <= 0xF4) action[c] = ByteAction::lead4;
    else action[c] = ByteAction::invalid;  // continuation bytes, overlong leads C0 C1, leads past U+10FFFF
  }
  return action;
}
constexpr std::array<ByteAction, 256> kAction = make_action_table();

// Length of the well-formed UTF-8 sequence at `at` whose lead byte's action is `lead`, or 0 if
// it is not one (Unicode's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF).
inline std::size_t valid_sequence(std::string_view s, std::size_t at, ByteAction lead) noexcept {
  const std::size_t len = lead == ByteAction::lead2 ? 2 : lead == ByteAction::lead3 ? 3 : 4;
  if (s.size() - at < len) return 0;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[at + i]); };
  for (std::size_t i = 1; i < len; ++i)
    if ((byte(i) & 0xC0) != 0x80) return 0;
  const unsigned char b0 = byte(0), b1 = byte(1);
  if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0) || (b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90))
    return 0;
  return len;
}

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
    // A short tail (most strings end in one, many are one) is padded with plain spaces, so it
    // too is passed in one step when it needs nothing.
    const std::size_t left = s.size() - at, step = left < 8 ? left : 8;
    std::uint64_t block = 0x2020202020202020ull;
    if (left >= 8) std::memcpy(&block, s.data() + at, 8);
    else std::memcpy(&block, s.data() + at, left);
    if (!block_needs_look(block)) {
      at += step;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[at]);
    const ByteAction action = kAction[c];
    if (action == ByteAction::plain) {
      ++at;
      continue;
    }
    std::size_t n = 0;
    if (action != ByteAction::escape && action != ByteAction::invalid) {
      n = valid_sequence(s, at, action);
      // U+2028 and U+2029 (E2 80 A8, E2 80 A9) are valid JSON, but break JavaScript consumers.
      const bool line_separator = n == 3 && c == 0xE2 && static_cast<unsigned char>(s[at + 1]) == 0x80 &&
                                  (static_cast<unsigned char>(s[at + 2]) & 0xFE) == 0xA8;
      if (n > 0 && !line_separator) {
        at += n;
        continue;
      }
    }
    out.append(s.data() + run, at - run);
    if (n > 0) {  // a line separator
      append_unicode_escape(out, s[at + 2] == '\xA8' ? 0x2028u : 0x2029u);
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

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n) {
  before_value();
  if (n >= 0 && n < 100) {  // ids, counts and most numbers of a result: two digits, one append
    const char digits[2] = {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
    const std::size_t leading_zero = n < 10;
    out_.append(digits + leading_zero, 2 - leading_zero);
    return *this;
  }
  char digits[24];
  const char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out_.append(digits, static_cast<std::size_t>(end - digits));
  return *this;
}

namespace {

// Writes `"start":N,"end":M` at `p` (room for both names and two 20-character numbers); returns
// its end. The numbers are read as value(std::size_t) reads them, so both ways write the same.
char* put_span_members(char* p, std::size_t start_offset, std::size_t end_offset) {
  const auto start = static_cast<std::int64_t>(start_offset), end = static_cast<std::int64_t>(end_offset);
  constexpr std::string_view kStart = "\"start\":", kEnd = ",\"end\":";
  std::memcpy(p, kStart.data(), kStart.size());
  p = std::to_chars(p + kStart.size(), p + kStart.size() + 20, start).ptr;
  std::memcpy(p, kEnd.data(), kEnd.size());
  return std::to_chars(p + kEnd.size(), p + kEnd.size() + 20, end).ptr;
}
constexpr std::size_t kSpanMembersRoom = 8 + 20 + 7 + 20;

}  // namespace

JsonWriter& JsonWriter::span_members(std::size_t start, std::size_t end) {
  if (pretty_) return key("start").value(start).key("end").value(end);
  char buf[1 + kSpanMembersRoom];
  char* p = buf;
  if (has_member_.back()) *p++ = ',';
  has_member_.back() = true;
  p = put_span_members(p, start, end);
  out_.append(buf, static_cast<std::size_t>(p - buf));
  return *this;
}

JsonWriter& JsonWriter::span_object(std::size_t start, std::size_t end) {
  if (pretty_) return begin_object().span_members(start, end).end_object();
  before_value();
  char buf[2 + kSpanMembersRoom];
  buf[0] = '{';
  char* p = put_span_members(buf + 1, start, end);
  *p++ = '}';
  out_.append(buf, static_cast<std::size_t>(p - buf));
  return *this;
}

JsonWriter& JsonWriter::text_span_object(std::size_t start, std::size_t end, std::string_view text) {
  if (pretty_) return begin_object().span_members(start, end).key("text").value(text).end_object();
  before_value();
  constexpr std::string_view kText = ",\"text\":";
  char buf[1 + kSpanMembersRoom + kText.size()];
  buf[0] = '{';
  char* p = put_span_members(buf + 1, start, end);
  std::memcpy(p, kText.data(), kText.size());
  p += kText.size();
  out_.append(buf, static_cast<std::size_t>(p - buf));
  append_json_string(out_, text);
  out_.push_back('}');
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
