// The caller's publication hint: ISO dates and times only, every field checked.
#include <gtest/gtest.h>

#include "../lib/pipeline/reference_date.hpp"

namespace warta::detail {
namespace {

TEST(ReferenceDate, ParsesDatesTimesAndZones) {
  auto d = parse_reference_date("2024-06-19");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2024);
  EXPECT_EQ(d->month, 6);
  EXPECT_EQ(d->day, 19);
  EXPECT_EQ(d->hour, -1);
  auto t = parse_reference_date("2024-02-29T07:05:09+07:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->hour, 7);
  EXPECT_EQ(t->minute, 5);
  EXPECT_EQ(t->second, 9);
  EXPECT_EQ(t->utc_offset_minutes, 420);
  auto z = parse_reference_date("2013-02-12 04:30Z");
  ASSERT_TRUE(z);
  EXPECT_EQ(z->minute, 30);
  EXPECT_EQ(z->second, -1);
  EXPECT_EQ(z->utc_offset_minutes, 0);
  EXPECT_EQ(parse_reference_date("2024-06-19T10:00-03:30")->utc_offset_minutes, -210);
}

TEST(ReferenceDate, RejectsAnythingElse) {
  for (const char* bad : {"", "2024", "2024-6-19", "2024-06-1x", "2023-02-29", "2024-13-01", "2024-06-19T",
                          "2024-06-19T24:00", "2024-06-19T10:60", "2024-06-19T10:00+7", "2024-06-19x",
                          "19/06/2024", "+024-06-19", "2024-06-19T1 :00"})
    EXPECT_FALSE(parse_reference_date(bad)) << bad;
}

}  // namespace
}  // namespace warta::detail
