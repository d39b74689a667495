// Shapes of names the recognizer must read whole: middle initials, places whose name closes on a
// title word or a roman numeral, organizations named with their town, and people typed by birth,
// by kinship ("putra dari X") or as a role ("sebagai "Sara"").
#include <gtest/gtest.h>

#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

TEST(EntityNameShapes, MiddleInitialStaysInsideTheName) {
  auto t = make_doc(
      "Buku karya Stephen R. Covey masih laris di toko buku Jakarta. Sutradara Arifin C. Noer juga dikenang.");
  EntityTable table = recognize(*t);
  const EntityRecord* covey = entity_of(*t, table, "Stephen R. Covey");
  ASSERT_NE(covey, nullptr);
  EXPECT_EQ(covey->type, EntityType::person);
  EXPECT_EQ(entity_of(*t, table, "Covey"), nullptr);
  const EntityRecord* noer = entity_of(*t, table, "Arifin C. Noer");
  ASSERT_NE(noer, nullptr);
  EXPECT_EQ(noer->type, EntityType::person);
}

TEST(EntityNameShapes, TitleWordClosingAPlaceIsPartOfItsName) {
  auto t = make_doc(
      "Bandara itu terletak di Desa Bandar Ratu, Kabupaten Mukomuko. Rapat Partai Golkar Ketua Umum Airlangga "
      "Hartarto berlangsung tertutup.");
  EntityTable table = recognize(*t);
  EXPECT_NE(entity_of(*t, table, "Desa Bandar Ratu"), nullptr);
  const EntityRecord* airlangga = entity_of(*t, table, "Airlangga Hartarto");
  ASSERT_NE(airlangga, nullptr);
  EXPECT_EQ(airlangga->type, EntityType::person);
  EXPECT_NE(entity_of(*t, table, "Partai Golkar"), nullptr);
}

TEST(EntityNameShapes, OrganizationNameRunsOverNumeralAndHomeTown) {
  auto t = make_doc(
      "Pengelolaan bandara diserahkan kepada PT Angkasa Pura II pekan lalu. Mahasiswa Universitas Muhammadiyah "
      "Surakarta (UMS) ikut meneliti.");
  EntityTable table = recognize(*t);
  const EntityRecord* ap = entity_of(*t, table, "PT Angkasa Pura II");
  ASSERT_NE(ap, nullptr);
  EXPECT_EQ(ap->type, EntityType::org);
  const EntityRecord* ums = entity_of(*t, table, "Universitas Muhammadiyah Surakarta");
  ASSERT_NE(ums, nullptr);
  EXPECT_EQ(ums, entity_of(*t, table, "UMS"));
}

TEST(EntityNameShapes, BirthAndKinshipSayPerson) {
  auto t = make_doc(
      "Wiratmoko (lahir 12 Mei 1950) adalah pelukis. Ia adalah putra dari Sastrowiryo, seorang dalang. Karsono "
      "lahir di Klaten.");
  EntityTable table = recognize(*t);
  for (const char* name : {"Wiratmoko", "Sastrowiryo", "Karsono"}) {
    const EntityRecord* e = entity_of(*t, table, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::person) << name;
  }
}

TEST(EntityNameShapes, QuotedRoleAfterSebagaiIsAPersonButATitleIsNot) {
  auto t = make_doc(
      "Ia berperan sebagai \"Tsukiko\" dalam film \"Harmoni\" yang tayang tahun lalu di bioskop.");
  EntityTable table = recognize(*t);
  const EntityRecord* role = entity_of(*t, table, "Tsukiko");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->type, EntityType::person);
  EXPECT_EQ(entity_of(*t, table, "Harmoni"), nullptr);
}

}  // namespace
}  // namespace warta::detail::testing
