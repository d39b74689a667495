#pragma once
// Month and weekday names: CLDR's (generated) plus the spellings Indonesian news uses that CLDR lacks.
namespace warta::detail::dates {

struct CalendarName {
  const char* name;  // lower-case
  int value;         // month 1-12, or ISO weekday 1-7
  bool abbreviated;
};

#include "calendar_names.inc"

// Hand-written on purpose: these are old-orthography spellings (Pebruari, Nopember, Jum'at),
// Arabic-derived names (Ahad) and newsroom abbreviations (Agt, Ags, Sept) that are common in
// Indonesian news but absent from CLDR, so the generator cannot produce them; and the English
// abbreviations some sites print in their header stamps ("Senin 19 Aug 2024 20:45 WIB").
inline constexpr CalendarName kNewsMonthVariants[] = {
    {"pebruari", 2, false}, {"nopember", 11, false}, {"agt", 8, true},  {"ags", 8, true},
    {"agust", 8, true},     {"sept", 9, true},       {"pebr", 2, true}, {"nop", 11, true},
    {"peb", 2, true},       {"febr", 2, true},       {"okto", 10, true}, {"desem", 12, true},
    {"may", 5, true},       {"aug", 8, true},        {"oct", 10, true},  {"dec", 12, true},
};
inline constexpr CalendarName kNewsWeekdayVariants[] = {
    {"jum'at", 5, false}, {"ahad", 7, false}, {"kemis", 4, false},
};

}  // namespace warta::detail::dates
