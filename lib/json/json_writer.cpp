#include "json/json_writer.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "text/ascii_block.hpp"
#include "text/utf8.hpp"

namespace warta::detail {

namespace {

// Marks (high bits) of the bytes of `w` that need a closer look: a control character, '"', '\\' or
// a non-ASCII byte. The lowest mark is exact (the zero-byte tests may also mark a byte after a
// true hit), which is all the writer reads.
inline std::uint64_t look_marks(std::uint64_t w) noexcept {
  return control_bytes(w) | bytes_equal(w, '"') | bytes_equal(w, '\\') | (w & kByteHighs);
}

// A std::string is sized with zeros; the writer sizes its string this much at a time (all of it
// reserved at once), so the zero-fill covers little more than the bytes about to be written.
constexpr std::size_t kSizingStep = 1024;

// Writes `\\uXXXX` at `p`; returns its end.
char* put_unicode_escape(char* p, unsigned cp) {
  constexpr char kHex[] = "0123456789abcdef";
  const char esc[6] = {'\\', 'u', kHex[(cp >> 12) & 0xF], kHex[(cp >> 8) & 0xF], kHex[(cp >> 4) & 0xF],
                       kHex[cp & 0xF]};
  std::memcpy(p, esc, 6);
  return p + 6;
}

}  // namespace

JsonWriter::JsonWriter(std::string& out, bool pretty, std::size_t expected) : out_(out), pretty_(pretty) {
  has_member_.reserve(8);
  out_.reserve(out_.size() + expected);
  cur_ = limit_ = out_.data() + out_.size();
}

void JsonWriter::grow(std::size_t n) {
  const auto written = static_cast<std::size_t>(cur_ - out_.data());
  out_.resize(written + std::max(n, kSizingStep));
  cur_ = out_.data() + written;
  limit_ = out_.data() + out_.size();
}

void JsonWriter::finish() {
  out_.resize(static_cast<std::size_t>(cur_ - out_.data()));
  cur_ = limit_ = out_.data() + out_.size();
}

void JsonWriter::string(std::string_view s) {
  // Room for the string as it is, and a block of slack: plain bytes are stored eight at a time,
  // a block whole even when only its first bytes are kept. An escape asks for its own room.
  constexpr std::size_t kSlack = 2 + 8;  // the quotes and a block
  char* p = room(s.size() + kSlack);
  *p++ = '"';
  std::size_t at = 0;
  while (at < s.size()) {
    // A short tail (most strings end in one, many are one) is padded with plain spaces.
    const std::size_t left = s.size() - at;
    std::uint64_t block;
    if (left >= 8) std::memcpy(&block, s.data() + at, 8);
    else block = load_short(s.data() + at, left) | (0x2020202020202020ull << (8 * left));
    const std::uint64_t look = look_marks(block);
    std::memcpy(p, &block, 8);
    const std::size_t plain = look == 0 ? std::min<std::size_t>(left, 8) : std::countr_zero(look) / 8;
    p += plain;
    at += plain;
    if (look == 0) continue;
    const auto c = static_cast<unsigned char>(s[at]);
    std::size_t n = 0;
    char32_t cp = 0;
    if (c >= 0x80) {
      // Valid UTF-8 is copied as it is (utf8proc decides what is valid), but U+2028 and U+2029:
      // valid JSON, yet they break JavaScript consumers. An invalid byte becomes U+FFFD.
      n = decode_utf8(s, at, cp);
      if (n > 0 && cp != 0x2028 && cp != 0x2029) {
        for (std::size_t i = 0; i < n; ++i) p[i] = s[at + i];
        p += n;
        at += n;
        continue;
      }
    }
    cur_ = p;
    p = room(6 + (s.size() - at) + kSlack);  // the escape, then the rest as it is
    if (c >= 0x80) {
      if (n > 0) {
        p = put_unicode_escape(p, static_cast<unsigned>(cp));
      } else {
        std::memcpy(p, "\xEF\xBF\xBD", 3);
        p += 3;
        n = 1;
      }
      at += n;
      continue;
    }
    const char* short_escape = nullptr;
    switch (c) {
      case '"': short_escape = "\\\""; break;
      case '\\': short_escape = "\\\\"; break;
      case '\n': short_escape = "\\n"; break;
      case '\r': short_escape = "\\r"; break;
      case '\t': short_escape = "\\t"; break;
      case '\b': short_escape = "\\b"; break;
      case '\f': short_escape = "\\f"; break;
      default: p = put_unicode_escape(p, c); break;
    }
    if (short_escape != nullptr) {
      std::memcpy(p, short_escape, 2);
      p += 2;
    }
    ++at;
  }
  *p++ = '"';
  cur_ = p;
}

void append_json_string(std::string& out, std::string_view s) { JsonWriter(out).value(s); }

void JsonWriter::newline() {
  if (!pretty_) return;
  const std::size_t indent = has_member_.size() * 2;
  char* p = room(1 + indent);
  *p = '\n';
  std::memset(p + 1, ' ', indent);
  cur_ = p + 1 + indent;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  put('{');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) newline();
  put('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  put('[');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) newline();
  put(']');
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  string(s);
  return *this;
}

namespace {

// Writes `n` in decimal at `p` (room for 20 characters); returns its end. Numbers below 10^8 (the
// offsets and counts of any article) are converted eight digits at once in a register, the rest
// by to_chars: the same digits either way.
[[gnu::always_inline]] inline char* put_integer(char* p, std::int64_t n) {
  if (n < 0 || n >= 100000000) return std::to_chars(p, p + 20, n).ptr;
  const auto v = static_cast<std::uint64_t>(n);
  std::uint64_t x = (v / 10000) | ((v % 10000) << 32);            // two four-digit halves, the first lowest
  std::uint64_t q = ((x * 10486) >> 20) & 0x0000007F0000007Full;  // each half / 100
  x = q | ((x - q * 100) << 16);                                  // four two-digit pairs
  q = ((x * 103) >> 10) & 0x000F000F000F000Full;                  // each pair / 10
  x = q | ((x - q * 10) << 8);                                    // eight digits, the first lowest
  const int leading_zeros = std::min(std::countr_zero(x) / 8, 7);  // a lone 0 keeps its digit
  x = (x + 0x3030303030303030ull) >> (8 * leading_zeros);
  std::memcpy(p, &x, 8);
  return p + 8 - leading_zeros;
}

// Writes `"start":N,"end":M` at `p` (room for kSpanMembersRoom); returns its end. The numbers are
// read as value(std::size_t) reads them, so both ways write the same.
char* put_span_members(char* p, std::size_t start_offset, std::size_t end_offset) {
  const auto start = static_cast<std::int64_t>(start_offset), end = static_cast<std::int64_t>(end_offset);
  constexpr std::string_view kStart = "\"start\":", kEnd = ",\"end\":";
  std::memcpy(p, kStart.data(), kStart.size());
  p = put_integer(p + kStart.size(), start);
  std::memcpy(p, kEnd.data(), kEnd.size());
  return put_integer(p + kEnd.size(), end);
}
constexpr std::size_t kSpanMembersRoom = 8 + 20 + 7 + 20;

}  // namespace

JsonWriter& JsonWriter::value(std::int64_t n) {
  before_value();
  char* p = room(20);
  if (n >= 0 && n < 10) {  // ids, counts and flags of a result: one digit
    *p++ = static_cast<char>('0' + n);
    cur_ = p;
    return *this;
  }
  cur_ = put_integer(p, n);
  return *this;
}

JsonWriter& JsonWriter::span_members(std::size_t start, std::size_t end) {
  if (pretty_) return key("start").value(start).key("end").value(end);
  char* p = room(1 + kSpanMembersRoom);
  if (has_member_.back()) *p++ = ',';
  has_member_.back() = true;
  cur_ = put_span_members(p, start, end);
  return *this;
}

JsonWriter& JsonWriter::span_object(std::size_t start, std::size_t end) {
  if (pretty_) return begin_object().span_members(start, end).end_object();
  before_value();
  char* p = room(2 + kSpanMembersRoom);
  *p = '{';
  p = put_span_members(p + 1, start, end);
  *p++ = '}';
  cur_ = p;
  return *this;
}

JsonWriter& JsonWriter::text_span_object(std::size_t start, std::size_t end, std::string_view text) {
  if (pretty_) return begin_object().span_members(start, end).key("text").value(text).end_object();
  before_value();
  constexpr std::string_view kText = ",\"text\":";
  char* p = room(1 + kSpanMembersRoom + kText.size());
  *p = '{';
  p = put_span_members(p + 1, start, end);
  std::memcpy(p, kText.data(), kText.size());
  cur_ = p + kText.size();
  string(text);
  put('}');
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  char* p = room(8);
  std::memcpy(p, b ? "true\0\0\0\0" : "false\0\0\0", 8);  // one fixed-size copy for either word
  cur_ = p + (b ? 4 : 5);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put(std::string_view("null"));
  return *this;
}

}  // namespace warta::detail
