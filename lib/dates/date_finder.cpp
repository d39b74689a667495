#include "date_finder.hpp"

#include "date_finder_tables.hpp"
#include "date_scan.hpp"
#include "scanner.hpp"
#include "text/ascii_block.hpp"

namespace warta::detail {

std::string_view grain_name(DateGrain g) {
  switch (g) {
    case DateGrain::year: return "year";
    case DateGrain::month: return "month";
    case DateGrain::week: return "week";
    case DateGrain::day: return "day";
    case DateGrain::hour: return "hour";
    case DateGrain::minute: return "minute";
    case DateGrain::second: return "second";
  }
  return "day";
}

DateFinder::DateFinder() : tables_(std::make_shared<const Tables>()) {}

std::vector<DateFinding> DateFinder::find(std::string_view text,
                                          std::span<const std::pair<std::uint32_t, std::uint32_t>> ranges,
                                          const DateQuery& q) const {
  std::vector<DateFinding> out;
  // One scanner for all ranges: the "latest stated date" anchor carries over from range to range.
  dates::Scanner scanner(tables_->lexicon, text, q);
  const auto size = static_cast<std::uint32_t>(text.size() > UINT32_MAX ? UINT32_MAX : text.size());
  for (const auto& [b, e] : ranges) {
    const std::uint32_t end = e < size ? e : size;
    if (b < end) scanner.run(b, end, out);
  }
  return out;
}

void DateFinder::find(std::string_view text, const Tokens& tokens, std::span<const TokenizedRange> ranges,
                      const DateQuery& q, std::vector<DateFinding>& out) const {
  DateScan scan(*this, text, tokens, q, out);
  for (const TokenizedRange& r : ranges) scan.run(r);
}

std::vector<DateFinding> DateFinder::find(std::string_view text, const DateQuery& q) const {
  const std::pair<std::uint32_t, std::uint32_t> whole{0, static_cast<std::uint32_t>(text.size() > UINT32_MAX ? UINT32_MAX : text.size())};
  return find(text, std::span(&whole, 1), q);
}

bool DateFinder::may_hold_date(std::string_view text, const Tokens& tokens, std::uint32_t tok_begin,
                               std::uint32_t tok_end, std::uint32_t range_end) const {
  return tables_->starts.any(text, tokens, tok_begin, tok_end, range_end);
}

// A stamp is the first finding that names a full calendar date; a time written after it
// ("…, 14:58 WIB", "… | 16:42") is part of the same finding.
std::optional<CivilTime> DateFinder::parse_stamp(std::string_view line) const {
  // Without a reference every year the grammar finds is a number it reads (an ASCII digit run),
  // and nothing is resolved before a year is: a line without an ASCII digit names no full date.
  // Most header lines the layout offers are such lines; they cost no scan.
  if (find_marked(line, 0, [](std::uint64_t w) { return AsciiBlock(w).digit; }) == line.size()) return std::nullopt;
  for (const DateFinding& f : find(line, DateQuery{})) {
    if (f.first && f.first->year > 0 && f.first->day > 0) return f.first;
  }
  return std::nullopt;
}

}  // namespace warta::detail
