// SourceText: validation of the input bytes, replacement of invalid UTF-8, mojibake repair, and
// the mapping of work-text offsets back to the caller's bytes.
#include <gtest/gtest.h>

#include <string>

#include "text/mojibake.hpp"
#include "text/source_text.hpp"

namespace warta::detail {
namespace {

const MojibakeTables& tables() {
  static const MojibakeTables t;
  return t;
}

SourceText prepare(std::string_view in, InvalidUtf8 mode = InvalidUtf8::reject, bool repair = true) {
  PrepareStats stats;
  return prepare_text(in, mode, repair ? &tables() : nullptr, stats);
}

// The input bytes a work span maps back to.
std::string orig(const SourceText& s, std::size_t ws, std::size_t we) {
  std::size_t a = s.to_orig_start(ws), b = s.to_orig_end(we);
  return std::string(s.original.substr(a, b - a));
}

TEST(SourceText, PlainUtf8IsTheIdentity) {
  std::string in = "Menlu Retno Marsudi ke Tokyo, “kami siap”.";
  SourceText s = prepare(in);
  EXPECT_EQ(s.work, in);
  EXPECT_TRUE(s.identity());
  EXPECT_EQ(s.to_orig_start(6), 6u);
  EXPECT_EQ(s.to_orig_end(in.size()), in.size());
}

TEST(SourceText, RejectNamesTheOffsetOfTheFirstBadByte) {
  std::string in = "Jakarta - Presiden \xC3\xA9t\xFF lagi";
  try {
    prepare(in);
    FAIL() << "invalid UTF-8 accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_utf8);
    ASSERT_TRUE(e.byte_offset().has_value());
    EXPECT_EQ(*e.byte_offset(), 22u);
    EXPECT_NE(std::string(e.what()).find("22"), std::string::npos) << e.what();
  }
}

TEST(SourceText, RejectsTruncatedSequenceAtTheEnd) {
  try {
    prepare("Bogor \xE2\x80");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.byte_offset(), std::optional<std::size_t>(6));
  }
}

TEST(SourceText, RejectsOverlongAndSurrogateEncodings) {
  EXPECT_THROW(prepare("a\xC0\xAFz"), Error);      // overlong "/"
  EXPECT_THROW(prepare("a\xED\xA0\x80z"), Error);  // UTF-16 surrogate
  EXPECT_THROW(prepare("a\xF4\x90\x80\x80z"), Error);  // past U+10FFFF
}

TEST(SourceText, ReplaceModeMapsSpansAroundTheReplacement) {
  std::string in = "ab\xFF" "cd";
  PrepareStats stats;
  SourceText s = prepare_text(in, InvalidUtf8::replace, &tables(), stats);
  EXPECT_EQ(s.work, "ab\xEF\xBF\xBD" "cd");
  EXPECT_EQ(stats.invalid_replaced, 1u);
  // "cd" sits at work 5..7 and input 3..5.
  EXPECT_EQ(orig(s, 5, 7), "cd");
  // The replacement character maps to the one bad byte.
  EXPECT_EQ(s.to_orig_start(2), 2u);
  EXPECT_EQ(s.to_orig_end(5), 3u);
  // A span ending inside the replacement widens to the whole original byte.
  EXPECT_EQ(s.to_orig_end(3), 3u);
}

TEST(SourceText, NulBytesNeverTruncate) {
  std::string in("Jakarta\0Bogor", 13);
  SourceText s = prepare(in);
  EXPECT_EQ(s.work.size(), 13u);
  EXPECT_EQ(s.work.substr(8), "Bogor");
  EXPECT_EQ(orig(s, 8, 13), "Bogor");
}

TEST(SourceText, RepairsWindows1252QuotesAndMapsBack) {
  // “Kami siap” encoded as UTF-8, read as Windows-1252 (0x9D is undefined there and survives as U+009D).
  std::string in = "kata dia, \xC3\xA2\xE2\x82\xAC\xC5\x93Kami siap\xC3\xA2\xE2\x82\xAC\xC2\x9D.";
  PrepareStats stats;
  SourceText s = prepare_text(in, InvalidUtf8::reject, &tables(), stats);
  EXPECT_EQ(s.work, "kata dia, \xE2\x80\x9CKami siap\xE2\x80\x9D.");
  EXPECT_EQ(stats.mojibake_repaired, 2u);
  std::size_t open = s.work.find("\xE2\x80\x9C");
  // The repaired quote maps to the whole mis-decoded sequence.
  EXPECT_EQ(orig(s, open, open + 3), "\xC3\xA2\xE2\x82\xAC\xC5\x93");
  std::size_t word = s.work.find("Kami");
  EXPECT_EQ(orig(s, word, word + 9), "Kami siap");
}

TEST(SourceText, RepairsWindows1252NoBreakSpaceEvenWhenItBecameASpace) {
  SourceText s = prepare("Rp\xC3\x82\xC2\xA0" "5 triliun, USD\xC3\x82 139");
  EXPECT_EQ(s.work, "Rp\xC2\xA0" "5 triliun, USD\xC2\xA0" "139");
  std::size_t n = s.work.find("139");
  EXPECT_EQ(orig(s, n, n + 3), "139");
}

TEST(SourceText, RepairsMacRomanQuotesAndNoBreakSpace) {
  // ‚Äú Kami ‚Äù and ¬† : UTF-8 read as Mac Roman.
  std::string in = "\xE2\x80\x9A\xC3\x84\xC3\xBA" "Kami\xE2\x80\x9A\xC3\x84\xC3\xB9 Rp\xC2\xAC\xE2\x80\xA0" "5";
  SourceText s = prepare(in);
  EXPECT_EQ(s.work, "\xE2\x80\x9C" "Kami\xE2\x80\x9D Rp\xC2\xA0" "5");
  std::size_t k = s.work.find("Kami");
  EXPECT_EQ(orig(s, k, k + 4), "Kami");
  EXPECT_EQ(orig(s, 0, s.work.size()), in);
}

TEST(SourceText, GenuineLatinLettersStayUntouched) {
  // "é" alone, "Ã" not followed by a continuation-byte character, "ğ": no mis-decoded sequence.
  for (std::string in : {"caf\xC3\xA9 di Bandung", "\xC3\x83 tanpa pasangan", "Erdo\xC4\x9F" "an"}) {
    SourceText s = prepare(in);
    EXPECT_EQ(s.work, in);
    EXPECT_TRUE(s.identity()) << in;
  }
}

TEST(SourceText, RepairCanBeTurnedOff) {
  std::string in = "\xC3\xA2\xE2\x82\xAC\xC5\x93Kami";
  SourceText s = prepare(in, InvalidUtf8::reject, false);
  EXPECT_EQ(s.work, in);
}

TEST(SourceText, CleanTextIsReadInPlace) {
  // Curly quotes, dashes and no-break spaces next to each other look like the start of mojibake
  // but are not: the work text stays the caller's bytes, uncopied.
  std::string in = "Retno\xC2\xA0\xC2\xA0Marsudi \xE2\x80\x94\xE2\x80\x9Ckami\xE2\x80\x9D\xE2\x80\xA6 \xC3\x82";
  SourceText s = prepare(in);
  EXPECT_TRUE(s.identity());
  EXPECT_EQ(s.work.data(), in.data());
  EXPECT_EQ(s.work.size(), in.size());
}

TEST(SourceText, BadByteFoundAtEveryOffsetOfAnAsciiBlock) {
  for (std::size_t bad = 0; bad < 20; ++bad) {
    std::string in(24, 'a');
    in[bad] = '\xFF';
    try {
      prepare(in);
      FAIL() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.byte_offset(), std::optional<std::size_t>(bad));
    }
  }
  // A character that straddles two eight-byte blocks is valid.
  std::string straddle = "1234567\xE2\x80\x9C" "abcdefgh";
  EXPECT_TRUE(prepare(straddle).identity());
}

TEST(SourceText, RepairsNextToInvalidBytesAndAtTheEdges) {
  std::string in = "\xC3\xA2\xE2\x82\xAC\xC5\x93" "a\xFF\xC3\xA2\xE2\x82\xAC\xC5\x93" "b\xFE\xC3\xA2\xE2\x82\xAC\xC5\x93";
  PrepareStats stats;
  SourceText s = prepare_text(in, InvalidUtf8::replace, &tables(), stats);
  EXPECT_EQ(s.work, "\xE2\x80\x9C" "a\xEF\xBF\xBD\xE2\x80\x9C" "b\xEF\xBF\xBD\xE2\x80\x9C");
  EXPECT_EQ(stats.invalid_replaced, 2u);
  EXPECT_EQ(stats.mojibake_repaired, 3u);
  EXPECT_EQ(orig(s, 0, s.work.size()), in);
  std::size_t b = s.work.find('b');
  EXPECT_EQ(orig(s, b, b + 1), "b");
}

TEST(SourceText, RepairedWorkTextFollowsAMove) {
  // Short enough for the string's inline buffer, which a move does not carry along.
  std::string in = "\xC3\xA2\xE2\x82\xAC\xC5\x93ya";
  SourceText a = prepare(in);
  ASSERT_FALSE(a.identity());
  SourceText b = std::move(a);
  auto outside = [](const SourceText& holder, std::string_view view) {
    const char* p = view.data();
    return p < reinterpret_cast<const char*>(&holder) || p >= reinterpret_cast<const char*>(&holder + 1);
  };
  EXPECT_EQ(b.work, "\xE2\x80\x9Cya");
  EXPECT_TRUE(outside(a, b.work));
  SourceText c;
  c = std::move(b);
  EXPECT_EQ(c.work, "\xE2\x80\x9Cya");
  EXPECT_TRUE(outside(b, c.work));
  EXPECT_EQ(orig(c, 0, 3), "\xC3\xA2\xE2\x82\xAC\xC5\x93");
}

TEST(SourceText, OriginalSliceIsValidUtf8) {
  std::string in = "ab\xFF" "cd";
  PrepareStats stats;
  SourceText s = prepare_text(in, InvalidUtf8::replace, nullptr, stats);
  EXPECT_EQ(original_slice(s, 0, 5), "ab\xEF\xBF\xBD" "cd");
  EXPECT_EQ(original_slice(s, 3, 99), "cd");
}

TEST(SourceText, OriginalSliceOfCleanInputCutInsideACodePointIsStillValid) {
  const std::string in = "Erdo\xC4\x9F" "an tiba";  // "Erdoğan tiba": ğ is two bytes at [4, 6)
  PrepareStats stats;
  SourceText s = prepare_text(in, InvalidUtf8::reject, nullptr, stats);
  ASSERT_TRUE(s.identity());
  EXPECT_EQ(original_slice(s, 0, 8), "Erdo\xC4\x9F" "an");  // on boundaries: the bytes as they are
  EXPECT_EQ(original_slice(s, 0, 5), "Erdo\xEF\xBF\xBD");  // ends inside ğ
  EXPECT_EQ(original_slice(s, 5, 7), "\xEF\xBF\xBD" "a");  // starts inside ğ
}

TEST(SourceText, OriginalSliceAfterMojibakeRepairKeepsTheInputBytes) {
  // The input is valid UTF-8 and only mojibake was repaired: slices are the caller's bytes as they
  // are, mis-decoded quote included; a slice cut inside a code point still reads as U+FFFD.
  const std::string in = "\xC3\xA2\xE2\x82\xAC\xC5\x93Ya, Erdo\xC4\x9F" "an";
  SourceText s = prepare(in);
  ASSERT_FALSE(s.identity());
  EXPECT_TRUE(s.original_is_utf8());
  EXPECT_EQ(original_slice(s, 0, 9), "\xC3\xA2\xE2\x82\xAC\xC5\x93Ya");
  EXPECT_EQ(original_slice(s, 11, 19), "Erdo\xC4\x9F" "an");
  EXPECT_EQ(original_slice(s, 11, 16), "Erdo\xEF\xBF\xBD");
  SourceText moved = std::move(s);
  EXPECT_TRUE(moved.original_is_utf8());
}

TEST(SourceText, InputWithInvalidBytesIsNotTakenForUtf8) {
  PrepareStats stats;
  SourceText s = prepare_text("ab\xFF" "cd", InvalidUtf8::replace, &tables(), stats);
  EXPECT_FALSE(s.original_is_utf8());
  SourceText moved;
  moved = std::move(s);
  EXPECT_FALSE(moved.original_is_utf8());
  EXPECT_EQ(original_slice(moved, 1, 4), "b\xEF\xBF\xBD" "c");
}

}  // namespace
}  // namespace warta::detail
