// One test per trigger frame: each sentence, written the way Indonesian news reports it, must give
// one summit of the right kind with the right people, place and date.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "summits_test_util.hpp"

namespace warta::detail::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

const std::vector<Name> kLeaders = {
    person("Joko Widodo", {"Jokowi"}, "ID"),
    person("Anwar Ibrahim", {"Anwar"}, "MY"),
    person("Vladimir Putin", {"Putin"}, "RU"),
    person("Kim Jong Un", {"Kim"}, "KP"),
    person("Xi Jinping", {"Xi"}, "CN"),
    person("Joe Biden", {"Biden"}, "US"),
    person("Volodymyr Zelensky", {"Zelensky"}, "UA"),
    person("Retno Marsudi", {"Retno"}, "ID"),
    person("Yoko Kamikawa", {"Kamikawa"}, "JP"),
    person("Narendra Modi", {"Modi"}, "IN"),
    person("Anthony Albanese", {"Albanese"}, "AU"),
    person("Emmanuel Macron", {"Macron"}, "FR"),
    person("Olaf Scholz", {"Scholz"}, "DE"),
    person("Luiz Inacio Lula da Silva", {"Lula"}, "BR"),
    person("Prabowo Subianto", {"Prabowo"}, "ID"),
    gpe("Indonesia", "ID"), gpe("Malaysia", "MY"), gpe("Rusia", "RU"), gpe("Korea Utara", "KP"),
    gpe("China", "CN"), gpe("Amerika Serikat", "US", {"AS"}), gpe("Ukraina", "UA"), gpe("Jepang", "JP"),
    gpe("India", "IN"), gpe("Australia", "AU"), gpe("Prancis", "FR"), gpe("Jerman", "DE"), gpe("Brasil", "BR"),
    gpe("Putrajaya", "MY"), gpe("Pyongyang", "KP"), gpe("Beijing", "CN"), gpe("Jakarta", "ID"),
    gpe("Tokyo", "JP"), gpe("Paris", "FR"), gpe("Canberra", "AU"), gpe("Bogor", "ID"), gpe("Lima", "PE"),
    gpe("Rio de Janeiro", "BR"), gpe("Jenewa", "CH"), gpe("Hanoi", "VN"), gpe("Moskow", "RU"),
    loc("Istana Kepresidenan Bogor", "ID"), loc("Balai Agung Rakyat", "CN"), loc("Kremlin", "RU"),
};

const Summit& only(const SummitCase& c) {
  EXPECT_EQ(c.summits.size(), 1u) << c.text;
  static const Summit none;
  return c.summits.empty() ? none : c.summits.front();
}

TEST(SummitFrames, BertemuDengan) {
  auto c = read_summits("Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, Senin (8/1/2024).", kLeaders);
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::meeting);
  EXPECT_EQ(s.status, SummitStatus::occurred);
  EXPECT_THAT(c->names(s.participants), ElementsAre("Joko Widodo", "Anwar Ibrahim"));
  EXPECT_EQ(c->location(s), "Putrajaya");
  EXPECT_EQ(s.date, "2024-01-08");
  EXPECT_EQ(s.date_text, "Senin (8/1/2024)");
  EXPECT_THAT(s.mode, ElementsAre("in_person"));
}

TEST(SummitFrames, Menemui) {
  auto c = read_summits("Menteri Luar Negeri Retno Marsudi menemui Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo pada Selasa (9/1/2024).", kLeaders);
  const Summit& s = only(*c);
  EXPECT_THAT(c->names(s.participants), ElementsAre("Retno Marsudi", "Yoko Kamikawa"));
  EXPECT_EQ(c->location(s), "Tokyo");
  EXPECT_EQ(s.date, "2024-01-09");
}

TEST(SummitFrames, MenggelarPertemuanBilateral) {
  auto c = read_summits("Presiden Prabowo Subianto menggelar pertemuan bilateral dengan Presiden Prancis Emmanuel Macron di Paris, Kamis (14/11/2024).", kLeaders, {2024, 11, 15});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::meeting);
  EXPECT_THAT(c->names(s.participants), ElementsAre("Prabowo Subianto", "Emmanuel Macron"));
  EXPECT_EQ(c->location(s), "Paris");
  EXPECT_EQ(s.date, "2024-11-14");
}

TEST(SummitFrames, PertemuanEmpatMataOfBothLeaders) {
  auto c = read_summits(
      "Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Kepresidenan Bogor, Senin (6/6/2022).\n"
      "Kedua pemimpin kemudian melakukan pertemuan empat mata selama satu jam.",
      kLeaders, {2022, 6, 6});
  const Summit& s = only(*c);
  EXPECT_THAT(c->names(s.participants), ElementsAre("Joko Widodo", "Anthony Albanese"));
  EXPECT_EQ(s.evidence.size(), 2u);
}

TEST(SummitFrames, PertemuanTertutupAndTeteATete) {
  auto c = read_summits("Putin dan Kim menggelar pertemuan tertutup di Pyongyang, Rabu (19/6/2024).", kLeaders);
  EXPECT_THAT(c->names(only(*c).participants), ElementsAre("Vladimir Putin", "Kim Jong Un"));
  auto d = read_summits("Biden dan Xi melakukan tete-a-tete di Beijing pada Senin (17/6/2024).", kLeaders);
  EXPECT_EQ(c->location(only(*c)), "Pyongyang");
  EXPECT_THAT(d->names(only(*d).participants), ElementsAre("Joe Biden", "Xi Jinping"));
}

TEST(SummitFrames, BerkunjungKeMakesAVisitHostedByTheOtherSide) {
  auto c = read_summits("Perdana Menteri India Narendra Modi berkunjung ke Jakarta untuk bertemu Presiden Joko Widodo pada Rabu (1/6/2022).", kLeaders, {2022, 6, 2});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::visit);
  EXPECT_THAT(c->names(s.visitors), ElementsAre("Narendra Modi"));
  EXPECT_THAT(c->names(s.host), ElementsAre("Joko Widodo"));
  EXPECT_EQ(c->location(s), "Jakarta");
  EXPECT_EQ(s.cameo, "042");
}

TEST(SummitFrames, Mengunjungi) {
  auto c = read_summits("Kanselir Jerman Olaf Scholz mengunjungi Beijing dan bertemu Presiden China Xi Jinping, Selasa (16/4/2024).", kLeaders);
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::visit);
  EXPECT_THAT(c->names(s.visitors), ElementsAre("Olaf Scholz"));
  EXPECT_THAT(c->names(s.host), ElementsAre("Xi Jinping"));
  EXPECT_EQ(c->location(s), "Beijing");
}

TEST(SummitFrames, MenerimaKunjunganKenegaraan) {
  auto c = read_summits("Presiden Joko Widodo menerima kunjungan kenegaraan Perdana Menteri Australia Anthony Albanese di Istana Kepresidenan Bogor, Senin (6/6/2022).", kLeaders, {2022, 6, 6});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::visit);
  EXPECT_THAT(c->names(s.host), ElementsAre("Joko Widodo"));
  EXPECT_THAT(c->names(s.visitors), ElementsAre("Anthony Albanese"));
  // The palace is in Bogor: the city inside the venue's name is the location.
  EXPECT_EQ(c->location(s), "Bogor");
}

TEST(SummitFrames, LawatanAndMelawat) {
  auto c = read_summits(
      "Presiden Joko Widodo melawat ke Canberra, Selasa (4/7/2023).\n"
      "Dalam lawatan tersebut, Jokowi bertemu Perdana Menteri Anthony Albanese.",
      kLeaders, {2023, 7, 5});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::visit);
  EXPECT_THAT(c->names(s.visitors), ElementsAre("Joko Widodo"));
  EXPECT_EQ(c->location(s), "Canberra");
  EXPECT_EQ(s.date, "2023-07-04");
}

TEST(SummitFrames, Bertandang) {
  auto c = read_summits("Perdana Menteri Anwar Ibrahim bertandang ke Jakarta dan menemui Presiden Prabowo Subianto, Senin (27/1/2025).", kLeaders, {2025, 1, 28});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::visit);
  EXPECT_THAT(c->names(s.visitors), ElementsAre("Anwar Ibrahim"));
  EXPECT_THAT(c->names(s.host), ElementsAre("Prabowo Subianto"));
}

TEST(SummitFrames, TibaDiAndDisambutOleh) {
  auto c = read_summits("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024) dan disambut oleh pemimpin Korea Utara Kim Jong Un.", kLeaders);
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::visit);
  EXPECT_THAT(c->names(s.host), ElementsAre("Kim Jong Un"));
  EXPECT_THAT(c->names(s.visitors), ElementsAre("Vladimir Putin"));
  EXPECT_EQ(c->location(s), "Pyongyang");
}

TEST(SummitFrames, MenyambutMenjamuAndJamuanKenegaraan) {
  auto c = read_summits(
      "Presiden China Xi Jinping menyambut Presiden Rusia Vladimir Putin di Balai Agung Rakyat, Beijing, Kamis (16/5/2024).\n"
      "Xi kemudian menjamu Putin dalam jamuan kenegaraan.",
      kLeaders);
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::visit);
  EXPECT_THAT(c->names(s.host), ElementsAre("Xi Jinping"));
  EXPECT_THAT(c->names(s.visitors), ElementsAre("Vladimir Putin"));
  EXPECT_EQ(c->location(s), "Beijing");
}

TEST(SummitFrames, UpacaraPenyambutanRefersBack) {
  auto c = read_summits(
      "Presiden Joko Widodo menerima kunjungan Perdana Menteri Narendra Modi di Jakarta, Rabu (1/6/2022).\n"
      "Upacara penyambutan itu berlangsung di halaman istana.",
      kLeaders, {2022, 6, 1});
  EXPECT_EQ(only(*c).evidence.size(), 2u);
}

TEST(SummitFrames, KttWithAttendingLeaders) {
  auto c = read_summits(
      "Presiden Brasil Luiz Inacio Lula da Silva membuka KTT G20 di Rio de Janeiro, Senin (18/11/2024).\n"
      "KTT itu dihadiri antara lain oleh Presiden Prabowo Subianto dan Presiden Joe Biden.",
      kLeaders, {2024, 11, 18});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::summit);
  EXPECT_THAT(c->names(s.participants), UnorderedElementsAre("Luiz Inacio Lula da Silva", "Prabowo Subianto", "Joe Biden"));
  EXPECT_EQ(c->location(s), "Rio de Janeiro");
  EXPECT_TRUE(s.host.empty());
}

TEST(SummitFrames, KonferensiTingkatTinggiAndPertemuanPuncak) {
  auto c = read_summits("Jokowi dan Anwar menghadiri Konferensi Tingkat Tinggi (KTT) ASEAN di Jakarta, Selasa (5/9/2023).", kLeaders, {2023, 9, 5});
  EXPECT_EQ(only(*c).kind, SummitKind::summit);
  auto d = read_summits("Xi duduk bersama para pemimpin anggota APEC dalam pertemuan puncak yang dipimpin Biden pada Kamis (16/11/2023).", kLeaders, {2023, 11, 16});
  EXPECT_EQ(only(*d).kind, SummitKind::summit);
  // Of two leaders, a "pertemuan puncak" is a bilateral meeting.
  auto e = read_summits("Kim dijadwalkan menggelar pertemuan puncak dengan Biden pada Mei mendatang.", kLeaders, {2024, 3, 1});
  EXPECT_EQ(only(*e).kind, SummitKind::meeting);
}

TEST(SummitFrames, SidelineBilateralIsItsOwnMeeting) {
  auto c = read_summits(
      "Presiden Joko Widodo membuka KTT ASEAN di Jakarta, Selasa (5/9/2023), yang dihadiri Perdana Menteri Anwar Ibrahim dan Presiden Joe Biden.\n"
      "Di sela-sela KTT, Jokowi menggelar pertemuan bilateral dengan Anwar pada Selasa siang.",
      kLeaders, {2023, 9, 5});
  ASSERT_EQ(c->summits.size(), 2u);
  const Summit& ktt = c->summits[0];
  const Summit& bilateral = c->summits[1];
  EXPECT_EQ(ktt.kind, SummitKind::summit);
  EXPECT_EQ(bilateral.kind, SummitKind::meeting);
  EXPECT_THAT(c->names(bilateral.participants), ElementsAre("Joko Widodo", "Anwar Ibrahim"));
  EXPECT_THAT(bilateral.mode, ElementsAre("in_person", "sideline"));
  EXPECT_EQ(c->location(bilateral), "Jakarta");  // where the summit is
  EXPECT_EQ(bilateral.date, "2023-09-05");
}

TEST(SummitFrames, SambunganTeleponIsACallWithoutLocation) {
  auto c = read_summits("Presiden Xi Jinping dan Presiden Volodymyr Zelensky berbicara melalui sambungan telepon dari Beijing pada Rabu (26/4/2023).", kLeaders, {2023, 4, 27});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::call);
  EXPECT_FALSE(s.location);
  EXPECT_THAT(s.mode, ElementsAre("phone"));
  EXPECT_EQ(s.cameo, "041");
  EXPECT_EQ(s.date, "2023-04-26");
}

TEST(SummitFrames, TeleponWithCliticStillMarksAPhoneCall) {
  // A read sentence's words are looked up only when a filter lets them through: the "-nya" form of
  // a cue word must pass it too, as it reads as the word.
  for (const char* phone : {"telepon", "teleponnya"}) {
    auto c = read_summits(std::string("Presiden Xi Jinping berbicara dengan Presiden Volodymyr Zelensky melalui ") +
                              phone + " pada Rabu (26/4/2023).",
                          kLeaders, {2023, 4, 27});
    const Summit& s = only(*c);
    EXPECT_EQ(s.kind, SummitKind::call) << phone;
    EXPECT_THAT(s.mode, ElementsAre("phone")) << phone;
  }
}

TEST(SummitFrames, PercakapanTelepon) {
  auto c = read_summits("Biden melakukan percakapan telepon dengan Xi di Washington, Selasa (2/4/2024).", kLeaders, {2024, 4, 3});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::call);
  EXPECT_FALSE(s.location);
}

TEST(SummitFrames, KonferensiVideo) {
  auto c = read_summits("Biden dan Xi menggelar konferensi video pada Senin (15/11/2021).", kLeaders, {2021, 11, 16});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::call);
  EXPECT_THAT(s.mode, ElementsAre("video"));
}

TEST(SummitFrames, PerundinganIsANegotiation) {
  auto c = read_summits("Retno dan Kamikawa menggelar perundingan di Jenewa, Jumat (12/7/2024).", kLeaders, {2024, 7, 13});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::meeting);
  EXPECT_EQ(s.cameo, "046");
  EXPECT_EQ(c->location(s), "Jenewa");
}

TEST(SummitFrames, Pembicaraan) {
  auto c = read_summits("Xi dan Kim menggelar pembicaraan di Balai Agung Rakyat pada Senin (26/3/2018).", kLeaders, {2018, 3, 28});
  const Summit& s = only(*c);
  EXPECT_EQ(s.kind, SummitKind::meeting);
  EXPECT_EQ(c->location(s), "Balai Agung Rakyat");  // no city named: the venue
  EXPECT_EQ(s.date, "2018-03-26");
}

TEST(SummitFrames, HeadlineBaseForms) {
  auto c = read_summits("Putin Temui Kim di Pyongyang\nPutin menemui Kim di Pyongyang, Rabu (19/6/2024).", kLeaders, {2024, 6, 19}, true);
  const Summit& s = only(*c);
  EXPECT_EQ(s.evidence.size(), 2u);
  EXPECT_EQ(s.date, "2024-06-19");
}

}  // namespace
}  // namespace warta::detail::testing
