// The grouping takes the candidates by first token. They are made in text order but for a list's
// unknown items, made at the end of their paragraph after the names that follow them: only then
// is their order by first token written out and sorted. Each item must still be a mention, in its
// place, and the names after the list too.
#include <gtest/gtest.h>

#include <cstddef>

#include "entities/entity_grouper.hpp"
#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

TEST(EntitiesGroupOrder, ListItemsMadeLateAreMentionsInTheirPlace) {
  // "Bayat", "Cawas" and "Trucuk" are typed by the list, after "Jawa Tengah" was made.
  auto t = make_doc(
      "Banjir melanda Klaten, Bayat, Cawas, dan Trucuk di Jawa Tengah, Senin.\n"
      "Warga Cawas dan Trucuk mengungsi ke balai desa.");
  const EntityTable table = recognize(*t);
  for (const std::string_view name : {"Klaten", "Bayat", "Cawas", "Trucuk", "Jawa Tengah"})
    EXPECT_NE(entity_of(*t, table, name), nullptr) << name;
  for (std::size_t k = 1; k < table.mentions.size(); ++k) EXPECT_LE(table.mentions[k - 1].end, table.mentions[k].start);
  // The second paragraph's names are found by the second look, past the list's tokens.
  const EntityRecord* cawas = entity_of(*t, table, "Cawas");
  ASSERT_NE(cawas, nullptr);
  EXPECT_EQ(mention_texts(*t, table, *cawas).size(), 2u);
}

}  // namespace
}  // namespace warta::detail::testing
