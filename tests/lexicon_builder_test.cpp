// The lexicon: built-in data, user sources (buffer and file), precedence, case rules, errors.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "entities_test_support.hpp"
#include "lexicon/embedded_lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace warta::detail::testing {
namespace {

// The entry a surface form names (any case), or nullptr.
const LexEntry* lookup(const Lexicon& lex, std::string_view surface, bool exact = false) {
  Tokens toks;
  tokenize(surface, 0, static_cast<std::uint32_t>(surface.size()), toks);
  std::uint32_t node = Lexicon::root();
  for (std::size_t k = 0; k < toks.list.size() && node != kNoNode; ++k) {
    node = lex.step(node, lex.token_id(toks.fold_of(k)));
  }
  if (node == kNoNode) return nullptr;
  std::int32_t e = exact ? lex.node(node).exact : lex.node(node).name;
  return e < 0 ? nullptr : &lex.entry(static_cast<std::uint32_t>(e));
}

TEST(LexiconBuilder, BuiltInDataKnowsCountriesPeopleAndOutlets) {
  const Lexicon& lex = *builtin_lexicon();
  const LexEntry* ru = lookup(lex, "Rusia");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->type, EntityType::gpe);
  EXPECT_EQ(ru->country, "RU");
  const LexEntry* us = lookup(lex, "AS", true);
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->name, "Amerika Serikat");
  const LexEntry* putin = lookup(lex, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->type, EntityType::person);
  EXPECT_FALSE(lex.roles(*putin).empty());
  const LexEntry* kcna = lookup(lex, "KCNA", true);
  ASSERT_NE(kcna, nullptr);
  EXPECT_EQ(kcna->type, EntityType::media);
}

TEST(LexiconBuilder, CapitalizedAliasesMatchOnlyCapitals) {
  const Lexicon& lex = *builtin_lexicon();
  EXPECT_EQ(lookup(lex, "as"), nullptr);  // "AS" is written in capitals only
  EXPECT_NE(lookup(lex, "AS", true), nullptr);
}

TEST(LexiconBuilder, EveryEmbeddedEntityFileParsesStrictly) {
  for (const EmbeddedFile& f : embedded_lexicon_files()) {
    if (f.name == "titles.tsv" || f.name == "common_words.txt" || f.name == "never_names.txt" ||
        f.name == "given_names.txt")
      continue;
    EngineConfig config;
    config.builtin_lexicons = false;
    config.lexicons.push_back({LexiconSource::Kind::buffer, std::string(f.text), std::string(f.name)});
    EXPECT_NO_THROW(build_lexicon(config)) << f.name;
  }
}

TEST(LexiconBuilder, UserBufferToleratesCommentsBlankLinesAndMissingColumns) {
  auto lex = lexicon_with(
      "# my outlets\n"
      "\n"
      "MEDIA\tWarta Kampung\n"
      "ORG\tKoperasi Maju Bersama\tKMB\tQ1\tID\tkind=cooperative\r\n",
      false);
  const LexEntry* media = lookup(*lex, "warta kampung");
  ASSERT_NE(media, nullptr);
  EXPECT_EQ(media->type, EntityType::media);
  EXPECT_TRUE(media->user);
  const LexEntry* kmb = lookup(*lex, "KMB", true);
  ASSERT_NE(kmb, nullptr);
  EXPECT_EQ(kmb->name, "Koperasi Maju Bersama");
  EXPECT_EQ(kmb->kb_id, "Q1");
}

TEST(LexiconBuilder, WalksOnOnlyAlongLaterTokensOfNamesAndFromNodesWithChildren) {
  // Lexicon::step answers "no such name" without probing the edge table after a leaf node or
  // along a token that is no name's second or later token: names sharing prefixes and words must
  // still be found whatever the order they were added in.
  auto lex = lexicon_with(
      "LOC\tTaman Sari Indah\n"
      "ORG\tTaman Sari\n"
      "ORG\tIndah Karya\n"
      "ORG\tIndah Karya Utama Sari\n",
      false);
  for (std::string_view name : {"Taman Sari Indah", "Taman Sari", "Indah Karya", "Indah Karya Utama Sari"}) {
    EXPECT_NE(lookup(*lex, name), nullptr) << name;
  }
  EXPECT_EQ(lookup(*lex, "Taman Sari Indah Karya"), nullptr);
  EXPECT_EQ(lookup(*lex, "Sari Taman"), nullptr);
  const std::uint32_t taman = lex->step(Lexicon::root(), lex->token_id("taman"));
  ASSERT_NE(taman, kNoNode);
  EXPECT_FALSE(lex->node(taman).leaf);
  const std::uint32_t sari = lex->step(taman, lex->token_id("sari"));
  ASSERT_NE(sari, kNoNode);
  EXPECT_FALSE(lex->node(sari).leaf);  // a name with a longer one after it
  const std::uint32_t indah = lex->step(sari, lex->token_id("indah"));
  ASSERT_NE(indah, kNoNode);
  EXPECT_TRUE(lex->node(indah).leaf);
  EXPECT_EQ(lex->step(indah, lex->token_id("karya")), kNoNode);
  EXPECT_EQ(lex->step(taman, lex->token_id("taman")), kNoNode);  // "taman" only opens a name
}

TEST(LexiconBuilder, UserEntriesWinOverBuiltInOnes) {
  auto lex = lexicon_with("ORG\tRusia\t\tQ999\t\tkind=band\n");
  const LexEntry* e = lookup(*lex, "Rusia");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::org);
  EXPECT_EQ(e->kb_id, "Q999");
  // Other surface forms of the built-in entry still name the country.
  const LexEntry* ru = lookup(*lex, "Federasi Rusia");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->type, EntityType::gpe);
}

TEST(LexiconBuilder, UserFileIsRead) {
  const std::string path = ::testing::TempDir() + "warta_lexicon_test.tsv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "PERSON\tBudi Santosa Wiryawan\tBudi Wiryawan\t\tID\troles=Bupati Kampung@2020-\n";
  }
  EngineConfig config;
  config.lexicons.push_back({LexiconSource::Kind::file, path, ""});
  auto lex = build_lexicon(config);
  std::remove(path.c_str());
  const LexEntry* e = lookup(*lex, "Budi Wiryawan");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Budi Santosa Wiryawan");
  ASSERT_EQ(lex->roles(*e).size(), 1u);
  EXPECT_EQ(lex->roles(*e)[0].from_year, 2020);
  EXPECT_EQ(lex->roles(*e)[0].to_year, 0);
}

TEST(LexiconBuilder, BadUserEntryNamesItsLine) {
  EngineConfig config;
  config.lexicons.push_back({LexiconSource::Kind::buffer, "# ok\nGPE\tKota Baru\nPLANET\tMars\n", "mine"});
  try {
    build_lexicon(config);
    FAIL() << "expected a lexicon error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::lexicon);
    EXPECT_EQ(e.line(), 3u);
  }
  config.lexicons[0].value = "GPE\t\tBaru\n";
  EXPECT_THROW(build_lexicon(config), Error);
}

TEST(LexiconBuilder, UnreadableFileIsAnIoError) {
  EngineConfig config;
  config.lexicons.push_back({LexiconSource::Kind::file, "/nonexistent/warta/lexicon.tsv", ""});
  try {
    build_lexicon(config);
    FAIL() << "expected an io error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
  }
}

TEST(LexiconBuilder, RolesAreClassifiedWithTheTitles) {
  auto lex = lexicon_with("PERSON\tAnu Karta\t\t\tXX\troles=Menteri Luar Negeri@2019-2023|Presiden@2023-\n");
  const LexEntry* e = lookup(*lex, "Anu Karta");
  ASSERT_NE(e, nullptr);
  auto roles = lex->roles(*e);
  ASSERT_EQ(roles.size(), 2u);
  EXPECT_EQ(roles[0].kind, "foreign_minister");
  EXPECT_EQ(roles[0].from_year, 2019);
  EXPECT_EQ(roles[0].to_year, 2023);
  EXPECT_EQ(roles[1].kind, "head_of_state");
}

}  // namespace
}  // namespace warta::detail::testing
