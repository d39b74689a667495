// The entity stage on small articles: aliases, titles, coreference, user lexicons, unknown names,
// acronym definitions, sentence-initial common words and headlines.
#include <gtest/gtest.h>

#include <algorithm>

#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

bool has(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(Entities, LexiconAliasesAreOneEntity) {
  auto t = make_doc(
      "Pemimpin Korea Utara (Korut) Kim Jong Un menerima tamunya di Pyongyang. Media DPRK menyebut kunjungan itu "
      "bersejarah.\n"
      "Amerika Serikat menanggapi dengan hati-hati. Pejabat AS mengatakan Jokowi dan Joko Widodo sama-sama diundang.");
  EntityTable table = recognize(*t);
  const EntityRecord* kp = entity_of(*t, table, "Korut");
  ASSERT_NE(kp, nullptr);
  EXPECT_EQ(kp, entity_of(*t, table, "Korea Utara"));
  EXPECT_EQ(kp, entity_of(*t, table, "DPRK"));
  EXPECT_EQ(kp->type, EntityType::gpe);
  EXPECT_EQ(kp->name, "Korea Utara");
  EXPECT_EQ(kp->country, "KP");
  const EntityRecord* us = entity_of(*t, table, "AS");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us, entity_of(*t, table, "Amerika Serikat"));
  const EntityRecord* jokowi = entity_of(*t, table, "Jokowi");
  ASSERT_NE(jokowi, nullptr);
  EXPECT_EQ(jokowi, entity_of(*t, table, "Joko Widodo"));
  EXPECT_EQ(jokowi->name, "Joko Widodo");
}

TEST(Entities, CapitalizedAliasDoesNotMatchTheLowerCaseWord) {
  auto t = make_doc("Harga daging naik, sama seperti harga beras yang naik sejak pekan lalu.\n"
                    "Ia menyebutnya sebagai as roda ekonomi desa.");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "as"), nullptr);
}

TEST(Entities, TitlesAreNotPartOfNamesAndTheirCountryIsAMention) {
  auto t = make_doc("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024). Putin disambut hangat.",
                    false, CivilTime{2024, 6, 19});
  EntityTable table = recognize(*t);
  const EntityRecord* putin = entity_of(*t, table, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->type, EntityType::person);
  EXPECT_EQ(putin, entity_of(*t, table, "Putin"));
  EXPECT_EQ(putin->titles, std::vector<std::string>{"Presiden Rusia"});
  EXPECT_TRUE(has(putin->roles, "head_of_state"));
  EXPECT_EQ(putin->kb_id, "Q7747");
  const EntityRecord* ru = entity_of(*t, table, "Rusia");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->type, EntityType::gpe);
  EXPECT_EQ(entity_of(*t, table, "Presiden Rusia Vladimir Putin"), nullptr);
}

TEST(Entities, UnknownNameAfterATitle) {
  auto t = make_doc("Hal itu disampaikan Menteri Luar Negeri Rusia Sergei Lavrovich Tanov di Moskow, Senin.");
  EntityTable table = recognize(*t);
  const EntityRecord* p = entity_of(*t, table, "Sergei Lavrovich Tanov");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::person);
  EXPECT_TRUE(has(p->roles, "foreign_minister"));
  ASSERT_NE(entity_of(*t, table, "Rusia"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Senin"), nullptr);
}

TEST(Entities, LaterPartOfAFullNameJoinsIt) {
  auto t = make_doc(
      "Terdakwa Hendarto Wicaksono divonis lima tahun penjara oleh majelis hakim.\n"
      "\"Saya akan banding,\" kata Hendarto seusai sidang. Kuasa hukum Hendarto juga keberatan.");
  EntityTable table = recognize(*t);
  const EntityRecord* full = entity_of(*t, table, "Hendarto Wicaksono");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full->type, EntityType::person);
  EXPECT_EQ(full->name, "Hendarto Wicaksono");
  EXPECT_EQ(mention_texts(*t, table, *full).size(), 3u);
}

TEST(Entities, KimGoesToTheMostMentionedKim) {
  auto t = make_doc(
      "Kim Jong Un menerima Putin di Pyongyang. Kim Jong Un didampingi adiknya, Kim Yo Jong.\n"
      "Kim Jong Un menyebut pertemuan itu penting. Kim kemudian mengantar tamunya ke bandara.");
  EntityTable table = recognize(*t);
  const EntityRecord* un = entity_of(*t, table, "Kim Jong Un");
  const EntityRecord* yo = entity_of(*t, table, "Kim Yo Jong");
  ASSERT_NE(un, nullptr);
  ASSERT_NE(yo, nullptr);
  EXPECT_NE(un, yo);
  EXPECT_EQ(entity_of(*t, table, "Kim"), un);
}

TEST(Entities, UserLexiconEntriesAreRecognizedAndWin) {
  auto lex = lexicon_with(
      "PERSON\tSutan Raja Pandapotan\tBang Sutan\tQ42\tID\troles=Bupati Toba@2021-\n"
      "ORG\tRusia\t\t\t\tkind=band\n");
  auto t = make_doc("Bang Sutan menonton konser Rusia di Medan. Sutan Raja Pandapotan pulang larut malam.");
  EntityTable table = recognize(*t, lex);
  const EntityRecord* p = entity_of(*t, table, "Bang Sutan");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p, entity_of(*t, table, "Sutan Raja Pandapotan"));
  EXPECT_EQ(p->kb_id, "Q42");
  const EntityRecord* band = entity_of(*t, table, "Rusia");
  ASSERT_NE(band, nullptr);
  EXPECT_EQ(band->type, EntityType::org);
}

TEST(Entities, PlacesAfterPrepositionsAndHeadWords) {
  auto t = make_doc(
      "Pertandingan digelar di Stadion My Dinh, Hanoi. Suporter memadati My Dinh sejak sore.\n"
      "Rombongan lalu terbang ke Woodside untuk bertemu mitra mereka di Filoli Estate.");
  EntityTable table = recognize(*t);
  const EntityRecord* stadium = entity_of(*t, table, "Stadion My Dinh");
  ASSERT_NE(stadium, nullptr);
  EXPECT_EQ(stadium->type, EntityType::loc);
  EXPECT_EQ(entity_of(*t, table, "My Dinh"), stadium);
  const EntityRecord* woodside = entity_of(*t, table, "Woodside");
  ASSERT_NE(woodside, nullptr);
  EXPECT_EQ(woodside->type, EntityType::gpe);
  const EntityRecord* estate = entity_of(*t, table, "Filoli Estate");
  ASSERT_NE(estate, nullptr);
  EXPECT_EQ(estate->type, EntityType::loc);
}

TEST(Entities, OrganizationHeadWordsAndReportingCues) {
  auto t = make_doc(
      "Pengadilan Tindak Pidana Korupsi Semarang menjatuhkan vonis kepada Direktur PT Bina Karya Samudra.\n"
      "\"Putusan ini sudah adil,\" ujar Yohanes Adi Nugroho kepada wartawan.");
  EntityTable table = recognize(*t);
  const EntityRecord* court = entity_of(*t, table, "Pengadilan Tindak Pidana Korupsi Semarang");
  ASSERT_NE(court, nullptr);
  EXPECT_EQ(court->type, EntityType::org);
  const EntityRecord* firm = entity_of(*t, table, "PT Bina Karya Samudra");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type, EntityType::org);
  const EntityRecord* p = entity_of(*t, table, "Yohanes Adi Nugroho");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::person);
}

TEST(Entities, AcronymDefinitionIsOneOrganization) {
  auto t = make_doc(
      "Badan Nasional Penanggulangan Kebakaran Hutan (BNPKH) mencatat 120 titik api.\n"
      "Kepala BNPKH meminta warga waspada. Data BNPKH diperbarui setiap hari.");
  EntityTable table = recognize(*t);
  const EntityRecord* org = entity_of(*t, table, "Badan Nasional Penanggulangan Kebakaran Hutan");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->type, EntityType::org);
  EXPECT_EQ(entity_of(*t, table, "BNPKH"), org);
  EXPECT_EQ(mention_texts(*t, table, *org).size(), 4u);
  EXPECT_EQ(org->name, "Badan Nasional Penanggulangan Kebakaran Hutan");
}

TEST(Entities, SentenceInitialCommonWordsAreNotNames) {
  auto t = make_doc(
      "Spekulasi soal kedatangan tamu itu mencuat sejak Senin. Sementara Xi Jinping menjamu tamunya.\n"
      "Kunjungan tersebut berlangsung tertutup.");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "Spekulasi"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Sementara"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Sementara Xi Jinping"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Kunjungan"), nullptr);
  ASSERT_NE(entity_of(*t, table, "Xi Jinping"), nullptr);
}

TEST(Entities, TitleCaseHeadlineOnlyNamesKnownNames) {
  auto t = make_doc(
      "Hendarto Divonis Lima Tahun, Kejati Jateng Pertimbangkan Banding\n"
      "Terdakwa Hendarto Wicaksono divonis lima tahun penjara di Semarang, Jawa Tengah.",
      true);
  EntityTable table = recognize(*t);
  const EntityRecord* p = entity_of(*t, table, "Hendarto");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p, entity_of(*t, table, "Hendarto Wicaksono"));
  EXPECT_EQ(entity_of(*t, table, "Divonis Lima Tahun"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Pertimbangkan Banding"), nullptr);
  const EntityRecord* jateng = entity_of(*t, table, "Jateng");
  ASSERT_NE(jateng, nullptr);
  EXPECT_EQ(jateng, entity_of(*t, table, "Jawa Tengah"));
}

TEST(Entities, DatelinePlaceIsAMention) {
  auto t = make_doc("JAKARTA -\nPemerintah menaikkan anggaran pendidikan tahun depan.", false, std::nullopt, 1);
  DatelineInfo dl;
  dl.span = {0, 9};
  dl.place = WorkSpan{0, 7};
  dl.place_name = "Jakarta";
  t->doc.layout.dateline = dl;
  EntityTable table = recognize(*t);
  const EntityRecord* jkt = entity_named(table, "Jakarta");
  ASSERT_NE(jkt, nullptr);
  EXPECT_EQ(jkt->type, EntityType::gpe);
  ASSERT_EQ(jkt->mention_count, 1u);
  const auto named = std::find_if(table.mentions.begin(), table.mentions.end(), [&](const EntityMention& m) {
    return m.entity == static_cast<std::int32_t>(jkt - table.entities.data());
  });
  ASSERT_NE(named, table.mentions.end());
  EXPECT_EQ(named->start, 0u);
  EXPECT_EQ(named->end, 7u);
}

TEST(Entities, MentionsAreInTextOrderAndIndexedByToken) {
  auto t = make_doc("Xi Jinping bertemu Joe Biden di Woodside, California. Biden dan Xi berjabat tangan.");
  EntityTable table = recognize(*t);
  ASSERT_GE(table.mentions.size(), 5u);
  for (std::size_t k = 1; k < table.mentions.size(); ++k) EXPECT_LT(table.mentions[k - 1].start, table.mentions[k].start);
  for (std::uint32_t mi = 0; mi < table.mentions.size(); ++mi) {
    const EntityMention& m = table.mentions[mi];
    for (std::uint32_t tok = m.tok_begin; tok < m.tok_end; ++tok) EXPECT_EQ(table.mention_at(tok), static_cast<std::int32_t>(mi));
  }
  for (const EntityRecord& e : table.entities) EXPECT_GT(e.mention_count, 0u);
}

TEST(Entities, ShortenedOrganizationJoinsItsFullName) {
  auto t = make_doc(
      "Jaksa dari Kejaksaan Tinggi Jawa Tengah menuntut terdakwa delapan tahun penjara.\n"
      "Kejati Jateng menyatakan akan mempelajari putusan Pengadilan Tindak Pidana Korupsi Semarang.\n"
      "Majelis hakim Pengadilan Tipikor Semarang menjatuhkan vonis lima tahun.");
  EntityTable table = recognize(*t);
  const EntityRecord* kejati = entity_of(*t, table, "Kejaksaan Tinggi Jawa Tengah");
  ASSERT_NE(kejati, nullptr);
  EXPECT_EQ(entity_of(*t, table, "Kejati Jateng"), kejati);
  EXPECT_EQ(kejati->name, "Kejaksaan Tinggi Jawa Tengah");
  const EntityRecord* court = entity_of(*t, table, "Pengadilan Tindak Pidana Korupsi Semarang");
  ASSERT_NE(court, nullptr);
  EXPECT_EQ(entity_of(*t, table, "Pengadilan Tipikor Semarang"), court);
  EXPECT_NE(court, kejati);
}

TEST(Entities, NamesInsideATitleAreMentions) {
  auto t = make_doc(
      "Juru bicara Kementerian Luar Negeri China Hua Chunying membantah kabar itu pada Senin.\n"
      "Juru Bicara Kementerian Luar Negeri Rolliansyah Soemirat mengatakan dokumen masih difinalisasi.");
  EntityTable table = recognize(*t);
  const EntityRecord* ministry = entity_of(*t, table, "Kementerian Luar Negeri China");
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->type, EntityType::org);
  const EntityRecord* hua = entity_of(*t, table, "Hua Chunying");
  ASSERT_NE(hua, nullptr);
  EXPECT_EQ(hua->type, EntityType::person);
  const EntityRecord* roy = entity_of(*t, table, "Rolliansyah Soemirat");
  ASSERT_NE(roy, nullptr);
  EXPECT_EQ(roy->type, EntityType::person);
  EXPECT_EQ(entity_of(*t, table, "Kementerian Luar Negeri Rolliansyah Soemirat"), nullptr);
}

TEST(Entities, LowerCaseTextStillNamesPeopleAfterTitles) {
  auto t = make_doc("kantor berita rusia mengatakan presiden moldova , vladimir voronin menuduh penguasa setempat .");
  EntityTable table = recognize(*t);
  const EntityRecord* p = entity_of(*t, table, "vladimir voronin");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::person);
  ASSERT_NE(entity_of(*t, table, "moldova"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "moldova")->type, EntityType::gpe);
}

TEST(Entities, CanonicalNameDropsTitlesAndDescriptorsButKeepsFullerNames) {
  auto lex = lexicon_with(
      "MEDIA\tKilat\tKantor berita Kilat\t\tID\tkind=wire\n"
      "LOC\tGelora Raya Bung Tomo\tGRBT\t\tID\tkind=venue\n");
  auto t = make_doc(
      "Kantor berita Kilat melaporkan laga itu digelar di Stadion Utama Gelora Raya Bung Tomo (GRBT), Surabaya.");
  EntityTable table = recognize(*t, lex);
  const EntityRecord* kilat = entity_of(*t, table, "Kantor berita Kilat");
  ASSERT_NE(kilat, nullptr);
  EXPECT_EQ(kilat->name, "Kilat");
  const EntityRecord* venue = entity_of(*t, table, "GRBT");
  ASSERT_NE(venue, nullptr);
  EXPECT_EQ(venue->name, "Stadion Utama Gelora Raya Bung Tomo");
}

TEST(Entities, TitlesOfWorksAndNameCompoundsAreNotNames) {
  auto t = make_doc(
      "Penyanyi itu membawakan \"Cahaya Bulan Purnama\" di atas panggung.\n"
      "Kedua negara memperkuat Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Australia (IA-CEPA).");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "Cahaya Bulan Purnama"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Australia"), nullptr);
}

TEST(Entities, UnknownItemsOfAListTakeTheKindOfTheKnownOnes) {
  auto t = make_doc("Banjir merendam Bogor, Depok, Cikarangbaru dan Tangerang sejak Senin malam.");
  EntityTable table = recognize(*t);
  const EntityRecord* town = entity_of(*t, table, "Cikarangbaru");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->type, EntityType::gpe);
}

TEST(Entities, AListIsTypedWhereverTheReadingOfALongParagraphPauses) {
  // The lists of a long paragraph are read in stretches of a few hundred tokens behind the scan:
  // the list comes out the same wherever a stretch ends in it or around it.
  for (int pad = 0; pad < 64; ++pad) {
    std::string text;
    for (int s = 0; s < 22; ++s) text += "Warga Jakarta mengatakan air mulai naik sejak pagi hari. ";
    for (int w = 0; w < pad; ++w) text += "sangat ";
    text += "Banjir merendam Cikarangbaru, Bogor, Depok dan Tangerang sejak Senin malam.";
    auto t = make_doc(text);
    ASSERT_EQ(t->doc.paragraphs.size(), 1u);
    EntityTable table = recognize(*t);
    const EntityRecord* town = entity_of(*t, table, "Cikarangbaru");
    ASSERT_NE(town, nullptr) << "pad " << pad;
    EXPECT_EQ(town->type, EntityType::gpe) << "pad " << pad;
  }
}

TEST(Entities, EncyclopedicCuesTypeUnknownNames) {
  auto t = make_doc(
      "Liberace dilahirkan di sebuah desa kecil. Kakaknya, Udit juga mencoba bermain film.\n"
      "Ia kemudian bergabung dengan band Nirwasa dan merekam album untuk perusahaan Rotorcorp.\n"
      "Keluarganya pindah ke desa Kramas, kecamatan Gabus. Buku karya Arifin C. Noer dibacanya.\n"
      "Iring-iringan mereka melintasi jalan desa. Ia meraih Filmfare Award dan terbang dengan Susi Air.\n"
      "Keberadaan UNSERA membantu warga. Ia bermain untuk PSMS Medan. Lagu Best New Artist diputar.\n"
      "Lagu itu dinyanyikan Janet Jackson di hadapan Rasyid dan Siti.");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "Filmfare Award"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Best New Artist"), nullptr);
  for (std::string_view org : {"Susi Air", "UNSERA", "PSMS Medan"}) {
    const EntityRecord* o = entity_of(*t, table, org);
    ASSERT_NE(o, nullptr) << org;
    EXPECT_EQ(o->type, EntityType::org) << org;
  }
  EXPECT_EQ(entity_of(*t, table, "Medan"), nullptr);
  for (std::string_view person : {"Liberace", "Udit", "Arifin C. Noer", "Janet Jackson", "Siti"}) {
    const EntityRecord* p = entity_of(*t, table, person);
    ASSERT_NE(p, nullptr) << person;
    EXPECT_EQ(p->type, EntityType::person) << person;
  }
  for (std::string_view org : {"Nirwasa", "Rotorcorp"}) {
    const EntityRecord* o = entity_of(*t, table, org);
    ASSERT_NE(o, nullptr) << org;
    EXPECT_EQ(o->type, EntityType::org) << org;
  }
  // A lower-case unit word names its unit as a capitalized one would ("Desa Kramas").
  const EntityRecord* village = entity_of(*t, table, "desa Kramas");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->type, EntityType::gpe);
  ASSERT_NE(entity_of(*t, table, "kecamatan Gabus"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Iring-iringan"), nullptr);
}

TEST(Entities, NeverNamesAndWorldRegions) {
  auto t = make_doc(
      "Pemerintah menyerahkan RUU APBN kepada DPR pekan ini. Harga BBM tidak naik.\n"
      "Gubernur Texas dan pejabat Negara Bagian New York menghadiri KTT itu bersama wakil Provinsi Sichuan.");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "RUU APBN"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "APBN"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "BBM"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "KTT"), nullptr);
  const EntityRecord* texas = entity_of(*t, table, "Texas");
  ASSERT_NE(texas, nullptr);
  EXPECT_EQ(texas->type, EntityType::gpe);
  EXPECT_EQ(texas->country, "US");
  const EntityRecord* ny = entity_of(*t, table, "Negara Bagian New York");
  ASSERT_NE(ny, nullptr);
  EXPECT_EQ(ny->country, "US");
  const EntityRecord* sichuan = entity_of(*t, table, "Provinsi Sichuan");
  ASSERT_NE(sichuan, nullptr);
  EXPECT_EQ(sichuan->country, "CN");
}

TEST(Entities, FactsOfTheCallerAreReusedAcrossArticles) {
  // One vector of facts for two articles, the longer first: the second is read as if alone, and
  // the memory of the first is kept for it.
  auto first = make_doc(
      "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri China Wang Yi di Beijing, Senin. "
      "Retno mengatakan kedua negara sepakat memperkuat kerja sama ekonomi dan perdagangan.\n"
      "Pertemuan itu juga membahas situasi di Laut China Selatan, kata juru bicara Kementerian Luar Negeri.");
  auto second = make_doc("Bupati Pati Haryanto meresmikan jembatan di desa Kramas. Haryanto berharap warga merawatnya.");
  const EntityRecognizer recognizer(builtin_lexicon());
  std::vector<TokenFact> facts;
  recognizer.recognize(first->doc, facts);
  const std::size_t capacity = facts.capacity();
  const EntityTable reused = recognizer.recognize(second->doc, facts);
  EXPECT_EQ(facts.size(), second->doc.tokens.list.size());
  EXPECT_EQ(facts.capacity(), capacity);
  const EntityTable alone = recognizer.recognize(second->doc);
  ASSERT_EQ(reused.entities.size(), alone.entities.size());
  for (std::size_t e = 0; e < alone.entities.size(); ++e) {
    EXPECT_EQ(reused.entities[e].name, alone.entities[e].name);
    EXPECT_EQ(reused.entities[e].type, alone.entities[e].type);
    EXPECT_EQ(mention_texts(*second, reused, reused.entities[e]), mention_texts(*second, alone, alone.entities[e]));
  }
  const EntityRecord* haryanto = entity_of(*second, reused, "Haryanto");
  ASSERT_NE(haryanto, nullptr);
  EXPECT_EQ(haryanto->mention_count, 2u);
  EXPECT_EQ(mention_texts(*second, reused, *haryanto).size(), 2u);
}

}  // namespace
}  // namespace warta::detail::testing
