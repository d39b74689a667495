// Context rules for unknown names: titles of works (in quotes, dated "(2005)", after "serial"),
// people known by a degree, a generation suffix or a plain verb, nicknames that join the name they
// stand for, events and legal forms that are no names, and acronyms of common words.
#include <gtest/gtest.h>

#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

TEST(EntityContextRules, TitlesOfWorksAreNoNames) {
  auto t = make_doc(
      "Video klip \"Her Morning Elegance\" ditonton jutaan kali. Ia tampil dalam Ghost Hunter Diaries (2005) dan "
      "membintangi drama Princess Lullaby bersama Tantri Kirana.");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "Morning Elegance"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Her Morning Elegance"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Ghost Hunter Diaries"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Princess Lullaby"), nullptr);
  const EntityRecord* tantri = entity_of(*t, table, "Tantri Kirana");
  ASSERT_NE(tantri, nullptr);
  EXPECT_EQ(tantri->type, EntityType::person);
}

// The work tests are made after the words around a name have typed it: a place cue ("di") does
// not save a dated title, and a club that takes its home town ("Persikota Medan") is tested as
// the name it was before, which no year follows.
TEST(EntityContextRules, WorkTestsOverruleTheContextOnTheNameAsFound) {
  auto t = make_doc(
      "Aktris itu pernah tampil di Ghost Hunter Diaries (2005) bersama rekannya. Pemain muda itu kini bermain "
      "untuk Persikota Medan (2009) setelah dilepas klub lamanya.");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "Ghost Hunter Diaries"), nullptr);
  const EntityRecord* club = entity_of(*t, table, "Persikota Medan");
  ASSERT_NE(club, nullptr);
  EXPECT_EQ(club->type, EntityType::org);
}

TEST(EntityContextRules, QuotedSpeechIsNoTitle) {
  auto t = make_doc("\"Saya sudah bertemu Hendarto Wicaksono kemarin,\" ujarnya.");
  EntityTable table = recognize(*t);
  const EntityRecord* p = entity_of(*t, table, "Hendarto Wicaksono");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::person);
}

TEST(EntityContextRules, DegreeAndGenerationSuffixMarkPeople) {
  auto t = make_doc(
      "Sekolah itu didirikan oleh Sumardiyo, S.Pd, pada 2004. Sutrisno, SH juga hadir. Musisi Harold Belafonte "
      "Jr. lahir di New York.");
  EntityTable table = recognize(*t);
  const EntityRecord* a = entity_of(*t, table, "Sumardiyo");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->type, EntityType::person);
  const EntityRecord* b = entity_of(*t, table, "Sutrisno");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->type, EntityType::person);
  const EntityRecord* c = entity_of(*t, table, "Harold Belafonte Jr.");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->type, EntityType::person);
}

TEST(EntityContextRules, OneWordBeforeAPlainVerbIsAPerson) {
  auto t = make_doc("Musim lalu Wentworth tampil di layar lebar, lalu Minegishi tidak hadir di acara itu.");
  EntityTable table = recognize(*t);
  const EntityRecord* w = entity_of(*t, table, "Wentworth");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->type, EntityType::person);
  const EntityRecord* m = entity_of(*t, table, "Minegishi");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::person);
}

TEST(EntityContextRules, NicknameJoinsThePersonItNames) {
  auto t = make_doc(
      "Juru Bicara Kementerian Luar Negeri Rolliansyah Soemirat memberi keterangan.\n"
      "\"Detailnya akan kami sampaikan,\" ujar Roy, sapaan akrab Rolliansyah.\n"
      "Bupati Suryadi Pranoto, yang akrab disapa \"Yadi\", menyambut rombongan.");
  EntityTable table = recognize(*t);
  const EntityRecord* full = entity_of(*t, table, "Rolliansyah Soemirat");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(entity_of(*t, table, "Roy"), full);
  EXPECT_EQ(full->name, "Rolliansyah Soemirat");
  const EntityRecord* yadi = entity_of(*t, table, "Yadi");
  ASSERT_NE(yadi, nullptr);
  EXPECT_EQ(yadi, entity_of(*t, table, "Suryadi Pranoto"));
}

TEST(EntityContextRules, EventsLegalFormsAndCommonAcronymsAreNoNames) {
  auto t = make_doc(
      "Timnya berlaga di Piala Suratin dan menonton GP Hungaria 2009. Proyek itu dikerjakan PT Angkasa Pura II "
      "(Persero). Dana untuk unit gedung baru (UGB) sudah cair.");
  EntityTable table = recognize(*t);
  EXPECT_EQ(entity_of(*t, table, "Piala Suratin"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Suratin"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "GP"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Hungaria"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Persero"), nullptr);
  EXPECT_NE(entity_of(*t, table, "PT Angkasa Pura II"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "UGB"), nullptr);
}

TEST(EntityContextRules, HeadWordStartsANameInsideCapitalizedWords) {
  auto t = make_doc("Di taman itu berdiri Miniatur Menara Kudus yang megah.");
  EntityTable table = recognize(*t);
  const EntityRecord* menara = entity_of(*t, table, "Menara Kudus");
  ASSERT_NE(menara, nullptr);
  EXPECT_EQ(menara->type, EntityType::loc);
  EXPECT_EQ(entity_of(*t, table, "Kudus"), nullptr);
}

TEST(EntityContextRules, LowerCaseUnitWordBelongsToThePlaceMention) {
  auto t = make_doc("Ia pindah ke kota Semarang, lalu menetap di kota Pakisaji sejak 2010.");
  EntityTable table = recognize(*t);
  const EntityRecord* smg = entity_of(*t, table, "kota Semarang");
  ASSERT_NE(smg, nullptr);
  EXPECT_EQ(smg->type, EntityType::gpe);
  EXPECT_EQ(smg->name, "Semarang");
  const EntityRecord* pk = entity_of(*t, table, "kota Pakisaji");
  ASSERT_NE(pk, nullptr);
  EXPECT_EQ(pk->name, "Pakisaji");
}

TEST(EntityContextRules, StreetInLowerCaseIsAPlaceAndNumberedSchoolsAreInstitutions) {
  auto t = make_doc(
      "Kantornya berada di jalan Dewi Sartika, tidak jauh dari SMA Negeri 6 Jakarta. Mahasiswa Universitas "
      "Brawijaya ikut membantu.");
  EntityTable table = recognize(*t);
  const EntityRecord* street = entity_of(*t, table, "jalan Dewi Sartika");
  ASSERT_NE(street, nullptr);
  EXPECT_EQ(street->type, EntityType::loc);
  const EntityRecord* school = entity_of(*t, table, "SMA Negeri 6 Jakarta");
  ASSERT_NE(school, nullptr);
  EXPECT_EQ(school->type, EntityType::org);
  const EntityRecord* uni = entity_of(*t, table, "Universitas Brawijaya");
  ASSERT_NE(uni, nullptr);
  EXPECT_EQ(uni->type, EntityType::org);
}

TEST(EntityContextRules, NounBeforeBernamaSaysWhatIsNamed) {
  auto t = make_doc(
      "Ia bernyanyi untuk sebuah band amatir bernama Lentera Senja. Ia lahir di sebuah desa kecil bernama "
      "Wonoreja. Ia menikah dengan seorang pria bernama Darsono Wibisono.");
  EntityTable table = recognize(*t);
  const EntityRecord* band = entity_of(*t, table, "Lentera Senja");
  ASSERT_NE(band, nullptr);
  EXPECT_EQ(band->type, EntityType::org);
  const EntityRecord* village = entity_of(*t, table, "Wonoreja");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->type, EntityType::gpe);
  const EntityRecord* man = entity_of(*t, table, "Darsono Wibisono");
  ASSERT_NE(man, nullptr);
  EXPECT_EQ(man->type, EntityType::person);
}

TEST(EntityContextRules, ClubsAndBandsAreOrganizations) {
  auto t = make_doc(
      "Chelsea ditahan Tottenham di London, sementara Persekam Malang bermain di Persela Lamongan. Lagu Pink "
      "Floyd diputar di stadion.");
  EntityTable table = recognize(*t);
  const EntityRecord* spurs = entity_of(*t, table, "Tottenham");
  ASSERT_NE(spurs, nullptr);
  EXPECT_EQ(spurs->type, EntityType::org);
  const EntityRecord* club = entity_of(*t, table, "Persekam Malang");
  ASSERT_NE(club, nullptr);
  EXPECT_EQ(club->type, EntityType::org);
  const EntityRecord* band = entity_of(*t, table, "Pink Floyd");
  ASSERT_NE(band, nullptr);
  EXPECT_EQ(band->type, EntityType::org);
}

TEST(EntityContextRules, OnlyAPlaceHasSurroundings) {
  auto t = make_doc("Banjir merendam Bayat, Cawas, Trucuk, dan Karangdowo dan sekitarnya sejak pagi.");
  EntityTable table = recognize(*t);
  for (std::string_view name : {"Karangdowo", "Bayat", "Cawas", "Trucuk"}) {
    const EntityRecord* e = entity_of(*t, table, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::gpe) << name;
  }
}

TEST(EntityContextRules, KnownPersonAfterAnOfficeTitleIsNoOrganization) {
  auto t = make_doc("Hal itu disampaikan Sekretaris Kabinet Budi Santoso di Jakarta, Senin.");
  EntityTable table = recognize(*t);
  const EntityRecord* p = entity_of(*t, table, "Budi Santoso");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::person);
  EXPECT_EQ(entity_of(*t, table, "Kabinet Budi Santoso"), nullptr);
}

TEST(EntityContextRules, ForeignTownNextToAnUnknownWordIsAPersonsName) {
  auto t = make_doc(
      "Pada 1953, Masutatsu Oyama membuka dojo pertama. Investor Warren Buffett hadir di Omaha. Pebalap "
      "Lewis Hamilton menang di Hungaria.");
  EntityTable table = recognize(*t);
  for (std::string_view name : {"Masutatsu Oyama", "Warren Buffett", "Lewis Hamilton"}) {
    const EntityRecord* e = entity_of(*t, table, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::person) << name;
  }
  EXPECT_EQ(entity_of(*t, table, "Oyama"), nullptr);
  const EntityRecord* omaha = entity_of(*t, table, "Omaha");
  ASSERT_NE(omaha, nullptr);
  EXPECT_EQ(omaha->type, EntityType::gpe);
}

TEST(EntityContextRules, AgentOfAPassiveVerbIsAPerson) {
  auto t = make_doc(
      "Desain itu dibuat oleh Tiernan sebelum syuting dimulai. Lagu itu diciptakan oleh KPK? Tidak. Ia ditahan "
      "bersama Sjahrul kemarin.");
  EntityTable table = recognize(*t);
  const EntityRecord* p = entity_of(*t, table, "Tiernan");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::person);
  const EntityRecord* s = entity_of(*t, table, "Sjahrul");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, EntityType::person);
  const EntityRecord* kpk = entity_of(*t, table, "KPK");
  ASSERT_NE(kpk, nullptr);
  EXPECT_EQ(kpk->type, EntityType::org);
}

// The acronym test looks at the token after the acronym for ")": an acronym that ends the text
// (the parenthesis never closed) has none, and nothing past the last token is read.
TEST(EntityContextRules, AcronymInAnOpenParenthesisAtTheEndOfTheText) {
  auto t = make_doc("Warga menolak pembangunan unit gedung baru (UGB");
  EntityTable table = recognize(*t);
  for (const EntityMention& m : table.mentions) EXPECT_LE(m.tok_end, t->doc.tokens.list.size());
}

}  // namespace
}  // namespace warta::detail::testing
