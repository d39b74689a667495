#include "tokens.hpp"

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

TokenStream::TokenStream(std::string_view text, std::uint32_t begin, std::uint32_t end, const Lexicon& lex)
    : text_(text), pos_(begin), end_(end), lex_(lex) {
  buf_.reserve(256);
}

void TokenStream::release_before(std::size_t i) {
  // Compact only when a large prefix is dead, so the erase is amortised O(1) per token.
  if (i > base_ + 1024 && i - base_ <= buf_.size()) {
    buf_.erase(buf_.begin(), buf_.begin() + static_cast<std::ptrdiff_t>(i - base_));
    base_ = i;
  }
}

Token TokenStream::at(std::size_t i) {
  while (!done_ && i >= base_ + buf_.size()) {
    Token t;
    if (next(t)) buf_.push_back(t);
    else done_ = true;
  }
  if (i < base_ || i >= base_ + buf_.size()) return end_token_;
  return buf_[i - base_];
}

bool TokenStream::next(Token& t) {
  bool space = false, brk = buf_.empty() && base_ == 0;
  std::uint32_t len = 1;
  char punct = 0;
  Cls cls = Cls::space;
  while (pos_ < end_) {
    cls = classify(text_, pos_, end_, len, punct);
    if (cls == Cls::space) space = true;
    else if (cls == Cls::newline) space = brk = true;
    else break;
    pos_ += len;
  }
  if (pos_ >= end_) return false;
  if (!buf_.empty()) {
    const Token& prev = buf_.back();
    if (prev.kind == TokKind::punct && (prev.punct == '!' || prev.punct == '?' || prev.punct == ';' ||
                                        (prev.punct == '.' && space)))
      brk = true;
  }
  t = Token{};
  t.start = pos_;
  t.space_before = space;
  t.clause_start = brk;
  if (cls == Cls::digit) {
    std::int64_t v = 0;
    std::uint32_t n = 0;
    while (pos_ < end_ && digit(static_cast<unsigned char>(text_[pos_]))) {
      if (n < 10) v = v * 10 + (text_[pos_] - '0');
      ++n, ++pos_;
    }
    t.kind = TokKind::number;
    t.digits = static_cast<std::uint16_t>(n > 60000 ? 60000 : n);
    t.value = n <= 9 ? static_cast<std::int32_t>(v) : -1;
  } else if (cls == Cls::letter) {
    // The lookup key is built in a fixed buffer: no allocation per token.
    char key[24];
    std::size_t k = 0;
    bool keyable = true;
    while (pos_ < end_) {
      std::uint32_t l = 1;
      char pc = 0;
      const Cls c = classify(text_, pos_, end_, l, pc);
      if (c == Cls::apostrophe) {
        // Inside a word only ("Jum'at"), and only when a letter follows.
        std::uint32_t l2 = 1;
        if (pos_ + l >= end_ || classify(text_, pos_ + l, end_, l2, pc) != Cls::letter) break;
        if (k < sizeof key) key[k++] = '\'';
        else keyable = false;
      } else if (c == Cls::letter) {
        const auto ch = static_cast<unsigned char>(text_[pos_]);
        if (ch >= 0x80) keyable = false;
        else if (k < sizeof key) key[k++] = static_cast<char>(ch | 0x20);
        else keyable = false;
      } else {
        break;
      }
      pos_ += l;
    }
    t.kind = TokKind::word;
    if (keyable) t.info = lex_.find(std::string_view(key, k));
  } else if (cls == Cls::apostrophe) {
    t.kind = TokKind::punct;
    t.punct = '"';
    pos_ += len;
  } else {
    t.kind = TokKind::punct;
    t.punct = punct;
    pos_ += len;
  }
  t.end = pos_;
  return true;
}

}  // namespace warta::detail::dates
