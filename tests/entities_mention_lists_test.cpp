// Lists typed after their named items: a paragraph where no named item stands next to what may be
// an unknown item over one or two link words ("dan", "serta", "atau", a comma) is not walked, so
// the items of a list must be typed whichever side of the named item they stand on, over one link
// or two.
#include <gtest/gtest.h>

#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

void expect_place(std::string_view text, std::string_view name) {
  auto t = make_doc(std::string(text));
  EntityTable table = recognize(*t);
  const EntityRecord* place = entity_of(*t, table, name);
  ASSERT_NE(place, nullptr) << text;
  EXPECT_EQ(place->type, EntityType::gpe) << text;
}

TEST(EntityMentionLists, UnknownItemsAreTypedWithoutTheList) {
  // The control: alone, the unknown town is no place.
  auto t = make_doc("Banjir merendam Cikarangbaru sejak Senin malam.");
  EntityTable table = recognize(*t);
  const EntityRecord* town = entity_of(*t, table, "Cikarangbaru");
  EXPECT_TRUE(town == nullptr || town->type != EntityType::gpe);
}

TEST(EntityMentionLists, NamedItemWithALinkAfterItOnly) {
  expect_place("Banjir merendam Tangerang dan Cikarangbaru sejak Senin malam.", "Cikarangbaru");
  expect_place("Banjir merendam Tangerang, dan Cikarangbaru sejak Senin malam.", "Cikarangbaru");
}

TEST(EntityMentionLists, NamedItemWithALinkBeforeItOnly) {
  expect_place("Banjir merendam Cikarangbaru, Sukamakmurjaya dan Tangerang sejak Senin malam.", "Sukamakmurjaya");
  expect_place("Banjir merendam Cikarangbaru, Sukamakmurjaya dan Tangerang sejak Senin malam.", "Cikarangbaru");
  expect_place("Banjir merendam Cikarangbaru, Sukamakmurjaya, dan Tangerang sejak Senin malam.", "Sukamakmurjaya");
}

TEST(EntityMentionLists, ParagraphsWithoutALinkedNamedItemTypeNothing) {
  // The named items stand apart from the unknown names: no list.
  auto t = make_doc("Warga Tangerang mengungsi. Cikarangbaru terendam, Sukamakmurjaya juga terendam.");
  EntityTable table = recognize(*t);
  const EntityRecord* town = entity_of(*t, table, "Sukamakmurjaya");
  EXPECT_TRUE(town == nullptr || town->type != EntityType::gpe);
}

}  // namespace
}  // namespace warta::detail::testing
