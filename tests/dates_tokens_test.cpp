// The date tokenizer's ring of tokens: tokens come back the same however far the grammar reads
// ahead (the ring grows) and however long the range is (released slots are reused).
#include <gtest/gtest.h>

#include <string>

#include "../lib/dates/date_finder.hpp"
#include "../lib/dates/tokens.hpp"
#include "dates_test_util.hpp"

namespace warta::detail::dates {
namespace {

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

// "0 1 2 … n-1": token i is the number i.
std::string numbers(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += std::to_string(i) + ' ';
  return s;
}

TEST(DatesTokens, SplitsWordsNumbersAndPunctuation) {
  const std::string text = "Jum'at (19/6) pukul 10.00 WIB.\nBesok";
  TokenStream ts(text, 0, static_cast<std::uint32_t>(text.size()), lexicon());
  EXPECT_EQ(ts.at(0).kind, TokKind::word);
  EXPECT_EQ(ts.at(0).end, 6u);
  ASSERT_NE(ts.at(0).info, nullptr);
  EXPECT_EQ(ts.at(0).info->weekday, 5);
  EXPECT_EQ(ts.at(1).punct, '(');
  EXPECT_EQ(ts.at(2).value, 19);
  EXPECT_EQ(ts.at(3).punct, '/');
  EXPECT_FALSE(ts.at(3).space_before);
  EXPECT_TRUE(ts.at(6).space_before);
  EXPECT_EQ(ts.at(6).info->kw, Kw::pukul);
  EXPECT_EQ(ts.at(9).digits, 2);
  EXPECT_EQ(ts.at(10).info->zone, 420);
  EXPECT_TRUE(ts.at(12).clause_start);
  EXPECT_EQ(ts.at(12).info->kw, Kw::besok);
  EXPECT_EQ(ts.at(13).kind, TokKind::end);
}

// Words are read eight letters at a time: the lookup must see the same word whether it ends
// inside a block, on a block's edge, at the range's end, at an apostrophe or past the key's room.
TEST(DatesTokens, WordsReadByBlocksFindTheSameEntries) {
  const std::string text = "DESEMBER Nopember,Kemarin Jum'at pertengahan superpanjangsekalikatanya Desemberku Sept";
  TokenStream ts(text, 0, static_cast<std::uint32_t>(text.size()), lexicon());
  ASSERT_NE(ts.at(0).info, nullptr);  // eight letters: one whole block, then the space
  EXPECT_EQ(ts.at(0).info->month, 12);
  EXPECT_EQ(ts.at(0).end, 8u);
  ASSERT_NE(ts.at(1).info, nullptr);
  EXPECT_EQ(ts.at(1).info->month, 11);
  EXPECT_EQ(ts.at(2).punct, ',');
  ASSERT_NE(ts.at(3).info, nullptr);
  EXPECT_EQ(ts.at(3).info->kw, Kw::kemarin);
  ASSERT_NE(ts.at(4).info, nullptr);  // the apostrophe continues the word
  EXPECT_EQ(ts.at(4).info->weekday, 5);
  ASSERT_NE(ts.at(5).info, nullptr);  // eleven letters: two blocks
  EXPECT_EQ(ts.at(5).info->kw, Kw::tengah);
  EXPECT_EQ(ts.at(6).kind, TokKind::word);  // longer than any key: read whole, looked up never
  EXPECT_EQ(ts.at(6).info, nullptr);
  EXPECT_EQ(text.substr(ts.at(6).start, ts.at(6).end - ts.at(6).start), "superpanjangsekalikatanya");
  EXPECT_EQ(ts.at(7).info, nullptr);  // a month name is only a prefix here
  ASSERT_NE(ts.at(8).info, nullptr);  // ends the range
  EXPECT_EQ(ts.at(8).info->month, 9);
  EXPECT_EQ(ts.at(8).end, text.size());
  EXPECT_EQ(ts.at(9).kind, TokKind::end);

  // A range that ends inside a word: the word stops at the range's end.
  TokenStream cut(text, 9, 13, lexicon());
  EXPECT_EQ(cut.at(0).end, 13u);
  EXPECT_EQ(cut.at(0).info, nullptr);  // "Nope"
  EXPECT_EQ(cut.at(1).kind, TokKind::end);
}

TEST(DatesTokens, ReadingFarAheadKeepsEveryUnreleasedToken) {
  const std::string text = numbers(1000);
  TokenStream ts(text, 0, static_cast<std::uint32_t>(text.size()), lexicon());
  EXPECT_EQ(ts.at(999).value, 999);  // far past the inline ring
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(ts.at(static_cast<std::size_t>(i)).value, i);
  EXPECT_EQ(ts.at(1000).kind, TokKind::end);
}

TEST(DatesTokens, ReleasedSlotsAreReused) {
  const std::string text = numbers(5000);
  TokenStream ts(text, 0, static_cast<std::uint32_t>(text.size()), lexicon());
  for (std::size_t i = 0; i < 5000; ++i) {
    ts.release_before(i > 8 ? i - 8 : 0);
    ASSERT_EQ(ts.at(i + 20 < 5000 ? i + 20 : i).kind, TokKind::number);
    ASSERT_EQ(ts.at(i).value, static_cast<int>(i));
    if (i >= 8) ASSERT_EQ(ts.at(i - 8).value, static_cast<int>(i - 8));
  }
  EXPECT_EQ(ts.at(0).kind, TokKind::end);  // long overwritten
}

}  // namespace
}  // namespace warta::detail::dates
