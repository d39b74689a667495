#include <gtest/gtest.h>

#include "dates_test_util.hpp"

namespace warta::detail {
namespace {

struct Stamp {
  const char* line;
  int y, m, d, h, mi, off;  // off 0 = no zone
};

class DatesStamp : public ::testing::TestWithParam<Stamp> {};

TEST_P(DatesStamp, Parses) {
  const Stamp& s = GetParam();
  auto t = dates_testing::finder().parse_stamp(s.line);
  ASSERT_TRUE(t) << s.line;
  EXPECT_EQ(t->year, s.y);
  EXPECT_EQ(t->month, s.m);
  EXPECT_EQ(t->day, s.d);
  EXPECT_EQ(t->hour, s.h);
  EXPECT_EQ(t->minute, s.mi);
  EXPECT_EQ(t->utc_offset_minutes.value_or(0), s.off);
}

INSTANTIATE_TEST_SUITE_P(
    Headers, DatesStamp,
    ::testing::Values(Stamp{"Rabu, 19 Jun 2024 10:12 WIB", 2024, 6, 19, 10, 12, 420},
                      Stamp{"Kompas.com - 27/04/2018, 14:58 WIB", 2018, 4, 27, 14, 58, 420},
                      Stamp{"CNN Indonesia | Selasa, 24/09/2019 14:22 WIB", 2019, 9, 24, 14, 22, 420},
                      Stamp{"27 Apr 2023, 08:05 WIB", 2023, 4, 27, 8, 5, 420},
                      Stamp{"Selasa 05 Sep 2023 12:47 WIB", 2023, 9, 5, 12, 47, 420},
                      Stamp{"Senin, 8 Juli 2024 | 16:42", 2024, 7, 8, 16, 42, 0},
                      Stamp{"Rabu 04 September 2024 12:45 WIB", 2024, 9, 4, 12, 45, 420},
                      Stamp{"19/06/2024, 10:12 WITA", 2024, 6, 19, 10, 12, 480},
                      Stamp{"Senin, 6 Juni 2022", 2022, 6, 6, -1, -1, 0},
                      Stamp{"Senin 19 Aug 2024 20:45 WIB", 2024, 8, 19, 20, 45, 420}));

TEST(DatesStamp, RejectsLinesWithoutAFullDate) {
  EXPECT_FALSE(dates_testing::finder().parse_stamp("Baca juga: Harga cabai naik"));
  EXPECT_FALSE(dates_testing::finder().parse_stamp("Senin pukul 10.00"));
}

// parse_stamp() turns away a line without an ASCII digit before any scan: without a reference
// the grammar resolves nothing to a full date there. Lines full of date words, spelled-out
// numbers and non-ASCII digits, scanned whole, must agree.
TEST(DatesStamp, LinesWithoutDigitsNameNoFullDate) {
  for (const char* line : {"Rabu, sembilan belas Juni dua ribu dua puluh empat", "Hari ini, Rabu pagi pukul sepuluh WIB",
                           "Kemarin sore waktu setempat", "Natal tahun lalu", "Jumat pekan depan", "Awal tahun ini",
                           "Selasa, \u0661\u0669 Juni \u0662\u0660\u0662\u0664", "Idul Fitri tahun depan",
                           "sejak Senin lalu hingga Jumat mendatang", "Diperbarui Senin siang", "(Rabu/Juni)",
                           "Sabtu, dua hari sebelumnya", "Minggu, \uFF11\uFF19 Juni \uFF12\uFF10\uFF12\uFF14"}) {
    EXPECT_FALSE(dates_testing::finder().parse_stamp(line)) << line;
    for (const DateFinding& f : dates_testing::finder().find(line, DateQuery{}))
      EXPECT_FALSE(f.first && f.first->year > 0 && f.first->day > 0) << line;
  }
  // The same lines with the digits written out are read.
  EXPECT_TRUE(dates_testing::finder().parse_stamp("Rabu, 19 Juni 2024"));
  EXPECT_TRUE(dates_testing::finder().parse_stamp("Minggu, 19/6/2024"));
}

}  // namespace
}  // namespace warta::detail
