#include "json/json_writer.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

#include "text/ascii_block.hpp"
#include "text/utf8.hpp"

namespace warta::detail {

namespace {

// Does any of eight bytes need a closer look: a control character, '"', '\\' or a non-ASCII byte?
// (The zero-byte tests can flag a byte after a true hit too, which costs nothing here.)
inline bool block_needs_look(std::uint64_t w) noexcept {
  return (control_bytes(w) | bytes_equal(w, '"') | bytes_equal(w, '\\') | (w & kByteHighs)) != 0;
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
    if (c >= 0x80) {
      // Valid UTF-8 is copied as it is (utf8proc decides what is valid), but U+2028 and U+2029:
      // valid JSON, yet they break JavaScript consumers. An invalid byte becomes U+FFFD.
      char32_t cp = 0;
      const std::size_t n = decode_utf8(s, at, cp);
      if (n > 0 && cp != 0x2028 && cp != 0x2029) {
        at += n;
        continue;
      }
      out.append(s.data() + run, at - run);
      if (n > 0) {
        append_unicode_escape(out, static_cast<unsigned>(cp));
        at += n;
      } else {
        out += "\xEF\xBF\xBD";
        ++at;
      }
      run = at;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++at;
      continue;
    }
    out.append(s.data() + run, at - run);
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
    run = ++at;
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
