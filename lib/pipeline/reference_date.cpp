#include "pipeline/reference_date.hpp"

#include <algorithm>

#include "pipeline/document.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail {
namespace {

// Exactly `len` ASCII digits at s[at], as a number (the fields are two or four digits long).
bool read_int(std::string_view s, std::size_t at, std::size_t len, int& out) {
  if (at + len > s.size()) return false;
  int v = 0;
  for (std::size_t i = at; i < at + len; ++i) {
    const unsigned d = static_cast<unsigned char>(s[i]) - '0';
    if (d > 9) return false;
    v = v * 10 + static_cast<int>(d);
  }
  out = v;
  return true;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

// A finding that names a whole calendar day, the only kind a "hari ini" statement can fix.
bool names_a_day(const DateFinding& d) {
  return d.first && d.first->year > 0 && d.first->month > 0 && d.first->day > 0 &&
         (d.grain == DateGrain::day || d.grain == DateGrain::hour || d.grain == DateGrain::minute);
}

}  // namespace

std::optional<CivilTime> parse_reference_date(std::string_view s) {
  CivilTime t;
  if (!read_int(s, 0, 4, t.year) || s.size() < 10 || s[4] != '-' || !read_int(s, 5, 2, t.month) || s[7] != '-' ||
      !read_int(s, 8, 2, t.day))
    return std::nullopt;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > days_in_month(t.year, t.month)) return std::nullopt;
  std::size_t at = 10;
  if (at < s.size() && (s[at] == 'T' || s[at] == ' ')) {
    if (!read_int(s, at + 1, 2, t.hour) || at + 3 >= s.size() || s[at + 3] != ':' || !read_int(s, at + 4, 2, t.minute))
      return std::nullopt;
    at += 6;
    if (at < s.size() && s[at] == ':') {
      if (!read_int(s, at + 1, 2, t.second)) return std::nullopt;
      at += 3;
    }
    if (t.hour > 23 || t.minute > 59 || t.second > 60) return std::nullopt;
    if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
      int h = 0, m = 0;
      if (!read_int(s, at + 1, 2, h) || at + 3 >= s.size() || s[at + 3] != ':' || !read_int(s, at + 4, 2, m))
        return std::nullopt;
      t.utc_offset_minutes = (s[at] == '-' ? -1 : 1) * (h * 60 + m);
      at += 6;
    } else if (at < s.size() && s[at] == 'Z') {
      t.utc_offset_minutes = 0;
      ++at;
    }
  }
  if (at != s.size()) return std::nullopt;
  return t;
}

std::optional<CivilTime> stated_today(const Document& doc, std::span<const DateFinding> dates) {
  // Only the opening of the report: the headline, lead and first two body paragraphs.
  std::size_t opening = 0, body_seen = 0;
  while (opening < doc.paragraphs.size() &&
         (doc.paragraphs[opening].kind != BlockKind::body || ++body_seen <= 2))
    ++opening;
  // The day follows "hari ini" within 24 bytes, so it starts at most 24 bytes past the opening's
  // paragraphs. Most reports without a header stamp name no whole day there: then no "hari ini"
  // can fix one, and their opening is not walked.
  std::uint32_t reach = 0;
  for (std::size_t k = 0; k < opening; ++k) reach = std::max(reach, doc.paragraphs[k].end);
  auto within_reach = [&](const DateFinding& d) {
    return std::uint64_t{d.start} <= std::uint64_t{reach} + 24 && names_a_day(d);
  };
  if (std::none_of(dates.begin(), dates.end(), within_reach)) return std::nullopt;
  // Tokens are told apart by their stored hash first, so most are passed over with no string compare.
  const std::uint32_t hari = fold_hash("hari");
  for (const Paragraph& p : std::span(doc.paragraphs).first(opening)) {
    for (std::uint32_t i = p.tok_begin; i + 1 < p.tok_end; ++i) {
      if (doc.tokens.list[i].hash != hari || doc.fold(i) != "hari" || doc.fold(i + 1) != "ini") continue;
      std::uint32_t after = doc.tokens.list[i + 1].end;
      for (const DateFinding& d : dates) {
        if (d.start < after || d.start > after + 24) continue;
        if (names_a_day(d)) {
          CivilTime t = *d.first;
          t.hour = t.minute = t.second = -1;
          return t;
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace warta::detail
