// The grouping's second look passes over words that start no name the article has named, by their
// first two bytes (NameStarts). The shortcut must never pass over a word the full look would take:
// whole names and the later parts of a person's name each open with their own bytes, and a name
// opening with a short or odd token must turn the shortcut off.
#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "entities/entity_grouper.hpp"
#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

TEST(EntitiesGroupStarts, OnlyTheFirstTwoBytesOfANoteMayStart) {
  NameStarts starts;
  EXPECT_FALSE(starts.may_start("hendarto"));
  starts.add("hendarto");
  EXPECT_TRUE(starts.may_start("hendarto"));
  EXPECT_TRUE(starts.may_start("hermawan"));  // the same two bytes
  EXPECT_FALSE(starts.may_start("wicaksono"));
  EXPECT_FALSE(starts.may_start("ehsan"));  // the same bytes, the other way round
  starts.add("élysée");  // bytes beyond ASCII are never left out of a key
  EXPECT_TRUE(starts.may_start("élysée"));
}

TEST(EntitiesGroupStarts, AWordThatMayBeginWithAKeyGapIsAlwaysAPossibleStart) {
  NameStarts starts;
  starts.add("retno");
  // One byte, or a byte below 64 (a digit, or a hyphen, apostrophe or dot a key leaves out): the
  // key may go on with the next token's bytes.
  EXPECT_TRUE(starts.may_start("j"));
  EXPECT_TRUE(starts.may_start("'abdul"));
  EXPECT_TRUE(starts.may_start("2024"));
  EXPECT_FALSE(starts.may_start("marsudi"));
}

TEST(EntitiesGroupStarts, ANoteThatMayBeginWithAKeyGapMakesEveryWordAStart) {
  for (const std::string_view odd : {"j", "-an", "2024", ""}) {
    NameStarts starts;
    starts.add("retno");
    starts.add(odd);
    EXPECT_TRUE(starts.may_start("marsudi")) << odd;
  }
}

// A capitalized word's first bytes, kept by the facts writer, give the answer its folded text
// gives, whatever names were noted.
TEST(EntitiesGroupStarts, AWordsFirstBytesAnswerAsItsText) {
  const std::vector<std::string_view> words = {"hendarto", "hermawan", "wicaksono", "ehsan", "élysée", "j",
                                               "'abdul",   "2024",     "1news",     "",      "zz",     "@a"};
  const std::vector<std::vector<std::string_view>> notes = {{}, {"hendarto"}, {"retno", "élysée"}, {"zz", "ehsan"}, {"retno", "j"}};
  for (const auto& noted : notes) {
    NameStarts starts;
    for (std::string_view n : noted) starts.add(n);
    for (std::string_view w : words) {
      EXPECT_EQ(starts.may_start_bytes(NameStarts::first_bytes(w)), starts.may_start(w)) << w << " after " << noted.size() << " notes";
    }
  }
}

// In a headline the first look trusts no capitals: the names there are found by the second look.
TEST(EntitiesGroupStarts, TheLaterPartOfAPersonsNameIsFoundInAHeadline) {
  auto t = make_doc(
      "Wicaksono Ajukan Banding atas Vonis Lima Tahun\n"
      "Terdakwa Hendarto Wicaksono divonis lima tahun penjara di Semarang, Jawa Tengah, Selasa.",
      true);
  EntityTable table = recognize(*t);
  const EntityRecord* full = entity_of(*t, table, "Hendarto Wicaksono");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(entity_of(*t, table, "Wicaksono"), full);
}

TEST(EntitiesGroupStarts, AWholeNameIsFoundInAHeadline) {
  auto t = make_doc(
      "Kejati Jateng Pertimbangkan Banding Vonis Hendarto\n"
      "Kejaksaan Tinggi Jawa Tengah (Kejati Jateng) menyatakan pikir-pikir atas vonis Hendarto Wicaksono.",
      true);
  EntityTable table = recognize(*t);
  const EntityRecord* kejati = entity_of(*t, table, "Kejaksaan Tinggi Jawa Tengah");
  ASSERT_NE(kejati, nullptr);
  EXPECT_EQ(entity_of(*t, table, "Kejati Jateng"), kejati);
  ASSERT_NE(entity_of(*t, table, "Hendarto"), nullptr);
  EXPECT_EQ(entity_of(*t, table, "Hendarto"), entity_of(*t, table, "Hendarto Wicaksono"));
}

// The start noted for a name is its first keyed token's, taken when the scan kept the name: here
// no other name opens with "le", so the headline's mention is found only if "Lembaga" was noted.
TEST(EntitiesGroupStarts, AManyWordNameIsNotedByItsFirstWord) {
  auto t = make_doc(
      "Lembaga Swadaya Nusantara Gelar Pelatihan Petani di Garut\n"
      "Lembaga Swadaya Nusantara menggelar pelatihan bagi 200 petani di Garut, Jawa Barat, Senin.",
      true);
  EntityTable table = recognize(*t);
  const EntityRecord* org = entity_of(*t, table, "Lembaga Swadaya Nusantara");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(mention_texts(*t, table, *org).size(), 2u);
}

}  // namespace
}  // namespace warta::detail::testing
