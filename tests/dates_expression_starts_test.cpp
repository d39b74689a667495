// The pre-check that lets the pipeline leave out paragraphs where no date can start
// (DateFinder::may_hold_date): it must never turn away a paragraph the grammar finds a date in,
// and it must skip the paragraphs with no candidate at all.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "../lib/dates/lexicon.hpp"
#include "../lib/dates/scanner.hpp"
#include "../lib/text/token.hpp"
#include "dates_test_util.hpp"

namespace warta::detail {
namespace {

using dates_testing::at;
using dates_testing::finder;

bool may_hold_date(std::string_view paragraph) {
  Tokens t;
  tokenize(paragraph, 0, static_cast<std::uint32_t>(paragraph.size()), t);
  return finder().may_hold_date(paragraph, t, 0, static_cast<std::uint32_t>(t.list.size()));
}

TEST(DatesExpressionStarts, SkipsAParagraphWithoutCandidates) {
  const std::string_view p = "Para pengunjung memadati alun-alun kota dan menikmati pertunjukan musik yang meriah.";
  EXPECT_FALSE(may_hold_date(p));
  EXPECT_TRUE(finder().find(p, DateQuery{at(2024, 6, 19)}).empty());
  EXPECT_FALSE(may_hold_date(""));
}

TEST(DatesExpressionStarts, WordsThatOnlyContinueAnExpressionAreNoCandidates) {
  EXPECT_FALSE(may_hold_date("Bantuan dari warga yang datang itu lalu dibagikan dengan tertib."));
}

TEST(DatesExpressionStarts, ScansAParagraphWithOnlyAWeekday) {
  EXPECT_TRUE(may_hold_date("Rapat koordinasi digelar Senin."));
  EXPECT_TRUE(may_hold_date("Salat berjamaah digelar usai JUM'AT."));
  EXPECT_TRUE(may_hold_date("Salat berjamaah digelar usai Jum\u2019at."));  // typographic apostrophe
}

TEST(DatesExpressionStarts, ScansAParagraphWithOnlyKemarin) {
  EXPECT_TRUE(may_hold_date("Rombongan menteri tiba kemarin."));
}

TEST(DatesExpressionStarts, ScansAParagraphWithOnlyANumber) {
  EXPECT_TRUE(may_hold_date("Korban luka mencapai 12 hari."));
  EXPECT_TRUE(may_hold_date("Warga berkumpul (2/1)."));
  EXPECT_TRUE(may_hold_date("Tim Garuda menang 2-1."));
  EXPECT_TRUE(may_hold_date("Laporan 20240619 beredar."));  // eight digits stand alone
  EXPECT_TRUE(may_hold_date("Rapat 12 s/d 14 Juni."));
  EXPECT_TRUE(may_hold_date("Rapat pukul 12 : 30."));
  EXPECT_TRUE(may_hold_date("Rapat 19 / 6 lalu."));
  EXPECT_TRUE(may_hold_date("Rapat 12.30 tadi."));
  EXPECT_TRUE(may_hold_date("Korban mencapai 12"));  // the paragraph's last token: not known
}

// A number before a token the grammar never reads on to from a number: the paragraph holds
// nothing, and the grammar finds nothing there either.
TEST(DatesExpressionStarts, SkipsAParagraphWithOnlyIdleNumbers) {
  for (const char* p : {"Korban luka mencapai 12 orang.", "Harga naik 1,5 persen dari 10,000 rupiah.",
                        "Skor 3 , lalu 40 % warga pulang.", "Korban 12. Lalu warga pulang.", "Kode 7 / x beredar.",
                        "Kode 7 . 30 orang.", "Nomor 12: warga.", "Regu \u201C12\u201D menang."}) {
    EXPECT_FALSE(may_hold_date(p)) << p;
    EXPECT_TRUE(finder().find(p, DateQuery{at(2024, 6, 19)}).empty()) << p;
  }
}

// Counts paragraph `p` as scanned or turned away by the pre-check; one turned away must hold
// nothing the grammar finds.
void check_turned_away(const std::string& p, int& skipped, int& scanned) {
  if (may_hold_date(p)) {
    ++scanned;
    return;
  }
  ++skipped;
  EXPECT_TRUE(finder().find(p, DateQuery{at(2024, 6, 19)}).empty()) << p;
  EXPECT_TRUE(finder().find(p, DateQuery{}).empty()) << p;
}

// A number before every lexicon word, and that before a lexicon word or not: where the pre-check
// (number_idle_before_word) turns the paragraph away, the grammar finds nothing in it.
TEST(DatesExpressionStarts, NumbersBeforeEveryLexiconWordAgreeWithTheGrammar) {
  const dates::Lexicon lex;
  int skipped = 0, scanned = 0;
  for (std::size_t i = 0; i < lex.size(); ++i) {
    for (const char* number : {"2", "17", "10"}) {
      for (const char* after : {"penjara", "lalu", "yang lalu", "ke depan", "WIB", "Juni", ".", "2024", "hari", "saja"}) {
        check_turned_away(std::string("Warga ") + number + " " + std::string(lex.key(i)) + " " + after + " pulang",
                          skipped, scanned);
      }
    }
  }
  EXPECT_GT(skipped, 100);
  EXPECT_GT(scanned, 1000);
  EXPECT_FALSE(may_hold_date("Terdakwa divonis 20 tahun penjara."));
  EXPECT_TRUE(may_hold_date("Terdakwa divonis 20 tahun lalu."));
}

// Every number shape before every kind of next token: where the pre-check turns a paragraph away,
// the grammar finds nothing in it.
TEST(DatesExpressionStarts, IdleNumbersAgreeWithTheGrammar) {
  int skipped = 0, scanned = 0;
  for (const char* number : {"12", "3", "2024", "1,5", "10,000", "20240619", "12,20240619", "17", "1990"}) {
    for (const char* next : {"orang", "Juni", "hari", "s", "S", "sd", "WIB", "agustusan", "an", ".", ". 30", ".30", "/",
                             "/ 6", "/ x", "-", "- 21 Juni", ":", ":30", ": 30", ",", ", 5", "%", "(", ")", "\u201D",
                             "\u2013 5", "yang", "pagi", "Erdo\u011Fan", "x\u2019y", "tahun", "tahun lalu", ". Juni"}) {
      check_turned_away(std::string("Warga ") + number + " " + next + " pulang", skipped, scanned);
    }
  }
  EXPECT_GT(skipped, 50);
  EXPECT_GT(scanned, 100);
}

// Starting words before a token none of their rules needs: the paragraph holds nothing.
TEST(DatesExpressionStarts, SkipsAParagraphWithOnlyIdleStarts) {
  const std::string_view p = "Rapat pada saat itu digelar dalam suasana tertib selama masa sidang, baru kemudian usai.";
  EXPECT_FALSE(may_hold_date(p));
  EXPECT_TRUE(finder().find(p, DateQuery{at(2024, 6, 19)}).empty());
  EXPECT_TRUE(may_hold_date("Rapat digelar dalam lima hari."));
  EXPECT_TRUE(may_hold_date("Rapat digelar pada Juni."));
  EXPECT_TRUE(may_hold_date("Rapat digelar pada tahun lalu."));
  EXPECT_TRUE(may_hold_date("Rapat digelar pada"));      // the paragraph's last token: not known
  EXPECT_TRUE(may_hold_date("Rapat digelar pada-nya."));  // hyphenated: read as before
  EXPECT_TRUE(may_hold_date("Rapat baru saja usai."));
}

TEST(DatesExpressionStarts, ScansAStartingWordInsideAHyphenatedToken) {
  // The pipeline keeps "Senin-Selasa" as one token; the date grammar reads "Senin", "-", "Selasa".
  EXPECT_TRUE(may_hold_date("Pameran dibuka Senin-Selasa."));
  EXPECT_TRUE(may_hold_date("Suasana malam-malam di pasar itu ramai."));
}

// Every word the grammar can begin with, alone in a paragraph: the pre-check is read off the same
// lexicon and test, so none may be turned away; the words no rule begins with are.
TEST(DatesExpressionStarts, AgreesWithTheGrammarOnEveryLexiconWord) {
  const dates::Lexicon lex;
  int starting = 0, continuing = 0;
  for (std::size_t i = 0; i < lex.size(); ++i) {
    const std::string word(lex.key(i));
    const std::string paragraph = "Kabar itu " + word + " beredar.";
    // Before "beredar" (no lexicon word) some starts are idle: "pada" needs a year or a month.
    if (dates::starts_expression(lex.value(i)) && !dates::idle_before(lex.value(i), nullptr)) {
      EXPECT_TRUE(may_hold_date(paragraph)) << word;
      ++starting;
    } else {
      EXPECT_FALSE(may_hold_date(paragraph)) << word;
      ++continuing;
    }
  }
  EXPECT_GT(starting, 50);
  EXPECT_GT(continuing, 10);
}

// The flag every lexicon entry stores is the grammar's own test of its fields, for every entry
// (the scan and the quiet runs read only the flag).
TEST(DatesExpressionStarts, StoredStartFlagIsTheGrammarsTest) {
  const dates::Lexicon lex;
  int starting = 0;
  for (std::size_t i = 0; i < lex.size(); ++i) {
    EXPECT_EQ(lex.value(i).starts, dates::begins_expression(lex.value(i))) << lex.key(i);
    starting += lex.value(i).starts;
  }
  EXPECT_GT(starting, 50);
  EXPECT_LT(starting, static_cast<int>(lex.size()));
}

// Leaving the skipped paragraphs out changes no finding: the anchor stated in the first paragraph
// still resolves the last one.
TEST(DatesExpressionStarts, SkippingParagraphsKeepsTheFindings) {
  const std::string text =
      "Gempa mengguncang Palu, Rabu (19/6/2024).\n"
      "Warga mengungsi ke tenda darurat di lapangan.\n"
      "Bantuan logistik tiba keesokan harinya.";
  Tokens tokens;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> all, kept;
  std::uint32_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const auto tok_begin = static_cast<std::uint32_t>(tokens.list.size());
    tokenize(text, start, static_cast<std::uint32_t>(end), tokens);
    all.emplace_back(start, static_cast<std::uint32_t>(end));
    if (finder().may_hold_date(text, tokens, tok_begin, static_cast<std::uint32_t>(tokens.list.size())))
      kept.emplace_back(start, static_cast<std::uint32_t>(end));
    start = static_cast<std::uint32_t>(end + 1);
  }
  ASSERT_EQ(all.size(), 3u);
  ASSERT_EQ(kept.size(), 2u);
  const auto every = finder().find(text, all, DateQuery{});
  const auto some = finder().find(text, kept, DateQuery{});
  ASSERT_EQ(every.size(), 2u);
  ASSERT_EQ(some.size(), every.size());
  for (std::size_t i = 0; i < every.size(); ++i) {
    EXPECT_EQ(some[i].start, every[i].start);
    EXPECT_EQ(some[i].end, every[i].end);
    EXPECT_EQ(some[i].value, every[i].value);
  }
  EXPECT_EQ(some[1].value, "2024-06-20");
}

}  // namespace
}  // namespace warta::detail
