#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utf8proc.h>

#include "text/ascii_block.hpp"
#include "text/fold_hash.hpp"
#include "text/prefetch.hpp"
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

constexpr bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
constexpr bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
constexpr bool is_quote(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x201E: case 0x201A:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x201F: case 0x201B: case 0x300C: case 0x300D:
      return true;
    default: return false;
  }
}
constexpr bool is_open_quote(char32_t cp) {
  return cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0x201A || cp == 0x00AB || cp == 0x2039 ||
         cp == 0x201F || cp == 0x201B || cp == 0x300C;
}
constexpr bool is_close_quote(char32_t cp) { return cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A || cp == 0x300D; }
constexpr bool is_double_quote(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x00AB || cp == 0x00BB;
}

// The folded forms of a document, written through a cursor into the arena string. The arena is
// kept ahead of the cursor by the rest of the text being read plus kSlack: an ASCII byte folds to
// one byte, so the block path stores whole eight-byte blocks without a check, and only a non-ASCII
// code point whose folded form is longer than its text ("ß" -> "ss") grows the string. Trimmed to
// what was written when done.
class FoldArena {
 public:
  static constexpr std::size_t kSlack = kFoldArenaSlack;  // >= two blocks (see token.hpp)

  FoldArena(std::string& s, std::size_t text_bytes) : s_(s), pos_(s.size()) {
    s_.resize(pos_ + text_bytes + kSlack);
    data_ = s_.data();
  }
  ~FoldArena() { s_.resize(pos_); }
  FoldArena(const FoldArena&) = delete;
  FoldArena& operator=(const FoldArena&) = delete;

  std::size_t pos() const noexcept { return pos_; }
  const char* at(std::size_t from) const noexcept { return data_ + from; }

  void put(char c) noexcept { data_[pos_++] = c; }
  // Eight bytes at the cursor, of which the first `n` are kept.
  void put_block(std::uint64_t w, std::size_t n) noexcept {
    std::memcpy(data_ + pos_, &w, 8);
    pos_ += n;
  }
  // Where up to sixteen bytes may be stored before they are kept (or not) by advance().
  char* cursor() noexcept { return data_ + pos_; }
  void advance(std::size_t n) noexcept { pos_ += n; }
  // The folded form of a code point read from `text_len` bytes of text.
  void put_folded(const char* folded, std::size_t n, std::size_t text_len) {
    if (n > text_len) {  // keeps the room for the rest of the text
      s_.resize(s_.size() + (n - text_len));
      data_ = s_.data();
    }
    std::memcpy(data_ + pos_, folded, n);
    pos_ += n;
  }

 private:
  std::string& s_;
  std::size_t pos_;
  char* data_ = nullptr;  // s_.data(), kept so that stores through it need not reload the string
};

// Appends the folded form of one code point of `len` bytes: case folded, marks stripped,
// compatibility forms unified (utf8proc does all three), and typographic apostrophes/hyphens read
// as ASCII.
void fold_by_utf8proc(FoldArena& out, char32_t cp, std::size_t len) {
  if (is_apostrophe(cp)) return out.put('\''), void();
  if (is_hyphen(cp)) return out.put('-'), void();
  utf8proc_int32_t buf[8];
  utf8proc_int32_t last_boundclass = 0;
  auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                   static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                                                                  UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE),
                                   &last_boundclass);
  if (n <= 0 || n > 8) buf[0] = static_cast<utf8proc_int32_t>(cp), n = 1;
  utf8proc_uint8_t bytes[8 * 4];
  std::size_t size = 0;
  for (int i = 0; i < n; ++i) size += static_cast<std::size_t>(utf8proc_encode_char(buf[i], bytes + size));
  out.put_folded(reinterpret_cast<const char*>(bytes), size, len);
}

// What reading and folding the code points news text uses most outside ASCII gives (Latin
// letters with marks, typographic quotes, dashes and spaces: U+0080..U+024F and U+2000..U+207F),
// worked out once through utf8proc, so that each of them costs a table look-up instead of a
// decode, a category look-up and a decomposition. Immutable after start-up.
class CommonChars {
 public:
  struct Entry {
    Char c;
    bool folded = false;  // false: folded by utf8proc each time (a form longer than `fold`)
    std::uint8_t fold_len = 0;
    char fold[14] = {};
    std::uint32_t hash = 0;  // fold_hash of `fold`, when folded
  };

  CommonChars() {
    for (std::size_t i = 0; i < table_.size(); ++i) {
      const char32_t cp = i < kLatinEnd - 0x80 ? static_cast<char32_t>(0x80 + i)
                                                : static_cast<char32_t>(0x2000 + (i - (kLatinEnd - 0x80)));
      Entry& e = table_[i];
      e.c.cp = cp;
      e.c.len = cp < 0x800 ? 2 : 3;
      e.c.cls = classify_non_ascii(cp, e.c.upper, e.c.lower);
      std::string folded;
      {
        FoldArena arena(folded, e.c.len);
        fold_by_utf8proc(arena, cp, e.c.len);
      }
      if (folded.size() <= sizeof e.fold) {
        e.folded = true;
        e.fold_len = static_cast<std::uint8_t>(folded.size());
        std::memcpy(e.fold, folded.data(), folded.size());
        e.hash = fold_hash(folded);
      }
    }
  }

  // The entry of the character at `at` (a non-ASCII lead byte) if it is one of them.
  const Entry* find(std::string_view text, std::uint32_t at, std::uint32_t end) const noexcept {
    const auto byte = [&](std::uint32_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned b0 = byte(at);
    if (b0 >= 0xC2 && b0 <= 0xDF && end - at >= 2 && (byte(at + 1) & 0xC0) == 0x80) {
      const char32_t cp = ((b0 & 0x1Fu) << 6) | (byte(at + 1) & 0x3Fu);
      return cp < kLatinEnd ? &table_[cp - 0x80] : nullptr;
    }
    if (b0 == 0xE2 && end - at >= 3 && (byte(at + 1) == 0x80 || byte(at + 1) == 0x81) && (byte(at + 2) & 0xC0) == 0x80)
      return &table_[(kLatinEnd - 0x80) + ((byte(at + 1) & 0x3Fu) << 6) + (byte(at + 2) & 0x3Fu)];
    return nullptr;
  }
  // The entry of `cp` if it is one of them.
  const Entry* find(char32_t cp) const noexcept {
    if (cp >= 0x80 && cp < kLatinEnd) return &table_[cp - 0x80];
    if (cp >= 0x2000 && cp < 0x2080) return &table_[(kLatinEnd - 0x80) + (cp - 0x2000)];
    return nullptr;
  }

 private:
  static constexpr char32_t kLatinEnd = 0x250;
  std::array<Entry, (kLatinEnd - 0x80) + 0x80> table_{};
};

// Built on first use rather than at program start: a program that links warta but reads no
// non-ASCII text pays nothing, and nothing runs before main.
const CommonChars& common_chars() {
  static const CommonChars table;
  return table;
}

// Appends the folded form of one code point of `len` bytes (see fold_by_utf8proc).
void fold_non_ascii(FoldArena& out, char32_t cp, std::size_t len) {
  if (const auto* known = common_chars().find(cp); known != nullptr && known->folded)
    return out.put_folded(known->fold, known->fold_len, len);
  fold_by_utf8proc(out, cp, len);
}

// fold_non_ascii of a code point that is a token of its own (punctuation), and the token's hash:
// from the table where it has the character, so the folded bytes just stored are not read back
// (a load that overlaps several fresh stores waits for them to reach the cache).
std::uint32_t fold_single(FoldArena& out, char32_t cp, std::size_t len) {
  if (const auto* known = common_chars().find(cp); known != nullptr && known->folded) {
    out.put_folded(known->fold, known->fold_len, len);
    return known->hash;
  }
  const std::size_t from = out.pos();
  fold_by_utf8proc(out, cp, len);
  return fold_hash(std::string_view(out.at(from), out.pos() - from));
}

Char read_non_ascii(std::string_view text, std::uint32_t at, std::uint32_t end) {
  if (const auto* known = common_chars().find(text, at, end)) return known->c;
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

inline void fold_char(FoldArena& out, const Char& c) {
  if (c.cp < 0x80) {
    out.put(c.cp >= 'A' && c.cp <= 'Z' ? static_cast<char>(c.cp + 32) : static_cast<char>(c.cp));
    return;
  }
  fold_non_ascii(out, c.cp, c.len);
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

// The hash of a folded word (Token::hash), the value fold_hash gives, computed from registers for
// the short words that are most of a text (fold_hash_step holds the steps both use); the tests
// compare the two at every length.
namespace step = fold_hash_step;

// fold_hash's last step over the final `m` (1..7) bytes, held in the low bytes of `v`.
constexpr std::uint64_t hash_tail(std::uint64_t h, std::uint64_t v, std::size_t m) noexcept {
  return step::mix(h, step::tail_word(v, m));
}

// fold_hash of the `n` (1..7) bytes in the low bytes of `v`.
constexpr std::uint32_t hash_short_word(std::uint64_t v, std::size_t n) noexcept {
  return step::finish(hash_tail(step::seed(n), v, n));
}

// fold_hash of the `n` bytes at `p`, which may be read in whole blocks (the arena's slack).
inline std::uint32_t hash_folded(const char* p, std::size_t n) noexcept {
  if (n >= 16) return fold_hash(std::string_view(p, n));
  std::uint64_t head, tail;
  std::memcpy(&head, p, 8);
  std::memcpy(&tail, p + 8, 8);
  std::uint64_t h = step::seed(n);
  if (n < 8) return step::finish(n == 0 ? h : hash_tail(h, head, n));
  h = step::mix(h, head);
  return step::finish(n == 8 ? h : hash_tail(h, tail, n - 8));
}

// What a word's letters and digits tell about it, gathered as they are read.
struct WordShape {
  unsigned uppers = 0;
  bool lower_seen = false;
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
      lower_seen |= c.lower;
      if (!first_letter_seen) add_first_letter(c.upper, c.lower);
    }
    if (c.cls == CharClass::digit) flags |= tokflag::has_digit;
    prev_digit = c.cls == CharClass::digit;
  }
  // The bytes of `b` under `taken` (whole bytes, a prefix of the block), all ASCII letters and digits.
  void add_block(const AsciiBlock& b, std::uint64_t taken) {
    const std::uint64_t upper = b.upper & taken, lower = b.lower & taken, digit = b.digit & taken;
    uppers += count_marks(upper);
    lower_seen |= lower != 0;
    if (digit != 0) flags |= tokflag::has_digit;
    if (!first_letter_seen && (upper | lower) != 0) {
      const std::uint64_t first = (upper | lower) & (~(upper | lower) + 1);  // lowest letter's mark
      add_first_letter((first & upper) != 0, (first & lower) != 0);
    }
    prev_digit = (digit & ~(taken >> 8)) != 0;  // a mark in the last taken byte
  }
  // Two upper-case letters and no lower-case one (so at least two letters).
  bool all_caps() const noexcept { return !lower_seen && uppers >= 2; }
};

// Takes the run of ASCII letters and digits at `at` (most of nearly every word) eight bytes at a
// time: classified, counted and lower-cased in registers, stored whole. Returns the run's end.
std::uint32_t take_ascii_alnum(std::string_view text, std::uint32_t at, std::uint32_t end, WordShape& shape,
                               FoldArena& folded) {
  for (;;) {
    const std::uint64_t w = load_block(text, at);
    const AsciiBlock block(w);
    std::uint64_t stop = ~block.alnum() & kByteHighs;
    if (end - at < 8) stop |= kByteHighs << (8 * (end - at));  // the range ends inside this block
    const auto n = static_cast<unsigned>(std::countr_zero(stop) / 8);  // 8 when nothing stops it
    if (n == 0) break;
    shape.add_block(block, ~0ull >> (64 - 8 * n));
    folded.put_block(lower_ascii(w, block), n);
    at += n;
    if (n < 8) break;
  }
  return at;
}

// Could the word go on after its ASCII run, at a byte `b` that is not an ASCII letter or digit?
// Only a non-ASCII character, an inner hyphen or apostrophe, or (after a digit) . , : / can join
// ("Erdoğan", "Jong-un", "Jum'at", "1.000", "19/6", "15:30"); every other byte ends it.
enum class Join : std::uint8_t { never, always, after_digit };

constexpr std::array<Join, 256> kJoin = [] {
  std::array<Join, 256> table{};
  for (std::size_t b = 0x80; b < 256; ++b) table[b] = Join::always;
  table['-'] = table['\''] = Join::always;
  table['.'] = table[','] = table[':'] = table['/'] = Join::after_digit;
  return table;
}();

inline bool may_continue(unsigned char b, bool prev_digit) noexcept {
  const Join j = kJoin[b];
  return j == Join::always || (j == Join::after_digit && prev_digit);
}

// The rest of a word after its first ASCII run (or from its non-ASCII first character): more
// letters, digits and marks, joined across an inner hyphen or apostrophe followed by a
// letter/digit, and (between digits) across . , : /  Returns its end and adds its flags to `flags`.
[[gnu::noinline]] std::uint32_t take_word_rest(std::string_view text, std::uint32_t at, std::uint32_t end, bool number,
                                               FoldArena& folded, WordShape& shape, std::uint16_t& flags) {
  while (at < end && may_continue(static_cast<unsigned char>(text[at]), shape.prev_digit)) {
    const auto b = static_cast<unsigned char>(text[at]);
    Char c;
    if (b < 0x80) {
      c = kAsciiChars[b];
    } else {
      c = read_non_ascii(text, at, end);
      if (c.cls == CharClass::letter || c.cls == CharClass::digit || c.cls == CharClass::mark) {
        shape.add(c);
        fold_non_ascii(folded, c.cp, c.len);
        at = take_ascii_alnum(text, at + c.len, end, shape, folded);
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
    fold_char(folded, c);
    at = take_ascii_alnum(text, at + c.len, end, shape, folded);
  }
  flags |= shape.flags;
  if (shape.all_caps()) flags |= tokflag::all_caps;
  return at;
}

// A word read in one step, or the rest of it.
struct WordRead {
  std::uint32_t end;
  std::uint16_t flags;
  std::uint32_t hash;
};

// A word or number at `at` that take_ascii_word could not finish in one sixteen-byte step (a run
// of sixteen letters and digits or more, or one that may go on past a hyphen, an apostrophe or a
// non-ASCII letter): read a block at a time, then in take_word_rest. Its results come back by
// value, so the common path's flags and hash stay in registers. (Reusing the step's bytes here
// instead of reading them again, or keeping this out of line, both cost the common path more.)
inline WordRead take_long_ascii_word(std::string_view text, std::uint32_t at, std::uint32_t end, bool number,
                                     FoldArena& folded, std::uint16_t flags) {
  const std::size_t fold = folded.pos();
  WordShape shape;
  at = take_ascii_alnum(text, at, end, shape, folded);
  at = take_word_rest(text, at, end, number, folded, shape, flags);
  return {at, flags, hash_folded(folded.at(fold), folded.pos() - fold)};
}

// A word read from one sixteen-byte step; `n` is 0 when the step cannot finish it.
struct StepWord {
  unsigned n;
  std::uint16_t flags;
  std::uint32_t hash;
};

// The word or number at `p` (an ASCII letter or digit, sixteen readable bytes) if it is one run of
// ASCII letters and digits shorter than sixteen bytes, ended by a byte that cannot join: read,
// flagged and hashed in registers, its lowered bytes stored at `fold_to` (sixteen writable bytes,
// kept by the caller only if the word ends here). Most words are.
[[gnu::always_inline]] inline StepWord read_step_word(const char* p, char* fold_to, bool number, std::uint16_t flags) {
  const AsciiBits16 c = classify16(p, fold_to);
  const std::uint32_t stops = ~c.alnum();
  const auto n = static_cast<unsigned>(std::countr_zero(stops));  // 1..16: it starts with a letter or digit
  if (n == 16) return {0, flags, 0};
  const Join j = kJoin[static_cast<unsigned char>(p[n])];  // the byte that stopped the run
  if (j == Join::always || (j == Join::after_digit && ((c.digit >> (n - 1)) & 1) != 0)) return {0, flags, 0};
  // The word's bytes (bits 0..n-1), and above them the stops past the first: no letter or digit
  // is there, so it masks the letter, capital and digit bits to the word's.
  const std::uint32_t taken = stops - 1, letters = c.letter & taken, upper = c.upper & taken;
  if (number) {  // a word's first byte is its first letter, flagged with its start byte
    const std::uint32_t initial = letters & (0 - letters);
    if ((initial & upper) != 0) flags |= tokflag::cap_initial;
    else if (initial != 0) flags |= tokflag::lower_initial;
  }
  if ((c.digit & taken) != 0) flags |= tokflag::has_digit;
  if (letters == upper && (upper & (upper - 1)) != 0) flags |= tokflag::all_caps;  // two capitals, no small letter
  std::uint32_t hash;
  if (n < 8) {
    hash = hash_short_word(c.lowered_lo, n);
  } else {
    const std::uint64_t h = step::mix(step::seed(n), c.lowered_lo);
    hash = step::finish(n == 8 ? h : hash_tail(h, c.lowered_hi, n - 8));
  }
  return {n, flags, hash};
}

// A word or number that starts with an ASCII letter or digit at `at`: one step (read_step_word)
// for most; longer words, and words that may go on (a hyphen, a non-ASCII letter), are read again
// by blocks.
[[gnu::always_inline]] inline WordRead take_ascii_word(std::string_view text, std::uint32_t at, std::uint32_t end,
                                                       bool number, FoldArena& folded, std::uint16_t flags) {
  const char* p = text.data() + at;
  char padded[16];
  if (end - at < 16) [[unlikely]] {  // the range's last bytes: from a copy, zeros (no letters or joiners) after
    std::memset(padded, 0, sizeof padded);
    std::memcpy(padded, p, end - at);
    p = padded;
  }
  const StepWord w = read_step_word(p, folded.cursor(), number, flags);
  if (w.n == 0) return take_long_ascii_word(text, at, end, number, folded, flags);
  folded.advance(w.n);
  return {at + w.n, w.flags, w.hash};
}

// The flags of a punctuation token, from its code point.
constexpr std::uint16_t punct_flags(char32_t cp) {
  std::uint16_t flags = 0;
  if (is_quote(cp)) flags |= tokflag::quote;
  if (is_open_quote(cp)) flags |= tokflag::open_quote;
  if (is_close_quote(cp)) flags |= tokflag::close_quote;
  if (is_double_quote(cp)) flags |= tokflag::double_quote;
  if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) flags |= tokflag::sentence_end;
  return flags;
}

// Per ASCII byte, what a token starting there is; punctuation's flags and hash read from tables.
// word and number share TokenKind's values: the kind is read off the start.
enum class AsciiStart : std::uint8_t { word, number, punct, space, newline };
static_assert(static_cast<int>(AsciiStart::word) == static_cast<int>(TokenKind::word) &&
              static_cast<int>(AsciiStart::number) == static_cast<int>(TokenKind::number));

struct AsciiStartTable {
  std::array<AsciiStart, 128> start{};
  std::array<std::uint16_t, 128> flags{};  // punctuation's flags; a letter's cap/lower_initial
  std::array<std::uint32_t, 128> punct_hash{};
};

constexpr AsciiStartTable make_ascii_start_table() {
  AsciiStartTable t;
  for (char32_t cp = 0; cp < 128; ++cp) {
    const Char& c = kAsciiChars[cp];
    switch (c.cls) {
      case CharClass::space: t.start[cp] = AsciiStart::space; break;
      case CharClass::newline: t.start[cp] = AsciiStart::newline; break;
      case CharClass::digit: t.start[cp] = AsciiStart::number; break;
      case CharClass::letter:
      case CharClass::mark:
        t.start[cp] = AsciiStart::word;
        t.flags[cp] = c.upper ? tokflag::cap_initial : tokflag::lower_initial;
        break;
      case CharClass::punct:
      case CharClass::joiner:
        t.start[cp] = AsciiStart::punct;
        t.flags[cp] = punct_flags(cp);
        // ASCII punctuation folds to itself: fold_hash of its one byte.
        t.punct_hash[cp] = fold_hash_step::finish(
            fold_hash_step::mix(fold_hash_step::seed(1), fold_hash_step::tail_word(cp, 1)));
        break;
    }
  }
  return t;
}

constexpr AsciiStartTable kAsciiStart = make_ascii_start_table();

// Where take_ascii_tokens stopped, and the `before` of the token there.
struct AsciiRun {
  std::uint32_t at;
  std::uint16_t before;
};

// Where take_ascii_tokens may start tokens in text[begin, end): its sixteen-byte steps read the
// text itself. That holds for every start up to sixteen bytes before `end`, and for every start
// before `end` when the text goes on for fifteen bytes past it and no word can be read across
// `end`: the range's last byte is no ASCII letter or digit (a step's run stops before it), or the
// byte at `end` would end a word there (white space or punctuation that does not join after that
// last byte: a paragraph's line break, the space a piece ends before, the scraper's ".,Next").
// The tokens past the limit are read one at a time, each step from a copy.
std::uint32_t run_limit(std::string_view text, std::uint32_t begin, std::uint32_t end) noexcept {
  if (end > begin && text.size() - end >= 15) {
    const auto last = static_cast<unsigned char>(text[end - 1]), next = static_cast<unsigned char>(text[end]);
    if (last >= 0x80 || kAsciiStart.start[last] > AsciiStart::number) return end;
    if (next < 0x80 && kAsciiStart.start[next] > AsciiStart::number &&
        !may_continue(next, kAsciiStart.start[last] == AsciiStart::number))
      return end;
  }
  return end >= 15 ? end - 15 : 0;
}

// Takes the ASCII words, numbers and punctuation that start at `at` and before `limit` (see
// run_limit), each with the one ASCII space after it if there is one (but not past `end`): most of
// a paragraph. Out of line and with its state in locals, so that the registers hold this loop's
// cursors rather than the whole tokenizer's. Stops at a non-ASCII byte and at white space other
// than one space after a token, with nothing of the token there taken.
// With Ahead (a long text), the lines the token list and the arena grow into are asked for ahead.
template <bool Ahead>
[[gnu::noinline]] AsciiRun take_ascii_tokens(std::string_view text, std::uint32_t at, std::uint32_t limit,
                                             std::uint32_t end, std::uint16_t before, FoldArena& folded,
                                             std::vector<Token>& out) {
  const char* const data = text.data();
  auto fold = static_cast<std::uint32_t>(folded.pos());  // the next folded form's offset in the arena
  char* arena = folded.cursor() - fold;  // the arena's first byte (the string moves only in take_long_ascii_word)
  while (at < limit) {
    const auto b = static_cast<unsigned char>(data[at]);
    if (b >= 0x80) break;
    if constexpr (Ahead) {  // both arrays grow into memory a whole call away from the cache
      prefetch_ahead_for_write(out.data() + out.size());
      prefetch_ahead_for_write(arena + fold);
    }
    const AsciiStart s = kAsciiStart.start[b];
    const std::uint16_t flags = before | kAsciiStart.flags[b];
    if (s <= AsciiStart::number) {
      const StepWord w = read_step_word(data + at, arena + fold, s == AsciiStart::number, flags);
      if (w.n != 0) {
        out.push_back(Token{at, at + w.n, fold, w.n, w.hash, static_cast<TokenKind>(s), w.flags});
        fold += w.n;
        at += w.n;
      } else {  // read again by blocks, through the arena (a long folded form may move it)
        folded.advance(fold - folded.pos());
        const WordRead word = take_long_ascii_word(text, at, end, s == AsciiStart::number, folded, flags);
        const auto after = static_cast<std::uint32_t>(folded.pos());
        out.push_back(Token{at, word.end, fold, after - fold, word.hash, static_cast<TokenKind>(s), word.flags});
        at = word.end;
        fold = after;
        arena = folded.cursor() - fold;
        if (at == end) return {at, 0};  // a long word may run to the range's end
      }
    } else if (s == AsciiStart::punct) {
      arena[fold] = static_cast<char>(b);
      out.push_back(Token{at, at + 1, fold, 1, kAsciiStart.punct_hash[b], TokenKind::punct, flags});
      ++fold;
      ++at;
    } else {
      break;
    }
    before = 0;
    if (data[at] == ' ') {  // at <= end: the token ended before the step's end, or before `end`
      before = tokflag::space_before;
      ++at;
    }
  }
  folded.advance(fold - folded.pos());
  if (at > end) return {end, 0};  // the space taken was the one at `end`, outside the range
  return {at, before};
}

}  // namespace

std::uint16_t tokenize_piece(std::string_view text, std::uint32_t begin, std::uint32_t end, Tokens& out,
                             std::uint16_t before) {
  const std::size_t rest = text.size() - std::min<std::size_t>(begin, text.size());
  if (out.list.empty()) {
    // The first call for a document sizes both arrays for the rest of its text (one token per
    // five bytes covers most articles, the corpus averages one per 5.8; folded forms rarely
    // outgrow their text), so the paragraphs that follow append without reallocating.
    out.list.reserve(rest / 5 + 8);
    out.folded.reserve(out.folded.size() + rest + FoldArena::kSlack);
  }
  FoldArena folded(out.folded, end > begin ? end - begin : 0);
  const std::uint32_t limit = run_limit(text, begin, end);
  const bool ahead = text.size() >= kPrefetchAheadMinText;
  std::uint32_t at = begin;  // `before`: the flags the next token gets from what precedes it
  while (at < end) {
    const auto b = static_cast<unsigned char>(text[at]);
    const std::uint32_t start = at;
    const std::size_t fold = folded.pos();
    std::uint16_t flags = before;
    TokenKind kind = TokenKind::punct;
    std::uint32_t hash = 0;
    // Built whole and appended: a vector's emplace_back() would zero the slot before the fields
    // are stored. (Braces, not emplace_back(fields...): parenthesized aggregate initialization is
    // C++20 that clang 14, the fuzzers' compiler, does not have.) Each path appends its own, with
    // its fields still in registers.
    const auto append = [&] {
      out.list.push_back(Token{start, at, static_cast<std::uint32_t>(fold),
                               static_cast<std::uint32_t>(folded.pos() - fold), hash, kind, flags});
    };
    if (b < 0x80) {
      if (at < limit) {  // most of the range; the rest, and what the run stops at, token by token below
        const AsciiRun run = ahead ? take_ascii_tokens<true>(text, at, limit, end, before, folded, out.list)
                                   : take_ascii_tokens<false>(text, at, limit, end, before, folded, out.list);
        if (run.at != at) {
          at = run.at, before = run.before;
          continue;
        }
      }
      const AsciiStart s = kAsciiStart.start[b];
      flags |= kAsciiStart.flags[b];
      if (s <= AsciiStart::number) {  // words first: most tokens
        kind = static_cast<TokenKind>(s);
        const WordRead word = take_ascii_word(text, at, end, s == AsciiStart::number, folded, flags);
        at = word.end, flags = word.flags, hash = word.hash;
        append();
      } else if (s == AsciiStart::punct) {
        hash = kAsciiStart.punct_hash[b];
        folded.put(static_cast<char>(b));
        ++at;
        append();
      } else {  // white space (a token's following space is taken with it, below, so few come here)
        before |= s == AsciiStart::newline ? tokflag::space_before | tokflag::line_start : tokflag::space_before;
        ++at;
        continue;
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
        hash = fold_single(folded, c.cp, c.len);
        at += c.len;
      } else {
        kind = c.cls == CharClass::digit ? TokenKind::number : TokenKind::word;
        WordShape shape;
        std::uint16_t word_flags = flags;  // a copy: `flags` itself, its address never taken, stays in a register
        at = take_word_rest(text, at, end, kind == TokenKind::number, folded, shape, word_flags);
        flags = word_flags;
        hash = hash_folded(folded.at(fold), folded.pos() - fold);
      }
      append();
    }
    before = 0;
    if (at < end && text[at] == ' ') {  // most tokens: the space after them read here, not by the loop
      before = tokflag::space_before;
      ++at;
    }
  }
  return before;
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
      Char c;
      c.len = static_cast<std::uint32_t>(decode_utf8(s, at, c.cp));
      if (c.len == 0) {
        ++at;
        continue;
      }
      fold_char(folded, c);
      at += c.len;
    }
  }
  return out;
}

}  // namespace warta::detail
