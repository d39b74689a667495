#pragma once
// Fixed-date Indonesian national days, as named in news (and in Duckling's Indonesian corpus).
// Moveable feasts (Idulfitri, Imlek, Nyepi, Waisak) follow lunar calendars and are not resolved.
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace warta::detail::dates {

struct Holiday {
  std::array<std::string_view, 4> words;  // lower-case, unused slots empty
  int month, day;
};

// Longer phrases first so that the first match is the longest one.
inline constexpr Holiday kHolidays[] = {
    {{"hari", "proklamasi", "kemerdekaan", "ri"}, 8, 17},
    {{"hari", "proklamasi", "kemerdekaan"}, 8, 17},
    {{"hari", "buruh", "internasional"}, 5, 1},
    {{"hari", "kebangkitan", "nasional"}, 5, 20},
    {{"hari", "lahir", "pancasila"}, 6, 1},
    {{"hari", "kemerdekaan", "ri"}, 8, 17},
    {{"hari", "kemerdekaan", "indonesia"}, 8, 17},
    {{"hari", "kesaktian", "pancasila"}, 10, 1},
    {{"hari", "sumpah", "pemuda"}, 10, 28},
    {{"hari", "pendidikan", "nasional"}, 5, 2},
    {{"hari", "anak", "nasional"}, 7, 23},
    {{"hari", "batik", "nasional"}, 10, 2},
    {{"hari", "guru", "nasional"}, 11, 25},
    {{"hari", "pahlawan", "nasional"}, 11, 10},
    {{"hari", "raya", "natal"}, 12, 25},
    {{"tahun", "baru", "masehi"}, 1, 1},
    {{"hari", "proklamasi"}, 8, 17},
    {{"hari", "kemerdekaan"}, 8, 17},
    {{"hari", "buruh"}, 5, 1},
    {{"hari", "kartini"}, 4, 21},
    {{"hari", "anak"}, 7, 23},
    {{"hari", "batik"}, 10, 2},
    {{"hari", "guru"}, 11, 25},
    {{"hari", "ibu"}, 12, 22},
    {{"hari", "pahlawan"}, 11, 10},
    {{"hari", "natal"}, 12, 25},
    {{"tahun", "baru"}, 1, 1},
    {{"natal"}, 12, 25},
    {{"hardiknas"}, 5, 2},
    {{"harkitnas"}, 5, 20},
};

// How many words each name of kHolidays has.
inline constexpr auto kHolidayLengths = [] {
  std::array<std::uint8_t, std::size(kHolidays)> n{};
  for (std::size_t h = 0; h < n.size(); ++h)
    while (n[h] < kHolidays[h].words.size() && !kHolidays[h].words[n[h]].empty()) ++n[h];
  return n;
}();

}  // namespace warta::detail::dates
