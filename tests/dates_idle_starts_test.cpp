// Starts the scan turns away from the token after them alone (Scanner::idle_start:
// idle_before and number_idle_before in scanner.hpp). "sejak" parses what follows it without that
// shortcut, so "sejak X Y" finding nothing at "sejak" shows that no rule begins at X before Y.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../lib/dates/lexicon.hpp"
#include "../lib/dates/scanner.hpp"
#include "dates_test_util.hpp"

namespace warta::detail {
namespace {

using dates_testing::at;
using dates_testing::finder;

bool found_at_start(const std::string& text) {
  for (const DateFinding& d : finder().find(text, DateQuery{at(2024, 6, 19, 10, 0)}))
    if (d.start == 0) return true;
  return false;
}

// The date tokenizer's token 1 of `text`.
dates::Token second_token(const std::string& text, const dates::Lexicon& lex) {
  dates::TokenStream ts(text, 0, static_cast<std::uint32_t>(text.size()), lex);
  return ts.at(1);
}

// Tokens no lexicon word is: unknown words, punctuation, numbers, the range end.
const std::vector<std::string> kNotLexicon = {"warga", "Rp", "x", "\xC3\xA9t\xC3\xA9", ",", "(", ")", ";", "!", "?", "%",
                                              "\"", "\xE2\x80\x9C", "|", "*", "7", "123", "1.000", ""};

TEST(DatesIdleStarts, NumbersBeforeTokensNoRuleReadsOnWith) {
  const dates::Lexicon lex;
  int idle = 0;
  for (const char* number : {"5", "17", "19", "24", "31", "123", "12345"}) {
    for (const std::string& next : kNotLexicon) {
      const std::string tail = std::string(number) + " " + next;
      if (!dates::number_idle_before(second_token(tail, lex), tail)) continue;
      ++idle;
      EXPECT_FALSE(found_at_start("sejak " + tail + " warga")) << tail;
    }
  }
  EXPECT_GT(idle, 80);
}

TEST(DatesIdleStarts, NumbersBeforeTheTokensDatesNeed) {
  const dates::Lexicon lex;
  for (const char* text : {"5 hari lalu", "17 Agustusan", "1990-an", "19/6/2024", "19-6-2024", "19.6.2024",
                           "19-21 Juni 2024", "1 s/d 3 Juli 2024", "1 S.d. 3 Juli 2024", "10.30 WIB", "10:30",
                           "10 WIB", "19 Juni", "1 hingga 3 Juli", "10 pagi WIB"}) {
    EXPECT_FALSE(dates::number_idle_before(second_token(text, lex), text)) << text;
    EXPECT_TRUE(found_at_start(text)) << text;
  }
  // Eight digits stand alone: the scan never asks about the token after them.
  EXPECT_TRUE(found_at_start("20240619 warga"));
}

// Every starting word of the lexicon, before every token idle_before calls idle for it.
TEST(DatesIdleStarts, WordsBeforeTokensTheirRulesDoNotNeed) {
  const dates::Lexicon lex;
  int idle = 0;
  for (std::size_t i = 0; i < lex.size(); ++i) {
    const dates::WordInfo& w = lex.value(i);
    if (!dates::starts_expression(w) || w.kw == dates::Kw::sejak) continue;
    const std::string word(lex.key(i));
    for (std::size_t j = 0; j < lex.size() + kNotLexicon.size(); ++j) {
      const bool in_lexicon = j < lex.size();
      const std::string next = in_lexicon ? std::string(lex.key(j)) : kNotLexicon[j - lex.size()];
      if (!next.empty() && next[0] >= '0' && next[0] <= '9') continue;  // numbers: never idle
      if (!dates::idle_before(w, in_lexicon ? &lex.value(j) : nullptr)) continue;
      ++idle;
      EXPECT_FALSE(found_at_start("sejak " + word + " " + next + " warga")) << word << " " << next;
    }
  }
  EXPECT_GT(idle, 1000);
}

}  // namespace
}  // namespace warta::detail
