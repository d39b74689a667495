#pragma once
// Finds, on the pipeline's tokens (text/token.hpp), the runs of a range where the date grammar
// has nothing to do, so the scan leaves them out instead of tokenizing them again: ASCII words no
// rule begins with (or only rules that need a next token which is not there: idle_before in
// scanner.hpp), numbers likewise idle ("12 orang": idle_number_at in expression_starts.hpp),
// ASCII punctuation and typographic quotes. What such a run does to the scan is kept: whether a
// clause starts in it and whether a future marker follows that; and the run ends early enough
// that the tokens the rules look back at are still read, or at the start itself when those
// tokens hold nothing the rules look back for.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "lexicon.hpp"
#include "lexicon/hash_filter.hpp"
#include "text/token.hpp"

namespace warta::detail::dates {

// The pipeline's tokens [next, end) of `tokens` that cover a range.
struct PipelineTokens {
  const Tokens* tokens = nullptr;
  std::uint32_t next = 0, end = 0;
  const HashFilter* telling_words = nullptr;      // ExpressionStarts::telling_words()
  const HashFilter* far_looking_words = nullptr;  // ExpressionStarts::far_looking_words()
  const HashFilter* looked_back_words = nullptr;  // ExpressionStarts::looked_back_words()
};

// A run to leave out, from the date tokenizer's position up to `resume`.
struct QuietRun {
  std::uint32_t resume = 0;
  bool clause_start = false;         // a token in the run starts a clause
  bool future = false;               // a future marker stands in the run after its last clause start
  bool resume_clause_start = false;  // the token at `resume` starts a clause
};

class QuietRuns {
 public:
  QuietRuns(const Lexicon& lex, std::string_view text, PipelineTokens tokens, std::uint32_t range_end)
      : lex_(lex), text_(text.substr(0, range_end)), tokens_(tokens) {
    // Only the tokens inside the range (the caller's all are).
    while (tokens_.end > tokens_.next && tokens_.tokens->list[tokens_.end - 1].end > range_end) --tokens_.end;
  }
  // The run starting at byte `pos`, where the date tokenizer stands between two tokens:
  // `last_punct` is the token before it when that is punctuation (else 0), `break_pending` whether
  // the next token starts a clause anyway. Nothing when no run worth leaving out starts there.
  // Call only where may_start_at(pos) holds.
  std::optional<QuietRun> from(std::uint32_t pos, char last_punct, bool break_pending);
  // False where no run can start at `pos`: most calls come while the token that ended the last
  // run read is still ahead, and no run starts before it ends. Inlined into the scan's loop,
  // which asks after nearly every token it reads.
  bool may_start_at(std::uint32_t pos) const {
    return !stop_found_ || (retry_after_ < tokens_.end && pos >= tokens_.tokens->list[retry_after_].end);
  }

 private:
  enum class Role : std::uint8_t { quiet, future, stop };
  // The scan's state between tokens, as Scanner::run and the date tokenizer keep it: a set of
  // the bits below. A word, not a byte: a byte store may alias the pointers read_run reads, which
  // the compiler would then load again for every token.
  using ScanState = std::uint32_t;
  static constexpr ScanState kClauseStart = 1;  // a left-out token started a clause
  static constexpr ScanState kFuture = 2;       // a future marker after the last such start
  static constexpr ScanState kPending = 4;      // the next token starts a clause
  static constexpr ScanState kFullStop = 8;     // the last token ends with '.' (a clause ends if white space follows)
  static constexpr std::uint32_t kKept = 16;  // states kept: a power of two above kMaxLookBehind
  std::uint32_t read_run(std::uint32_t first, std::uint32_t pos, std::uint32_t limit, ScanState st,
                         std::array<ScanState, kKept>& before) const;
  Role role(std::uint32_t k) const;  // of the pipeline token k
  Role word_role(std::uint32_t k) const;  // a word that may be in the lexicon
  // The word after pipeline token k, when the date tokenizer reads it as one (else `known` false).
  const WordInfo* next_word(std::uint32_t k, bool& known) const;
  template <class F> void for_each_word(const detail::Token& t, F&& f) const;  // the fold and its hyphen parts
  std::uint32_t look_behind_before(std::uint32_t stop) const;
  bool unread_before(std::uint32_t stop) const;
  // Only ASCII white space (or nothing) in text_[from, to); `newline` set when a line break is there.
  bool white(std::uint32_t from, std::uint32_t to, bool& newline) const;
  bool white_slow(std::uint32_t from, std::uint32_t to, bool& newline) const;

  const Lexicon& lex_;
  std::string_view text_;  // up to the range end
  PipelineTokens tokens_;  // `next` advances with the scan
  std::uint32_t retry_after_ = 0;  // no run starts at a token up to this one (a stop found earlier)
  bool stop_found_ = false;
};

}  // namespace warta::detail::dates
