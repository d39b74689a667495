// Runs of words read one after another (take_step_words, used while sixteen bytes of the range
// remain) give exactly the tokens the word-at-a-time path gives: the same text cut into pieces at
// every ASCII space is read a short piece at a time, never by a run, and must agree token for token.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/fold_hash.hpp"
#include "text/token.hpp"

namespace warta::detail {
namespace {

Tokens whole_range(std::string_view text) {
  Tokens t;
  tokenize(text, 0, static_cast<std::uint32_t>(text.size()), t);
  return t;
}

// The same range as pieces that each end just before an ASCII space.
Tokens cut_at_every_space(std::string_view text) {
  Tokens t;
  std::uint16_t before = kRangeStartFlags;
  std::uint32_t at = 0;
  for (std::uint32_t i = 1; i < text.size(); ++i) {
    if (text[i] != ' ') continue;
    before = tokenize_piece(text, at, i, t, before);
    at = i;
  }
  tokenize_piece(text, at, static_cast<std::uint32_t>(text.size()), t, before);
  return t;
}

void expect_same_tokens(std::string_view text) {
  const Tokens run = whole_range(text), plain = cut_at_every_space(text);
  ASSERT_EQ(run.list.size(), plain.list.size()) << text;
  EXPECT_EQ(run.folded, plain.folded) << text;
  for (std::size_t i = 0; i < run.list.size(); ++i) {
    const Token &a = run.list[i], &b = plain.list[i];
    EXPECT_TRUE(a.start == b.start && a.end == b.end && a.fold == b.fold && a.fold_len == b.fold_len &&
                a.hash == b.hash && a.kind == b.kind && a.flags == b.flags)
        << "token " << i << " of: " << text;
    EXPECT_EQ(a.hash, fold_hash(run.fold_of(i))) << i;
  }
}

TEST(TokenizerRuns, NewsTextReadInRunsAgreesWithWordAtATime) {
  expect_same_tokens(
      "Presiden Joko Widodo meresmikan Bendungan Sadawarna di Kabupaten Subang, Jawa Barat, pada Kamis "
      "(19/6/2024) pukul 15.30 WIB. Proyek senilai Rp1.000 miliar itu dikerjakan PT Wijaya Karya  (Persero) "
      "Tbk sejak 2021 dan ditargetkan mengairi 1,5 juta hektare sawah.\nMenteri PUPR Basuki Hadimuljono "
      "mengatakan bendungan ke-43 ini \u201cmenjadi yang terbesar\u201d di Jawa Barat. Jum'at lalu "
      "Erdo\u011Fan dan Kim Jong-un tidak hadir. PERTAMA kali, ABCDEFGHIJKLMNOP abcdefghijklmnopq x1 9a "
      "INDONESIA\tRaya 12345678901234567 akhir.");
}

// Words of every length from one to seventeen bytes, each of the ways a word can begin or end,
// and with one space, two spaces or punctuation between: every place a run may stop or go on.
TEST(TokenizerRuns, EveryWordLengthAndEveryWayAWordEnds) {
  const std::string letters = "AbcdefghIjklmnopq";
  const std::vector<std::string> ends = {" ", "  ", ", ", ".", "-x ", "'s ", "\u00E9 ", "\n", "1 ", ".5 "};
  for (std::size_t len = 1; len <= letters.size(); ++len) {
    for (const std::string& end : ends) {
      std::string text;
      for (int k = 0; k < 6; ++k) text += letters.substr(0, len) + end + "kata 2024" + end;
      expect_same_tokens(text);
      expect_same_tokens("12" + text);
    }
  }
}

}  // namespace
}  // namespace warta::detail
