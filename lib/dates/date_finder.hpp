#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta::detail {

struct Tokens;  // text/token.hpp

enum class DateGrain : std::uint8_t { year, month, week, day, hour, minute, second };
std::string_view grain_name(DateGrain g);  // "year","month",...

// A wall-clock moment; unset parts are -1 (hour/minute/second) or 0 (month/day).
struct CivilTime {
  int year = 0, month = 0, day = 0, hour = -1, minute = -1, second = -1;
  std::optional<int> utc_offset_minutes;  // WIB +420, WITA +480, WIT +540; "waktu setempat" -> nullopt
};

struct DateFinding {
  std::uint32_t start = 0, end = 0;  // half-open byte offsets into the text passed to find()
  std::optional<std::string> value;  // warta/1 value ("2024-06-19", "2024-06-19T10:00+07:00", "a/b"); nullopt if unresolvable
  DateGrain grain = DateGrain::day;
  std::optional<CivilTime> first;    // resolved start point
  bool interval = false;
  bool future = false;               // the clause marks it as future/planned
};

struct DateQuery {
  std::optional<CivilTime> reference;  // caller hint or article publication time (anchor)
};

// A byte range of the text and the pipeline's tokens [tok_begin, tok_end) that cover it.
struct TokenizedRange {
  std::uint32_t start = 0, end = 0;
  std::uint32_t tok_begin = 0, tok_end = 0;
};

class DateFinder {
 public:
  DateFinder();  // builds immutable tables; thread-safe to use concurrently
  // Scans only inside `ranges` (ascending, non-overlapping byte ranges of `text`); expressions never cross a range end.
  std::vector<DateFinding> find(std::string_view text, std::span<const std::pair<std::uint32_t, std::uint32_t>> ranges,
                                const DateQuery& q) const;
  // The same findings as find(text, ranges, q) on the byte ranges; `tokens` is the pipeline's
  // tokenization of `text`, whose plain words the scan takes as they are instead of reading them again.
  // They replace what `out` held; its capacity is kept, so a caller that keeps the list across
  // calls (pipeline/workspace.hpp) does not grow it again finding by finding.
  void find(std::string_view text, const Tokens& tokens, std::span<const TokenizedRange> ranges, const DateQuery& q,
            std::vector<DateFinding>& out) const;
  // Convenience: whole text as one range.
  std::vector<DateFinding> find(std::string_view text, const DateQuery& q) const;
  // Whether tokens [tok_begin, tok_end) of the pipeline's tokenization may hold a date expression:
  // false only when find() on the text they cover certainly finds nothing, so the caller can leave
  // that range out (the anchor carried from range to range changes only with a finding).
  // `text` is the text the tokens were read from.
  bool may_hold_date(std::string_view text, const Tokens& tokens, std::uint32_t tok_begin, std::uint32_t tok_end) const {
    return may_hold_date(text, tokens, tok_begin, tok_end, tok_end);
  }
  // The same for tokens [tok_begin, tok_end) of a range that goes on to token `range_end`: a word
  // is judged with the token after it, so a range read in pieces (pipeline/document.cpp) is asked
  // piece by piece, each piece's last token left for the next, with the same answer as a whole.
  bool may_hold_date(std::string_view text, const Tokens& tokens, std::uint32_t tok_begin, std::uint32_t tok_end,
                     std::uint32_t range_end) const;
  // A header timestamp line ("Rabu, 19 Jun 2024 10:12 WIB", "Kompas.com - 27/04/2018, 14:58 WIB", ...) -> the moment.
  std::optional<CivilTime> parse_stamp(std::string_view line) const;

 private:
  friend class DateScan;  // date_scan.hpp
  struct Tables;
  std::shared_ptr<const Tables> tables_;
};

}  // namespace warta::detail
