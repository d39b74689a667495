// The tokenizer: words with inner hyphens and apostrophes, numbers with their separators, quote
// flags, case folding through utf8proc, white space of every kind, and very long tokens.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "text/ascii_block.hpp"
#include "text/fold_hash.hpp"
#include "text/token.hpp"
#include "text/utf8.hpp"

namespace warta::detail {
namespace {

Tokens tokenize_all(std::string_view text) {
  Tokens t;
  tokenize(text, 0, static_cast<std::uint32_t>(text.size()), t);
  return t;
}

std::vector<std::string> surfaces(std::string_view text) {
  Tokens t = tokenize_all(text);
  std::vector<std::string> out;
  for (const Token& k : t.list) out.emplace_back(text.substr(k.start, k.end - k.start));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, HyphenAndApostropheWordsStayWhole) {
  EXPECT_EQ(surfaces("Kim Jong-un, Jum'at, ke-43 dan anak-anak"),
            (V{"Kim", "Jong-un", ",", "Jum'at", ",", "ke-43", "dan", "anak-anak"}));
  // A hyphen with space around it, or at a word's end, is punctuation.
  EXPECT_EQ(surfaces("Bogor - Jakarta pra-"), (V{"Bogor", "-", "Jakarta", "pra", "-"}));
}

TEST(Tokenizer, NumbersKeepTheirSeparators) {
  EXPECT_EQ(surfaces("1.000 orang pukul 15.30 pada 19/6/2024 naik 1,5 persen."),
            (V{"1.000", "orang", "pukul", "15.30", "pada", "19/6/2024", "naik", "1,5", "persen", "."}));
  Tokens t = tokenize_all("2024.");
  ASSERT_EQ(t.list.size(), 2u);
  EXPECT_EQ(t.list[0].kind, TokenKind::number);
  EXPECT_EQ(t.list[1].kind, TokenKind::punct);
  EXPECT_TRUE(t.list[1].has(tokflag::sentence_end));
}

TEST(Tokenizer, QuoteFlags) {
  std::string text = "\xE2\x80\x9CYa\xE2\x80\x9D \"tidak\"";
  Tokens t = tokenize_all(text);
  ASSERT_EQ(t.list.size(), 6u);
  EXPECT_TRUE(t.list[0].has(tokflag::quote));
  EXPECT_TRUE(t.list[0].has(tokflag::open_quote));
  EXPECT_FALSE(t.list[0].has(tokflag::close_quote));
  EXPECT_TRUE(t.list[2].has(tokflag::close_quote));
  // A straight quote is a quote but neither opening nor closing by itself.
  EXPECT_TRUE(t.list[3].has(tokflag::quote));
  EXPECT_FALSE(t.list[3].has(tokflag::open_quote));
  EXPECT_FALSE(t.list[3].has(tokflag::close_quote));
}

TEST(Tokenizer, DoubleQuoteFlagIsSetOnExactlyTheDoubleMarks) {
  // Every quotation mark the tokenizer knows, glued to words and to each other, at a line start, at
  // the end, and next to other punctuation: the flag is set on a token exactly when its text is one
  // double mark, which is what the attribution stage used to compare the text with.
  const std::vector<std::string> doubles = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
                                            "\xE2\x80\x9F", "\xC2\xAB", "\xC2\xBB"};
  const std::vector<std::string> others = {"'", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9A", "\xE2\x80\x9B",
                                           "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE3\x80\x8C", "\xE3\x80\x8D",
                                           ",", ".", ":", "-", "\xE2\x80\x94"};
  std::string text;
  for (const std::vector<std::string>* marks : {&doubles, &others}) {
    for (const std::string& m : *marks) text += m + "Kata" + m + " " + m + m + ",\n" + m + "ujar " + m;
  }
  const Tokens t = tokenize_all(text);
  std::size_t flagged = 0;
  for (const Token& k : t.list) {
    const std::string s = text.substr(k.start, k.end - k.start);
    const bool is_double = std::find(doubles.begin(), doubles.end(), s) != doubles.end();
    EXPECT_EQ(k.has(tokflag::double_quote), is_double) << "token '" << s << "' at " << k.start;
    if (is_double) EXPECT_TRUE(k.kind == TokenKind::punct && k.has(tokflag::quote)) << s;
    flagged += is_double;
  }
  EXPECT_EQ(flagged, doubles.size() * 6);
}

TEST(Tokenizer, FoldingStripsMarksAndCase) {
  Tokens t = tokenize_all("Erdoğan ÉLYSÉE Straße");
  ASSERT_EQ(t.list.size(), 3u);
  EXPECT_EQ(t.fold_of(0), "erdogan");
  EXPECT_EQ(t.fold_of(1), "elysee");
  EXPECT_EQ(t.fold_of(2), "strasse");
  EXPECT_EQ(fold_text("Erdoğan"), "erdogan");
  EXPECT_TRUE(t.list[0].has(tokflag::cap_initial));
  EXPECT_TRUE(t.list[1].has(tokflag::all_caps));
}

// fold_text takes ASCII runs in bulk and the rest per code point, as the tokenizer does.
TEST(Tokenizer, FoldTextFoldsEachTokenAsTheTokenizerDoes) {
  const std::string text = "PRESIDEN Erdo\xC4\x9F" "an-NYA Jum\xE2\x80\x99" "at \xC3\x89LYS\xC3\x89" "E 19/6 KTT-G20";
  Tokens t = tokenize_all(text);
  ASSERT_EQ(t.list.size(), 6u);
  for (std::size_t i = 0; i < t.list.size(); ++i) {
    const Token& k = t.list[i];
    EXPECT_EQ(fold_text(std::string_view(text).substr(k.start, k.end - k.start)), t.fold_of(i)) << i;
  }
  EXPECT_EQ(fold_text("Menlu RI, \xE2\x80\x9CKami\xE2\x80\x9D"), "menlu ri, \xE2\x80\x9Ckami\xE2\x80\x9D");
}

TEST(Tokenizer, TypographicApostropheFoldsToAscii) {
  Tokens t = tokenize_all("Jum\xE2\x80\x99" "at");
  ASSERT_EQ(t.list.size(), 1u);
  EXPECT_EQ(t.fold_of(0), "jum'at");
}

TEST(Tokenizer, NoBreakAndOtherSpacesSeparateTokens) {
  EXPECT_EQ(surfaces("Rp\xC2\xA0" "5\xE2\x80\x89triliun\xE2\x80\x8B" "x"), (V{"Rp", "5", "triliun", "x"}));
  Tokens t = tokenize_all("a\xC2\xA0" "b");
  ASSERT_EQ(t.list.size(), 2u);
  EXPECT_TRUE(t.list[1].has(tokflag::space_before));
}

TEST(Tokenizer, LineStartFlag) {
  Tokens t = tokenize_all("satu dua\ntiga\r\nempat");
  ASSERT_EQ(t.list.size(), 4u);
  EXPECT_TRUE(t.list[0].has(tokflag::line_start));
  EXPECT_FALSE(t.list[1].has(tokflag::line_start));
  EXPECT_TRUE(t.list[2].has(tokflag::line_start));
  EXPECT_TRUE(t.list[3].has(tokflag::line_start));
}

TEST(Tokenizer, OffsetsAreAbsoluteInsideARange) {
  std::string text = "JAKARTA - Presiden tiba.";
  Tokens t;
  tokenize(text, 10, static_cast<std::uint32_t>(text.size()), t);
  ASSERT_EQ(t.list.size(), 3u);
  EXPECT_EQ(t.list[0].start, 10u);
  EXPECT_EQ(t.list[0].end, 18u);
}

TEST(Tokenizer, HundredThousandCharacterTokenIsOneToken) {
  std::string text(100000, 'a');
  text += " akhir";
  Tokens t = tokenize_all(text);
  ASSERT_EQ(t.list.size(), 2u);
  EXPECT_EQ(t.list[0].end, 100000u);
  EXPECT_EQ(t.fold_of(0).size(), 100000u);
}

// ASCII is classified from a table and everything else through utf8proc: the same words written in
// full-width forms (which fold to ASCII) must come out with the same folds, kinds and flags.
TEST(Tokenizer, AsciiAndNonAsciiPathsAgree) {
  const std::string ascii = "KPK Jong-un, Jum'at 19/6 AS-Ind \"ya\"";
  const std::string wide =
      "\xEF\xBC\xAB\xEF\xBC\xB0\xEF\xBC\xAB \xEF\xBC\xAA\xEF\xBD\x8F\xEF\xBD\x8E\xEF\xBD\x87-\xEF\xBD\x95\xEF\xBD\x8E, "
      "\xEF\xBC\xAA\xEF\xBD\x95\xEF\xBD\x8D'\xEF\xBD\x81\xEF\xBD\x94 \xEF\xBC\x91\xEF\xBC\x99/\xEF\xBC\x96 "
      "\xEF\xBC\xA1\xEF\xBC\xB3-\xEF\xBC\xA9\xEF\xBD\x8E\xEF\xBD\x84 \"\xEF\xBD\x99\xEF\xBD\x81\"";
  Tokens a = tokenize_all(ascii), w = tokenize_all(wide);
  ASSERT_EQ(a.list.size(), 9u);
  ASSERT_EQ(w.list.size(), a.list.size());
  for (std::size_t i = 0; i < a.list.size(); ++i) {
    EXPECT_EQ(w.fold_of(i), a.fold_of(i)) << i;
    EXPECT_EQ(w.list[i].hash, a.list[i].hash) << i;
    EXPECT_EQ(w.list[i].kind, a.list[i].kind) << i;
    EXPECT_EQ(w.list[i].flags, a.list[i].flags) << i;
  }
  EXPECT_TRUE(a.list[0].has(tokflag::all_caps));
  EXPECT_TRUE(a.list[1].has(tokflag::hyphenated));
  EXPECT_EQ(a.fold_of(4), "19/6");
}

// The full-width form of each ASCII letter and digit (U+FF10.., U+FF21.., U+FF41..), which
// folds back to it; other bytes kept.
std::string full_width(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      out += c;
      continue;
    }
    const unsigned cp = 0xFEE0u + static_cast<unsigned char>(c);
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// ASCII words are read eight bytes at a time: words of every length up to three blocks, with
// capitals and digits at every position, end where they should and get the flags the per-letter
// path gives them.
TEST(Tokenizer, BlockReadWordsAgreeWithThePerLetterPathAtEveryLength) {
  const std::string letters = "abcdefghijklmnopqrstuvwx";
  for (std::size_t len = 1; len <= letters.size(); ++len) {
    for (std::size_t pos = 0; pos < len; ++pos) {
      for (char kind : {'A', '7', 'a'}) {
        std::string word = letters.substr(0, len);
        if (kind == 'A') for (std::size_t i = pos; i < len; ++i) word[i] = static_cast<char>(word[i] - 32);
        else if (kind == '7') word[pos] = '7';
        const std::string ascii = word + " x-" + word + ".";
        Tokens a = tokenize_all(ascii), w = tokenize_all(full_width(ascii));
        ASSERT_EQ(a.list.size(), 3u) << ascii;
        ASSERT_EQ(w.list.size(), a.list.size()) << ascii;
        EXPECT_EQ(a.list[0].end, len) << ascii;
        for (std::size_t i = 0; i < a.list.size(); ++i) {
          EXPECT_EQ(w.fold_of(i), a.fold_of(i)) << ascii << ' ' << i;
          EXPECT_EQ(w.list[i].hash, a.list[i].hash) << ascii << ' ' << i;
          EXPECT_EQ(w.list[i].kind, a.list[i].kind) << ascii << ' ' << i;
          EXPECT_EQ(w.list[i].flags, a.list[i].flags) << ascii << ' ' << i;
        }
      }
    }
  }
}

// A range ending inside a word cuts it there, however many bytes of the block follow.
TEST(Tokenizer, RangeEndInsideABlockEndsTheWord) {
  const std::string text = "Presidensial Indonesia";
  for (std::uint32_t end = 1; end <= 12; ++end) {
    Tokens t;
    tokenize(text, 0, end, t);
    ASSERT_EQ(t.list.size(), 1u) << end;
    EXPECT_EQ(t.list[0].end, end);
    EXPECT_EQ(t.fold_of(0), fold_text(text.substr(0, end)));
  }
}

// A joiner is decided by the character after it, ASCII or not, at the end of the range or not.
TEST(Tokenizer, JoinersLookAheadAcrossEitherKindOfCharacter) {
  EXPECT_EQ(surfaces("anak\xE2\x80\x90" "anak Erdo\xC4\x9F" "an-\xC3\x96z 1.\xEF\xBC\x95 ke-"),
            (V{"anak\xE2\x80\x90" "anak", "Erdo\xC4\x9F" "an-\xC3\x96z", "1.\xEF\xBC\x95", "ke", "-"}));
  EXPECT_EQ(tokenize_all("anak\xE2\x80\x90" "anak").fold_of(0), "anak-anak");
  EXPECT_EQ(surfaces("Jum'"), (V{"Jum", "'"}));
}

// Paragraphs tokenized one after another into the same Tokens keep earlier folds intact.
TEST(Tokenizer, LaterParagraphsAppendToTheSameArena) {
  std::string text = "Presiden Jokowi tiba.\nMenlu Retno Marsudi hadir.";
  Tokens t;
  tokenize(text, 0, 21, t);
  tokenize(text, 22, static_cast<std::uint32_t>(text.size()), t);
  ASSERT_EQ(t.list.size(), 9u);
  EXPECT_EQ(t.fold_of(1), "jokowi");
  EXPECT_EQ(t.fold_of(6), "marsudi");
  EXPECT_EQ(t.list[4].start, 22u);
}

// Short words are hashed from registers and longer ones from the arena: every token's hash must
// be fold_hash of its fold, whatever its length (around both block ends), its case and digits,
// and whatever ends it: white space, CRLF, punctuation, a joiner, a non-ASCII letter or mark.
TEST(Tokenizer, EveryHashIsTheFoldHashOfTheFold) {
  const std::string letters = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn";
  const std::vector<std::string> ends = {" ",  ".",  ",", "\r\n", "-x", "'s", "\xC3\xA9", "\xE2\x80\x9D",
                                         "9", "", "\xC2\xA0", "-", "\xE2\x80\x99" "an"};
  for (std::size_t len = 1; len <= letters.size(); ++len) {
    for (const std::string& tail : ends) {
      for (int variant = 0; variant < 3; ++variant) {
        std::string word = letters.substr(0, len);
        if (variant == 1) word[0] = static_cast<char>(word[0] - 32);
        if (variant == 2) word[len / 2] = '7';
        const std::string text = "x " + word + tail + " y";
        Tokens t = tokenize_all(text);
        ASSERT_GE(t.list.size(), 3u) << text;
        for (std::size_t i = 0; i < t.list.size(); ++i)
          EXPECT_EQ(t.list[i].hash, fold_hash(t.fold_of(i))) << text << ' ' << i;
        EXPECT_EQ(t.list[1].start, 2u) << text;
        EXPECT_GE(t.list[1].end, 2 + len) << text;
      }
    }
  }
}

// A punctuation mark outside ASCII is hashed from the table of common characters where it is one
// of them, and from its folded bytes otherwise: either way the hash is fold_hash of its fold.
TEST(Tokenizer, EveryNonAsciiPunctuationHashIsTheFoldHashOfTheFold) {
  std::vector<char32_t> marks;
  for (char32_t cp = 0xA1; cp <= 0xBF; ++cp) marks.push_back(cp);   // in the table: Latin-1 signs
  for (char32_t cp = 0x2010; cp <= 0x205E; ++cp) marks.push_back(cp);  // in the table: quotes, dashes
  for (char32_t cp : {U'\u3001', U'\u3002', U'\u300C', U'\uFF01', U'\uFF08', U'\u2E3A'}) marks.push_back(cp);  // not
  std::size_t punct = 0;
  for (const char32_t cp : marks) {
    std::string text = "kata ";
    append_utf8(text, cp);
    text += " lain";
    Tokens t = tokenize_all(text);
    for (std::size_t i = 0; i < t.list.size(); ++i) {
      EXPECT_EQ(t.list[i].hash, fold_hash(t.fold_of(i))) << static_cast<std::uint32_t>(cp) << ' ' << i;
      punct += t.list[i].kind == TokenKind::punct ? 1 : 0;
    }
  }
  EXPECT_GE(punct, 60u);  // most of them are read as punctuation marks of their own
}

// The word reader looks past a run only where the word may go on: a run that ends exactly at a
// block's end, right before a non-ASCII letter, a hyphen or an apostrophe, or CRLF.
TEST(Tokenizer, RunsEndingAtBlockEndsAndBeforeOtherCharacters) {
  EXPECT_EQ(surfaces("pemerint ah"), (V{"pemerint", "ah"}));                    // 8 bytes
  EXPECT_EQ(surfaces("pemerintahan daerah"), (V{"pemerintahan", "daerah"}));  // 12
  EXPECT_EQ(surfaces("keberlanjutannya."), (V{"keberlanjutannya", "."}));     // 16
  EXPECT_EQ(surfaces("diperjualbelikan-nya"), (V{"diperjualbelikan-nya"}));  // 16, then a hyphen
  EXPECT_EQ(surfaces("Erdo\xC4\x9F" "an"), (V{"Erdo\xC4\x9F" "an"}));          // a letter after 4
  EXPECT_EQ(surfaces("Presiden\xC3\xA9 ok"), (V{"Presiden\xC3\xA9", "ok"}));    // a letter after 8
  EXPECT_EQ(surfaces("Presiden\xE2\x80\x9D ok"), (V{"Presiden", "\xE2\x80\x9D", "ok"}));
  EXPECT_EQ(surfaces("Jum'at Jum'"), (V{"Jum'at", "Jum", "'"}));
  EXPECT_EQ(surfaces("2024.\r\nbaru"), (V{"2024", ".", "baru"}));
  EXPECT_EQ(surfaces("12345678.5 12345678,"), (V{"12345678.5", "12345678", ","}));
  Tokens t = tokenize_all("ABCDEFGHIJ Ab\r\nAB1");
  ASSERT_EQ(t.list.size(), 3u);
  EXPECT_TRUE(t.list[0].has(tokflag::all_caps));
  EXPECT_TRUE(t.list[1].has(tokflag::cap_initial));
  EXPECT_FALSE(t.list[1].has(tokflag::all_caps));
  EXPECT_TRUE(t.list[2].has(tokflag::line_start));
  EXPECT_TRUE(t.list[2].has(tokflag::all_caps));
  EXPECT_TRUE(t.list[2].has(tokflag::has_digit));
  EXPECT_EQ(t.fold_of(0), "abcdefghij");
}

// Between digits . , : / join; after a letter they do not, whether the run fills its block (the
// last digit is then read from the block's top byte) or stops inside it.
TEST(Tokenizer, DigitSeparatorsJoinOnlyAfterADigitAtEveryRunLength) {
  EXPECT_EQ(surfaces("1234567.8 1234567a.8"), (V{"1234567.8", "1234567a", ".", "8"}));
  EXPECT_EQ(surfaces("abcdefgh.5 abcdefg1,5"), (V{"abcdefgh", ".", "5", "abcdefg1,5"}));
  EXPECT_EQ(surfaces("1234567812345678:30 123456781234567x/3"),
            (V{"1234567812345678:30", "123456781234567x", "/", "3"}));
}

// A token's case flags: a letter's from its first byte, a number's from its first letter.
TEST(Tokenizer, InitialFlagsOfWordsAndNumbers) {
  Tokens t = tokenize_all("Ab ab 7b 7B 77");
  ASSERT_EQ(t.list.size(), 5u);
  EXPECT_TRUE(t.list[0].has(tokflag::cap_initial));
  EXPECT_FALSE(t.list[0].has(tokflag::lower_initial));
  EXPECT_TRUE(t.list[1].has(tokflag::lower_initial));
  EXPECT_FALSE(t.list[1].has(tokflag::cap_initial));
  EXPECT_TRUE(t.list[2].has(tokflag::lower_initial));
  EXPECT_TRUE(t.list[3].has(tokflag::cap_initial));
  EXPECT_FALSE(t.list[4].has(tokflag::cap_initial) || t.list[4].has(tokflag::lower_initial));
}

// NUL and other control bytes are white space; a long run of punctuation is one token per mark.
TEST(Tokenizer, ControlBytesAndLongPunctuationRuns) {
  const std::string text = std::string("a\0b\x01" "c\x7F", 6) + std::string(40, '!') + "d";
  Tokens t = tokenize_all(text);
  ASSERT_EQ(t.list.size(), 44u);
  EXPECT_EQ(t.fold_of(1), "b");
  EXPECT_TRUE(t.list[1].has(tokflag::space_before));
  EXPECT_TRUE(t.list[2].has(tokflag::space_before));
  for (std::size_t i = 3; i < 43; ++i) {
    EXPECT_EQ(t.list[i].kind, TokenKind::punct);
    EXPECT_TRUE(t.list[i].has(tokflag::sentence_end));
    EXPECT_EQ(t.list[i].hash, fold_hash("!"));
  }
  EXPECT_FALSE(t.list[4].has(tokflag::space_before));
  EXPECT_EQ(t.fold_of(43), "d");
  EXPECT_EQ(surfaces("--- ,,,"), (V{"-", "-", "-", ",", ",", ","}));
}

// Latin letters and general punctuation are read and folded from a table worked out at start-up;
// its edges (U+024F, U+207F) and the code points just past them (read by utf8proc each time) give
// what utf8proc gives, and a character cut by the range's end is read a byte at a time as
// punctuation, never past the end.
TEST(Tokenizer, TabledAndUntabledCodePointsAtTheTablesEdges) {
  Tokens t = tokenize_all("\xC3\x89l\xC3\xA9 \xC9\x8E\xC9\x8F \xC9\x90 \xE2\x81\xBFx \xE2\x82\x80 "
                          "a\xE2\x80\xA6 \xC7\x85 x\xCC\x81y");
  ASSERT_EQ(t.list.size(), 9u);
  EXPECT_EQ(t.fold_of(0), "ele");                       // É l é
  EXPECT_EQ(t.fold_of(1), "\xC9\x8F\xC9\x8F");          // Ɏɏ: the table's last letter, case folded
  EXPECT_EQ(t.fold_of(2), "\xC9\x90");                  // ɐ: just past it
  EXPECT_EQ(t.fold_of(3), "nx");                        // ⁿ (U+207F, compatibility form) then x
  EXPECT_EQ(t.list[4].kind, TokenKind::number);         // ₀ (U+2080): a digit, past the table
  EXPECT_EQ(t.fold_of(4), "0");
  EXPECT_EQ(t.fold_of(6), "...");                       // … after "a"
  EXPECT_TRUE(t.list[6].has(tokflag::sentence_end));
  EXPECT_EQ(t.fold_of(7), "dz");                        // ǅ: title case, its caron stripped
  EXPECT_TRUE(t.list[7].has(tokflag::cap_initial));
  EXPECT_EQ(t.fold_of(8), "x\xCC\x81y");                // a lone combining mark stays (utf8proc's fold)
  for (std::size_t i = 0; i < t.list.size(); ++i) EXPECT_EQ(t.list[i].hash, fold_hash(t.fold_of(i))) << i;
  EXPECT_EQ(fold_text("\xC3\x89L\xC3\x89 \xE2\x80\x9Cx\xE2\x80\x9D"), "ele \xE2\x80\x9Cx\xE2\x80\x9D");
  const std::string cut = "a\xE2\x80\xA6";
  for (std::uint32_t end = 2; end <= 3; ++end) {
    Tokens c;
    tokenize(cut, 0, end, c);
    ASSERT_EQ(c.list.size(), end) << end;
    for (std::size_t i = 1; i < c.list.size(); ++i) {
      EXPECT_EQ(c.list[i].kind, TokenKind::punct);
      EXPECT_EQ(c.list[i].end, i + 1);
    }
  }
}

// The sixteen-byte classifier (SSE2 where there is one) against the definition and against the
// portable reading by blocks, for every byte value at every position, among other bytes.
TEST(AsciiBits16, EveryByteAtEveryPositionAgreesWithTheDefinitionAndTheBlocks) {
  const std::string filler = "aZ0 \xC3\xA9-9@[`{/:\x80\xFF";  // sixteen bytes, each range's neighbours
  for (std::size_t pos = 0; pos < 16; ++pos) {
    for (int v = 0; v < 256; ++v) {
      std::string bytes = filler;
      bytes[pos] = static_cast<char>(v);
      char fast_lowered[16], blocks_lowered[16];
      const AsciiBits16 fast = classify16(bytes.data(), fast_lowered);
      const AsciiBits16 blocks = classify16_blocks(bytes.data(), blocks_lowered);

      std::uint32_t letter = 0, upper = 0, digit = 0;
      std::string lowered = bytes;
      for (std::size_t i = 0; i < 16; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80 && std::isalpha(b)) letter |= 1u << i;
        if (b < 0x80 && std::isupper(b)) upper |= 1u << i, lowered[i] = static_cast<char>(b + 32);
        if (b < 0x80 && std::isdigit(b)) digit |= 1u << i;
      }
      std::uint64_t lo, hi;
      std::memcpy(&lo, lowered.data(), 8);
      std::memcpy(&hi, lowered.data() + 8, 8);
      EXPECT_EQ(std::string_view(fast_lowered, 16), lowered) << pos << ' ' << v;
      EXPECT_EQ(std::string_view(blocks_lowered, 16), lowered) << pos << ' ' << v;
      for (const AsciiBits16& got : {fast, blocks}) {
        EXPECT_EQ(got.letter, letter) << pos << ' ' << v;
        EXPECT_EQ(got.upper, upper) << pos << ' ' << v;
        EXPECT_EQ(got.digit, digit) << pos << ' ' << v;
        EXPECT_EQ(got.lowered_lo, lo) << pos << ' ' << v;
        EXPECT_EQ(got.lowered_hi, hi) << pos << ' ' << v;
      }
    }
  }
}

// Words are read sixteen bytes at a time: at the text's very end (read from a padded copy), cut
// by a range end anywhere in the step, and around the step's end before a joiner.
TEST(Tokenizer, WordsAroundTheSixteenByteStep) {
  const std::string letters = "PerekonomianNasionalIndonesia";
  for (std::size_t len = 1; len <= letters.size(); ++len) {
    const std::string text = "x " + letters.substr(0, len);
    Tokens t = tokenize_all(text);
    ASSERT_EQ(t.list.size(), 2u) << len;
    EXPECT_EQ(t.list[1].end, text.size());
    EXPECT_EQ(t.fold_of(1), fold_text(letters.substr(0, len)));
    EXPECT_EQ(t.list[1].hash, fold_hash(t.fold_of(1)));
    Tokens cut;
    tokenize(letters, 0, static_cast<std::uint32_t>(len), cut);
    ASSERT_EQ(cut.list.size(), 1u) << len;
    EXPECT_EQ(cut.list[0].end, len);
    EXPECT_EQ(cut.list[0].hash, fold_hash(cut.fold_of(0)));
  }
  EXPECT_EQ(surfaces("perekonomiannya-kah perekonomianny-a"), (V{"perekonomiannya-kah", "perekonomianny-a"}));
  EXPECT_EQ(surfaces("123456789012345.6 12345678901234a.6"), (V{"123456789012345.6", "12345678901234a", ".", "6"}));
  Tokens t = tokenize_all("ABCDEFGHIJKLMNO ABCDEFGHIJKLMNo 1234567890ABCDe");
  ASSERT_EQ(t.list.size(), 3u);
  EXPECT_TRUE(t.list[0].has(tokflag::all_caps));
  EXPECT_FALSE(t.list[1].has(tokflag::all_caps));
  EXPECT_TRUE(t.list[2].has(tokflag::cap_initial));
  EXPECT_TRUE(t.list[2].has(tokflag::has_digit));
  EXPECT_FALSE(t.list[2].has(tokflag::all_caps));
}

TEST(Tokenizer, EmptyAndSpaceOnlyTextHaveNoTokens) {
  EXPECT_TRUE(tokenize_all("").list.empty());
  EXPECT_TRUE(tokenize_all(" \n\t\xC2\xA0 ").list.empty());
}

// A range read in pieces that end just before an ASCII space gets the tokens one call gets: the
// same offsets, folds, hashes and flags, line_start and space_before across each cut too.
TEST(Tokenizer, PiecesCutAtSpacesTokenizeAsOneRange) {
  std::string text =
      "Kata Menteri \u201cKami siap,\u201d ujarnya.\r\n  \"Ya,\" jawab Erdo\u011Fan di Jl. Sudirman\r\n"
      "pukul 15.30 WIB, Rp1.000 per ke-43 \u2018anak-anak\u2019 Jum\u2019at\u00A0(19/6/2024)  \n\n ";
  text += std::string(300, 'x') + " " + std::string(40, '7') + "\u00E9 \t akhir. ";
  const auto size = static_cast<std::uint32_t>(text.size());
  const Tokens whole = [&] {
    Tokens t;
    tokenize(text, 0, size, t);
    return t;
  }();
  auto expect_same = [&](const Tokens& pieces, std::uint32_t cut) {
    ASSERT_EQ(pieces.list.size(), whole.list.size()) << "cut at " << cut;
    EXPECT_EQ(pieces.folded, whole.folded) << "cut at " << cut;
    for (std::size_t i = 0; i < whole.list.size(); ++i) {
      const Token &a = pieces.list[i], &b = whole.list[i];
      EXPECT_TRUE(a.start == b.start && a.end == b.end && a.fold == b.fold && a.fold_len == b.fold_len &&
                  a.hash == b.hash && a.kind == b.kind && a.flags == b.flags)
          << "token " << i << " cut at " << cut;
    }
  };
  std::vector<std::uint32_t> spaces;
  for (std::uint32_t cut = 0; cut < size; ++cut) {
    if (text[cut] != ' ') continue;
    spaces.push_back(cut);
    Tokens two;
    const std::uint16_t before = tokenize_piece(text, 0, cut, two, kRangeStartFlags);
    tokenize_piece(text, cut, size, two, before);
    expect_same(two, cut);
  }
  ASSERT_GT(spaces.size(), 20u);
  Tokens many;  // a piece between every two spaces
  std::uint16_t before = kRangeStartFlags;
  std::uint32_t at = 0;
  for (std::uint32_t cut : spaces) before = tokenize_piece(text, at, cut, many, before), at = cut;
  tokenize_piece(text, at, size, many, before);
  expect_same(many, 0);
}

}  // namespace
}  // namespace warta::detail
