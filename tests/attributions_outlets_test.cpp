// Outlets and relays: dilansir/dikutip/melansir openings, "seperti dikutip X" relays, outlets as
// speakers (X melaporkan, sebut KCNA), descriptions of outlets, and social-media platforms.
#include <gtest/gtest.h>

#include "attributions_test_util.hpp"

namespace warta::detail::attributions_testing {
namespace {

TEST(AttributionsOutlets, DilansirOpeningMakesTheOutletTheSource) {
  auto a = article({body("Dilansir Al Jazeera, sedikitnya 40 orang tewas dalam serangan udara di Rafah.")},
                   {media("Al Jazeera"), gpe("Rafah")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "dilansir");
  EXPECT_EQ(a->name_of(r[0].source), "Al Jazeera");
  EXPECT_EQ(r[0].speaker_mention, "outlet");
  EXPECT_EQ(r[0].content.text, "sedikitnya 40 orang tewas dalam serangan udara di Rafah");
}

TEST(AttributionsOutlets, DikutipDariWithDateAside) {
  auto a = article({body("Dikutip dari BBC, Kamis (14/3/2024), kebakaran itu menghanguskan dua gedung apartemen.")},
                   {media("BBC")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "dikutip");
  EXPECT_EQ(a->name_of(r[0].source), "BBC");
  EXPECT_EQ(r[0].content.text, "kebakaran itu menghanguskan dua gedung apartemen");
}

TEST(AttributionsOutlets, MelansirAndOutletNamedInsideADescription) {
  auto a = article({body("Melansir laman resmi FIFA, Indonesia naik tiga peringkat dalam ranking terbaru.")},
                   {org("FIFA"), gpe("Indonesia")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "melansir");
  EXPECT_EQ(a->name_of(r[0].source), "FIFA");
}

TEST(AttributionsOutlets, OutletOpeningRelaysASpeaker) {
  auto a = article({body("Dikutip di media resmi sebelum kunjungannya, Putin mengatakan kedua negara akan memperluas "
                         "kerja sama energi.")},
                   {person("Vladimir Putin", {"Putin"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Vladimir Putin");
  EXPECT_EQ(r[0].cue, "mengatakan");
  ASSERT_TRUE(r[0].via_text.has_value());
  EXPECT_EQ(*r[0].via_text, "media resmi");
  EXPECT_FALSE(r[0].via.has_value());
}

TEST(AttributionsOutlets, SepertiDikutipIsTheVia) {
  auto a = article({body("\"Kami tidak akan membiarkan jalur pelayaran ditutup,\" kata Putin, seperti dikutip TASS.")},
                   {person("Vladimir Putin", {"Putin"}), media("TASS")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Vladimir Putin");
  EXPECT_EQ(a->name_of(r[0].via), "TASS");
  EXPECT_EQ(*r[0].via_text, "TASS");
}

TEST(AttributionsOutlets, IndirectWithClosingRelay) {
  auto a = article({body("Putin mengatakan Rusia siap mengirim gandum gratis ke enam negara Afrika, seperti dikutip "
                         "Reuters.")},
                   {person("Vladimir Putin", {"Putin"}), media("Reuters")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].via), "Reuters");
  EXPECT_EQ(r[0].content.text, "Rusia siap mengirim gandum gratis ke enam negara Afrika");
}

TEST(AttributionsOutlets, OutletAsSubjectOfMelaporkan) {
  auto a = article({body("Kantor berita Yonhap melaporkan Korea Utara kembali meluncurkan rudal balistik pada Kamis pagi.")},
                   {media("Yonhap"), gpe("Korea Utara")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Yonhap");
  EXPECT_EQ(r[0].speaker_mention, "outlet");
  EXPECT_EQ(r[0].cue, "melaporkan");
}

TEST(AttributionsOutlets, AppositiveOutletSubject) {
  auto a = article({body("Kantor berita resmi Korut, KCNA, melaporkan Kim Jong Un menginspeksi pabrik amunisi.")},
                   {media("KCNA"), person("Kim Jong Un")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "KCNA");
}

TEST(AttributionsOutlets, SebutOutletAfterQuote) {
  auto a = article({body("\"Latihan ini adalah peringatan bagi musuh-musuh kami,\" sebut KCNA.")}, {media("KCNA")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "sebut");
  EXPECT_EQ(a->name_of(r[0].source), "KCNA");
  EXPECT_EQ(r[0].speaker_mention, "outlet");
}

TEST(AttributionsOutlets, KataLaporanOutlet) {
  auto a = article({body("Sedikitnya tiga kapal tanker tertahan di pelabuhan Odesa sejak Senin, kata laporan AFP.")},
                   {media("AFP"), gpe("Odesa")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "AFP");
}

TEST(AttributionsOutlets, StateMediaDescriptionIsAGenericSource) {
  auto a = article({body("Media pemerintah Iran menyebut serangan itu sebagai tindakan pengecut yang melanggar hukum "
                         "internasional.")},
                   {gpe("Iran")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].source.has_value());
  EXPECT_EQ(r[0].source_text, "Media pemerintah Iran");
  EXPECT_EQ(r[0].cue, "menyebut");
  EXPECT_EQ(r[0].content.text, "serangan itu sebagai tindakan pengecut yang melanggar hukum internasional");
}

TEST(AttributionsOutlets, InstagramIsTheVia) {
  auto a = article({body("\"Terima kasih untuk semua doa dan dukungannya,\" tulis Raffi Ahmad di akun Instagram-nya.")},
                   {person("Raffi Ahmad"), org("Instagram")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "tulis");
  EXPECT_EQ(a->name_of(r[0].source), "Raffi Ahmad");
  ASSERT_TRUE(r[0].via_text.has_value());
  EXPECT_EQ(*r[0].via_text, "Instagram");
  EXPECT_EQ(a->name_of(r[0].via), "Instagram");
}

TEST(AttributionsOutlets, CuitOnTwitter) {
  auto a = article({body("\"Hari yang bersejarah bagi demokrasi kita,\" cuit Elon Musk.")}, {person("Elon Musk")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "cuit");
  EXPECT_EQ(a->name_of(r[0].source), "Elon Musk");
}

TEST(AttributionsOutlets, WrittenStatementIsNotTheSpeaker) {
  auto a = article({body("Dalam keterangan tertulis, Kepala BMKG Dwikorita Karnawati mengatakan gempa tidak "
                         "berpotensi tsunami.")},
                   {person("Dwikorita Karnawati"), org("BMKG")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Dwikorita Karnawati");
  EXPECT_EQ(r[0].content.text, "gempa tidak berpotensi tsunami");
}


TEST(AttributionsOutlets, PlatformAloneIsNotAnOutletSource) {
  auto a = article({body("Farhat Abbas terus menyindir pengacara itu lewat unggahan di Instagram.")}, {org("Instagram")});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsOutlets, ClosingRelayWithNobodyElseSpeaking) {
  auto a = article({body("Kapal selam itu tiba di pelabuhan Vladivostok pada Selasa pagi, seperti dilansir TASS.")},
                   {media("TASS")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "TASS");
  EXPECT_EQ(r[0].cue, "dilansir");
  EXPECT_EQ(r[0].content.text, "Kapal selam itu tiba di pelabuhan Vladivostok pada Selasa pagi");
}

}  // namespace
}  // namespace warta::detail::attributions_testing
