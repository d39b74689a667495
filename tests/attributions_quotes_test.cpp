// Direct quotations: quote then cue, cue then quote, colon intros, headlines, multi-paragraph
// quotes, uncued continuation paragraphs, and quotation marks that are not speech.
#include <gtest/gtest.h>

#include "attributions_test_util.hpp"

namespace warta::detail::attributions_testing {
namespace {

TEST(AttributionsQuotes, QuoteThenCueAndName) {
  auto a = article({body("\"Kami siap membantu kapan pun diperlukan,\" kata Anwar Ibrahim di Putrajaya.")},
                   {person("Anwar Ibrahim")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, AttributionKind::direct);
  EXPECT_EQ(r[0].content.text, "Kami siap membantu kapan pun diperlukan");
  EXPECT_EQ(a->name_of(r[0].source), "Anwar Ibrahim");
  EXPECT_EQ(r[0].source_text, "Anwar Ibrahim");
  EXPECT_EQ(r[0].cue, "kata");
  EXPECT_EQ(r[0].speaker_mention, "name");
}

class AttributionsQuoteCues : public ::testing::TestWithParam<const char*> {};

TEST_P(AttributionsQuoteCues, EveryPostQuoteCueCreditsTheNamedSpeaker) {
  std::string cue = GetParam();
  auto a = article({body("\xE2\x80\x9CPerundingan berjalan lancar dan terbuka,\xE2\x80\x9D " + cue + " Lee Hsien Loong.")},
                   {person("Lee Hsien Loong")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u) << cue;
  EXPECT_EQ(r[0].cue, cue);
  EXPECT_EQ(a->name_of(r[0].source), "Lee Hsien Loong");
  EXPECT_EQ(r[0].content.text, "Perundingan berjalan lancar dan terbuka");
}

INSTANTIATE_TEST_SUITE_P(Cues, AttributionsQuoteCues,
                         ::testing::Values("kata", "ujar", "tutur", "ucap", "jelas", "ungkap", "imbuh", "tambah",
                                           "lanjut", "pungkas", "tandas", "tegas", "sebut", "cetus", "sambung"));

TEST(AttributionsQuotes, CliticCueResolvesToTheLastSpeaker) {
  auto a = article({body("Menteri Perdagangan Zulkifli Hasan mengatakan ekspor kopi naik tajam tahun ini."),
                    body("\"Permintaan dari Eropa terus bertambah,\" ujarnya.")},
                   {person("Zulkifli Hasan")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].cue, "ujarnya");
  EXPECT_EQ(r[1].speaker_mention, "clitic");
  EXPECT_EQ(a->name_of(r[1].source), "Zulkifli Hasan");
}

TEST(AttributionsQuotes, KataDiaIsAPronounSource) {
  auto a = article({body("Gubernur Khofifah meninjau lokasi banjir di Sidoarjo pada Senin."),
                    body("\"Bantuan logistik sudah dikirim ke semua posko,\" kata dia.")},
                   {person("Khofifah")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source_text, "dia");
  EXPECT_EQ(r[0].speaker_mention, "pronoun");
  EXPECT_EQ(a->name_of(r[0].source), "Khofifah");
}

TEST(AttributionsQuotes, NameThenVerbAfterTheQuote) {
  auto a = article({body("\"Kami tidak akan mundur sedikit pun,\" Prabowo menegaskan.")}, {person("Prabowo")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "menegaskan");
  EXPECT_EQ(a->name_of(r[0].source), "Prabowo");
}

TEST(AttributionsQuotes, CueThenQuote) {
  auto a = article({body("Dalam pidatonya, Erdogan mengatakan, \"Turki akan terus menjadi penengah yang jujur.\"")},
                   {person("Erdogan")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, AttributionKind::direct);
  EXPECT_EQ(r[0].cue, "mengatakan");
  EXPECT_EQ(a->name_of(r[0].source), "Erdogan");
  EXPECT_EQ(r[0].content.text, "Turki akan terus menjadi penengah yang jujur.");
}

TEST(AttributionsQuotes, ColonIntroHasNoCue) {
  auto a = article({body("Anies Baswedan: \"Jakarta harus menjadi kota yang ramah bagi pejalan kaki.\"")},
                   {person("Anies Baswedan")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].cue.has_value());
  EXPECT_EQ(a->name_of(r[0].source), "Anies Baswedan");
}

TEST(AttributionsQuotes, VerbWithColonIntro) {
  auto a = article({body("Biden menjawab: \"Ya, kami akan terus berbicara dengan Beijing.\"")}, {person("Biden")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cue, "menjawab");
  EXPECT_EQ(a->name_of(r[0].source), "Biden");
}

TEST(AttributionsQuotes, HeadlineWithColonIsDirectWithoutCue) {
  auto a = article({headline("Kunjungi Jepang, Jokowi: Kerja Sama Energi Harus Dipercepat"),
                    body("Presiden Jokowi tiba di Tokyo pada Rabu pagi.")},
                   {person("Joko Widodo", {"Jokowi"})});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(r[0].in_headline);
  EXPECT_FALSE(r[0].cue.has_value());
  EXPECT_EQ(r[0].kind, AttributionKind::direct);
  EXPECT_EQ(r[0].content.text, "Kerja Sama Energi Harus Dipercepat");
  EXPECT_EQ(a->name_of(r[0].source), "Joko Widodo");
}

TEST(AttributionsQuotes, HeadlineLabelIsNotASpeaker) {
  for (const char* h : {"Video: Banjir Rendam Ratusan Rumah di Demak", "Babak I: Dua Gol Mane, Liverpool Unggul",
                        "Jadwal Liga 1 Sabtu: Persib Tantang Persija", "Ramalan Zodiak Besok: Leo Beruntung"}) {
    auto a = article({headline(h)});
    EXPECT_TRUE(attributions(*a).empty()) << h;
  }
}

TEST(AttributionsQuotes, HeadlineSpeakerBeforeATopicPhrase) {
  auto a = article({headline("Agus Rahardjo Soal Revisi UU KPK: Ada Kepentingan Apa?")}, {person("Agus Rahardjo")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Agus Rahardjo");
  EXPECT_EQ(r[0].content.text, "Ada Kepentingan Apa?");
}

TEST(AttributionsQuotes, HeadlineOfficeWithoutHolder) {
  auto a = article({headline("Soal Kader yang Merasa Ditipu, Sekretaris DPW PAN: Partai Tidak Pernah Minta Uang")},
                   {org("PAN")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].source.has_value());
  EXPECT_EQ(r[0].source_text, "Sekretaris DPW PAN");
  EXPECT_EQ(r[0].speaker_mention, "title");
}

TEST(AttributionsQuotes, MultiParagraphQuoteIsOneAttribution) {
  auto a = article({body("\xE2\x80\x9CKami sudah menyiapkan tiga skenario untuk menghadapi lonjakan penumpang."),
                    body("\xE2\x80\x9CSemua petugas akan bersiaga selama dua puluh empat jam,\xE2\x80\x9D kata Budi Karya.")},
                   {person("Budi Karya")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Budi Karya");
  EXPECT_NE(r[0].content.text.find("tiga skenario"), std::string::npos);
  EXPECT_NE(r[0].content.text.find("dua puluh empat jam"), std::string::npos);
}

TEST(AttributionsQuotes, UncuedQuoteParagraphContinuesThePreviousSpeaker) {
  auto a = article({body("\"Harga beras akan turun bulan depan,\" kata Arief Prasetyo."),
                    body("\"Stok di gudang Bulog cukup sampai akhir tahun.\"")},
                   {person("Arief Prasetyo")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_FALSE(r[1].cue.has_value());
  EXPECT_EQ(a->name_of(r[1].source), "Arief Prasetyo");
  EXPECT_EQ(r[1].content.text, "Stok di gudang Bulog cukup sampai akhir tahun.");
}

TEST(AttributionsQuotes, SeparateQuotedSentencesAreSeparate) {
  auto a = article({body("\"Kami menang karena disiplin,\" kata Indra Sjafri. \"Pemain bekerja keras sepanjang laga.\"")},
                   {person("Indra Sjafri")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(a->name_of(r[1].source), "Indra Sjafri");
}

TEST(AttributionsQuotes, MixedStraightAndCurlyMarksPair) {
  auto a = article({body("\xE2\x80\x9CIni langkah awal yang penting bagi kawasan,\" ujar Retno.")}, {person("Retno")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content.text, "Ini langkah awal yang penting bagi kawasan");
}

TEST(AttributionsQuotes, ScareQuotesAndQuotedTermsAreNotSpeech) {
  auto a = article({body("Kedua pemimpin disebut sebagai 'teman baik' oleh media setempat."),
                    body("Pria yang dijuluki \"Shorty\" itu ditangkap di Surabaya."),
                    body("KTT bertema \"Asia Bangkit Bersama Dunia\" itu dibuka pada Selasa."),
                    body("Ia menonton film \"Laskar Pelangi Sang Pemimpi\" bersama warga.")},
                   {});
  EXPECT_TRUE(attributions(*a).empty());
}

TEST(AttributionsQuotes, UnbalancedMarkStaysInItsParagraph) {
  auto a = article({body("\"Kami akan melawan putusan ini, kata kuasa hukumnya di pengadilan."),
                    body("Menteri Hukum Supratman mengatakan pemerintah menghormati proses hukum yang berjalan.")},
                   {person("Supratman")});
  auto r = attributions(*a);
  ASSERT_FALSE(r.empty());
  const Attribution& last = r.back();
  EXPECT_EQ(a->name_of(last.source), "Supratman");
  EXPECT_EQ(last.content.text, "pemerintah menghormati proses hukum yang berjalan");
}

TEST(AttributionsQuotes, StrayClosingMarkIsIgnored) {
  auto a = article({body("Polisi masih menyelidiki penyebab kebakaran itu.\" Sementara itu, Kapolda Irjen Karyoto "
                         "mengatakan penyelidikan akan selesai pekan depan.")},
                   {person("Karyoto")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(a->name_of(r[0].source), "Karyoto");
  EXPECT_EQ(r[0].kind, AttributionKind::indirect);
}

TEST(AttributionsQuotes, ShortQuoteWithCueIsSpeech) {
  auto a = article({body("Ribuan warga berkumpul di alun-alun kota sejak pagi."),
                    body("Ribuan warga memadati alun-alun. Mereka meneriakkan \"Hidup Palestina\" berulang kali.")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content.text, "Hidup Palestina");
  EXPECT_EQ(r[0].cue, "meneriakkan");
  EXPECT_EQ(r[0].source_text, "Ribuan warga");
  EXPECT_FALSE(r[0].source.has_value());
}

TEST(AttributionsQuotes, UncuedQuoteParagraphAfterAMultiParagraphQuoteFarIntoTheBody) {
  // The credited quotation ends a paragraph after the one it opens in: the uncued paragraph after
  // it is next to its speaker's words, however many paragraphs come before.
  std::vector<Para> paras;
  for (int i = 0; i < 300; ++i) paras.push_back(body("Antrean kendaraan di gerbang tol Cikampek mengular sejak pagi."));
  paras.push_back(body("\xE2\x80\x9CKami menambah petugas di setiap gerbang tol utama."));
  paras.push_back(body("\xE2\x80\x9C" "Arus kendaraan akan dialihkan bila antrean melebihi satu kilometer,\xE2\x80\x9D "
                       "kata Budi Karya."));
  paras.push_back(body("\"Pengendara kami minta beristirahat di rest area terdekat.\""));
  auto a = article(paras, {person("Budi Karya")});
  auto r = attributions(*a);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(a->name_of(r[0].source), "Budi Karya");
  EXPECT_FALSE(r[1].cue.has_value());
  EXPECT_EQ(a->name_of(r[1].source), "Budi Karya");
  EXPECT_EQ(r[1].content.text, "Pengendara kami minta beristirahat di rest area terdekat.");
}

}  // namespace
}  // namespace warta::detail::attributions_testing
