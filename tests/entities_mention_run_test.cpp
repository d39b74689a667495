// A lexicon name is made longer only by a run of capitals reaching past its last word; the scan
// does not measure that run where the token after the name is one no run takes in or jumps over.
// Each way a run passes a name's end must still make the longer name.
#include <gtest/gtest.h>

#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

const char* const kLexicon =
    "PERSON\tBayu Kartanegara\t\t\tID\t\n"
    "GPE\tKaranggayam\t\t\tID\tkind=city\n"
    "GPE\tBlok M\t\t\tID\tkind=district\n";

void expect_mention(std::string_view text, std::string_view mention, EntityType type) {
  auto t = make_doc(std::string(text));
  EntityTable table = recognize(*t, lexicon_with(kLexicon));
  const EntityRecord* e = entity_of(*t, table, mention);
  ASSERT_NE(e, nullptr) << text;
  EXPECT_EQ(e->type, type) << text;
}

TEST(EntityMentionRun, ThePersonAloneWhereNoCapitalFollows) {
  expect_mention("Bayu Kartanegara membuka festival danau di Balige, Sabtu.", "Bayu Kartanegara", EntityType::person);
  expect_mention("Warga Karanggayam membersihkan sungai, Minggu.", "Karanggayam", EntityType::gpe);
}

TEST(EntityMentionRun, AFullerNameOverACapital) {
  expect_mention("Bayu Kartanegara Harahap membuka festival danau di Balige.", "Bayu Kartanegara Harahap", EntityType::person);
}

TEST(EntityMentionRun, AHeadWordAfterAParticle) {
  // The run jumps from the particle to the capital after it.
  expect_mention("Pameran digelar di Karanggayam de Mall sejak Senin.", "Karanggayam de Mall", EntityType::loc);
}

TEST(EntityMentionRun, AHeadWordAfterAMiddleInitial) {
  // Over the initial right after the name ...
  expect_mention("Pameran digelar di Karanggayam J. Center sejak Senin.", "Karanggayam J. Center", EntityType::loc);
  // ... and over the dot after a name that ends in an initial.
  expect_mention("Pameran digelar di Blok M. Plaza sejak Senin.", "Blok M. Plaza", EntityType::loc);
}

TEST(EntityMentionRun, AHeadWordClosingTheRun) {
  expect_mention("Pameran digelar di Karanggayam Convention Center sejak Senin.", "Karanggayam Convention Center",
                 EntityType::loc);
}

}  // namespace
}  // namespace warta::detail::testing
