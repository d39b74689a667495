#include <gtest/gtest.h>

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

}  // namespace
}  // namespace warta::detail
