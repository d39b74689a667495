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
