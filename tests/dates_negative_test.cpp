#include <gtest/gtest.h>

#include <string>

#include "dates_test_util.hpp"

namespace warta::detail {
namespace {

using dates_testing::at;
using dates_testing::values;

class DatesNotADate : public ::testing::TestWithParam<const char*> {};

TEST_P(DatesNotADate, FindsNothing) {
  EXPECT_TRUE(values(GetParam(), at(2024, 6, 19, 10, 0)).empty()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(
    News, DatesNotADate,
    ::testing::Values("Sesuai UU No 7/2017 tentang pemilu.", "Aturan PP 24/2022 berlaku.", "Perpres 12/2024 terbit.",
                      "UU Nomor 7 Tahun 2017 tentang Pemilu.", "Peringatan HUT ke-79 RI meriah.",
                      "KTT ke-43 ASEAN digelar.", "Persib menang 2-1.", "Skor akhir 3-0.", "Sebanyak 2/3 anggota hadir.",
                      "Ada 1.000 peserta.", "Anggaran Rp 1,5 triliun.", "Ia berusia 24 tahun.", "satu hotel",
                      "dua tiket", "tiga", "Inflasi 2,5 persen.", "Hubungi 0812-3456-7890.", "Sen. Rab. Min.",
                      "Suku bunga 5.5%."));

TEST(DatesRobustness, HugeAndOddInputs) {
  const DateFinder& f = dates_testing::finder();
  std::string digits(1'000'000, '7');
  EXPECT_TRUE(f.find(digits, DateQuery{}).empty());
  std::string nums;
  for (int i = 0; i < 20000; ++i) nums += "99999999999/88888888888/7777 ";
  EXPECT_TRUE(f.find(nums, DateQuery{}).empty());
  const char raw[] = "Rabu\0(19/6/2024)\r\n\xC2\xA0pukul\xE2\x80\x89" "10.00";
  std::string odd(raw, sizeof raw - 1);
  EXPECT_FALSE(f.find(odd, DateQuery{}).empty());
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "kemarin (19/6) pukul 10.00 WIB 2024-06-19 ";
  EXPECT_EQ(f.find(big, DateQuery{at(2024, 6, 19)}).size(), 600000u);
  EXPECT_TRUE(f.find("dalam 999999999 tahun", DateQuery{at(2024, 6, 19)}).size() <= 1);
  EXPECT_TRUE(f.find("(((((((", DateQuery{}).empty());
  EXPECT_TRUE(f.find("", DateQuery{}).empty());
}

// "sejak" reads the expression after it, and "sejak sejak 2015" is one finding. A long run of
// them used to recurse once per word and overflow the stack; nor may a run that ends in no date
// cost quadratic time.
TEST(DatesRobustness, ALongRunOfSejak) {
  const DateFinder& f = dates_testing::finder();
  std::string text;
  for (int i = 0; i < 1'000'000; ++i) text += "sejak ";
  const auto none = f.find(text + "itu", DateQuery{at(2024, 6, 19)});
  EXPECT_TRUE(none.empty());
  text += "2019";
  const auto found = f.find(text, DateQuery{at(2024, 6, 19)});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].start, 0u);
  EXPECT_EQ(found[0].end, text.size());
  EXPECT_EQ(found[0].value, "2019-01-01/2024-06-19");
  const auto doubled = f.find("Harga naik sejak sejak 2015.", DateQuery{at(2024, 6, 19)});
  ASSERT_EQ(doubled.size(), 1u);
  EXPECT_EQ(doubled[0].start, 11u);
}

}  // namespace
}  // namespace warta::detail

// "pertama dalam 24 tahun" measures back from a superlative: a duration, not a date 24 years ahead.
TEST(DatesNegative, DurationAfterSuperlativeIsNotADate) {
  warta::detail::DateFinder f;
  warta::detail::DateQuery q;
  q.reference = warta::detail::CivilTime{2024, 6, 19};
  for (const char* s : {"Ini adalah perjalanan pertama Putin ke Korea Utara dalam 24 tahun.",
                        "Inflasi tertinggi dalam lima tahun tercatat bulan ini."}) {
    for (const auto& d : f.find(s, q)) EXPECT_EQ(std::string_view(s).substr(d.start, 6).find("dalam"), std::string_view::npos) << s;
  }
  auto future = f.find("Kontrak itu akan terjadi dalam 2 minggu.", q);
  ASSERT_FALSE(future.empty());
  EXPECT_EQ(future[0].value, "2024-07-03");
}
