#pragma once
// Shared helpers for the dates_*_test.cpp files.
#include <string>
#include <vector>

#include "../lib/dates/date_finder.hpp"

namespace warta::detail::dates_testing {

inline CivilTime at(int y, int m, int d, int h = -1, int mi = -1) {
  CivilTime t;
  t.year = y, t.month = m, t.day = d, t.hour = h, t.minute = mi;
  if (h >= 0) t.second = 0;
  return t;
}

inline const DateFinder& finder() {
  static const DateFinder f;
  return f;
}

// Values of all findings ("null" for unresolved ones).
inline std::vector<std::string> values(std::string_view text, std::optional<CivilTime> ref) {
  std::vector<std::string> out;
  for (const DateFinding& d : finder().find(text, DateQuery{ref})) out.push_back(d.value ? *d.value : "null");
  return out;
}

inline std::string first_value(std::string_view text, std::optional<CivilTime> ref) {
  auto v = values(text, ref);
  return v.empty() ? "<none>" : v.front();
}

}  // namespace warta::detail::dates_testing
