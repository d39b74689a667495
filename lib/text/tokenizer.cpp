#include <algorithm>
#include <array>
#include <utf8proc.h>

#include "text/fold_hash.hpp"
#include "text/token.hpp"
#include "text/utf8.hpp"

namespace warta::detail {
namespace {

enum class CharClass : std::uint8_t { space, newline, letter, digit, mark, joiner, punct };

struct Char {
  char32_t cp = 0;
  std::uint32_t len = 0;
  CharClass cls = CharClass::space;
  bool upper = false, lower = false;
};

// ASCII classes, the common case, read from a table; the rest of Unicode asks utf8proc.
constexpr CharClass classify_ascii(char32_t cp, bool& upper, bool& lower) {
  upper = lower = false;
  if (cp >= 'a' && cp <= 'z') return lower = true, CharClass::letter;
  if (cp >= 'A' && cp <= 'Z') return upper = true, CharClass::letter;
  if (cp >= '0' && cp <= '9') return CharClass::digit;
  if (cp == '\n' || cp == '\r') return CharClass::newline;
  if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp < 0x20 || cp == 0x7F) return CharClass::space;
  return CharClass::punct;
}

constexpr std::array<Char, 128> make_ascii_table() {
  std::array<Char, 128> table{};
  for (char32_t cp = 0; cp < 128; ++cp) {
    Char& c = table[cp];
    c.cp = cp;
    c.len = 1;
    c.cls = classify_ascii(cp, c.upper, c.lower);
  }
  return table;
}

constexpr std::array<Char, 128> kAsciiChars = make_ascii_table();

CharClass classify_non_ascii(char32_t cp, bool& upper, bool& lower) {
  upper = lower = false;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return CharClass::newline;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: upper = true; return CharClass::letter;
    case UTF8PROC_CATEGORY_LL: lower = true; return CharClass::letter;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CharClass::letter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return CharClass::mark;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return CharClass::digit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return CharClass::space;  // NBSP, zero-width and BOM read as space
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CharClass::newline;
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CS: return CharClass::punct;
    default: return CharClass::punct;
  }
}

Char read_non_ascii(std::string_view text, std::uint32_t at, std::uint32_t end) {
  Char c;
  std::size_t n = decode_utf8(text.substr(0, end), at, c.cp);
  if (n == 0) {  // cannot happen on prepared text; read the byte as punctuation
    c.cp = 0xFFFD;
    n = 1;
  }
  c.len = static_cast<std::uint32_t>(n);
  c.cls = classify_non_ascii(c.cp, c.upper, c.lower);
  return c;
}

// The character at `at`; past `end` a zero-length space, which ends every word.
inline Char read_char(std::string_view text, std::uint32_t at, std::uint32_t end) {
  if (at >= end) return Char{};
  auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return kAsciiChars[b];
  return read_non_ascii(text, at, end);
}

bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool is_quote(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x201E: case 0x201A:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x201F: case 0x201B: case 0x300C: case 0x300D:
      return true;
    default: return false;
  }
}
bool is_open_quote(char32_t cp) {
  return cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0x201A || cp == 0x00AB || cp == 0x2039 ||
         cp == 0x201F || cp == 0x201B || cp == 0x300C;
}
bool is_close_quote(char32_t cp) { return cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A || cp == 0x300D; }

// Appends the folded form of one code point: case folded, marks stripped, compatibility forms
// unified (utf8proc does all three), and typographic apostrophes/hyphens read as ASCII.
void fold_non_ascii(std::string& out, char32_t cp) {
  if (is_apostrophe(cp)) return out.push_back('\''), void();
  if (is_hyphen(cp)) return out.push_back('-'), void();
  utf8proc_int32_t buf[8];
  utf8proc_int32_t last_boundclass = 0;
  auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                   static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                                                                  UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE),
                                   &last_boundclass);
  if (n <= 0 || n > 8) return append_utf8(out, cp);
  for (int i = 0; i < n; ++i) append_utf8(out, static_cast<char32_t>(buf[i]));
}

inline void fold_char(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(cp >= 'A' && cp <= 'Z' ? static_cast<char>(cp + 32) : static_cast<char>(cp));
    return;
  }
  fold_non_ascii(out, cp);
}

// Appends an ASCII string folded (lower-cased): copied in one go, then lowered in place.
void append_ascii_folded(std::string& out, std::string_view ascii) {
  const std::size_t old = out.size();
  out.append(ascii);
  for (std::size_t i = old; i < out.size(); ++i)
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
}

// What a word's letters and digits tell about it, gathered as they are read.
struct WordShape {
  int uppers = 0, lowers = 0;
  bool first_letter_seen = false;
  bool prev_digit = false;  // the last character taken was a digit
  std::uint16_t flags = 0;  // cap_initial, lower_initial, has_digit, hyphenated

  void add_letter(bool upper, bool lower) {
    uppers += upper;
    lowers += lower;
    if (!first_letter_seen) {
      first_letter_seen = true;
      if (upper) flags |= tokflag::cap_initial;
      if (lower) flags |= tokflag::lower_initial;
    }
  }
  void add(const Char& c) {
    if (c.cls == CharClass::letter) add_letter(c.upper, c.lower);
    if (c.cls == CharClass::digit) flags |= tokflag::has_digit;
    prev_digit = c.cls == CharClass::digit;
  }
};

// ASCII letters and digits by kind, for the run loop below; 0 for every other byte.
enum AsciiAlnum : std::uint8_t { not_alnum = 0, ascii_digit, ascii_lower, ascii_upper };

constexpr std::array<std::uint8_t, 256> make_alnum_table() {
  std::array<std::uint8_t, 256> table{};
  for (int b = '0'; b <= '9'; ++b) table[b] = ascii_digit;
  for (int b = 'a'; b <= 'z'; ++b) table[b] = ascii_lower;
  for (int b = 'A'; b <= 'Z'; ++b) table[b] = ascii_upper;
  return table;
}

constexpr std::array<std::uint8_t, 256> kAsciiAlnum = make_alnum_table();

// Takes the run of ASCII letters and digits at `at` (most of nearly every word) in one go: each
// byte classified from one table, then the run folded in bulk. Returns its end.
std::uint32_t take_ascii_alnum(std::string_view text, std::uint32_t at, std::uint32_t end, WordShape& shape,
                               std::string& folded) {
  const std::uint32_t from = at;
  for (; at < end; ++at) {
    const std::uint8_t kind = kAsciiAlnum[static_cast<unsigned char>(text[at])];
    if (kind == not_alnum) break;
    if (kind == ascii_digit) shape.flags |= tokflag::has_digit;
    else shape.add_letter(kind == ascii_upper, kind == ascii_lower);
  }
  if (at == from) return at;
  shape.prev_digit = kAsciiAlnum[static_cast<unsigned char>(text[at - 1])] == ascii_digit;
  append_ascii_folded(folded, text.substr(from, at - from));
  return at;
}

}  // namespace

void tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end, Tokens& out) {
  if (out.list.empty()) {
    // The first call for a document sizes both arrays for the rest of its text (about one token
    // per six bytes; folded forms rarely outgrow their text), so the paragraphs that follow
    // append without reallocating.
    const std::size_t rest = text.size() - std::min<std::size_t>(begin, text.size());
    out.list.reserve(rest / 6 + 8);
    out.folded.reserve(out.folded.size() + rest);
  }
  std::uint32_t at = begin;
  bool space_before = true;
  bool line_start = true;
  // `c` is always the character at `at`: each position is decoded once, lookahead included.
  Char c = read_char(text, at, end);
  while (at < end) {
    if (c.cls == CharClass::space || c.cls == CharClass::newline) {
      space_before = true;
      if (c.cls == CharClass::newline) line_start = true;
      at += c.len;
      c = read_char(text, at, end);
      continue;
    }
    const std::uint32_t start = at;
    const auto fold = static_cast<std::uint32_t>(out.folded.size());
    TokenKind kind = TokenKind::punct;
    std::uint16_t flags = 0;
    if (space_before) flags |= tokflag::space_before;
    if (line_start) flags |= tokflag::line_start;
    if (c.cls == CharClass::punct || c.cls == CharClass::joiner) {
      if (is_quote(c.cp)) flags |= tokflag::quote;
      if (is_open_quote(c.cp)) flags |= tokflag::open_quote;
      if (is_close_quote(c.cp)) flags |= tokflag::close_quote;
      if (c.cp == '.' || c.cp == '!' || c.cp == '?' || c.cp == 0x2026) flags |= tokflag::sentence_end;
      fold_char(out.folded, c.cp);
      at += c.len;
      c = read_char(text, at, end);
    } else {
      // A word or number: letters, digits and marks, joined across an inner hyphen or apostrophe
      // followed by a letter/digit, and (between digits) across . , : /
      bool number = c.cls == CharClass::digit;
      WordShape shape;
      while (at < end) {
        if (c.cls == CharClass::letter || c.cls == CharClass::digit || c.cls == CharClass::mark) {
          shape.add(c);
          fold_char(out.folded, c.cp);
          at = take_ascii_alnum(text, at + c.len, end, shape, out.folded);
          c = read_char(text, at, end);
          continue;
        }
        const Char nx = read_char(text, at + c.len, end);
        bool next_alnum = nx.cls == CharClass::letter || nx.cls == CharClass::digit;
        bool joins = next_alnum && (is_hyphen(c.cp) || (is_apostrophe(c.cp) && nx.cls == CharClass::letter && !number));
        if (joins && is_hyphen(c.cp)) shape.flags |= tokflag::hyphenated;
        if (!joins)
          joins = shape.prev_digit && nx.cls == CharClass::digit &&
                  (c.cp == '.' || c.cp == ',' || c.cp == ':' || c.cp == '/');
        if (!joins) break;
        fold_char(out.folded, c.cp);
        at += c.len;
        c = nx;
      }
      kind = number ? TokenKind::number : TokenKind::word;
      flags |= shape.flags;
      // Two upper-case letters and no lower-case one (so at least two letters).
      if (shape.lowers == 0 && shape.uppers >= 2) flags |= tokflag::all_caps;
    }
    // Filled in place, field by field: a Token assembled on the stack and copied whole made the
    // copy wait on the narrow stores before it (a store-forwarding stall on every token).
    Token& t = out.list.emplace_back();
    t.start = start;
    t.end = at;
    t.fold = fold;
    t.fold_len = static_cast<std::uint32_t>(out.folded.size()) - fold;
    t.hash = fold_hash(out.fold_of(t));
    t.kind = kind;
    t.flags = flags;
    space_before = false;
    line_start = false;
  }
}

std::string fold_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t at = 0;
  while (at < s.size()) {
    if (std::size_t ascii_end = ascii_run_end(s, at); ascii_end > at) {
      append_ascii_folded(out, s.substr(at, ascii_end - at));
      at = ascii_end;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = decode_utf8(s, at, cp);
    if (n == 0) {
      ++at;
      continue;
    }
    fold_char(out, cp);
    at += n;
  }
  return out;
}

}  // namespace warta::detail
