// Tokens: words, numbers and punctuation with byte offsets into the work text, and a folded form
// (case-folded, marks stripped: "Erdoğan" -> "erdogan") kept in one arena per document, so the hot
// path allocates nothing per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

enum class TokenKind : std::uint8_t {
  word,    // letters (and digits, marks, inner hyphens/apostrophes): "Jong-un", "Jum'at", "ke-43", "Rp77,3"
  number,  // starts with a digit: "2024", "1.000", "15.30", "19/6/2024", "1,5"
  punct,   // one code point of punctuation or symbol: . , " “ ( — ...
};

namespace tokflag {
inline constexpr std::uint16_t cap_initial = 1 << 0;   // first letter is upper/title case
inline constexpr std::uint16_t all_caps = 1 << 1;      // >= 2 letters, none lower case
inline constexpr std::uint16_t has_digit = 1 << 2;
inline constexpr std::uint16_t line_start = 1 << 3;    // first token on its line
inline constexpr std::uint16_t space_before = 1 << 4;  // white space (or start of text) before it
inline constexpr std::uint16_t hyphenated = 1 << 5;    // contains an inner hyphen
inline constexpr std::uint16_t quote = 1 << 6;         // punct: a quotation mark of any style
inline constexpr std::uint16_t open_quote = 1 << 7;    // “ ‘ « „ ‚ (unambiguously opening)
inline constexpr std::uint16_t close_quote = 1 << 8;   // ” ’ » (unambiguously closing)
inline constexpr std::uint16_t sentence_end = 1 << 9;  // punct: . ! ? …
inline constexpr std::uint16_t lower_initial = 1 << 10;  // first letter is lower case
inline constexpr std::uint16_t double_quote = 1 << 11;   // punct: a double quotation mark, " “ ” „ ‟ « »
}  // namespace tokflag

struct Token {
  std::uint32_t start = 0, end = 0;  // work-text byte offsets
  std::uint32_t fold = 0;            // offset of the folded form in Tokens::folded
  std::uint32_t fold_len = 0;
  std::uint32_t hash = 0;            // fold_hash of the folded form, for every stage's table lookups
  TokenKind kind = TokenKind::word;
  std::uint16_t flags = 0;

  bool has(std::uint16_t f) const noexcept { return (flags & f) != 0; }
};

struct Tokens {
  std::vector<Token> list;
  std::string folded;  // arena of folded forms

  std::string_view fold_of(const Token& t) const noexcept { return {folded.data() + t.fold, t.fold_len}; }
  std::string_view fold_of(std::size_t i) const noexcept { return fold_of(list[i]); }
  std::uint32_t hash_of(std::size_t i) const noexcept { return list[i].hash; }
};

// How far the tokenizer keeps the fold arena's size ahead of the folded bytes still to come: whole
// sixteen-byte steps, and what a short word's hash reads, are stored past the cursor unchecked. A
// caller that reserves the arena reserves the text's size plus this, or the tokenizer's own
// reserve would grow (double) it.
inline constexpr std::size_t kFoldArenaSlack = 64;

// The flags a range's first token gets from what precedes it: the range starts a line.
inline constexpr std::uint16_t kRangeStartFlags = tokflag::space_before | tokflag::line_start;

// Appends the tokens of one piece text[begin, end) of a longer range read in pieces, its first
// token flagged with `before` (kRangeStartFlags for the range's first piece); returns the `before`
// of the next piece. A range cut into pieces that end just before an ASCII space (no token holds
// one) gets exactly the tokens of one tokenize() call over it.
std::uint16_t tokenize_piece(std::string_view text, std::uint32_t begin, std::uint32_t end, Tokens& out,
                             std::uint16_t before);

// Appends the tokens of text[begin, end) to `out` (offsets stay absolute).
inline void tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end, Tokens& out) {
  tokenize_piece(text, begin, end, out, kRangeStartFlags);
}

// Folds one string the way tokens are folded (for lexicon keys).
std::string fold_text(std::string_view s);

}  // namespace warta::detail
