// A small streaming writer of compact JSON, strings escaped so the output is valid JSON whatever
// bytes a string holds (control characters escaped, invalid UTF-8 read as U+FFFD); indent_json
// turns its output into the indented form.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/ascii_block.hpp"
#include "warta/result.hpp"

namespace warta::detail {

// Marks (high bits) of the bytes of `w` that need a closer look in a JSON string: where a plain
// run ends (a control character, '"', '\\'), and a non-ASCII byte, whose sequence is validated.
// The lowest mark is exact, which is all the writer reads.
inline std::uint64_t json_look_marks(std::uint64_t w) noexcept { return json_string_stops(w) | (w & kByteHighs); }

// The same for sixteen bytes, the words `lo` then `hi`, as bits (one per byte, the first lowest):
// a name or a mention of up to sixteen bytes is checked in one step, a long text sixteen bytes
// at a time. The lowest bit is exact. The portable reading, always built, so the tests hold the
// SSE2 one to it.
inline std::uint32_t json_look_bits16_blocks(std::uint64_t lo, std::uint64_t hi) noexcept {
  return gather_marks(json_look_marks(lo)) | (gather_marks(json_look_marks(hi)) << 8);
}

inline std::uint32_t json_look_bits16(std::uint64_t lo, std::uint64_t hi) noexcept {
#if defined(__SSE2__)
  // As signed bytes, control characters and every non-ASCII byte (negative) are below 0x20.
  const __m128i v = _mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo));
  const __m128i stops = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(stops, _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)))));
#else
  return json_look_bits16_blocks(lo, hi);
#endif
}

// A member name, quoted and followed by its colon at compile time, after the comma that
// separates it from the member before: names are literals of the contract, so writing one (with
// or without that comma) is a single copy with nothing to escape. Written as a template argument,
// w.key<"name">(), so the quoted bytes are a constant the copy reads from, not an object built on
// the stack at each call. A name that would need escaping (or is too long) does not compile.
struct JsonKey {
  consteval JsonKey(const char* name) {  // NOLINT(google-explicit-constructor): written as a literal
    quoted_[size_++] = ',';
    quoted_[size_++] = '"';
    for (; *name != '\0'; ++name) {
      const auto c = static_cast<unsigned char>(*name);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || size_ + 2u >= kCopied)
        throw "a JSON member name must be short printable ASCII without quotes or backslashes";
      quoted_[size_++] = static_cast<char>(c);
    }
    quoted_[size_++] = '"';
    quoted_[size_++] = ':';
  }
  // `"name":`, or `,"name":` after another member.
  constexpr std::string_view quoted(bool after_member) const noexcept {
    return {quoted_ + !after_member, static_cast<std::size_t>(size_ - !after_member)};
  }
  // A name is copied as kCopied bytes from quoted().data() (a fixed-size copy, inline; the writer
  // keeps quoted().size() of them), so the buffer holds one more byte than that.
  static constexpr std::size_t kCopied = 32;

  // Public, as a template argument's members must be; read through quoted().
  char quoted_[kCopied + 1] = {};
  std::uint8_t size_ = 0;
};

// Writes compact JSON after what `out` holds. The string is reserved for `expected` bytes, sized
// ahead of the writing a step at a time and written through a cursor (a store and a bump per
// piece, rather than std::string's appends with their size and terminator updates); finish(), or
// the destructor, trims it to what was written. Read `out` after that.
//
// Compact output needs no stack of open containers: a comma goes before a value or a key exactly
// when something was written since the last opening bracket or key, one flag. The small pieces
// are inline, so a run of members is straight-line code.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, std::size_t expected = 256);
  ~JsonWriter() { finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Trims `out` to the JSON written so far (writing may go on after it).
  void finish();

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // Always inlined, so each call copies a name whose bytes and length are known at compile time.
  // Keys sit in objects only, never right after another key.
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& key() {
    const std::string_view quoted = Name.quoted(comma_);
    char* p = room(JsonKey::kCopied);
    std::memcpy(p, quoted.data(), JsonKey::kCopied);
    cur_ = p + quoted.size();
    comma_ = false;
    return *this;
  }
  // key<Name>() and its value in one step: one room check, and no comma to decide for the value.
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& member(std::string_view s) {
    cur_ = string(key_at<Name>(s.size() + kStringRoom), s);
    return *this;
  }
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& member(const char* s) {
    return member<Name>(std::string_view(s));
  }
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& member(std::int64_t n) {
    if (n < 0 || n >= 10) return key<Name>().any_integer(n);
    char* p = key_at<Name>(1);
    *p = static_cast<char>('0' + n);
    cur_ = p + 1;
    return *this;
  }
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& member(int n) {
    return member<Name>(static_cast<std::int64_t>(n));
  }
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& member(std::size_t n) {
    return member<Name>(static_cast<std::int64_t>(n));
  }
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& member(bool b) {
    char* p = key_at<Name>(8);
    std::memcpy(p, b ? "true\0\0\0\0" : "false\0\0\0", 8);
    cur_ = p + (b ? 4 : 5);
    return *this;
  }
  // A member whose value is one of the result's enumeration names (result_names.hpp): plain
  // ASCII of at most eight bytes, so it is copied in one block with no look for escapes.
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& name_member(std::string_view plain) {
    char* p = key_at<Name>(2 + 8);
    *p = '"';
    const std::uint64_t block = load_short(plain.data(), plain.size());
    std::memcpy(p + 1, &block, 8);
    p[1 + plain.size()] = '"';
    cur_ = p + plain.size() + 2;
    return *this;
  }
  template <JsonKey Name>
  [[gnu::always_inline]] JsonWriter& null_member() {
    char* p = key_at<Name>(4);
    std::memcpy(p, "null", 4);
    cur_ = p + 4;
    return *this;
  }
  template <JsonKey Name, class T>
  [[gnu::always_inline]] JsonWriter& member(const std::optional<T>& v) {
    return v ? member<Name>(*v) : null_member<Name>();
  }
  JsonWriter& value(std::string_view s) {
    cur_ = string(value_start(s.size() + kStringRoom), s);
    return *this;
  }
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::int64_t n) {
    if (n < 0 || n >= 10) return any_integer(n);
    char* p = value_start(1);  // ids, counts and flags of a result: one digit
    *p = static_cast<char>('0' + n);
    cur_ = p + 1;
    return *this;
  }
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(std::size_t n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(bool b) {
    char* p = value_start(8);
    std::memcpy(p, b ? "true\0\0\0\0" : "false\0\0\0", 8);  // one fixed-size copy for either word
    cur_ = p + (b ? 4 : 5);
    return *this;
  }
  JsonWriter& null() {
    char* p = value_start(4);
    std::memcpy(p, "null", 4);
    cur_ = p + 4;
    return *this;
  }
  template <class T>
  JsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : null();
  }
  // A span's members, `"start":N,"end":M`, and a span object `{"start":N,"end":M}`, written in one
  // piece each: spans (paragraphs, sentences, mentions) are most of a result's objects.
  JsonWriter& span_members(std::size_t start, std::size_t end);
  JsonWriter& span_object(std::size_t start, std::size_t end);
  // `{"start":N,"end":M,"text":"…"}`: a mention or a quote, the next most common object.
  JsonWriter& text_span_object(std::size_t start, std::size_t end, std::string_view text);
  // Arrays of those objects, each in one call with the objects written inline: an article's
  // paragraphs and sentences, an entity's mentions.
  JsonWriter& span_array(std::span<const Span> spans);
  JsonWriter& text_span_array(std::span<const TextSpan> spans);

 private:
  // Room a string needs past its own bytes: the quotes, and the block written whole past its
  // last plain byte.
  static constexpr std::size_t kStringRoom = 2 + 8;

  // Writes the name of a member whose value of up to `n` bytes follows at the returned position
  // (room made for both; the member counts as written).
  template <JsonKey Name>
  [[gnu::always_inline]] char* key_at(std::size_t n) {
    const std::string_view quoted = Name.quoted(comma_);
    char* p = room(JsonKey::kCopied + n);
    std::memcpy(p, quoted.data(), JsonKey::kCopied);
    comma_ = true;
    return p + quoted.size();
  }
  // Room for `n` more bytes at the cursor.
  char* room(std::size_t n) {
    if (static_cast<std::size_t>(limit_ - cur_) < n) grow(n);
    return cur_;
  }
  void grow(std::size_t n);
  JsonWriter& any_integer(std::int64_t n);
  // Where a value of up to `n` bytes starts, room made for it: after its comma, if it needs one
  // (the comma is stored either way and kept or not, instead of a branch).
  char* value_start(std::size_t n) {
    char* p = room(n + 1);
    *p = ',';
    p += comma_;
    comma_ = true;
    return p;
  }
  JsonWriter& open(char bracket) {
    char* p = value_start(1);
    *p = bracket;
    cur_ = p + 1;
    comma_ = false;
    return *this;
  }
  JsonWriter& close(char bracket) {
    char* p = room(1);
    *p = bracket;
    cur_ = p + 1;
    comma_ = true;
    return *this;
  }
  // Writes `s` quoted and escaped at `p`, which has room for s.size() + kStringRoom bytes;
  // returns its end (an escape makes room for itself). Most strings of a result are at most two
  // blocks long (types, codes, names, mentions): those that need no escape are written inline,
  // a short one in one short load, check and store, a longer one as its first and last block
  // (overlapping).
  char* string(char* p, std::string_view s) {
    if (s.size() < 8) {
      const std::uint64_t block = load_short(s.data(), s.size()) | (0x2020202020202020ull << (8 * s.size()));
      if (json_look_bits16(block, block) == 0) {
        *p = '"';
        std::memcpy(p + 1, &block, 8);
        p[1 + s.size()] = '"';
        return p + s.size() + 2;
      }
    } else if (s.size() <= 16) {
      std::uint64_t first, last;
      std::memcpy(&first, s.data(), 8);
      std::memcpy(&last, s.data() + s.size() - 8, 8);
      if (json_look_bits16(first, last) == 0) {
        *p = '"';
        std::memcpy(p + 1, &first, 8);
        std::memcpy(p + 1 + s.size() - 8, &last, 8);
        p[1 + s.size()] = '"';
        return p + s.size() + 2;
      }
    }
    return any_string(p, s);
  }
  char* any_string(char* p, std::string_view s);
  // The room `{"start":N,"end":M,"text":"…"}` needs at most (an escape in the text makes room
  // for itself and the rest).
  static std::size_t text_span_room(std::string_view text);
  // Writes that object at `p`, which has that room; returns its end. Inlined in the writers of
  // json_writer.cpp that use it.
  [[gnu::always_inline]] inline char* put_text_span_object(char* p, std::size_t start, std::size_t end,
                                                           std::string_view text);
  // string() from s[at], the first byte that is not written as it is, on. Never inlined, so
  // string()'s plain path saves no registers for it.
  [[gnu::noinline]] char* escaped_string(char* p, std::string_view s, std::size_t at);
  // Writes the escape or the UTF-8 sequence of s[at] at `p`; moves `at` past what it read and
  // makes room for the rest of `s` as it is. Returns the end of what it wrote.
  char* escape(char* p, std::string_view s, std::size_t& at);

  std::string& out_;
  char* cur_ = nullptr;    // the writing position in out_
  char* limit_ = nullptr;  // the end of out_ as sized
  bool comma_ = false;     // does the next value or key need a comma before it?
};

// `s` quoted and escaped, appended to `out`.
void append_json_string(std::string& out, std::string_view s);

// Compact JSON as JsonWriter writes it (no white space outside strings), indented with two
// spaces, one member or item per line, `"name": value`, empty containers kept as `{}` and `[]`.
std::string indent_json(std::string_view compact);

}  // namespace warta::detail
