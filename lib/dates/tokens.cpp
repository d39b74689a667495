#include "tokens.hpp"

#include <bit>
#include <cstring>
#include <memory>

#include "text/ascii_block.hpp"

namespace warta::detail::dates {

namespace {

bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

// What a (possibly multi-byte) character at p is, for tokenisation; `len` gets its byte length.
enum class Cls { space, newline, letter, digit, apostrophe, punct };

Cls classify(std::string_view s, std::uint32_t p, std::uint32_t end, std::uint32_t& len, char& punct) {
  const auto c = static_cast<unsigned char>(s[p]);
  len = 1;
  if (c < 0x80) {
    if (digit(c)) return Cls::digit;
    if (ascii_letter(c)) return Cls::letter;
    if (c == '\n') return Cls::newline;
    if (c <= ' ' || c == 0x7f) return Cls::space;  // also NUL and \r
    if (c == '\'') return Cls::apostrophe;
    switch (c) {
      case '/': case '-': case '.': case ':': case ',': case '(': case ')': case '|': case ';': case '!': case '?':
      case '%': case '"':
        punct = static_cast<char>(c);
        break;
      default: punct = '*';
    }
    return Cls::punct;
  }
  const auto b1 = p + 1 < end ? static_cast<unsigned char>(s[p + 1]) : 0;
  const auto b2 = p + 2 < end ? static_cast<unsigned char>(s[p + 2]) : 0;
  if (c == 0xC2 && b1 == 0xA0) return len = 2, Cls::space;  // no-break space
  if (c == 0xE2 && b1 == 0x80) {
    len = 3;
    if (b2 <= 0x8A || b2 == 0xAF) return Cls::space;  // en quad .. hair space, narrow no-break space
    if (b2 == 0xA8 || b2 == 0xA9) return Cls::newline;
    if (b2 == 0x93 || b2 == 0x94) return punct = '-', Cls::punct;  // en/em dash
    if (b2 == 0x99) return Cls::apostrophe;                          // right single quote
    if (b2 == 0x98 || b2 == 0x9C || b2 == 0x9D) return punct = '"', Cls::punct;
  }
  if (c == 0xE2 && b1 == 0x88 && b2 == 0x92) return len = 3, punct = '-', Cls::punct;  // minus sign
  // Any other non-ASCII character is treated as part of a word (letters with diacritics, mostly).
  len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (p + len > end) len = end - p;
  return Cls::letter;
}

}  // namespace

void TokenStream::grow() {
  const std::size_t cap = cap_ * 2;
  auto bigger = std::make_unique<Token[]>(cap);
  for (std::size_t k = oldest_; k < read_; ++k) bigger[k & (cap - 1)] = ring_[k & (cap_ - 1)];
  heap_ = std::move(bigger);
  ring_ = heap_.get();
  cap_ = cap;
}

inline bool TokenStream::next(Token* slot) {
  // The position and the text in locals: the token's byte fields, written as it goes, could alias
  // the members, which the compiler would then load again and again.
  const std::string_view text = text_;
  std::uint32_t pos = pos_;
  const std::uint32_t end = end_;
  bool space = pending_space_, brk = pending_break_;
  std::uint32_t len = 1;
  char punct = 0;
  Cls cls = Cls::space;
  while (pos < end) {
    // The common cases without the full classification: the separator, and the first byte of
    // a word or a number (whose readers below take no length from it).
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c == ' ') {
      space = true, ++pos;
      continue;
    }
    if (ascii_letter(c)) {
      cls = Cls::letter;
      break;
    }
    if (digit(c)) {
      cls = Cls::digit;
      break;
    }
    cls = classify(text, pos, end, len, punct);
    if (cls == Cls::space) space = true;
    else if (cls == Cls::newline) space = brk = true;
    else break;
    pos += len;
  }
  if (pos >= end) {
    pos_ = pos;
    return false;
  }
  pending_space_ = pending_break_ = false;
  // Most tokens follow no punctuation: one test for them.
  if (const char lp = last_punct_; lp != 0 && (lp == '!' || lp == '?' || lp == ';' || (lp == '.' && space))) brk = true;
  Token& t = *std::construct_at(slot);
  t.start = pos;
  t.space_before = space;
  t.clause_start = brk;
  if (cls == Cls::digit) {
    std::int64_t v = 0;
    std::uint32_t n = 0;
    while (pos < end && digit(static_cast<unsigned char>(text[pos]))) {
      if (n < 10) v = v * 10 + (text[pos] - '0');
      ++n, ++pos;
    }
    t.kind = TokKind::number;
    t.digits = static_cast<std::uint16_t>(n > 60000 ? 60000 : n);
    t.value = n <= 9 ? static_cast<std::int32_t>(v) : -1;
  } else if (cls == Cls::letter) {
    // The lookup key is built in a fixed buffer: no allocation per token.
    // Up to kKey characters are kept; eight more bytes of room for the blocks written whole.
    constexpr std::size_t kKey = 24;
    char key[kKey + 8];
    std::size_t k = 0;
    bool keyable = true;
    const std::string_view range = text.substr(0, end);
    while (pos < end) {
      // Most of every word: ASCII letters, eight at a time (text/ascii_block.hpp), lower-cased
      // into the key as a block.
      const std::uint64_t w = load_block(range, pos);
      const AsciiBlock b(w);
      const std::uint64_t not_letter = ~(b.lower | b.upper) & kByteHighs;
      const unsigned n = not_letter ? static_cast<unsigned>(std::countr_zero(not_letter)) / 8 : 8;
      if (n) {
        const std::uint64_t lowered = lower_ascii(w, b);
        if (k <= kKey) std::memcpy(key + k, &lowered, 8);
        k += n, pos += n;
        if (n == 8) continue;
      }
      if (pos >= end) break;
      const auto ch = static_cast<unsigned char>(text[pos]);
      if (ch < 0x80 && ch != '\'') break;  // a digit, space or punctuation ends the word
      std::uint32_t l = 1;
      char pc = 0;
      const Cls c = classify(text, pos, end, l, pc);
      if (c == Cls::apostrophe) {
        // Inside a word only ("Jum'at"), and only when a letter follows.
        std::uint32_t l2 = 1;
        if (pos + l >= end || classify(text, pos + l, end, l2, pc) != Cls::letter) break;
        if (k < kKey) key[k] = '\'';
        ++k;
      } else if (c == Cls::letter) {
        keyable = false;  // a non-ASCII letter: no lexicon word has one
      } else {
        break;
      }
      pos += l;
    }
    t.kind = TokKind::word;
    if (keyable && k <= kKey) t.info = lex_.find(std::string_view(key, k));
  } else if (cls == Cls::apostrophe) {
    t.kind = TokKind::punct;
    t.punct = '"';
    pos += len;
  } else {
    t.kind = TokKind::punct;
    t.punct = punct;
    pos += len;
  }
  t.end = pos;
  pos_ = pos;
  last_punct_ = t.kind == TokKind::punct ? t.punct : 0;
  return true;
}

bool TokenStream::read_until(std::size_t i) {
  // The count in a local: the token written through the slot could alias the members, which the
  // compiler would then load and store again for every token. at() has checked done_ and read_.
  std::size_t read = read_;
  do {
    // The slot for token `read` holds token read - cap_; grow rather than overwrite a token the
    // grammar may still read. The token is then read straight into its slot.
    if (read >= released_ + cap_) {
      read_ = read;
      if (read - oldest_ > cap_) oldest_ = read - cap_;
      grow();
    }
    if (!next(ring_ + (read & (cap_ - 1)))) {
      done_ = true;
      break;
    }
  } while (++read <= i);
  read_ = read;
  if (read - oldest_ > cap_) oldest_ = read - cap_;
  return i < read;
}

}  // namespace warta::detail::dates
