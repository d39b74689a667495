// A person's part ("Wicaksono" of "Hendarto Wicaksono") met alone where the first look trusts no
// capitals is found by the grouping's second look, which passes over words by their first bytes
// (NameStarts). Those bytes are read off a name's tokens only when the name brings a part no group
// has yet: these articles name their people again and again, and in other forms, and every part
// must still be found in the headline.
#include <gtest/gtest.h>

#include "entities/entity_grouper.hpp"
#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

TEST(EntitiesGroupParts, APartNamedAgainIsStillFoundInAHeadline) {
  auto t = make_doc(
      "Wicaksono Ajukan Banding, Hendarto Tetap Ditahan\n"
      "Terdakwa Hendarto Wicaksono divonis lima tahun penjara di Semarang, Selasa.\n"
      "Kuasa hukum Hendarto Wicaksono menyatakan kliennya akan mengajukan banding.",
      true);
  EntityTable table = recognize(*t);
  const EntityRecord* full = entity_of(*t, table, "Hendarto Wicaksono");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(entity_of(*t, table, "Wicaksono"), full);
  EXPECT_EQ(entity_of(*t, table, "Hendarto"), full);
  EXPECT_EQ(full->mention_count, 4u);
}

// The second person's parts are all the first one's: his name brings no new part, and both
// parts must stay possible starts.
TEST(EntitiesGroupParts, PartsSharedByTwoPeopleAreFoundForBoth) {
  auto t = make_doc(
      "Santoso Bantah Tuduhan\n"
      "Jaksa memanggil Budi Santoso dan Santoso Budi sebagai saksi di Surabaya, Senin.\n"
      "Budi Santoso hadir, sedangkan Santoso Budi tidak hadir.",
      true);
  EntityTable table = recognize(*t);
  const EntityRecord* first = entity_of(*t, table, "Budi Santoso");
  const EntityRecord* second = entity_of(*t, table, "Santoso Budi");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(first, second);
  EXPECT_NE(entity_of(*t, table, "Santoso"), nullptr);
}

// A later, fuller form of a name brings a part not met before ("Kusuma"): its start is noted then.
TEST(EntitiesGroupParts, APartFirstMetInALaterFormIsFoundInAHeadline) {
  auto t = make_doc(
      "Kusuma Raih Medali Emas\n"
      "Atlet Dewi Lestari meraih medali emas di Hanoi, Vietnam, Minggu.\n"
      "Dewi Lestari Kusuma mengatakan medali itu untuk keluarganya.",
      true);
  EntityTable table = recognize(*t);
  const EntityRecord* fuller = entity_of(*t, table, "Dewi Lestari Kusuma");
  ASSERT_NE(fuller, nullptr);
  EXPECT_EQ(entity_of(*t, table, "Kusuma"), fuller);
}

}  // namespace
}  // namespace warta::detail::testing
