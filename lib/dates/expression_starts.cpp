#include "expression_starts.hpp"

#include "scanner.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail::dates {

// The starting words are read off the grammar's own lexicon with the grammar's own test, so the
// two cannot drift apart.
ExpressionStarts::ExpressionStarts(const Lexicon& lex) : lex_(lex) {
  for (std::size_t i = 0; i < lex.size(); ++i) {
    if (starts_expression(lex.value(i))) filter_.add(fold_hash(lex.key(i)));
    if (starts_expression(lex.value(i)) || lex.value(i).future) telling_.add(fold_hash(lex.key(i)));
    if (look_behind(lex.value(i)) > kLookBehind) far_looking_.add(fold_hash(lex.key(i)));
    if (lex.value(i).kw == Kw::ke || lex.value(i).kw == Kw::legal) looked_back_.add(fold_hash(lex.key(i)));
  }
}

bool ExpressionStarts::starts(std::string_view fold, std::uint32_t hash) const {
  if (!filter_.may_hold(hash)) return false;
  const WordInfo* w = lex_.find(fold, hash);
  return w && starts_expression(*w);
}

// Why the pipeline's tokens are enough (tokens.cpp is the date tokenizer, text/tokenizer.cpp the
// pipeline's):
//  * the date grammar starts only at a digit run, at "(" before one, or at a word found in the
//    lexicon, and such a word is ASCII letters with inner apostrophes (' or U+2019);
//  * every ASCII digit lies in a pipeline token, which then has tokflag::has_digit;
//  * a pipeline word holding such a date word goes beyond it only across a digit (has_digit
//    again) or an inner hyphen: the date tokenizer splits at every other character the pipeline
//    joins words with, and treats as letters (so the word is no lexicon word) the non-ASCII
//    characters the pipeline splits at;
//  * the pipeline folds ASCII letters to lower case and U+2019 to ', as the date tokenizer keys
//    its words.
// So a date word is a whole pipeline fold, or one of its hyphen-separated parts.
const WordInfo* date_word_at(const Lexicon& lex, std::string_view text, const Tokens& tokens, std::uint32_t k,
                             std::uint32_t end, bool& known) {
  known = false;
  if (k >= end) return nullptr;  // it may lie past the range's last whole token
  const detail::Token& t = tokens.list[k];
  const auto c = static_cast<unsigned char>(text[t.start]);
  if (c <= ' ' || c >= 0x7F || (c >= '0' && c <= '9')) return nullptr;
  if (t.kind == TokenKind::punct) return known = true, nullptr;
  if (t.kind != TokenKind::word || t.has(tokflag::has_digit) || t.has(tokflag::hyphenated)) return nullptr;
  known = true;
  return lex.find(tokens.fold_of(t), t.hash);
}

bool typographic_quote(std::string_view text, const detail::Token& t) {
  if (t.end - t.start != 3 || text[t.start] != '\xE2' || text[t.start + 1] != '\x80') return false;
  const auto c = static_cast<unsigned char>(text[t.start + 2]);
  return c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D;
}

namespace {

// A word of ASCII letters only, which the date tokenizer reads as the same word (it ends where
// the pipeline's ends, or goes on over non-ASCII letters and is then no lexicon word either).
bool ascii_letters(std::string_view text, const detail::Token& t) {
  for (std::uint32_t at = t.start; at < t.end; ++at)
    if (((static_cast<unsigned>(static_cast<unsigned char>(text[at])) | 0x20u) - 'a') >= 26u) return false;
  return true;
}

}  // namespace

bool idle_number_at(const Lexicon& lex, std::string_view text, const Tokens& tokens, std::uint32_t k,
                    std::uint32_t end) {
  const detail::Token& t = tokens.list[k];
  if (t.kind != TokenKind::number || k + 1 >= end) return false;
  // Every run but the last is followed by ",", where number_idle_before() holds.
  unsigned run = 0;
  for (std::uint32_t at = t.start; at < t.end; ++at) {
    const char c = text[at];
    if (c >= '0' && c <= '9') {
      ++run;
      continue;
    }
    if (c != ',' || run == 0 || run == 8) return false;
    run = 0;
  }
  if (run == 0 || run == 8) return false;
  const detail::Token& n = tokens.list[k + 1];
  for (std::uint32_t at = t.end; at < n.start; ++at) {  // the date tokenizer skips only this
    const auto c = static_cast<unsigned char>(text[at]);
    if (c > ' ' && c != 0x7F) return false;
  }
  const auto c = static_cast<unsigned char>(text[n.start]);
  if (n.kind == TokenKind::punct) {
    if (typographic_quote(text, n)) return true;
    if (c <= ' ' || c >= 0x7F || c == '-') return false;
    if (c != '/' && c != '.' && c != ':') return true;
    // Past number_idle_before(): a number goes on after "." or ":" only to a number right behind
    // it ("15.30", "19.6.2024"), after "/" to a number at all ("19 / 6"): numeric_date() and
    // clock() in scanner.cpp, the only rules that read on through these.
    if (k + 2 >= end) return false;
    const detail::Token& after = tokens.list[k + 2];
    const auto d = static_cast<unsigned char>(text[after.start]);
    return !(d >= '0' && d <= '9') || (c != '/' && after.start > n.end);
  }
  if (n.kind != TokenKind::word || (c | 0x20) == 's' || !ascii_letters(text, n)) return false;
  const WordInfo* w = lex.find(tokens.fold_of(n), n.hash);
  if (!w) return true;
  if (k + 2 >= end || (tokens.list[k + 2].kind == TokenKind::word && !ascii_letters(text, tokens.list[k + 2]))) return false;
  bool known = false;
  const WordInfo* after = date_word_at(lex, text, tokens, k + 2, end, known);
  return known && number_idle_before_word(*w, after);
}

bool ExpressionStarts::any(std::string_view text, const Tokens& tokens, std::uint32_t begin, std::uint32_t end,
                           std::uint32_t range_end) const {
  const detail::Token* const list = tokens.list.data();  // not reloaded after each call below
  // A pointer, not an index: the index the rare date_word_at() call needs would cost every
  // token a second counter.
  for (const detail::Token* at = list + begin; at < list + end; ++at) {
    const detail::Token& t = *at;
    // Most tokens, punctuation too: one bit of the filter, without reading the fold or the kind.
    if (!t.has(tokflag::has_digit | tokflag::hyphenated) && !filter_.may_hold(t.hash)) continue;
    if (t.kind == TokenKind::punct) continue;
    if (t.has(tokflag::has_digit)) {
      if (idle_number_at(lex_, text, tokens, static_cast<std::uint32_t>(at - list), range_end)) continue;
      return true;
    }
    if (t.has(tokflag::hyphenated)) {
      if (word_starts(tokens, t)) return true;
      continue;
    }
    const WordInfo* w = lex_.find(tokens.fold_of(t), t.hash);
    if (!w || !starts_expression(*w)) continue;
    bool known = false;
    const WordInfo* next = date_word_at(lex_, text, tokens, static_cast<std::uint32_t>(at - list) + 1, range_end, known);
    if (!known || !idle_before(*w, next)) return true;
  }
  return false;
}

bool ExpressionStarts::word_starts(const Tokens& tokens, const detail::Token& t) const {
  const std::string_view fold = tokens.fold_of(t);
  if (starts(fold, t.hash)) return true;
  if (!t.has(tokflag::hyphenated)) return false;
  for (std::size_t from = 0; from <= fold.size();) {  // "Senin-Selasa", "pra-Lebaran"
    std::size_t to = fold.find('-', from);
    if (to == std::string_view::npos) to = fold.size();
    const std::string_view part = fold.substr(from, to - from);
    if (starts(part, fold_hash(part))) return true;
    from = to + 1;
  }
  return false;
}

}  // namespace warta::detail::dates
