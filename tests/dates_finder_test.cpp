#include <gtest/gtest.h>

#include "dates_test_util.hpp"

namespace warta::detail {
namespace {

using dates_testing::at;
using dates_testing::first_value;
using dates_testing::values;

const CivilTime kWed = at(2024, 6, 19, 10, 12);  // Rabu, 19 Juni 2024 10:12

TEST(DatesFinder, ParenthesisedWeekdayDates) {
  EXPECT_EQ(first_value("Presiden tiba di Jakarta, Rabu (19/6/2024).", kWed), "2024-06-19");
  EXPECT_EQ(first_value("Rapat digelar Senin (17/6).", kWed), "2024-06-17");
  EXPECT_EQ(first_value("Warga berkumpul (2/1).", at(2025, 1, 3)), "2025-01-02");
  EXPECT_EQ(first_value("Banjir terjadi (30/12).", at(2025, 1, 3)), "2024-12-30");  // nearest to the anchor
  EXPECT_EQ(first_value("Polisi menangkap pelaku Selasa (18/6/2024) malam.", kWed), "2024-06-18");
  EXPECT_EQ(first_value("Gempa terjadi Selasa (18/6/2024) dini hari.", kWed), "2024-06-18");
}

TEST(DatesFinder, WeekdayDateRanges) {
  EXPECT_EQ(first_value("Pameran berlangsung Minggu (25/3) hingga Rabu (28/3/2018).", std::nullopt),
            "2018-03-25/2018-03-29");
  EXPECT_EQ(first_value("Sidang digelar Selasa–Rabu (18–19/6/2024).", std::nullopt), "2024-06-18/2024-06-20");
}

TEST(DatesFinder, ContradictingWeekdayLosesToTheDate) {
  EXPECT_EQ(first_value("Kecelakaan terjadi Sabtu (28/12/2014).", std::nullopt), "2014-12-28");
}

TEST(DatesFinder, ClockTimes) {
  EXPECT_EQ(first_value("Upacara dimulai pukul 10.00 WIB.", kWed), "2024-06-19T10:00+07:00");
  EXPECT_EQ(first_value("Ledakan terdengar sekitar pukul 15.30 waktu setempat.", kWed), "2024-06-19T15:30");
  EXPECT_EQ(first_value("Pemungutan suara pukul 10.00–12.00 WITA.", kWed),
            "2024-06-19T10:00+08:00/2024-06-19T12:00+08:00");
  EXPECT_EQ(first_value("Kereta berangkat jam 14:30.", kWed), "2024-06-19T14:30");
  EXPECT_EQ(first_value("Rapat pk 14 di kantor.", kWed), "2024-06-19T14:00");
  EXPECT_EQ(first_value("Ia pulang pukul 2 sore.", kWed), "2024-06-19T14:00");
  EXPECT_EQ(first_value("Pesta selesai jam 10 malam.", kWed), "2024-06-19T22:00");
  EXPECT_EQ(first_value("Warga terbangun jam 2 pagi.", kWed), "2024-06-19T02:00");
  EXPECT_EQ(first_value("Jadwal di Jayapura pukul 08.00 WIT.", kWed), "2024-06-19T08:00+09:00");
}

TEST(DatesFinder, TimeTakesTheDayStatedInTheSameSentence) {
  auto v = values("Pada Senin (17/6/2024), massa datang pukul 09.00 WIB.", kWed);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1], "2024-06-17T09:00+07:00");
}

TEST(DatesFinder, MonthNameDates) {
  EXPECT_EQ(first_value("Pemilu digelar 14 Februari 2024.", std::nullopt), "2024-02-14");
  EXPECT_EQ(first_value("Harga naik sejak Juni 2024.", kWed), "2024-06-01T00:00:00/2024-06-19T10:12:00");
  EXPECT_EQ(first_value("Inflasi Mei 2024 turun.", std::nullopt), "2024-05");
  EXPECT_EQ(first_value("Proyek rampung bulan September lalu.", kWed), "2023-09");
  EXPECT_EQ(first_value("Tol dibuka September mendatang.", kWed), "2024-09");
  EXPECT_EQ(first_value("Ujian digelar akhir Juni.", kWed), "2024-06");
  EXPECT_EQ(first_value("Proklamasi dibacakan tanggal 17 Agustus 1945.", std::nullopt), "1945-08-17");
  EXPECT_EQ(first_value("Surat bertanggal 3 Pebruari 2020.", std::nullopt), "2020-02-03");
  EXPECT_EQ(first_value("Banjir 12 Nopember 2019.", std::nullopt), "2019-11-12");
  EXPECT_EQ(first_value("Laga 17 Agt 2023.", std::nullopt), "2023-08-17");
  EXPECT_EQ(first_value("Laga 9 Sept 2023.", std::nullopt), "2023-09-09");
  EXPECT_EQ(first_value("Laga 9 OKT 2023.", std::nullopt), "2023-10-09");
}

TEST(DatesFinder, Years) {
  EXPECT_EQ(first_value("Ia lahir pada tahun 2000.", std::nullopt), "2000");
  EXPECT_EQ(first_value("Kasus serupa terjadi pada 2019.", std::nullopt), "2019");
  EXPECT_EQ(first_value("Target berlaku hingga 2030.", std::nullopt), "2030");
  EXPECT_EQ(first_value("Musik populer era 1990-an.", std::nullopt), "1990/1999");
  EXPECT_EQ(first_value("Ia menjabat sejak 2000.", std::nullopt), "2000/..");
}

TEST(DatesFinder, DeicticDays) {
  const CivilTime ref = at(2024, 6, 19);
  EXPECT_EQ(first_value("Ia diperiksa kemarin.", ref), "2024-06-18");
  EXPECT_EQ(first_value("Sidang hari ini ditunda.", ref), "2024-06-19");
  EXPECT_EQ(first_value("Sidang dilanjutkan besok.", ref), "2024-06-20");
  EXPECT_EQ(first_value("Sidang dilanjutkan lusa.", ref), "2024-06-21");
  EXPECT_EQ(first_value("Ia tiba kemarin lusa.", ref), "2024-06-17");
  EXPECT_EQ(first_value("Hujan deras tadi malam.", ref), "2024-06-18T18:00");
  EXPECT_EQ(first_value("Kebakaran terjadi semalam.", ref), "2024-06-18T18:00");
  EXPECT_EQ(first_value("Ia diperiksa besok pagi.", ref), "2024-06-20T06:00");
}

TEST(DatesFinder, WeeksMonthsYears) {
  const CivilTime ref = at(2024, 6, 19);
  EXPECT_EQ(first_value("Harga naik pekan lalu.", ref), "2024-06-10/2024-06-17");
  EXPECT_EQ(first_value("Rapat digelar minggu depan.", ref), "2024-06-24/2024-07-01");
  EXPECT_EQ(first_value("Sidang pekan ini.", ref), "2024-06-17/2024-06-24");
  EXPECT_EQ(first_value("Rapat bulan lalu.", ref), "2024-05-01/2024-06-01");
  EXPECT_EQ(first_value("Target tahun depan.", ref), "2025-01-01/2026-01-01");
  EXPECT_EQ(first_value("Ia ditahan dua pekan lalu.", ref), "2024-06-05");
  EXPECT_EQ(first_value("Penjualan sepekan terakhir.", ref), "2024-06-12/2024-06-19");
  EXPECT_EQ(first_value("Ia ditahan 3 hari yang lalu.", ref), "2024-06-16");
  EXPECT_EQ(first_value("Hasil keluar 2 hari lagi.", ref), "2024-06-21");
  EXPECT_EQ(first_value("Ia pergi sehari yang lalu.", ref), "2024-06-18");
  EXPECT_EQ(first_value("Ia pergi setahun yang lalu.", ref), "2023-06-19");
  EXPECT_EQ(first_value("Ia pergi sebelas hari lalu.", ref), "2024-06-08");
  EXPECT_EQ(first_value("Ia pergi dua puluh hari lalu.", ref), "2024-05-30");
  EXPECT_EQ(first_value("Keputusan keluar dalam 2 minggu.", ref), "2024-07-03");
}

TEST(DatesFinder, Weekdays) {
  const CivilTime wed = at(2024, 6, 19);
  EXPECT_EQ(first_value("Ia diperiksa Senin lalu.", wed), "2024-06-17");
  EXPECT_EQ(first_value("Ia diperiksa Senin.", wed), "2024-06-17");   // most recent
  EXPECT_EQ(first_value("Ia diperiksa Rabu.", wed), "2024-06-19");    // the anchor day itself
  EXPECT_EQ(first_value("Ia akan diperiksa Senin.", wed), "2024-06-24");
  EXPECT_EQ(first_value("Ia dijadwalkan tiba Jum'at.", wed), "2024-06-21");
  EXPECT_EQ(first_value("Salat Ahad pagi.", wed), "2024-06-16");
  auto f = dates_testing::finder().find("Presiden akan berkunjung Senin.", DateQuery{wed});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].future);
}

TEST(DatesFinder, DayRanges) {
  const CivilTime ref = at(2024, 6, 19);
  EXPECT_EQ(first_value("Festival 19–21 Juni 2024 di Bali.", std::nullopt), "2024-06-19/2024-06-22");
  EXPECT_EQ(first_value("Libur 1 hingga 3 Juli.", ref), "2024-07-01/2024-07-04");
  EXPECT_EQ(first_value("Pameran 10-11 Mei 2023.", std::nullopt), "2023-05-10/2023-05-12");
  EXPECT_EQ(first_value("KTT 8-10 November 2024.", std::nullopt), "2024-11-08/2024-11-11");
  EXPECT_EQ(first_value("dari 1 jan sampai 15 jan 2025", std::nullopt), "2025-01-01/2025-01-16");
  EXPECT_EQ(first_value("30 Juni s.d. 2 Juli 2024", std::nullopt), "2024-06-30/2024-07-03");
}

TEST(DatesFinder, NumericForms) {
  const CivilTime ref = at(2024, 6, 19);
  EXPECT_EQ(first_value("Data per 2024-06-19.", std::nullopt), "2024-06-19");
  EXPECT_EQ(first_value("Jatuh tempo 15/2.", at(2024, 2, 1)), "2024-02-15");
  EXPECT_EQ(first_value("Jatuh tempo 15-02.", at(2024, 2, 1)), "2024-02-15");
  EXPECT_EQ(first_value("Tanggal 31.10.2013.", std::nullopt), "2013-10-31");
  EXPECT_EQ(first_value("Tanggal 31/10/13.", std::nullopt), "2013-10-31");
  EXPECT_EQ(first_value("Kode 20251112.", std::nullopt), "2025-11-12");
  EXPECT_EQ(first_value("Ia datang (19/6).", ref), "2024-06-19");
}

TEST(DatesFinder, Holidays) {
  const CivilTime ref = at(2024, 6, 19);
  EXPECT_EQ(first_value("Upacara Hari Kemerdekaan.", ref), "2024-08-17");
  EXPECT_EQ(first_value("Libur Natal.", ref), "2024-12-25");
  EXPECT_EQ(first_value("Lomba 17 Agustusan.", ref), "2024-08-17");
  EXPECT_EQ(first_value("Peringatan Hari Pahlawan.", ref), "2024-11-10");
  EXPECT_EQ(first_value("Aksi Hari Buruh lalu.", ref), "2024-05-01");
  EXPECT_EQ(first_value("Perayaan Tahun Baru Imlek.", ref), "<none>");
}

TEST(DatesFinder, EventAnchoredExpressions) {
  auto v = values("Pada Senin (17/6/2024), polisi datang. Keesokan harinya ia ditahan.", std::nullopt);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1], "2024-06-18");
  v = values("Ia tiba 10 Juni 2024. Sehari sebelumnya ia menelepon.", std::nullopt);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1], "2024-06-09");
}

TEST(DatesFinder, AnchorFallsBackToTheLatestStatedDate) {
  auto v = values("Rabu (19/6/2024) hujan. Kemarin juga.", std::nullopt);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1], "2024-06-18");
}

TEST(DatesFinder, UnresolvableIsStillReported) {
  auto f = dates_testing::finder().find("Ia ditangkap kemarin.", DateQuery{});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].value.has_value());
}

TEST(DatesFinder, SpansAreByteOffsets) {
  const std::string text = "Ia tiba Rabu (19/6/2024) pukul 10.00 WIB di Bali.";
  auto f = dates_testing::finder().find(text, DateQuery{});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(text.substr(f[0].start, f[0].end - f[0].start), "Rabu (19/6/2024) pukul 10.00 WIB");
  EXPECT_EQ(f[0].grain, DateGrain::minute);
  ASSERT_TRUE(f[0].first);
  EXPECT_EQ(f[0].first->utc_offset_minutes, 420);
}

TEST(DatesFinder, RangesLimitTheScan) {
  const std::string text = "19 Juni 2024 | 20 Juni 2024";
  const std::pair<std::uint32_t, std::uint32_t> r[] = {{15, static_cast<std::uint32_t>(text.size())}};
  auto f = dates_testing::finder().find(text, r, DateQuery{});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(*f[0].value, "2024-06-20");
  const std::pair<std::uint32_t, std::uint32_t> cut[] = {{0, 7}};  // "19 Juni" only: no year
  f = dates_testing::finder().find(text, cut, DateQuery{at(2024, 6, 1)});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(*f[0].value, "2024-06-19");
  EXPECT_EQ(f[0].end, 7u);
}

TEST(DatesFinder, GrainNames) {
  EXPECT_EQ(grain_name(DateGrain::year), "year");
  EXPECT_EQ(grain_name(DateGrain::week), "week");
  EXPECT_EQ(grain_name(DateGrain::second), "second");
}

}  // namespace
}  // namespace warta::detail
