#pragma once
// Tells, from the pipeline's tokens of a paragraph (text/token.hpp), whether the date grammar can
// find anything there, so the dates stage does not tokenize again the many paragraphs that hold
// no date at all.
#include <cstdint>
#include <string_view>

#include "lexicon.hpp"
#include "lexicon/hash_filter.hpp"
#include "text/token.hpp"

namespace warta::detail::dates {

// The date word the date tokenizer reads at pipeline token k of a range whose whole tokens end
// before `end`, when that token shows it (`known`): a token starting with printable ASCII that is
// no digit (the date tokenizer skips nothing there and reads no number) is punctuation (nullptr)
// or, without digits or hyphens, one date word, its whole fold (the lexicon entry or nullptr).
const WordInfo* date_word_at(const Lexicon& lex, std::string_view text, const Tokens& tokens, std::uint32_t k,
                             std::uint32_t end, bool& known);

// Whether the pipeline's punctuation token t is a quotation mark the date tokenizer reads as a
// punctuation token '"' of its own (tokens.cpp): U+2018, U+201C and U+201D, and U+2019 where it
// starts a token. No rule reads '"', and it ends no clause.
bool typographic_quote(std::string_view text, const detail::Token& t);

// Whether pipeline token k of such a range is a number the date grammar reads as digit runs none
// of which begins anything: ASCII digits, perhaps split by commas ("12", "1,5", "10,000"), no run
// of eight digits ("20240619" stands alone), and after the last run a token number_idle_before()
// (scanner.hpp) turns it away at, read off the pipeline's next token where that shows it plainly:
// ASCII white space between, then punctuation other than "-" ("12 %", "1,5 ,", "12”"; "12." or
// "12 /" only when no number follows as the grammar would read on to it), or a word of ASCII
// letters that is not the "s" of "s/d" and either no lexicon word ("12 orang") or one
// number_idle_before_word() (scanner.hpp) turns the number away at ("20 tahun penjara"). False
// whenever the tokens do not show it.
bool idle_number_at(const Lexicon& lex, std::string_view text, const Tokens& tokens, std::uint32_t k,
                    std::uint32_t end);

class ExpressionStarts {
 public:
  explicit ExpressionStarts(const Lexicon& lex);
  // False only when no expression can start in tokens [begin, end) of `text`: none holds a digit
  // but idle numbers (idle_number_at: "12 orang"), and no word, nor a hyphen-separated part of
  // one, is a lexicon word the rules begin with, unless the token after it shows it idle
  // (idle_before in scanner.hpp: "dalam negeri"). The
  // range's tokens go on to `range_end` (>= end): the token after the last one may be read.
  bool any(std::string_view text, const Tokens& tokens, std::uint32_t begin, std::uint32_t end,
           std::uint32_t range_end) const;
  // Hashes of the lexicon words that start an expression or mark the future: the only words that
  // change anything where the scan reads them (quiet_runs.hpp).
  const HashFilter& telling_words() const { return telling_; }
  // Hashes of the lexicon words whose rules look further back than kLookBehind ("dalam"): the
  // only words that widen a quiet run's margin (quiet_runs.cpp).
  const HashFilter& far_looking_words() const { return far_looking_; }
  // Hashes of the lexicon words the rules look back for ("ke-43", "UU 7/2017"): the only words
  // that keep a quiet run from ending at the start itself (quiet_runs.cpp).
  const HashFilter& looked_back_words() const { return looked_back_; }

 private:
  bool starts(std::string_view fold, std::uint32_t hash) const;
  bool word_starts(const Tokens& tokens, const detail::Token& t) const;  // the fold or a hyphen part

  const Lexicon& lex_;
  HashFilter filter_;  // hashes of the lexicon words for which starts_expression() holds
  HashFilter telling_;
  HashFilter far_looking_;
  HashFilter looked_back_;
};

}  // namespace warta::detail::dates
