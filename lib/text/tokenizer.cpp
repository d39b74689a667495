#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utf8proc.h>

#include "text/ascii_block.hpp"
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

// The folded forms of a document, written through a cursor into the arena string: it is sized
// ahead (with slack), so each write is a store and a bump rather than a push_back, and an ASCII
// block is stored whole even when only part of it belongs to the word. Trimmed to what was
// written when done.
class FoldArena {
 public:
  static constexpr std::size_t kSlack = 64;  // >= the widest single write (a block, a folded code point)

  FoldArena(std::string& s, std::size_t expected) : s_(s), pos_(s.size()) { s_.resize(pos_ + expected + kSlack); }
  ~FoldArena() { s_.resize(pos_); }
  FoldArena(const FoldArena&) = delete;
  FoldArena& operator=(const FoldArena&) = delete;

  std::size_t pos() const noexcept { return pos_; }
  std::string_view since(std::size_t from) const noexcept { return {s_.data() + from, pos_ - from}; }

  // Room for `n` more bytes at the cursor.
  char* room(std::size_t n) {
    if (s_.size() - pos_ < n) s_.resize(2 * s_.size() + n);
    return s_.data() + pos_;
  }
  void advance(std::size_t n) noexcept { pos_ += n; }
  void put(char c) { *room(1) = c, ++pos_; }
  void put_utf8(char32_t cp) {
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), reinterpret_cast<utf8proc_uint8_t*>(room(4)));
    pos_ += static_cast<std::size_t>(n);
  }
  // Eight bytes at the cursor, of which the first `n` are kept.
  void put_block(std::uint64_t w, std::size_t n) {
    std::memcpy(room(8), &w, 8);
    pos_ += n;
  }

 private:
  std::string& s_;
  std::size_t pos_;
};

// Appends the folded form of one code point: case folded, marks stripped, compatibility forms
// unified (utf8proc does all three), and typographic apostrophes/hyphens read as ASCII.
void fold_non_ascii(FoldArena& out, char32_t cp) {
  if (is_apostrophe(cp)) return out.put('\''), void();
  if (is_hyphen(cp)) return out.put('-'), void();
  utf8proc_int32_t buf[8];
  utf8proc_int32_t last_boundclass = 0;
  auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                   static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                                                                  UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE),
                                   &last_boundclass);
  if (n <= 0 || n > 8) return out.put_utf8(cp);
  for (int i = 0; i < n; ++i) out.put_utf8(static_cast<char32_t>(buf[i]));
}

inline void fold_char(FoldArena& out, char32_t cp) {
  if (cp < 0x80) {
    out.put(cp >= 'A' && cp <= 'Z' ? static_cast<char>(cp + 32) : static_cast<char>(cp));
    return;
  }
  fold_non_ascii(out, cp);
}

// Appends text[at, to), all ASCII, lower-cased a block at a time.
void put_ascii_folded(FoldArena& out, std::string_view text, std::size_t at, std::size_t to) {
  while (at < to) {
    const std::uint64_t w = load_block(text, at);
    const std::size_t n = to - at < 8 ? to - at : 8;
    out.put_block(lower_ascii(w, AsciiBlock(w)), n);
    at += n;
  }
}

// What a word's letters and digits tell about it, gathered as they are read.
struct WordShape {
  unsigned uppers = 0, lowers = 0;  // lowers: only whether there is one matters
  bool first_letter_seen = false;
  bool prev_digit = false;  // the last character taken was a digit
  std::uint16_t flags = 0;  // cap_initial, lower_initial, has_digit, hyphenated

  void add_first_letter(bool upper, bool lower) {
    first_letter_seen = true;
    if (upper) flags |= tokflag::cap_initial;
    if (lower) flags |= tokflag::lower_initial;
  }
  void add(const Char& c) {
    if (c.cls == CharClass::letter) {
      uppers += c.upper;
      lowers += c.lower;
      if (!first_letter_seen) add_first_letter(c.upper, c.lower);
    }
    if (c.cls == CharClass::digit) flags |= tokflag::has_digit;
    prev_digit = c.cls == CharClass::digit;
  }
  // The first `n` bytes of `b`, all ASCII letters and digits (1 <= n <= 8).
  void add_block(const AsciiBlock& b, unsigned n) {
    const std::uint64_t taken = n == 8 ? ~0ull : (1ull << (8 * n)) - 1;
    const std::uint64_t upper = b.upper & taken, lower = b.lower & taken, digit = b.digit & taken;
    uppers += count_marks(upper);
    lowers += lower != 0;  // only "none" matters
    if (digit != 0) flags |= tokflag::has_digit;
    if (!first_letter_seen && (upper | lower) != 0) {
      const std::uint64_t first = (upper | lower) & (~(upper | lower) + 1);  // lowest letter's mark
      add_first_letter((first & upper) != 0, (first & lower) != 0);
    }
    prev_digit = ((digit >> (8 * n - 1)) & 1) != 0;
  }
};

// Takes the run of ASCII letters and digits at `at` (most of nearly every word) eight bytes at a
// time: classified, counted and lower-cased in registers, stored whole. Returns the run's end.
std::uint32_t take_ascii_alnum(std::string_view text, std::uint32_t at, std::uint32_t end, WordShape& shape,
                               FoldArena& folded) {
  while (at < end) {
    const std::uint64_t w = load_block(text, at);
    const AsciiBlock block(w);
    const std::uint64_t in_range = end - at >= 8 ? kByteHighs : ((1ull << (8 * (end - at))) - 1) & kByteHighs;
    const std::uint64_t stop = ~(block.alnum() & in_range) & kByteHighs;
    const auto n = static_cast<unsigned>(stop == 0 ? 8 : std::countr_zero(stop) / 8);
    if (n == 0) break;
    shape.add_block(block, n);
    folded.put_block(lower_ascii(w, block), n);
    at += n;
    if (n < 8) break;
  }
  return at;
}

// Can this ASCII byte join two parts of a word ("Jong-un", "Jum'at", "1.000", "19/6", "15:30")?
constexpr bool may_join(unsigned char b) {
  return b == '-' || b == '\'' || b == '.' || b == ',' || b == ':' || b == '/';
}

// A word or number from `at`: letters, digits and marks, joined across an inner hyphen or
// apostrophe followed by a letter/digit, and (between digits) across . , : /
// Returns its end and adds its flags to `flags`.
std::uint32_t take_word(std::string_view text, std::uint32_t at, std::uint32_t end, bool number, FoldArena& folded,
                        std::uint16_t& flags) {
  WordShape shape;
  for (;;) {
    at = take_ascii_alnum(text, at, end, shape, folded);
    if (at >= end) break;
    const auto b = static_cast<unsigned char>(text[at]);
    Char c;
    if (b < 0x80) {
      if (!may_join(b)) break;
      c = kAsciiChars[b];
    } else {
      c = read_non_ascii(text, at, end);
      if (c.cls == CharClass::letter || c.cls == CharClass::digit || c.cls == CharClass::mark) {
        shape.add(c);
        fold_non_ascii(folded, c.cp);
        at += c.len;
        continue;
      }
      if (c.cls != CharClass::punct) break;
    }
    const Char nx = read_char(text, at + c.len, end);
    bool next_alnum = nx.cls == CharClass::letter || nx.cls == CharClass::digit;
    bool joins = next_alnum && (is_hyphen(c.cp) || (is_apostrophe(c.cp) && nx.cls == CharClass::letter && !number));
    if (joins && is_hyphen(c.cp)) shape.flags |= tokflag::hyphenated;
    if (!joins)
      joins = shape.prev_digit && nx.cls == CharClass::digit && (c.cp == '.' || c.cp == ',' || c.cp == ':' || c.cp == '/');
    if (!joins) break;
    fold_char(folded, c.cp);
    at += c.len;
  }
  flags |= shape.flags;
  // Two upper-case letters and no lower-case one (so at least two letters).
  if (shape.lowers == 0 && shape.uppers >= 2) flags |= tokflag::all_caps;
  return at;
}

// The flags of a punctuation token, from its code point.
std::uint16_t punct_flags(char32_t cp) {
  std::uint16_t flags = 0;
  if (is_quote(cp)) flags |= tokflag::quote;
  if (is_open_quote(cp)) flags |= tokflag::open_quote;
  if (is_close_quote(cp)) flags |= tokflag::close_quote;
  if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) flags |= tokflag::sentence_end;
  return flags;
}

// Per ASCII byte, what a token starting there is; punctuation's flags and hash read from tables.
enum class AsciiStart : std::uint8_t { space, newline, word, number, punct };

struct AsciiStartTable {
  std::array<AsciiStart, 128> start{};
  std::array<std::uint16_t, 128> punct_flags{};
  std::array<std::uint32_t, 128> punct_hash{};
};

AsciiStartTable make_ascii_start_table() {
  AsciiStartTable t;
  for (char32_t cp = 0; cp < 128; ++cp) {
    const Char& c = kAsciiChars[cp];
    const char byte = static_cast<char>(cp);
    switch (c.cls) {
      case CharClass::space: t.start[cp] = AsciiStart::space; break;
      case CharClass::newline: t.start[cp] = AsciiStart::newline; break;
      case CharClass::digit: t.start[cp] = AsciiStart::number; break;
      case CharClass::letter:
      case CharClass::mark: t.start[cp] = AsciiStart::word; break;
      case CharClass::punct:
      case CharClass::joiner:
        t.start[cp] = AsciiStart::punct;
        t.punct_flags[cp] = punct_flags(cp);
        t.punct_hash[cp] = fold_hash(std::string_view(&byte, 1));  // ASCII punctuation folds to itself
        break;
    }
  }
  return t;
}

const AsciiStartTable kAsciiStart = make_ascii_start_table();

}  // namespace

void tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end, Tokens& out) {
  const std::size_t rest = text.size() - std::min<std::size_t>(begin, text.size());
  if (out.list.empty()) {
    // The first call for a document sizes both arrays for the rest of its text (about one token
    // per six bytes; folded forms rarely outgrow their text), so the paragraphs that follow
    // append without reallocating.
    out.list.reserve(rest / 6 + 8);
    out.folded.reserve(out.folded.size() + rest + FoldArena::kSlack);
  }
  FoldArena folded(out.folded, end > begin ? end - begin : 0);
  std::uint32_t at = begin;
  std::uint16_t before = tokflag::space_before | tokflag::line_start;  // for the next token
  while (at < end) {
    const std::uint32_t start = at;
    const std::size_t fold = folded.pos();
    std::uint16_t flags = before;
    TokenKind kind = TokenKind::punct;
    std::uint32_t hash = 0;
    const auto b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) {
      switch (kAsciiStart.start[b]) {
        case AsciiStart::space: before |= tokflag::space_before, ++at; continue;
        case AsciiStart::newline: before |= tokflag::space_before | tokflag::line_start, ++at; continue;
        case AsciiStart::punct:
          flags |= kAsciiStart.punct_flags[b];
          hash = kAsciiStart.punct_hash[b];
          folded.put(static_cast<char>(b));
          ++at;
          break;
        case AsciiStart::word: kind = TokenKind::word; break;
        case AsciiStart::number: kind = TokenKind::number; break;
      }
    } else {
      const Char c = read_non_ascii(text, at, end);
      if (c.cls == CharClass::space || c.cls == CharClass::newline) {
        before |= c.cls == CharClass::newline ? tokflag::space_before | tokflag::line_start : tokflag::space_before;
        at += c.len;
        continue;
      }
      if (c.cls == CharClass::punct || c.cls == CharClass::joiner) {
        flags |= punct_flags(c.cp);
        fold_non_ascii(folded, c.cp);
        at += c.len;
        hash = fold_hash(folded.since(fold));
      } else {
        kind = c.cls == CharClass::digit ? TokenKind::number : TokenKind::word;
      }
    }
    if (kind != TokenKind::punct) {  // one call for both starts, so the compiler inlines it
      at = take_word(text, at, end, kind == TokenKind::number, folded, flags);
      hash = fold_hash(folded.since(fold));
    }
    // Filled in place field by field: a Token built on the stack and copied whole would wait on
    // the narrow stores before it. (Not emplace_back(fields...): parenthesized aggregate
    // initialization is C++20 that clang 14, the fuzzers' compiler, does not have.)
    Token& t = out.list.emplace_back();
    t.start = start;
    t.end = at;
    t.fold = static_cast<std::uint32_t>(fold);
    t.fold_len = static_cast<std::uint32_t>(folded.pos() - fold);
    t.hash = hash;
    t.kind = kind;
    t.flags = flags;
    before = 0;
  }
}

std::string fold_text(std::string_view s) {
  std::string out;
  {
    FoldArena folded(out, s.size());
    std::size_t at = 0;
    while (at < s.size()) {
      if (std::size_t ascii_end = ascii_run_end(s, at); ascii_end > at) {
        put_ascii_folded(folded, s, at, ascii_end);
        at = ascii_end;
        continue;
      }
      char32_t cp = 0;
      std::size_t n = decode_utf8(s, at, cp);
      if (n == 0) {
        ++at;
        continue;
      }
      fold_char(folded, cp);
      at += n;
    }
  }
  return out;
}

}  // namespace warta::detail
