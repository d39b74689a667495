#pragma once
// Splits one byte range of the text into words, digit runs and punctuation, lazily and with a
// bounded buffer, so a 50 MB line costs memory only for the tokens the grammar can still look at.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

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

// The tokens live in a ring indexed by absolute token number. The ring sits inside the stream
// (no allocation for ordinary paragraphs) and moves to the heap, twice as large, only when the
// grammar looks further ahead of the released prefix than the ring holds.
class TokenStream {
 public:
  TokenStream(std::string_view text, std::uint32_t begin, std::uint32_t end, const Lexicon& lex)
      : text_(text), pos_(begin), end_(end), lex_(lex), ring_(reinterpret_cast<Token*>(inline_)) {}
  TokenStream(const TokenStream&) = delete;
  TokenStream& operator=(const TokenStream&) = delete;

  // Token number i (absolute); past the range end, or overwritten after release, a TokKind::end
  // token. The reference holds only until the next call: reading further may move the ring.
  const Token& at(std::size_t i) {
    // The rules often look past a short range's end: no call once the range is read.
    if (i >= read_ && (done_ || !read_until(i))) return kEnd;
    return i >= oldest_ ? ring_[i & (cap_ - 1)] : kEnd;
  }
  // Lets the stream reuse the slots of tokens before index i (the grammar never looks further
  // back than that).
  void release_before(std::size_t i) {
    if (i > released_) released_ = i;
  }

  // Tokens read so far, and the byte where the next one is looked for.
  std::size_t read_count() const { return read_; }
  std::uint32_t position() const { return pos_; }
  // The last token read, when it was punctuation (its normalised character), else 0.
  char last_punct() const { return last_punct_; }
  // Whether the next token starts a clause whatever precedes it (the range's first token).
  bool break_pending() const { return pending_break_; }
  // Goes on reading at `pos` (> position()), leaving out the text before it: the caller has
  // taken account of the tokens there. White space must precede `pos`; `clause_start`: the token
  // read there starts a clause. The tokens read before are gone: a rule looking back from `pos`
  // finds nothing (not the tokens before the text left out).
  void jump_to(std::uint32_t pos, bool clause_start) {
    oldest_ = released_ = read_;
    pos_ = pos;
    pending_space_ = true;
    pending_break_ = clause_start;
    last_punct_ = 0;
  }

 private:
  static constexpr std::size_t kInline = 64;  // a power of two, like every ring size
  static constexpr Token kEnd{};

  // Reads tokens up to number i (not read yet, the range not done); false when the range ends first.
  bool read_until(std::size_t i);
  // Constructs the next token in `slot`; false (slot untouched) at the end. Inlined into its one
  // caller, read_until: a call per token cost more than the loop around it.
  [[gnu::always_inline]] inline bool next(Token* slot);
  void grow();

  std::string_view text_;
  std::uint32_t pos_, end_;
  const Lexicon& lex_;
  std::size_t read_ = 0;      // tokens read so far (absolute index of the next one)
  std::size_t oldest_ = 0;    // the ring holds tokens [oldest_, read_)
  std::size_t released_ = 0;  // tokens before this index may be overwritten
  bool done_ = false;
  bool pending_space_ = false;  // white space before the next token that lies before pos_
  bool pending_break_ = true;   // the next token starts a clause (first of the range, or after a jump)
  char last_punct_ = 0;
  std::size_t cap_ = kInline;
  Token* ring_;
  std::unique_ptr<Token[]> heap_;
  // Raw storage: a slot is constructed when a token is read into it, so opening a stream on a
  // short range costs nothing per slot.
  alignas(Token) std::byte inline_[kInline * sizeof(Token)];
};

}  // namespace warta::detail::dates
