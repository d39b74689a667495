// Reported speech: X mengatakan (bahwa) …, according-to phrases, back references, and the
// statements that are not attributions (no source, bare speech acts, topics, negated cues).
#include <gtest/gtest.h>

#include "attributions_test_util.hpp"

namespace warta::detail::attributions_testing {
namespace {

class AttributionsReportingVerbs : public ::testing::TestWithParam<const char*> {};

TEST_P(AttributionsReportingVerbs, VerbThenBahwaClause) {
  std::string verb = GetParam();
  auto a = article({body("Menteri Keuangan Sri Mulyani " + verb +
                         " bahwa defisit anggaran tahun ini masih berada dalam batas aman.")},
                   {person("Sri Mulyani")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u) << verb;
  EXPECT_EQ(r[0].kind, AttributionKind::indirect);
  EXPECT_EQ(r[0].cue, verb);
  EXPECT_EQ(a->name_of(r[0].source), "Sri Mulyani");
  EXPECT_EQ(r[0].content.text, "defisit anggaran tahun ini masih berada dalam batas aman");
}

INSTANTIATE_TEST_SUITE_P(Verbs, AttributionsReportingVerbs,
                         ::testing::Values("mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan",
                                           "menambahkan", "menyampaikan", "menilai", "mengakui", "berharap",
                                           "mengklaim", "membantah", "memperingatkan", "melaporkan", "menyebut"));

TEST(AttributionsReported, AVeryLongSentenceReadsAsAShortOne) {
  // Hundreds of words after the cue: the words' classes are looked up again as the scanners come
  // back to them, and the finding is the one a short sentence gives.
  std::string clause;
  for (int i = 0; i < 80; ++i) clause += "penerimaan pajak dari sektor tambang dan perkebunan terus naik, ";
  auto a = article({body("Sementara itu, Menteri Keuangan Sri Mulyani mengatakan bahwa " + clause + "tahun ini. "
                         "Ia juga menyebut bahwa belanja negara tetap terkendali.")},
                   {person("Sri Mulyani")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].cue, "mengatakan");
  EXPECT_EQ(a->name_of(r[0].source), "Sri Mulyani");
  EXPECT_EQ(r[0].content.text, clause + "tahun ini");
  EXPECT_EQ(r[1].cue, "menyebut");
  EXPECT_EQ(a->name_of(r[1].source), "Sri Mulyani");
  EXPECT_EQ(r[1].content.text, "belanja negara tetap terkendali");
}

TEST(AttributionsReported, VerbWithoutBahwa) {
  auto a = article({body("Juru bicara Kremlin Dmitry Peskov pekan lalu mengatakan Moskow belum menerima proposal "
                         "baru dari Kyiv.")},
                   {person("Dmitry Peskov"), gpe("Moskow"), gpe("Kyiv")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Dmitry Peskov");
  EXPECT_EQ(r[0].source_text, "Dmitry Peskov");
  EXPECT_EQ(r[0].content.text, "Moskow belum menerima proposal baru dari Kyiv");
}

TEST(AttributionsReported, VerbCommaAndAsideBetweenSubjectAndVerb) {
  auto a = article({body("Xi, dalam pernyataan penutupnya, menegaskan, kedua negara harus saling menghormati.")},
                   {person("Xi Jinping", {"Xi"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Xi Jinping");
  EXPECT_EQ(r[0].content.text, "kedua negara harus saling menghormati");
}

TEST(AttributionsReported, RequestAndPromise) {
  auto a = article({body("Wali Kota Eri Cahyadi meminta warga agar tidak membuang sampah ke sungai."),
                    body("Eri juga berjanji akan memperbaiki saluran air sebelum musim hujan tiba.")},
                   {person("Eri Cahyadi", {"Eri Cahyadi", "Eri"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].cue, "meminta");
  EXPECT_EQ(r[1].cue, "berjanji");
  EXPECT_EQ(a->name_of(r[1].source), "Eri Cahyadi");
}

TEST(AttributionsReported, AccordingToOpening) {
  auto a = article({body("Menurut Bahlil Lahadalia, investasi di sektor nikel akan terus tumbuh hingga 2030.")},
                   {person("Bahlil Lahadalia")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "menurut");
  EXPECT_EQ(a->name_of(r[0].source), "Bahlil Lahadalia");
  EXPECT_EQ(r[0].content.text, "investasi di sektor nikel akan terus tumbuh hingga 2030");
}

TEST(AttributionsReported, AccordingToClosingWithGenericSource) {
  auto a = article({body("Kedua menteri membahas kerja sama pertahanan selama dua jam, menurut media Jepang.")},
                   {gpe("Jepang")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].source.has_value());
  EXPECT_EQ(r[0].source_text, "media Jepang");
  EXPECT_EQ(r[0].speaker_mention, "generic");
  EXPECT_EQ(r[0].content.text, "Kedua menteri membahas kerja sama pertahanan selama dua jam");
}

TEST(AttributionsReported, ClosingKataAfterAPlainClause) {
  auto a = article({body("Pemerintah akan membuka seleksi CPNS pada Agustus mendatang, kata Abdullah Azwar Anas.")},
                   {person("Abdullah Azwar Anas")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "kata");
  EXPECT_EQ(r[0].kind, AttributionKind::indirect);
  EXPECT_EQ(a->name_of(r[0].source), "Abdullah Azwar Anas");
}

TEST(AttributionsReported, BackReferenceTakesThePreviousParagraph) {
  auto a = article({body("Pemerintah akan menambah kuota haji sebanyak sepuluh ribu jemaah tahun depan."),
                    body("Hal itu disampaikan Menteri Agama Nasaruddin Umar di Jakarta, Senin (3/2/2025).")},
                   {person("Nasaruddin Umar")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "disampaikan");
  EXPECT_EQ(a->name_of(r[0].source), "Nasaruddin Umar");
  EXPECT_EQ(r[0].content.text, "Pemerintah akan menambah kuota haji sebanyak sepuluh ribu jemaah tahun depan");
}

TEST(AttributionsReported, StatementsWithoutSourceAreLeftOut) {
  auto a = article({body("Harga minyak dunia diperkirakan naik menjelang musim dingin."),
                    body("Pemerintah disebut-sebut akan merombak kabinet bulan depan.")});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsReported, BareSpeechActsAreLeftOut) {
  auto a = article({body("Presiden Prabowo mengucapkan selamat kepada atlet yang meraih medali emas."),
                    body("Prabowo juga menyampaikan terima kasih kepada seluruh pelatih dan ofisial.")},
                   {person("Prabowo")});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsReported, TopicOnlyObjectsAreLeftOut) {
  auto a = article({body("Dalam pertemuan itu, Albanese menyinggung soal perdagangan sapi hidup."),
                    body("Kedua pemimpin juga membahas kerja sama pendidikan vokasi.")},
                   {person("Albanese")});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsReported, NegatedCuesAreLeftOut) {
  auto a = article({body("Kementerian Luar Negeri tidak membantah adanya pertemuan tertutup di Doha."),
                    body("Juru bicara itu juga tidak mengatakan kapan pertemuan berikutnya digelar.")},
                   {org("Kementerian Luar Negeri")});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsReported, ShortObjectIsNotAClaim) {
  auto a = article({body("Timnas U-23 akhirnya mengumumkan skuad pada Jumat malam.")});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsReported, TwoNamedSourcesShareTheDescribingWords) {
  auto a = article({body("Indonesia dan Malaysia menyatakan bahwa sengketa perbatasan akan diselesaikan lewat "
                         "perundingan.")},
                   {gpe("Indonesia"), gpe("Malaysia")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].source.has_value());
  EXPECT_EQ(r[0].source_text, "Indonesia dan Malaysia");
}


TEST(AttributionsReported, InterposedCue) {
  auto a = article({body("Gubernur Pramono Anung meninjau banjir di Kampung Melayu."),
                    body("Pemerintah provinsi, kata dia, akan menambah pompa air di setiap kelurahan rawan banjir.")},
                   {person("Pramono Anung")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "kata");
  EXPECT_EQ(a->name_of(r[0].source), "Pramono Anung");
  EXPECT_NE(r[0].content.text.find("menambah pompa air"), std::string::npos);
}

TEST(AttributionsReported, ColloquialJikaLinksTheClause) {
  auto a = article({body("Raffi mengatakan jika acara itu akan digelar di Bali bulan depan.")}, {person("Raffi")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content.text, "acara itu akan digelar di Bali bulan depan");
}

TEST(AttributionsReported, RelativeClauseIsNotACue) {
  auto a = article({body("Laporan yang mengatakan kapal itu tenggelam ternyata keliru.")});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsReported, OutletsOwnObservationIsNotAttributed) {
  auto a = article({body("Menurut pantauan Kompas, antrean kendaraan mengular hingga lima kilometer.")}, {media("Kompas")});
  EXPECT_TRUE(attributions(*a).empty());
}

}  // namespace
}  // namespace warta::detail::attributions_testing
