// A small streaming JSON writer: compact or indented, strings escaped so the output is valid JSON
// whatever bytes a string holds (control characters escaped, invalid UTF-8 read as U+FFFD).
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

// A member name, quoted and followed by its colon at compile time, after the comma that
// separates it from the member before: names are literals of the contract, so writing one (with
// or without that comma) is a single append with nothing to escape. A name that would need
// escaping (or is too long for the buffer) does not compile.
class JsonKey {
 public:
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
  std::string_view quoted(bool after_member) const noexcept {
    return {quoted_ + !after_member, static_cast<std::size_t>(size_ - !after_member)};
  }
  // A name is copied as kCopied bytes from quoted().data() (a fixed-size copy, inline; the writer
  // keeps quoted().size() of them), so the buffer holds one more byte than that.
  static constexpr std::size_t kCopied = 32;

 private:
  char quoted_[kCopied + 1] = {};
  std::uint8_t size_ = 0;
};

// Writes JSON after what `out` holds. The string is reserved for `expected` bytes, sized ahead of
// the writing a step at a time and written through a cursor (a store and a bump per piece, rather
// than std::string's appends with their size and terminator updates); finish(), or the
// destructor, trims it to what was written. Read `out` after that.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, bool pretty = false, std::size_t expected = 256);
  ~JsonWriter() { finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Trims `out` to the JSON written so far (writing may go on after it).
  void finish();

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // Always inlined, so each call copies a name whose bytes and length are known at compile time
  // (measured: to_json 262M -> 243M instructions on 2,000 articles). Keys sit in objects only, never
  // right after another key.
  [[gnu::always_inline]] JsonWriter& key(const JsonKey& k) {
    bool after_member = has_member_.back();
    has_member_.back() = true;
    if (pretty_) {
      if (after_member) put(',');
      newline();
      after_member = false;
    }
    const std::string_view quoted = k.quoted(after_member);
    char* p = room(JsonKey::kCopied);
    std::memcpy(p, quoted.data(), JsonKey::kCopied);
    cur_ = p + quoted.size();
    if (pretty_) put(' ');
    after_key_ = true;
    return *this;
  }
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(std::size_t n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& null();
  // A span's members, `"start":N,"end":M`, and a span object `{"start":N,"end":M}` written in one
  // piece each in compact output: spans (paragraphs, sentences, mentions) are most of a result's
  // objects, and member by member each cost four pieces and their checks.
  JsonWriter& span_members(std::size_t start, std::size_t end);
  JsonWriter& span_object(std::size_t start, std::size_t end);
  // `{"start":N,"end":M,"text":"…"}`: a mention or a quote, the next most common object.
  JsonWriter& text_span_object(std::size_t start, std::size_t end, std::string_view text);
  template <class T>
  JsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : null();
  }

 private:
  // Room for `n` more bytes at the cursor.
  char* room(std::size_t n) {
    if (static_cast<std::size_t>(limit_ - cur_) < n) grow(n);
    return cur_;
  }
  void grow(std::size_t n);
  void put(char c) { *room(1) = c, ++cur_; }
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    cur_ += s.size();
  }
  void string(std::string_view s);  // quoted and escaped
  // The comma (and in pretty output the line break) before a value in an array; nothing after a key.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!has_member_.empty()) {
      if (has_member_.back()) put(',');
      has_member_.back() = true;
      if (pretty_) newline();
    }
  }
  void newline();

  std::string& out_;
  char* cur_ = nullptr;    // the writing position in out_
  char* limit_ = nullptr;  // the end of out_ as sized
  bool pretty_;
  // Per open container: has it a member yet? (Bytes rather than vector<bool>'s bits: every value
  // reads and writes the innermost one.)
  std::vector<std::uint8_t> has_member_;
  bool after_key_ = false;
};

// `s` quoted and escaped, appended to `out`.
void append_json_string(std::string& out, std::string_view s);

}  // namespace warta::detail
