#pragma once
// Fixed-date Indonesian national days, as named in news (and in Duckling's Indonesian corpus).
// Moveable feasts (Idulfitri, Imlek, Nyepi, Waisak) follow lunar calendars and are not resolved.
#include <array>

namespace warta::detail::dates {

struct Holiday {
  std::array<const char*, 4> words;  // lower-case, unused slots nullptr
  int month, day;
};

// Longer phrases first so that the first match is the longest one.
inline constexpr Holiday kHolidays[] = {
    {{"hari", "proklamasi", "kemerdekaan", "ri"}, 8, 17},
    {{"hari", "proklamasi", "kemerdekaan", nullptr}, 8, 17},
    {{"hari", "buruh", "internasional", nullptr}, 5, 1},
    {{"hari", "kebangkitan", "nasional", nullptr}, 5, 20},
    {{"hari", "lahir", "pancasila", nullptr}, 6, 1},
    {{"hari", "kemerdekaan", "ri", nullptr}, 8, 17},
    {{"hari", "kemerdekaan", "indonesia", nullptr}, 8, 17},
    {{"hari", "kesaktian", "pancasila", nullptr}, 10, 1},
    {{"hari", "sumpah", "pemuda", nullptr}, 10, 28},
    {{"hari", "pendidikan", "nasional", nullptr}, 5, 2},
    {{"hari", "anak", "nasional", nullptr}, 7, 23},
    {{"hari", "batik", "nasional", nullptr}, 10, 2},
    {{"hari", "guru", "nasional", nullptr}, 11, 25},
    {{"hari", "pahlawan", "nasional", nullptr}, 11, 10},
    {{"hari", "raya", "natal", nullptr}, 12, 25},
    {{"tahun", "baru", "masehi", nullptr}, 1, 1},
    {{"hari", "proklamasi", nullptr, nullptr}, 8, 17},
    {{"hari", "kemerdekaan", nullptr, nullptr}, 8, 17},
    {{"hari", "buruh", nullptr, nullptr}, 5, 1},
    {{"hari", "kartini", nullptr, nullptr}, 4, 21},
    {{"hari", "anak", nullptr, nullptr}, 7, 23},
    {{"hari", "batik", nullptr, nullptr}, 10, 2},
    {{"hari", "guru", nullptr, nullptr}, 11, 25},
    {{"hari", "ibu", nullptr, nullptr}, 12, 22},
    {{"hari", "pahlawan", nullptr, nullptr}, 11, 10},
    {{"hari", "natal", nullptr, nullptr}, 12, 25},
    {{"tahun", "baru", nullptr, nullptr}, 1, 1},
    {{"natal", nullptr, nullptr, nullptr}, 12, 25},
    {{"hardiknas", nullptr, nullptr, nullptr}, 5, 2},
    {{"harkitnas", nullptr, nullptr, nullptr}, 5, 20},
};

}  // namespace warta::detail::dates
