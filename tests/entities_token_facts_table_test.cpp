// The lexicon's token table: a probe settles most other words by the hash and compares the rest
// with their text in the arena. It must tell words apart wherever they differ, and give the ids
// `intern` gave.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/token_table.hpp"

namespace warta::detail {
namespace {

TEST(EntitiesTokenFactsTable, EveryLengthFindsItsOwnId) {
  TokenTable table;
  std::vector<std::string> words;
  for (std::size_t n = 0; n <= 40; ++n) words.push_back(std::string(n, 'a'));
  std::vector<std::uint32_t> ids;
  for (const std::string& w : words) ids.push_back(table.intern(w));
  for (std::size_t n = 0; n < words.size(); ++n) {
    EXPECT_EQ(table.find(words[n]), ids[n]) << n;
    EXPECT_EQ(table.intern(words[n]), ids[n]) << n;  // interning again gives the same id
    EXPECT_EQ(table.text(ids[n]), words[n]);
  }
}

TEST(EntitiesTokenFactsTable, LongWordsDifferingPastTheSlotsCopyAreDifferentWords) {
  TokenTable table;
  // Same length, same first sixteen bytes: told apart only by their last bytes.
  const std::uint32_t a = table.intern("pertanggungjawaban");
  const std::uint32_t b = table.intern("pertanggungjawabin");
  EXPECT_NE(a, b);
  EXPECT_EQ(table.find("pertanggungjawaban"), a);
  EXPECT_EQ(table.find("pertanggungjawabin"), b);
  EXPECT_EQ(table.find("pertanggungjawabun"), kNoToken);
  // Short words differing in the last byte, in the first, and by length only.
  const std::uint32_t c = table.intern("menteri");
  EXPECT_EQ(table.find("menteri"), c);
  EXPECT_EQ(table.find("mentera"), kNoToken);
  EXPECT_EQ(table.find("xenteri"), kNoToken);
  EXPECT_EQ(table.find("menter"), kNoToken);
  EXPECT_EQ(table.find("menterii"), kNoToken);
  // Around sixteen bytes, where word-sized compares end with a partial step.
  const std::uint32_t d = table.intern("kesejahteraanmuu");
  const std::uint32_t e = table.intern("kesejahteraanmuuu");
  EXPECT_NE(d, e);
  EXPECT_EQ(table.find("kesejahteraanmuu"), d);
  EXPECT_EQ(table.find("kesejahteraanmuuu"), e);
  EXPECT_EQ(table.find("kesejahteraanmua"), kNoToken);
}

TEST(EntitiesTokenFactsTable, IdsSurviveTheTableGrowing) {
  TokenTable table;
  std::vector<std::uint32_t> ids;
  // Past half of the initial slots, so the table grows and every slot is written again.
  for (int i = 0; i < 40000; ++i) ids.push_back(table.intern("kata" + std::to_string(i) + (i % 3 == 0 ? "-panjang-sekali" : "")));
  for (int i = 0; i < 40000; i += 7) {
    const std::string w = "kata" + std::to_string(i) + (i % 3 == 0 ? "-panjang-sekali" : "");
    EXPECT_EQ(table.find(w), ids[static_cast<std::size_t>(i)]) << w;
  }
  EXPECT_EQ(table.find("kata40000"), kNoToken);
}

}  // namespace
}  // namespace warta::detail
