#pragma once
// The date grammar: one left-to-right pass over the tokens of each range, trying the rules at
// every token that can start a date expression and resolving what it finds against the anchor.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "date_finder.hpp"
#include "lexicon.hpp"
#include "quiet_runs.hpp"
#include "tokens.hpp"

namespace warta::detail::dates {

// Whether the grammar can find anything at a word with this entry: the rules begin only at these
// words, numbers and "(" (a number must follow it). Frequent words that only ever continue an
// expression ("yang", "dari", "dengan", "itu", "lalu", "no") cost no parse.
bool begins_expression(const WordInfo& w);
// The same, as the lexicon stored it in every entry (WordInfo::starts).
inline bool starts_expression(const WordInfo& w) { return w.starts; }

// How many tokens before the one they start at the rules read: "dalam" looks for a superlative
// up to six words back (only when a count follows it); every other rule at most two ("No. 7/2017",
// "ke-43", "Nomor 7 Tahun 2017").
inline constexpr std::uint32_t kMaxLookBehind = 6;
inline constexpr std::uint32_t kLookBehind = 2;
// Whether no rule can begin at the starting word `w` when the next token is a word with entry
// `next`, or (nullptr) a word the lexicon lacks or punctuation. True only for words whose every
// rule needs a certain next token: "pada" a year ("pada 2024", "pada tahun 2024") or a
// month, "hingga"/"sampai"/"menjelang"… a year, "dalam" a count, "selama" a year or "bulan",
// "baru" "saja", "tahun" a year, a period word or "baru", "bulan" a period word or a month, a
// numeral ("dua", "sepekan") a lexicon word. Quiet runs leave such words out.
bool idle_before(const WordInfo& w, const WordInfo* next);
// Whether no rule can begin at a number (of other than 8 digits: "20240619" stands alone) when
// the token after it is `next` (the date tokenizer's, in `text`): a number begins a date only
// before "/", "-", "." or ":", a lexicon word, or the "s" of "s/d".
bool number_idle_before(const Token& next, std::string_view text);
// Whether no rule can begin at such a number when number_idle_before() does not hold because the
// next token is a lexicon word, with entry `next`, and the token after that is `after` (nullptr:
// punctuation or a word the lexicon lacks): parse_number() reads on through a lexicon word only
// to a month ("19 Juni"), a range ("1 hingga 3 Juli", "10 sampai 12 WIB"), a clock's part of day
// or zone ("10 pagi", "10 WIB"), "Agustusan", or a unit with a lexicon word after it ("2 hari
// lalu"). Quiet runs and the paragraph test read it off the pipeline's tokens ("20 tahun penjara",
// "3 orang yang").
bool number_idle_before_word(const WordInfo& next, const WordInfo* after);
inline std::uint32_t look_behind(const WordInfo& w) { return w.kw == Kw::dalam ? kMaxLookBehind : kLookBehind; }

// One recognised expression, already resolved when an anchor was available.
struct Expr {
  std::size_t end = 0;  // token index just after the expression
  bool resolved = false;
  CivilTime a;
  DateGrain grain = DateGrain::day;
  bool interval = false;
  CivilTime b;               // exclusive interval end
  bool open_end = false;     // "sejak X" with nothing to close it: "X/.."
  bool day_bounds = false;   // a calendar period (week/month/year) written as "YYYY-MM-DD/YYYY-MM-DD"
  bool explicit_day = false; // a calendar date the text states (becomes the event date / anchor)
};

class Scanner {
 public:
  Scanner(const Lexicon& lex, std::string_view text, const DateQuery& q) : lex_(lex), text_(text), ref_(q.reference) {}
  // `pipeline`: the pipeline's tokens of the range, when the caller has them (tokens.hpp).
  void run(std::uint32_t begin, std::uint32_t end, std::vector<DateFinding>& out, PipelineTokens pipeline = {});

 private:
  struct Clock;   // a parsed time of day
  struct PDate;   // a calendar date whose year may still be unknown

  Token tok(std::size_t i) { return ts_->at(i); }
  bool is_kw(std::size_t i, Kw k);
  bool is_punct(std::size_t i, char c);
  const WordInfo* info(std::size_t i);
  std::optional<CivilTime> anchor() const { return ref_ ? ref_ : stated_; }
  void leave_out_quiet_run(TokenStream& ts, QuietRuns& quiet);
  template <bool kLeaveOut> void scan(TokenStream& ts, QuietRuns* quiet, std::vector<DateFinding>& out);

  bool idle_start(std::size_t i);  // token i, which can start an expression, cannot here (no parse needed)
  std::optional<Expr> parse_at(std::size_t i);
  std::optional<Expr> parse_word(std::size_t i, const WordInfo& w);
  std::optional<Expr> parse_number(std::size_t i);
  std::optional<PDate> numeric_date(std::size_t i, bool context);
  std::optional<PDate> named_date(std::size_t i);
  std::optional<PDate> any_date(std::size_t i, bool context);
  std::optional<Expr> weekday_expr(std::size_t i, const WordInfo& w);
  std::optional<Expr> month_expr(std::size_t i, bool triggered);
  std::optional<Expr> relative_period(Unit u, std::size_t after);
  bool after_superlative(std::size_t i);  // token i: "pertama", "tertinggi", ...
  std::optional<Expr> offset_expr(std::size_t i, bool dalam);
  std::optional<Expr> holiday(std::size_t i);
  std::optional<Clock> clock(std::size_t i, bool triggered);
  std::optional<std::pair<int, std::size_t>> count(std::size_t i);
  std::size_t range_connector(std::size_t i);

  Expr date_expr(const PDate& d, int weekday);
  Expr with_tail(Expr e, bool deictic);
  Expr range(Expr first, const PDate& a, std::size_t j);
  bool resolve_year(PDate& d, int weekday);
  void set_time(Expr& e, const Clock& c);
  Expr deictic_day(std::size_t end, int offset);
  void emit(std::size_t i, const Expr& e, std::vector<DateFinding>& out);

  const Lexicon& lex_;
  std::string_view text_;
  std::optional<CivilTime> ref_;           // the caller's reference (publication time)
  std::optional<CivilTime> stated_;        // latest full date the text stated (anchor without a reference)
  std::optional<CivilTime> event_;         // last explicit event date ("hari itu", "keesokan harinya")
  std::optional<CivilTime> sentence_day_;  // a date stated earlier in the current sentence
  bool future_ = false;                    // the current clause speaks of the future
  std::size_t sejak_run_end_ = 0;          // token after the last run of "sejak" read (0: none yet)
  TokenStream* ts_ = nullptr;
};

}  // namespace warta::detail::dates
