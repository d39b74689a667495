#include <gtest/gtest.h>

#include <climits>
#include <string>

#include "../lib/dates/civil.hpp"

namespace warta::detail {
namespace {

TEST(DatesCivil, WeekdaysAndLeapYears) {
  EXPECT_EQ(civil::iso_weekday(2024, 6, 19), 3);  // Wednesday
  EXPECT_EQ(civil::iso_weekday(2014, 12, 28), 7); // Sunday
  EXPECT_TRUE(civil::valid_date(2024, 2, 29));
  EXPECT_FALSE(civil::valid_date(2023, 2, 29));
  EXPECT_FALSE(civil::valid_date(2100, 2, 29));
}

TEST(DatesCivil, Arithmetic) {
  CivilTime t;
  t.year = 2024, t.month = 1, t.day = 31;
  auto m = civil::add_months(t, 1);
  EXPECT_EQ(m.month, 2);
  EXPECT_EQ(m.day, 29);
  auto d = civil::add_days(t, 366);
  EXPECT_EQ(d.year, 2025);
  EXPECT_EQ(d.month, 1);
  EXPECT_EQ(d.day, 31);
  t.hour = 23, t.minute = 30, t.second = 0;
  auto s = civil::add_seconds(t, 3600);
  EXPECT_EQ(s.day, 1);
  EXPECT_EQ(s.month, 2);
  EXPECT_EQ(s.hour, 0);
}

TEST(DatesCivil, Values) {
  CivilTime t;
  t.year = 2024, t.month = 6, t.day = 19, t.hour = 10, t.minute = 5;
  std::string v;
  civil::append_value(v, t, DateGrain::month);
  EXPECT_EQ(v, "2024-06");
  v.clear();
  t.utc_offset_minutes = 420;
  civil::append_value(v, t, DateGrain::minute);
  EXPECT_EQ(v, "2024-06-19T10:05+07:00");
  v.clear();
  civil::append_value(v, t, DateGrain::day);
  EXPECT_EQ(v, "2024-06-19");
}

// Fields outside the usual widths take the general path: padded, signed, never truncated.
TEST(DatesCivil, ValuesOutsideTheUsualWidths) {
  CivilTime t;
  t.year = 999, t.month = 1, t.day = 2;
  std::string v;
  civil::append_value(v, t, DateGrain::day);
  EXPECT_EQ(v, "0999-01-02");
  v.clear();
  t.year = 12345;
  civil::append_value(v, t, DateGrain::year);
  EXPECT_EQ(v, "12345");
  v.clear();
  t.year = -44;
  civil::append_value(v, t, DateGrain::year);
  EXPECT_EQ(v, "-0044");
  v.clear();
  t.year = 2024, t.hour = 7, t.minute = 0, t.second = 5, t.utc_offset_minutes = -570;
  civil::append_value(v, t, DateGrain::second);
  EXPECT_EQ(v, "2024-01-02T07:00:05-09:30");
}

TEST(DatesCivil, WriteValueStaysInsideItsBound) {
  CivilTime t;
  t.year = t.month = t.day = t.hour = t.minute = t.second = INT_MIN;
  t.utc_offset_minutes = INT_MIN + 1;  // its magnitude must fit an int
  char buf[civil::kMaxValueLength];
  char* end = civil::write_value(buf, t, DateGrain::second);
  EXPECT_LE(static_cast<std::size_t>(end - buf), civil::kMaxValueLength);
  EXPECT_EQ(std::string(buf + 0, end).substr(0, 12), "-2147483648-");
}

}  // namespace
}  // namespace warta::detail
