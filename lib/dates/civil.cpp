#include "civil.hpp"

#include <charconv>
#include <cstdlib>

namespace warta::detail::civil {

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

bool valid_date(int y, int m, int d) { return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilTime civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  CivilTime t;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2));
  return t;
}

int iso_weekday(int y, int m, int d) {
  const std::int64_t z = days_from_civil(y, m, d);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((z + 3) % 7 + 7) % 7) + 1;
}

CivilTime add_days(const CivilTime& t, std::int64_t n) {
  CivilTime r = civil_from_days(days_from_civil(t.year, t.month, t.day) + n);
  r.hour = t.hour, r.minute = t.minute, r.second = t.second, r.utc_offset_minutes = t.utc_offset_minutes;
  return r;
}

CivilTime add_months(const CivilTime& t, int n) {
  CivilTime r = t;
  const int idx = t.year * 12 + (t.month - 1) + n;
  r.year = idx / 12, r.month = idx % 12 + 1;
  if (r.day > days_in_month(r.year, r.month)) r.day = days_in_month(r.year, r.month);
  return r;
}

CivilTime add_seconds(const CivilTime& t, std::int64_t s) {
  std::int64_t total = days_from_civil(t.year, t.month, t.day) * 86400 + std::int64_t{t.hour < 0 ? 0 : t.hour} * 3600 +
                       (t.minute < 0 ? 0 : t.minute) * 60 + (t.second < 0 ? 0 : t.second) + s;
  std::int64_t days = total >= 0 ? total / 86400 : (total - 86399) / 86400;
  std::int64_t rem = total - days * 86400;
  CivilTime r = civil_from_days(days);
  r.hour = static_cast<int>(rem / 3600), r.minute = static_cast<int>(rem / 60 % 60), r.second = static_cast<int>(rem % 60);
  r.utc_offset_minutes = t.utc_offset_minutes;
  return r;
}

CivilTime date_only(const CivilTime& t) {
  CivilTime r;
  r.year = t.year, r.month = t.month, r.day = t.day;
  return r;
}

namespace {

// Writes v zero-padded to `width` digits (a sign first when negative), without printf: any
// field put_padded's direct paths do not cover.
char* put_any(char* out, int v, int width) {
  char buf[16];
  const long long mag = v < 0 ? -static_cast<long long>(v) : v;
  const auto res = std::to_chars(buf, buf + sizeof buf, mag);
  const int len = static_cast<int>(res.ptr - buf);
  if (v < 0) *out++ = '-';
  for (int k = len; k < width; ++k) *out++ = '0';
  for (int k = 0; k < len; ++k) *out++ = buf[k];
  return out;
}

// The usual fields, small enough to inline: two digits, or a four-digit year.
char* put_padded(char* out, int v, int width) {
  if (width == 2 && v >= 0 && v < 100) {
    out[0] = static_cast<char>('0' + v / 10), out[1] = static_cast<char>('0' + v % 10);
    return out + 2;
  }
  if (width == 4 && v >= 1000 && v <= 9999) {
    out[0] = static_cast<char>('0' + v / 1000), out[1] = static_cast<char>('0' + v / 100 % 10);
    out[2] = static_cast<char>('0' + v / 10 % 10), out[3] = static_cast<char>('0' + v % 10);
    return out + 4;
  }
  return put_any(out, v, width);
}

}  // namespace

char* write_value(char* out, const CivilTime& t, DateGrain g) {
  out = put_padded(out, t.year, 4);
  if (g == DateGrain::year) return out;
  *out++ = '-';
  out = put_padded(out, t.month, 2);
  if (g == DateGrain::month) return out;
  *out++ = '-';
  out = put_padded(out, t.day, 2);
  if (g == DateGrain::week || g == DateGrain::day) return out;
  *out++ = 'T';
  out = put_padded(out, t.hour < 0 ? 0 : t.hour, 2);
  *out++ = ':';
  out = put_padded(out, t.minute < 0 ? 0 : t.minute, 2);
  if (g == DateGrain::second) {
    *out++ = ':';
    out = put_padded(out, t.second < 0 ? 0 : t.second, 2);
  }
  if (t.utc_offset_minutes) {
    const int off = *t.utc_offset_minutes, a = std::abs(off);
    *out++ = off < 0 ? '-' : '+';
    out = put_padded(out, a / 60, 2);
    *out++ = ':';
    out = put_padded(out, a % 60, 2);
  }
  return out;
}

void append_value(std::string& out, const CivilTime& t, DateGrain g) {
  char buf[kMaxValueLength];
  out.append(buf, write_value(buf, t, g));
}

}  // namespace warta::detail::civil
