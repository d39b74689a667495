// Runs of words read one after another (take_ascii_tokens, used while sixteen bytes of the range
// remain) give exactly the tokens the word-at-a-time path gives: the same text cut into pieces at
// every ASCII space, each read with nothing after it (so that no run may read past its end), is
// read a short piece at a time, never by a run, and must agree token for token.
#include <gtest/gtest.h>

#include <cctype>
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

// The same range as pieces that each end just before an ASCII space, each read from the text up
// to its end only.
Tokens cut_at_every_space(std::string_view text) {
  Tokens t;
  std::uint16_t before = kRangeStartFlags;
  std::uint32_t at = 0;
  for (std::uint32_t i = 1; i < text.size(); ++i) {
    if (text[i] != ' ') continue;
    before = tokenize_piece(text.substr(0, i), at, i, t, before);
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

// A range read with text after it, whatever that text is, gives the tokens (and the `before` for
// the next piece) of the same range read on its own: runs read the text itself up to the range's
// end when no word can cross it, and otherwise stop sixteen bytes before the end, where each step
// reads a copy. Every way a range can end (a word of any length, digits, punctuation, space),
// followed by every kind of byte (letters, digits, joiners, white space, non-ASCII).
void expect_same_with_text_after(const std::string& range, const std::string& after) {
  Tokens alone, followed;
  const auto end = static_cast<std::uint32_t>(range.size());
  const std::uint16_t alone_before = tokenize_piece(range, 0, end, alone, kRangeStartFlags);
  const std::string text = range + after + "lanjutan teks yang cukup panjang";
  const std::uint16_t followed_before = tokenize_piece(text, 0, end, followed, kRangeStartFlags);
  const std::string where = "[" + range + "] then [" + after + "]";
  EXPECT_EQ(alone_before, followed_before) << where;
  ASSERT_EQ(alone.list.size(), followed.list.size()) << where;
  EXPECT_EQ(alone.folded, followed.folded) << where;
  for (std::size_t i = 0; i < alone.list.size(); ++i) {
    const Token &a = alone.list[i], &b = followed.list[i];
    EXPECT_TRUE(a.start == b.start && a.end == b.end && a.fold == b.fold && a.fold_len == b.fold_len &&
                a.hash == b.hash && a.kind == b.kind && a.flags == b.flags)
        << "token " << i << " of " << where;
  }
}

TEST(TokenizerRuns, TextAfterTheRangeNeverChangesItsTokens) {
  const std::string letters = "MenteriKeuanganSriMulyaniIndrawatiMengatakanBahwa";  // 49 bytes
  const std::vector<std::string> lasts = {"", "2024", "ke-4", "Rp1.000", "15.30", "kata.", "kata,", "(19/6)",
                                          "kata ", "kata  ", "kata\"", "Erdo\u011Fan", "\u201Ckata\u201D", "A"};
  std::vector<std::string> afters = {"", " ", "  ", "\n", "\t", ",", ".,Berita", ",5", ".5", ":30", "/6", "-un",
                                     "'s", "kata", "9", "\u00E9", "\u00A0", "\u2013"};
  for (char c = 0x21; c < 0x7F; ++c)
    if (!std::isalnum(static_cast<unsigned char>(c))) afters.push_back(std::string(1, c) + "x");
  for (std::size_t len = 1; len <= 40; ++len) {
    const std::string lead = "Kata " + letters.substr(0, len) + " ";
    for (const std::string& last : lasts) {
      for (const std::string& after : afters) {
        expect_same_with_text_after(letters.substr(0, len) + last, after);
        expect_same_with_text_after(lead + lead + last, after);
        expect_same_with_text_after("12 " + letters.substr(0, len) + "9" + last, after);
      }
    }
  }
}

}  // namespace
}  // namespace warta::detail
