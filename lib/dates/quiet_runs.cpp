#include "quiet_runs.hpp"

#include <array>

#include "expression_starts.hpp"
#include "scanner.hpp"
#include "text/fold_hash.hpp"
#include "text/utf8.hpp"

namespace warta::detail::dates {

namespace {

bool clause_punct(char c) { return c == '!' || c == '?' || c == ';'; }

// A run shorter than this is read rather than jumped over.
constexpr std::uint32_t kMinRun = 1;

}  // namespace

inline bool QuietRuns::white(std::uint32_t from, std::uint32_t to, bool& newline) const {
  if (to == from || (to == from + 1 && text_[from] == ' ')) return true;  // nearly every gap
  return white_slow(from, to, newline);
}

bool QuietRuns::white_slow(std::uint32_t from, std::uint32_t to, bool& newline) const {
  for (std::uint32_t at = from; at < to; ++at) {
    const auto c = static_cast<unsigned char>(text_[at]);
    if (c > ' ' && c != 0x7F) return false;
    newline |= c == '\n';
  }
  return true;
}

// Why the whole fold and its hyphen-separated parts are the words the date tokenizer would look
// up: expression_starts.cpp.
template <class F>
void QuietRuns::for_each_word(const detail::Token& t, F&& f) const {
  const std::string_view fold = tokens_.tokens->fold_of(t);
  if (const WordInfo* w = lex_.find(fold, t.hash)) f(*w);
  if (!t.has(tokflag::hyphenated)) return;
  for (std::size_t from = 0; from <= fold.size();) {
    std::size_t to = fold.find('-', from);
    if (to == std::string_view::npos) to = fold.size();
    const std::string_view part = fold.substr(from, to - from);
    if (const WordInfo* w = lex_.find(part, fold_hash(part))) f(*w);
    from = to + 1;
  }
}

// A token is quiet when the date tokenizer reads it as ASCII words and punctuation of its own
// (printable ASCII or a typographic quote, no digit) and none of its words is one a rule begins
// with, or as numbers that begin nothing before the token after them (idle_number_at); `future`
// when one of its words marks the future.
// (Whether a word is ASCII is checked for the whole run at once, in from().)
inline QuietRuns::Role QuietRuns::role(std::uint32_t k) const {
  const detail::Token& t = tokens_.tokens->list[k];
  if (t.kind == TokenKind::number) return idle_number_at(lex_, text_, *tokens_.tokens, k, tokens_.end) ? Role::quiet : Role::stop;
  if (t.has(tokflag::has_digit)) return Role::stop;
  if (t.kind == TokenKind::punct) {
    const auto c = static_cast<unsigned char>(text_[t.start]);
    // A control character is white space to dates.
    return (c > ' ' && c < 0x7F) || typographic_quote(text_, t) ? Role::quiet : Role::stop;
  }
  if (!t.has(tokflag::hyphenated) && !tokens_.telling_words->may_hold(t.hash)) return Role::quiet;  // most words
  return word_role(k);
}

// A starting word is quiet too when the token after it is none its rules need (idle_before in
// scanner.hpp: "pada" before anything but a year or month, "dalam" before anything but a count).
QuietRuns::Role QuietRuns::word_role(std::uint32_t k) const {
  const detail::Token& t = tokens_.tokens->list[k];
  Role r = Role::quiet;
  for_each_word(t, [&](const WordInfo& w) {
    bool stop = starts_expression(w);
    if (stop && !t.has(tokflag::hyphenated)) {
      bool known = false;
      const WordInfo* next = next_word(k, known);
      stop = !known || !idle_before(w, next);
    }
    if (stop) r = Role::stop;
    else if (w.future && r == Role::quiet) r = Role::future;
  });
  return r;
}

const WordInfo* QuietRuns::next_word(std::uint32_t k, bool& known) const {
  return date_word_at(lex_, text_, *tokens_.tokens, k + 1, tokens_.end, known);
}

// How many tokens before the token `stop` the scan must read: the look-back of the rules that may
// start in it or shortly after it (a quiet token is at least one token of the date tokenizer).
// None when the two tokens before it hold nothing the common look-back of two tokens is for, and
// no "dalam" up to kMaxLookBehind tokens on reads further back.
std::uint32_t QuietRuns::look_behind_before(std::uint32_t stop) const {
  std::uint32_t need = stop < tokens_.end && unread_before(stop) ? 0 : kLookBehind;
  const std::vector<detail::Token>& list = tokens_.tokens->list;
  for (std::uint32_t j = 0; j < kMaxLookBehind && stop + j < tokens_.end; ++j) {
    const detail::Token& t = list[stop + j];
    if (t.kind != TokenKind::word || (!t.has(tokflag::hyphenated) && !tokens_.far_looking_words->may_hold(t.hash))) continue;
    if (!t.has(tokflag::hyphenated)) {  // "dalam" reads back only where a rule may start at it
      bool known = false;
      const WordInfo* next = next_word(stop + j, known);
      const WordInfo* self = lex_.find(tokens_.tokens->fold_of(t), t.hash);
      if (known && self && idle_before(*self, next)) continue;
    }
    for_each_word(t, [&](const WordInfo& w) {
      if (look_behind(w) > need + j) need = look_behind(w) - j;
    });
  }
  return need;
}

// Whether the two tokens before the token `stop` are none the rules look back for: the rules that
// start at `stop` or at the token after it read back two tokens, and only for "ke-", a legal
// word ("No. 7/2017", "UU 24/2022") or "(" before a number ("( 19/6)" starts there).
// And the text between the token before `stop` and `stop` must be white space the date tokenizer
// skips, or it would read that text with `stop` when it starts there (a run may end at a gap that
// is not, as "pada \u200ERabu").
bool QuietRuns::unread_before(std::uint32_t stop) const {
  bool newline = false;
  if (!white(tokens_.tokens->list[stop - 1].end, tokens_.tokens->list[stop].start, newline)) return false;
  for (std::uint32_t k = stop - kLookBehind; k < stop; ++k) {
    const detail::Token& t = tokens_.tokens->list[k];
    if (t.kind == TokenKind::punct) {
      const char c = text_[t.start];  // ASCII or a typographic quote (which none of these is)
      if (c == '-' || c == '.' || c == '(') return false;
      continue;
    }
    // Most words: one bit of the filter (a quiet word starts with ASCII, and a word without
    // digits or hyphens is one date word, its fold: date_word_at).
    if (!t.has(tokflag::has_digit | tokflag::hyphenated) && !tokens_.looked_back_words->may_hold(t.hash)) continue;
    bool known = false;
    const WordInfo* w = date_word_at(lex_, text_, *tokens_.tokens, k, tokens_.end, known);
    if (!known || (w && (w->kw == Kw::ke || w->kw == Kw::legal))) return false;
  }
  return true;
}

// Reads the quiet tokens from `first` (up to `limit` at most), from the state `st` at byte `pos`,
// keeping in `before` the state before each of the last kKept; returns the first token not read.
std::uint32_t QuietRuns::read_run(std::uint32_t first, std::uint32_t pos, std::uint32_t limit, ScanState st,
                                  std::array<ScanState, kKept>& before) const {
  // Held locally: the rare role() call would otherwise make the compiler load them again for
  // every token.
  const detail::Token* const list = tokens_.tokens->list.data();
  const char* const text = text_.data();
  const HashFilter& telling = *tokens_.telling_words;
  std::uint32_t k = first;
  for (std::uint32_t gap_from = pos; k < limit; ++k) {
    const detail::Token& t = list[k];
    // Most tokens are plain words no rule begins with (role() says quiet at once): they neither
    // mark the future nor make the next token start a clause, nor end with a full stop (a
    // pipeline word takes "." only between digits). After white space without a line break
    // (the pipeline's flags tell; a non-ASCII gap ends the run in from()) and a token that ends
    // no clause, such a word starts none either: the state stays as it is.
    const bool plain = t.kind == TokenKind::word && !t.has(tokflag::has_digit | tokflag::hyphenated) &&
                       !telling.may_hold(t.hash);
    if (plain && !(st & (kPending | kFullStop)) &&
        (t.flags & (tokflag::space_before | tokflag::line_start)) == tokflag::space_before) {
      before[k & (kKept - 1)] = st;
      gap_from = t.end;
      continue;
    }
    // Next most: ASCII punctuation (one byte) after no gap or one without a line break.
    const auto c = static_cast<unsigned char>(text[t.start]);
    if (t.kind == TokenKind::punct && c > ' ' && c < 0x7F &&
        (t.start == gap_from || (t.flags & (tokflag::space_before | tokflag::line_start)) == tokflag::space_before)) {
      before[k & (kKept - 1)] = st;
      const bool clause = (st & kPending) || ((st & kFullStop) && t.start > gap_from);
      st = (clause ? kClauseStart : st & (kClauseStart | kFuture)) | (clause_punct(static_cast<char>(c)) ? kPending : 0) |
           (c == '.' ? kFullStop : 0);
      gap_from = t.end;
      continue;
    }
    bool newline = false;
    if (!white(gap_from, t.start, newline)) break;
    ScanState marks = 0;
    if (!plain) {
      const Role r = role(k);
      if (r == Role::stop) break;
      if (r == Role::future) marks |= kFuture;
      if (t.kind == TokenKind::punct && clause_punct(text[t.end - 1])) marks |= kPending;
    }
    before[k & (kKept - 1)] = st;
    // A clause starting at t clears the future marked before it.
    const bool clause = newline || (st & kPending) || ((st & kFullStop) && t.start > gap_from);
    st = (clause ? kClauseStart : st & (kClauseStart | kFuture)) | marks;
    if (text[t.end - 1] == '.') st |= kFullStop;
    gap_from = t.end;
  }
  before[k & (kKept - 1)] = st;
  return k;
}

std::optional<QuietRun> QuietRuns::from(std::uint32_t pos, char last_punct, bool break_pending) {
  const std::vector<detail::Token>& list = tokens_.tokens->list;
  std::uint32_t first = tokens_.next;
  while (first < tokens_.end && list[first].end <= pos) ++first;
  tokens_.next = first;
  if (first < tokens_.end && list[first].start < pos) return std::nullopt;

  // The run ends some tokens before the first one that is not quiet.
  std::array<ScanState, kKept> before;
  ScanState start = 0;
  if (break_pending || clause_punct(last_punct)) start |= kPending;
  if (last_punct == '.') start |= kFullStop;
  std::uint32_t stop = read_run(first, pos, tokens_.end, start, before);
  bool newline = false;
  if (stop == tokens_.end && white(stop == first ? pos : list[stop - 1].end, static_cast<std::uint32_t>(text_.size()), newline)) {
    if (text_.size() <= pos) return std::nullopt;
    QuietRun run;  // nothing left can start an expression, ASCII or not: the scan is done
    run.resume = static_cast<std::uint32_t>(text_.size());
    return run;
  }
  if (stop > first) {
    // A run is ASCII but for typographic quotes: the first other non-ASCII byte ends it at its
    // token (read again up to there, as the states kept may belong to tokens after it).
    const std::string_view run_text = text_.substr(0, list[stop - 1].end);
    std::uint32_t non_ascii = pos;
    for (std::uint32_t k = first;;) {
      non_ascii = static_cast<std::uint32_t>(ascii_run_end(run_text, non_ascii));
      if (non_ascii >= run_text.size()) break;
      while (list[k].end <= non_ascii) ++k;  // the token holding the byte, or the one after it
      if (list[k].start != non_ascii || list[k].kind != TokenKind::punct || !typographic_quote(text_, list[k])) break;
      non_ascii = list[k].end;
    }
    std::uint32_t ascii_stop = stop;
    while (ascii_stop > first && list[ascii_stop - 1].end > non_ascii) --ascii_stop;
    if (ascii_stop < stop) stop = read_run(first, pos, ascii_stop, start, before);
  }
  stop_found_ = true, retry_after_ = stop;
  if (stop < first + kLookBehind + kMinRun) return std::nullopt;
  // None: the scan resumes at `stop` itself (TokenStream::jump_to leaves nothing before it for
  // the rules to read).
  const std::uint32_t margin = look_behind_before(stop);
  if (stop < first + margin + kMinRun) return std::nullopt;
  // The date tokenizer restarts after white space.
  std::uint32_t resume_at = stop - margin;
  while (resume_at > first && list[resume_at].start == list[resume_at - 1].end) --resume_at;
  if (resume_at < first + kMinRun || stop - resume_at >= kKept) return std::nullopt;

  const ScanState at = before[resume_at & (kKept - 1)];
  QuietRun run;
  run.resume = list[resume_at].start;
  tokens_.next = resume_at;  // the next call looks for its first token from there, not across the run again
  run.clause_start = at & kClauseStart;
  run.future = at & kFuture;
  newline = false;
  white(list[resume_at - 1].end, run.resume, newline);
  run.resume_clause_start = (at & (kPending | kFullStop)) || newline;  // white space precedes resume
  return run;
}

}  // namespace warta::detail::dates
