// Speakers: pronouns and clitics resolved to the salient person, role descriptions resolved to the
// person holding the office, appositives, and generic sources.
#include <gtest/gtest.h>

#include "attributions_test_util.hpp"

namespace warta::detail::attributions_testing {
namespace {

TEST(AttributionsSpeakers, PronounFollowsTheMostRecentSpeaker) {
  auto a = article({body("Menlu Sugiono bertemu Menlu Wang Yi di Beijing pada Selasa."),
                    body("\"Kami sepakat memperluas kerja sama maritim,\" kata Wang Yi."),
                    body("Ia menambahkan, kedua negara akan menggelar latihan bersama tahun depan.")},
                   {person("Sugiono"), person("Wang Yi")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].source_text, "Ia");
  EXPECT_EQ(r[1].speaker_mention, "pronoun");
  EXPECT_EQ(a->name_of(r[1].source), "Wang Yi");
}

TEST(AttributionsSpeakers, BeliauAndMenurutDia) {
  auto a = article({body("Paus Fransiskus menyapa umat di Gelora Bung Karno."),
                    body("Beliau menyampaikan bahwa perdamaian harus dimulai dari keluarga."),
                    body("Menurut dia, dialog antaragama adalah jalan keluar dari kekerasan.")},
                   {person("Paus Fransiskus", {"Paus Fransiskus"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(a->name_of(r[0].source), "Paus Fransiskus");
  EXPECT_EQ(a->name_of(r[1].source), "Paus Fransiskus");
  EXPECT_EQ(r[1].source_text, "dia");
}

TEST(AttributionsSpeakers, SentenceSubjectBecomesSalient) {
  auto a = article({body("Gubernur Bobby Nasution meresmikan jembatan baru di Medan."),
                    body("Ia mengatakan jembatan itu akan memangkas waktu tempuh hingga satu jam.")},
                   {person("Bobby Nasution")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Bobby Nasution");
}

TEST(AttributionsSpeakers, LastSentenceOpenedByAPersonDecides) {
  // Uncued sentences are noted in order; the last one a person opens is the one "Ia" points at.
  auto a = article({body("Menteri Sri Mulyani membuka rapat anggaran di Jakarta."),
                    body("Gubernur Pramono Anung menyambut para peserta."),
                    body("Rapat berlangsung hingga sore."),
                    body("Ia mengatakan anggaran daerah akan naik tahun depan.")},
                   {person("Sri Mulyani"), person("Pramono Anung")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Pramono Anung");
}

TEST(AttributionsSpeakers, GroupOpeningASentenceIsTheirsUntilAPersonOpensOne) {
  auto crowd = article({body("Kerumunan besar orang berbaris di depan gedung DPR."),
                        body("\"Kami menolak kenaikan harga BBM,\" kata mereka.")});
  auto r = attributions(*crowd);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source_text, "Kerumunan besar orang");
  auto later = article({body("Kerumunan besar orang berbaris di depan gedung DPR."),
                        body("Kapolres Budi Santoso menutup jalan di sekitar gedung."),
                        body("\"Kami menolak kenaikan harga BBM,\" kata mereka.")},
                       {person("Budi Santoso")});
  r = attributions(*later);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source_text, "mereka");
}

TEST(AttributionsSpeakers, CreditedSourceReplacesThePersonOfEarlierSentencesNotTheirGroup) {
  // The sentences noted before a credited source are read only when a pronoun asks: the source's
  // person replaces the person they leave, a sentence after it replaces the source's, and the
  // group they leave stays for "mereka".
  auto source_last = article({body("Menteri Sri Mulyani membuka rapat anggaran di Jakarta."),
                              body("\"Kami akan menambah dana desa,\" kata Gubernur Pramono Anung."),
                              body("Ia mengatakan anggaran daerah akan naik tahun depan.")},
                             {person("Sri Mulyani"), person("Pramono Anung")});
  auto r = attributions(*source_last);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(source_last->name_of(r[1].source), "Pramono Anung");
  auto sentence_last = article({body("\"Kami akan menambah dana desa,\" kata Gubernur Pramono Anung."),
                                body("Menteri Sri Mulyani membuka rapat anggaran di Jakarta."),
                                body("Ia mengatakan anggaran daerah akan naik tahun depan.")},
                               {person("Sri Mulyani"), person("Pramono Anung")});
  r = attributions(*sentence_last);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(sentence_last->name_of(r[1].source), "Sri Mulyani");
  auto group = article({body("Kerumunan besar orang berbaris di depan gedung DPR."),
                        body("\"Jalan ini kami tutup sampai sore,\" kata Kapolres Budi Santoso."),
                        body("\"Kami menolak kenaikan harga BBM,\" kata mereka."),
                        body("Ia mengatakan polisi akan berjaga hingga malam.")},
                       {person("Budi Santoso")});
  r = attributions(*group);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].source_text, "Kerumunan besar orang");
  EXPECT_EQ(group->name_of(r[2].source), "Budi Santoso");
}

TEST(AttributionsSpeakers, RoleDescriptionResolvesToTheOfficeHolder) {
  auto a = article({body("Presiden Joko Widodo meninjau pembangunan IKN di Penajam Paser Utara."),
                    body("Menurut Kepala Negara, pembangunan istana akan rampung sebelum Agustus.")},
                   {person("Joko Widodo", {"Joko Widodo"}, {"Presiden"}, {"head_of_state"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Joko Widodo");
  EXPECT_EQ(r[0].source_text, "Kepala Negara");
  EXPECT_EQ(r[0].speaker_mention, "title");
}

TEST(AttributionsSpeakers, AbbreviatedRoleAndTitleAfterCue) {
  auto a = article({body("Menteri Luar Negeri Retno Marsudi mendampingi Presiden dalam kunjungan itu."),
                    body("\"Indonesia mendorong gencatan senjata segera,\" kata Menlu.")},
                   {person("Retno Marsudi", {"Retno Marsudi"}, {"Menteri Luar Negeri"}, {"foreign_minister"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Retno Marsudi");
}

TEST(AttributionsSpeakers, RoleWithInstitutionMatchesTheGivenTitle) {
  auto a = article({body("Dmitry Peskov menolak berkomentar soal rencana itu pada pekan lalu."),
                    body("Namun, juru bicara Kremlin mengatakan Moskow terbuka untuk berunding.")},
                   {person("Dmitry Peskov", {"Dmitry Peskov"}, {"juru bicara Kremlin"}), gpe("Moskow")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Dmitry Peskov");
  EXPECT_EQ(r[0].source_text, "juru bicara Kremlin");
}

TEST(AttributionsSpeakers, DemonstrativeDescriptionPointsBack) {
  auto a = article({body("\"Para pemain tampil luar biasa,\" kata Shin Tae-yong."),
                    body("Pelatih asal Korea Selatan itu menambahkan bahwa kebugaran pemain menjadi kunci.")},
                   {person("Shin Tae-yong"), gpe("Korea Selatan")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(a->name_of(r[1].source), "Shin Tae-yong");
}

TEST(AttributionsSpeakers, AppositiveName) {
  auto a = article({body("Penasihat hukum terdakwa, Hotman Paris, mengatakan kliennya akan mengajukan banding.")},
                   {person("Hotman Paris")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Hotman Paris");
  EXPECT_EQ(r[0].content.text, "kliennya akan mengajukan banding");
}

TEST(AttributionsSpeakers, GenericSourcesKeepTheirWords) {
  auto a = article({body("\"Situasinya sudah terkendali sejak tadi malam,\" kata seorang pejabat setempat."),
                    body("Dalam persidangan, sejumlah saksi mengungkapkan adanya aliran dana ke rekening pribadi.")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_FALSE(r[0].source.has_value());
  EXPECT_EQ(r[0].source_text, "seorang pejabat setempat");
  EXPECT_EQ(r[0].speaker_mention, "generic");
  EXPECT_EQ(r[1].source_text, "sejumlah saksi");
}

TEST(AttributionsSpeakers, NameWithTitleIsTheNameOnly) {
  auto a = article({body("\"Program ini akan berlanjut,\" kata Ketua Majelis Hakim Yohanes Nugroho saat membacakan "
                         "putusan.")},
                   {person("Yohanes Nugroho")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source_text, "Yohanes Nugroho");
}

// A speaker the entity table does not know stays in focus by its words: no id can carry it.
TEST(AttributionsSpeakers, UnknownNicknameStaysInFocus) {
  auto a = article({body("Juru Bicara Kemlu Rolliansyah Soemirat mengatakan dokumen kerja sama hampir rampung."),
                    body("\"Kami masih memfinalisasi beberapa naskah,\" ujar Roy, sapaan akrab Rolliansyah."),
                    body("Ia menambahkan, kunjungan balasan dijadwalkan tahun depan.")},
                   {person("Rolliansyah Soemirat", {"Rolliansyah Soemirat", "Rolliansyah"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].source_text, "Roy");
  EXPECT_EQ(r[1].speaker_mention, "name");
  EXPECT_FALSE(r[2].source.has_value());
  EXPECT_EQ(r[2].source_text, "Roy");
  EXPECT_EQ(r[2].speaker_mention, "pronoun");
}


TEST(AttributionsSpeakers, SeveralAsidesBeforeTheVerb) {
  auto a = article({body("Kabid Humas Polda Metro Jaya Kombes Ade Ary, saat ditemui di Jakarta, Senin (3/3), "
                         "mengatakan, pelaku sudah ditahan sejak pekan lalu.")},
                   {person("Ade Ary"), org("Polda Metro Jaya"), gpe("Jakarta")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Ade Ary");
  EXPECT_EQ(r[0].content.text, "pelaku sudah ditahan sejak pekan lalu");
}

TEST(AttributionsSpeakers, NameBeforeDescriptiveAppositions) {
  auto a = article({body("Edison Siahaan, Ketua Presidium ITW, organisasi yang mengadvokasi isu lalu lintas, menilai "
                         "bahwa aturan itu harus disertai sosialisasi.")},
                   {person("Edison Siahaan"), org("ITW")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Edison Siahaan");
}

TEST(AttributionsSpeakers, SameThingPutsTheSpeakerInFocus) {
  auto a = article({body("\"Harga cabai sudah turun,\" kata Zulkifli."),
                    body("Hal senada diutarakan Kepala Dinas Pertanian Sleman Suparmono."),
                    body("Menurut dia, pasokan dari petani lokal kembali normal pekan ini.")},
                   {person("Zulkifli"), person("Suparmono")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(a->name_of(r[1].source), "Suparmono");
}

TEST(AttributionsSpeakers, AbbreviatedTitleWithPeriod) {
  auto a = article({body("\"Retinol sebaiknya dipakai pada malam hari,\" ujar dr. Shari Marchbein.")},
                   {person("Shari Marchbein")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Shari Marchbein");
}

TEST(AttributionsSpeakers, SpeakerBeforeAPlacePhrase) {
  auto a = article({body("Kepala Dinas Kesehatan Widyastuti di Balai Kota menyatakan kasus positif terus menurun.")},
                   {person("Widyastuti"), gpe("Balai Kota")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Widyastuti");
}


TEST(AttributionsSpeakers, RelayedWordsBelongToTheirAuthor) {
  auto a = article({body("Schumer mengutip perkataan Zelensky bahwa Ukraina tidak akan menyerah sampai kapan pun.")},
                   {person("Chuck Schumer", {"Schumer"}), person("Volodymyr Zelensky", {"Zelensky"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Volodymyr Zelensky");
  EXPECT_FALSE(r[0].via.has_value());
  EXPECT_FALSE(r[0].via_text.has_value());
  EXPECT_EQ(r[0].content.text, "Ukraina tidak akan menyerah sampai kapan pun");
}

}  // namespace
}  // namespace warta::detail::attributions_testing
