// A lexicon entity is named by the lexicon once the article writes its name; the test whether a
// mention writes it compares the mention's key, taken as its candidate was made, before walking
// the lexicon. A mention that writes the name must still be seen, even when a longer form is
// written first.
#include <gtest/gtest.h>

#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

TEST(EntitiesGroupNaming, TheLexiconNameWinsOverALongerFormWrittenFirst) {
  auto lex = lexicon_with("PERSON\tRaja Sutan\tSutan Raja Pandapotan Harahap\t\tID\t\n");
  auto t = make_doc(
      "Sutan Raja Pandapotan Harahap membuka festival danau di Balige, Sabtu.\n"
      "Dalam sambutannya, Raja Sutan mengajak warga menjaga kebersihan danau.");
  EntityTable table = recognize(*t, lex);
  const EntityRecord* p = entity_of(*t, table, "Sutan Raja Pandapotan Harahap");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p, entity_of(*t, table, "Raja Sutan"));
  EXPECT_EQ(p->name, "Raja Sutan");
}

TEST(EntitiesGroupNaming, AnAliasAloneLeavesTheFullestFormWritten) {
  auto lex = lexicon_with("PERSON\tRaja Sutan\tSutan Raja Pandapotan Harahap\t\tID\t\n");
  auto t = make_doc("Sutan Raja Pandapotan Harahap membuka festival danau di Balige, Sabtu.");
  EntityTable table = recognize(*t, lex);
  const EntityRecord* p = entity_of(*t, table, "Sutan Raja Pandapotan Harahap");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Sutan Raja Pandapotan Harahap");
}

}  // namespace
}  // namespace warta::detail::testing
