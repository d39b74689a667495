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

// Copies the bytes of `s` from `at` that are written as they are (printable ASCII but '"' and
// '\\') to `out`, sixteen at a time, then eight, up to the first byte that is not; returns its
// position (or the end of `s`). Whole blocks are stored: up to eight bytes past the run are
// written too. The last bytes are read as the string's last block when it has one, shifted down,
// else in short loads; either way padded with spaces, which are plain.
inline std::size_t copy_plain_run(char* out, std::string_view s, std::size_t at) noexcept {
  const std::size_t start = at;
  while (s.size() - at >= 16) {
    std::uint64_t lo, hi;
    std::memcpy(&lo, s.data() + at, 8);
    std::memcpy(&hi, s.data() + at + 8, 8);
    std::memcpy(out + (at - start), &lo, 8);
    std::memcpy(out + (at - start) + 8, &hi, 8);
    if (const std::uint32_t look = json_look_bits16(lo, hi)) return at + std::countr_zero(look);
    at += 16;
  }
  if (s.size() - at >= 8) {
    std::uint64_t block;
    std::memcpy(&block, s.data() + at, 8);
    std::memcpy(out + (at - start), &block, 8);
    if (const std::uint64_t look = json_look_marks(block)) return at + std::countr_zero(look) / 8;
    at += 8;
  }
  const std::size_t left = s.size() - at;
  if (left == 0) return at;
  std::uint64_t block;
  if (s.size() >= 8) {
    std::memcpy(&block, s.data() + s.size() - 8, 8);
    block >>= 8 * (8 - left);
  } else {
    block = load_short(s.data() + at, left);
  }
  block |= 0x2020202020202020ull << (8 * left);
  std::memcpy(out + (at - start), &block, 8);
  return std::min<std::size_t>(at + std::countr_zero(json_look_marks(block)) / 8, s.size());
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

JsonWriter::JsonWriter(std::string& out, std::size_t expected) : out_(out) {
  out_.reserve(out_.size() + expected);
  cur_ = limit_ = out_.data() + out_.size();
}

void JsonWriter::grow(std::size_t n) {
  const auto written = static_cast<std::size_t>(cur_ - out_.data());
  // A step never reaches past the memory reserved (a short result's estimate is below one step):
  // the string is reallocated, its bytes copied, only when the room asked for is not there.
  out_.resize(std::max(written + n, std::min(written + kSizingStep, out_.capacity())));
  cur_ = out_.data() + written;
  limit_ = out_.data() + out_.size();
}

void JsonWriter::finish() {
  out_.resize(static_cast<std::size_t>(cur_ - out_.data()));
  cur_ = limit_ = out_.data() + out_.size();
}

char* JsonWriter::any_string(char* p, std::string_view s) {
  *p++ = '"';
  const std::size_t plain = copy_plain_run(p, s, 0);
  if (plain == s.size()) {  // most strings: nothing to escape, and no call made on the way
    p[plain] = '"';
    return p + plain + 1;
  }
  return escaped_string(p + plain, s, plain);
}

char* JsonWriter::escaped_string(char* p, std::string_view s, std::size_t at) {
  while (at < s.size()) {
    p = escape(p, s, at);
    const std::size_t end = copy_plain_run(p, s, at);
    p += end - at;
    at = end;
  }
  *p = '"';
  return p + 1;
}

char* JsonWriter::escape(char* p, std::string_view s, std::size_t& at) {
  const auto c = static_cast<unsigned char>(s[at]);
  if (c >= 0x80) {
    // Valid UTF-8 is copied as it is (utf8proc decides what is valid), but U+2028 and U+2029:
    // valid JSON, yet they break JavaScript consumers. An invalid byte becomes U+FFFD. Either
    // way the output is no longer than the input plus an escape.
    char32_t cp = 0;
    const std::size_t n = decode_utf8(s, at, cp);
    cur_ = p;
    p = room(6 + (s.size() - at) + kStringRoom);
    if (n == 0) {
      std::memcpy(p, "\xEF\xBF\xBD", 3);
      ++at;
      return p + 3;
    }
    if (cp == 0x2028 || cp == 0x2029) {
      p = put_unicode_escape(p, static_cast<unsigned>(cp));
    } else {
      for (std::size_t i = 0; i < n; ++i) p[i] = s[at + i];
      p += n;
    }
    at += n;
    return p;
  }
  cur_ = p;
  p = room(6 + (s.size() - at) + kStringRoom);  // the escape, then the rest as it is
  ++at;
  const char* short_escape = nullptr;
  switch (c) {
    case '"': short_escape = "\\\""; break;
    case '\\': short_escape = "\\\\"; break;
    case '\n': short_escape = "\\n"; break;
    case '\r': short_escape = "\\r"; break;
    case '\t': short_escape = "\\t"; break;
    case '\b': short_escape = "\\b"; break;
    case '\f': short_escape = "\\f"; break;
    default: return put_unicode_escape(p, c);
  }
  std::memcpy(p, short_escape, 2);
  return p + 2;
}

void append_json_string(std::string& out, std::string_view s) { JsonWriter(out).value(s); }

namespace {

// Writes `n` in decimal at `p` (room for 20 characters); returns its end. Numbers below 10^8 (the
// offsets and counts of any article) are converted four or eight digits at once in a register,
// the rest by to_chars: the same digits either way.
[[gnu::always_inline]] inline char* put_integer(char* p, std::int64_t n) {
  if (n >= 0 && n < 10000) {
    // Most offsets: four digits in 32 bits, the same steps as the eight below.
    const auto v = static_cast<std::uint32_t>(n);
    std::uint32_t x = (v * 5243) >> 19;                      // v / 100
    x |= (v - x * 100) << 16;                                // two two-digit pairs, the first lowest
    const std::uint32_t q = ((x * 103) >> 10) & 0x000F000Fu;  // each pair / 10
    x = q | ((x - q * 10) << 8);                             // four digits, the first lowest
    const int leading_zeros = std::countr_zero(x | (1u << 24)) / 8;  // at most 3: a lone 0 keeps its digit
    x = (x + 0x30303030u) >> (8 * leading_zeros);
    std::memcpy(p, &x, 4);
    return p + 4 - leading_zeros;
  }
  if (n < 0 || n >= 100000000) return std::to_chars(p, p + 20, n).ptr;
  const auto v = static_cast<std::uint64_t>(n);
  std::uint64_t x = (v / 10000) | ((v % 10000) << 32);            // two four-digit halves, the first lowest
  std::uint64_t q = ((x * 10486) >> 20) & 0x0000007F0000007Full;  // each half / 100
  x = q | ((x - q * 100) << 16);                                  // four two-digit pairs
  q = ((x * 103) >> 10) & 0x000F000F000F000Full;                  // each pair / 10
  x = q | ((x - q * 10) << 8);                                    // eight digits, the first lowest
  const int leading_zeros = std::countr_zero(x | (1ull << 56)) / 8;  // at most 7: a lone 0 keeps its digit
  x = (x + 0x3030303030303030ull) >> (8 * leading_zeros);
  std::memcpy(p, &x, 8);
  return p + 8 - leading_zeros;
}

constexpr std::string_view kStart = "\"start\":", kEnd = ",\"end\":";

// put_span_members for offsets of any size, out of line so the common case stays small.
[[gnu::noinline]] char* put_any_span_members(char* p, std::size_t start_offset, std::size_t end_offset) {
  const auto start = static_cast<std::int64_t>(start_offset), end = static_cast<std::int64_t>(end_offset);
  std::memcpy(p, kStart.data(), kStart.size());
  p = put_integer(p + kStart.size(), start);
  std::memcpy(p, kEnd.data(), kEnd.size());
  return put_integer(p + kEnd.size(), end);
}

// Writes `"start":N,"end":M` at `p` (room for kSpanMembersRoom); returns its end. The numbers are
// read as value(std::size_t) reads them, so both ways write the same. Inlined in each kind of
// span: spans are the most common objects.
[[gnu::always_inline]] inline char* put_span_members(char* p, std::size_t start_offset, std::size_t end_offset) {
  if (start_offset < 10000 && end_offset < 10000) {
    // Most spans: both numbers at once, four digits each in the two halves of one register (the
    // steps of put_integer's eight digits).
    std::uint64_t x = start_offset | (static_cast<std::uint64_t>(end_offset) << 32);
    std::uint64_t q = ((x * 5243) >> 19) & 0x0000007F0000007Full;  // each / 100
    x = q | ((x - q * 100) << 16);                                 // four two-digit pairs
    q = ((x * 103) >> 10) & 0x000F000F000F000Full;                 // each pair / 10
    x = q | ((x - q * 10) << 8);                                   // each half's four digits, the first lowest
    const auto start_digits = static_cast<std::uint32_t>(x), end_digits = static_cast<std::uint32_t>(x >> 32);
    // Leading zeros, at most 3 (the marked last byte): a lone 0 keeps its digit.
    const int start_zeros = std::countr_zero(start_digits | (1u << 24)) / 8;
    const int end_zeros = std::countr_zero(end_digits | (1u << 24)) / 8;
    const std::uint32_t start_text = (start_digits + 0x30303030u) >> (8 * start_zeros);
    const std::uint32_t end_text = (end_digits + 0x30303030u) >> (8 * end_zeros);
    std::memcpy(p, kStart.data(), kStart.size());
    std::memcpy(p + kStart.size(), &start_text, 4);
    p += kStart.size() + 4 - start_zeros;
    std::memcpy(p, kEnd.data(), kEnd.size());
    std::memcpy(p + kEnd.size(), &end_text, 4);
    return p + kEnd.size() + 4 - end_zeros;
  }
  return put_any_span_members(p, start_offset, end_offset);
}
constexpr std::size_t kSpanMembersRoom = 8 + 20 + 7 + 20;

// Writes `{"start":N,"end":M}` at `p` (room for kSpanObjectRoom); returns its end.
[[gnu::always_inline]] inline char* put_span_object(char* p, std::size_t start, std::size_t end) {
  *p = '{';
  p = put_span_members(p + 1, start, end);
  *p = '}';
  return p + 1;
}
constexpr std::size_t kSpanObjectRoom = 2 + kSpanMembersRoom;

constexpr std::string_view kText = ",\"text\":";

}  // namespace

JsonWriter& JsonWriter::any_integer(std::int64_t n) {
  cur_ = put_integer(value_start(20), n);
  return *this;
}

JsonWriter& JsonWriter::span_members(std::size_t start, std::size_t end) {
  cur_ = put_span_members(value_start(kSpanMembersRoom), start, end);
  return *this;
}

JsonWriter& JsonWriter::span_object(std::size_t start, std::size_t end) {
  cur_ = put_span_object(value_start(kSpanObjectRoom), start, end);
  return *this;
}

JsonWriter& JsonWriter::span_array(std::span<const Span> spans) {
  begin_array();
  for (const Span& s : spans) cur_ = put_span_object(value_start(kSpanObjectRoom), s.start, s.end);
  return end_array();
}

std::size_t JsonWriter::text_span_room(std::string_view text) {
  return kSpanObjectRoom + kText.size() + text.size() + kStringRoom;
}

char* JsonWriter::put_text_span_object(char* p, std::size_t start, std::size_t end, std::string_view text) {
  *p = '{';
  p = put_span_members(p + 1, start, end);
  std::memcpy(p, kText.data(), kText.size());
  p = string(p + kText.size(), text);
  *p = '}';  // an escape in the text made room for the closing bracket with the rest of the text
  return p + 1;
}

JsonWriter& JsonWriter::text_span_object(std::size_t start, std::size_t end, std::string_view text) {
  cur_ = put_text_span_object(value_start(text_span_room(text)), start, end, text);
  return *this;
}

JsonWriter& JsonWriter::text_span_array(std::span<const TextSpan> spans) {
  begin_array();
  for (const TextSpan& t : spans)
    cur_ = put_text_span_object(value_start(text_span_room(t.text)), t.span.start, t.span.end, t.text);
  return end_array();
}

std::string indent_json(std::string_view compact) {
  std::string out;
  out.reserve(compact.size() * 2);
  std::size_t depth = 0;
  auto new_line = [&] {
    out += '\n';
    out.append(2 * depth, ' ');
  };
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    switch (c) {
      case '"': {  // a string, through its closing quote, as it is
        std::size_t end = i + 1;
        while (end < compact.size() && compact[end] != '"') end += compact[end] == '\\' ? 2 : 1;
        out.append(compact.substr(i, end + 1 - i));
        i = end;
        break;
      }
      case '{':
      case '[':
        out += c;
        if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
          out += compact[++i];
        } else {
          ++depth;
          new_line();
        }
        break;
      case '}':
      case ']':
        --depth;
        new_line();
        out += c;
        break;
      case ',':
        out += c;
        new_line();
        break;
      case ':': out += ": "; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace warta::detail
