#pragma once
// Proleptic Gregorian calendar arithmetic on plain ints (no <chrono> time zones needed: every
// value the finder produces is a wall-clock time plus an optional fixed offset).
#include <cstddef>
#include <cstdint>
#include <string>

#include "date_finder.hpp"

namespace warta::detail::civil {

bool valid_date(int y, int m, int d);
int days_in_month(int y, int m);
std::int64_t days_from_civil(int y, int m, int d);  // days since 1970-01-01
CivilTime civil_from_days(std::int64_t z);          // date part only
int iso_weekday(int y, int m, int d);               // Monday 1 .. Sunday 7
CivilTime add_days(const CivilTime& t, std::int64_t n);   // keeps the time of day
CivilTime add_months(const CivilTime& t, int n);          // clamps the day to the month's length
CivilTime add_seconds(const CivilTime& t, std::int64_t s); // needs a time of day; unset parts count as 0
CivilTime date_only(const CivilTime& t);
// "2024", "2024-06", "2024-06-19", "2024-06-19T10", "…T10:00", "…T10:00:05", plus "+07:00" when zoned.
// Hour grain prints minutes too ("T10:00") so every time value parses as ISO 8601.
void append_value(std::string& out, const CivilTime& t, DateGrain g);
// The same into a buffer of at least kMaxValueLength chars; returns the end of what it wrote.
inline constexpr std::size_t kMaxValueLength = 96;  // eight fields of at most 11 chars, seven separators
char* write_value(char* out, const CivilTime& t, DateGrain g);

}  // namespace warta::detail::civil
