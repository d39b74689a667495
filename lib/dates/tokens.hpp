#pragma once
// Splits one byte range of the text into words, digit runs and punctuation, lazily and with a
// bounded buffer, so a 50 MB line costs memory only for the tokens the grammar can still look at.
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.hpp"

namespace warta::detail::dates {

enum class TokKind : std::uint8_t { word, number, punct, end };

struct Token {
  std::uint32_t start = 0, end = 0;  // byte offsets into the whole text
  TokKind kind = TokKind::end;
  bool space_before = false;  // whitespace separates it from the previous token
  bool clause_start = false;  // a line break or a sentence/clause end (. ! ? ;) precedes it
  char punct = 0;             // normalised: all dashes '-', all quotes '"', anything unknown '*'
  std::uint16_t digits = 0;   // number: digit count (saturates)
  std::int32_t value = -1;    // number: its value when it has at most 9 digits
  const WordInfo* info = nullptr;  // word: lexicon entry, if any
};

class TokenStream {
 public:
  TokenStream(std::string_view text, std::uint32_t begin, std::uint32_t end, const Lexicon& lex);
  // Token number i (absolute); past the range end it is a TokKind::end token.
  Token at(std::size_t i);  // by value: a later call may grow (move) the buffer
  // Lets the stream forget tokens before index i (the grammar never looks further back than that).
  void release_before(std::size_t i);

 private:
  bool next(Token& t);
  std::string_view text_;
  std::uint32_t pos_, end_;
  const Lexicon& lex_;
  std::vector<Token> buf_;
  std::size_t base_ = 0;  // absolute index of buf_[0]
  bool done_ = false;
  Token end_token_;
};

}  // namespace warta::detail::dates
