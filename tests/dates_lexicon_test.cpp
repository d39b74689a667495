// The dates lexicon: the (length, first letter) filter in front of the map must never turn a
// known word away, and unknown words must come back empty.
#include <gtest/gtest.h>

#include <span>

#include "../lib/dates/calendar_names.hpp"
#include "../lib/dates/holidays.hpp"
#include "../lib/dates/lexicon.hpp"

namespace warta::detail::dates {
namespace {

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

void expect_calendar_names(std::span<const CalendarName> names, bool months) {
  for (const CalendarName& n : names) {
    const WordInfo* w = lexicon().find(n.name);
    ASSERT_NE(w, nullptr) << n.name;
    EXPECT_EQ(months ? w->month : w->weekday, n.value) << n.name;
  }
}

TEST(DatesLexicon, FindsEveryCalendarName) {
  expect_calendar_names(kCldrMonthNames, true);
  expect_calendar_names(kNewsMonthVariants, true);
  expect_calendar_names(kCldrWeekdayNames, false);
  expect_calendar_names(kNewsWeekdayVariants, false);
}

TEST(DatesLexicon, FindsKeywordsUnitsAndZones) {
  EXPECT_EQ(lexicon().find("pukul")->kw, Kw::pukul);
  EXPECT_EQ(lexicon().find("dijadwalkan")->future, true);
  EXPECT_EQ(lexicon().find("minggu")->unit, Unit::week);
  EXPECT_EQ(lexicon().find("minggu")->weekday, 7);
  EXPECT_EQ(lexicon().find("wita")->zone, 480);
  EXPECT_EQ(lexicon().find("sepekan")->count, 1);
}

TEST(DatesLexicon, MarksTheFirstWordOfEveryHolidayName) {
  for (const Holiday& h : kHolidays) {
    const WordInfo* w = lexicon().find(h.words[0]);
    ASSERT_NE(w, nullptr) << h.words[0];
    EXPECT_TRUE(w->holiday) << h.words[0];
  }
  EXPECT_FALSE(lexicon().find("pukul")->holiday);
}

TEST(DatesLexicon, UnknownWordsAreNotFound) {
  EXPECT_EQ(lexicon().find("presiden"), nullptr);
  EXPECT_EQ(lexicon().find("jumat2"), nullptr);
  EXPECT_EQ(lexicon().find("junk"), nullptr);      // the length and first letter of "juni"
  EXPECT_EQ(lexicon().find("Juni"), nullptr);      // callers lower-case first
  EXPECT_EQ(lexicon().find("'juni"), nullptr);
  EXPECT_EQ(lexicon().find(""), nullptr);
  EXPECT_EQ(lexicon().find("desemberdesemberdesemberdesember"), nullptr);
}

}  // namespace
}  // namespace warta::detail::dates
