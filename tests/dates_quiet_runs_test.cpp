// Leaving out quiet runs (quiet_runs.hpp): the scan fed with the pipeline's tokens must find
// exactly what the scan of the whole text finds, wherever the expressions stand relative to the
// runs it jumps over, and it must really jump over long runs.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "../lib/dates/expression_starts.hpp"
#include "../lib/dates/lexicon.hpp"
#include "../lib/dates/quiet_runs.hpp"
#include "../lib/text/token.hpp"
#include "dates_test_util.hpp"

namespace warta::detail {
namespace {

using dates_testing::at;
using dates_testing::finder;

// Paragraphs are the lines of `text`, each tokenized like the pipeline does.
struct Paragraphs {
  Tokens tokens;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> bytes;
  std::vector<TokenizedRange> ranges;

  explicit Paragraphs(std::string_view text) {
    std::uint32_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const auto e = static_cast<std::uint32_t>(end);
      const auto tok_begin = static_cast<std::uint32_t>(tokens.list.size());
      tokenize(text, start, e, tokens);
      bytes.emplace_back(start, e);
      ranges.push_back({start, e, tok_begin, static_cast<std::uint32_t>(tokens.list.size())});
      start = e + 1;
    }
  }
};

// Both scans, finding by finding; returns how many there were.
std::size_t expect_same_findings(std::string_view text, std::optional<CivilTime> ref = std::nullopt) {
  const Paragraphs p(text);
  const auto whole = finder().find(text, p.bytes, DateQuery{ref});
  std::vector<DateFinding> jumped;
  finder().find(text, p.tokens, p.ranges, DateQuery{ref}, jumped);
  EXPECT_EQ(jumped.size(), whole.size()) << text;
  for (std::size_t i = 0; i < whole.size() && i < jumped.size(); ++i) {
    EXPECT_EQ(jumped[i].start, whole[i].start) << text;
    EXPECT_EQ(jumped[i].end, whole[i].end) << text;
    EXPECT_EQ(jumped[i].value, whole[i].value) << text;
    EXPECT_EQ(jumped[i].grain, whole[i].grain) << text;
    EXPECT_EQ(jumped[i].interval, whole[i].interval) << text;
    EXPECT_EQ(jumped[i].future, whole[i].future) << text;
  }
  return whole.size();
}

const std::string kQuiet =
    "warga kampung nelayan berkumpul di balai desa untuk membahas perbaikan jalan rusak "
    "bersama kepala desa serta para tokoh masyarakat setempat ";

TEST(DatesQuietRuns, ExpressionsAtParagraphStartsAndEnds) {
  EXPECT_EQ(expect_same_findings("Senin (17/6/2024) " + kQuiet + "hingga Rabu (19/6/2024)"), 2u);
  EXPECT_EQ(expect_same_findings("Kamis " + kQuiet + "\n" + kQuiet + "pukul 10.00 WIB", at(2024, 6, 19)), 2u);
  EXPECT_EQ(expect_same_findings(kQuiet + kQuiet + "2024"), 0u);
}

TEST(DatesQuietRuns, LongRunsWithoutStartsFindNothing) {
  EXPECT_EQ(expect_same_findings(kQuiet + kQuiet + kQuiet), 0u);
  EXPECT_EQ(expect_same_findings(kQuiet + ", " + kQuiet + "; " + kQuiet + "!"), 0u);
}

TEST(DatesQuietRuns, AdjacentExpressions) {
  EXPECT_GE(expect_same_findings(kQuiet + "Selasa (18/6/2024) pukul 09.00 WIB, Rabu (19/6/2024) pukul 10.00 WIB " + kQuiet),
            2u);
  EXPECT_GE(expect_same_findings(kQuiet + "19-21 Juni 2024 dan 1 hingga 3 Juli 2024 " + kQuiet), 2u);
}

// The anchor a finding sets carries over the runs left out, within a paragraph and across them.
TEST(DatesQuietRuns, RelativeDatesAnchoredByAnEarlierFinding) {
  EXPECT_EQ(expect_same_findings("Gempa terjadi Rabu (19/6/2024). " + kQuiet + "keesokan harinya " + kQuiet +
                                 "\n" + kQuiet + "\n" + kQuiet + "dua hari kemudian " + kQuiet + "Jumat"),
            4u);
}

// Rules that look back: "dalam" after a superlative, regulation numbers, ordinals.
TEST(DatesQuietRuns, LookBackAfterARunLeftOut) {
  // "dalam" is no start after a superlative; "lima tahun terakhir" is still a finding.
  EXPECT_EQ(expect_same_findings(kQuiet + "kunjungan tertinggi dalam lima tahun terakhir", at(2024, 6, 19)), 1u);
  EXPECT_EQ(expect_same_findings(kQuiet + "kunjungan tertinggi sepanjang masa itu terjadi dalam lima tahun terakhir",
                                 at(2024, 6, 19)),
            1u);
  // Every spelling of "dalam" widens the margin (ExpressionStarts::far_looking_words), also when
  // it comes a few tokens after the start that ends the run.
  EXPECT_EQ(expect_same_findings(kQuiet + "kunjungan tertinggi bagi warga kampung nelayan dlm lima tahun terakhir",
                                 at(2024, 6, 19)),
            1u);
  expect_same_findings(kQuiet + "rekor tertinggi bagi warga kampung 2024 itu dalam lima tahun terakhir", at(2024, 6, 19));
  expect_same_findings(kQuiet + "rekor tertinggi bagi warga (2024) dan dalam lima tahun terakhir", at(2024, 6, 19));
  // "dalam" reads back only before a count; before anything else it needs no wider margin.
  for (const char* after : {"negeri", "waktu lima tahun", ", lima tahun", "lima tahun", "5 tahun", "dua-tiga tahun",
                            "(5) tahun", "Rp5 juta", ""}) {
    expect_same_findings(kQuiet + "rekor tertinggi bagi warga kampung nelayan dalam " + after, at(2024, 6, 19));
    expect_same_findings(kQuiet + "rekor tertinggi bagi warga 2024 itu dalam " + after, at(2024, 6, 19));
    expect_same_findings(kQuiet + "rekor tertinggi bagi warga (2024) dlm " + after + " " + kQuiet, at(2024, 6, 19));
  }
  EXPECT_EQ(expect_same_findings(kQuiet + "sesuai UU No. 7/2017 " + kQuiet + "Nomor 7 Tahun 2017 " + kQuiet + "KTT ke-43"),
            0u);
}

// Future markers and clause ends inside the runs left out still set and clear the future flag.
TEST(DatesQuietRuns, FutureMarkersAndClauseEndsInARun) {
  const std::string said = "rapat " + kQuiet;
  expect_same_findings("Presiden akan " + said + "Jumat", at(2024, 6, 19));
  expect_same_findings("Presiden akan " + said + ". " + kQuiet + "Jumat", at(2024, 6, 19));
  expect_same_findings("Presiden akan " + said + "\n" + kQuiet + "Jumat", at(2024, 6, 19));
  expect_same_findings("Presiden akan " + said + "; " + said + "akan " + kQuiet + "Jumat", at(2024, 6, 19));
  expect_same_findings("Presiden tiba. " + kQuiet + "akan " + kQuiet + "Jumat", at(2024, 6, 19));
}

// Non-ASCII words and punctuation end a run; the scan reads them itself.
TEST(DatesQuietRuns, NonAsciiEndsARun) {
  EXPECT_EQ(expect_same_findings(kQuiet + "“Erdoğan datang” — " + kQuiet + "Jum\u2019at (21/6)", at(2024, 6, 19)), 1u);
}

// A non-ASCII word far into a quiet stretch ends the run there: the state at the jump is the one
// before that word, whatever comes after it (a clause end, a future marker), for any place of it.
TEST(DatesQuietRuns, NonAsciiInsideALongRun) {
  const std::string words = kQuiet + kQuiet;
  for (std::size_t cut = 0; cut < words.size(); cut = words.find(' ', cut) + 1) {
    const std::string before = words.substr(0, cut), after = words.substr(cut);
    expect_same_findings("Menteri akan " + before + "Erdoğan Jumat " + after + ". Warga akan " + kQuiet + "Sabtu",
                         at(2024, 6, 19));
    expect_same_findings("Menteri tiba. " + before + "Erdoğan " + after + "akan " + kQuiet + "Jumat", at(2024, 6, 19));
  }
}

// A text tokenized by the pipeline, and the first quiet run the date scan would leave out of it.
struct FirstQuietRun {
  explicit FirstQuietRun(std::string t) : text(std::move(t)) {
    tokenize(text, 0, static_cast<std::uint32_t>(text.size()), tokens);
    const auto n = static_cast<std::uint32_t>(tokens.list.size());
    dates::QuietRuns quiet(lex, text,
                           {&tokens, 0, n, &starts.telling_words(), &starts.far_looking_words(), &starts.looked_back_words()},
                           static_cast<std::uint32_t>(text.size()));
    run = quiet.from(0, 0, true);
  }
  // Where the token `back` tokens from the end starts.
  std::uint32_t start_from_end(std::uint32_t back) const { return tokens.list[tokens.list.size() - back].start; }

  std::string text;
  Tokens tokens;
  const dates::Lexicon lex;
  const dates::ExpressionStarts starts{lex};
  std::optional<dates::QuietRun> run;
};

// Ranges of a few tokens leave out runs too (a run needs four tokens: three before the start).
TEST(DatesQuietRuns, ShortRangesFindTheSame) {
  for (const char* line : {"warga tiba di balai Senin", "warga tiba di balai Senin pagi", "rapat di balai desa pagi",
                           "warga tiba di balai (19/6)", "UU yang baru No. 7/2017", "dia tiba di sini pukul 10.00",
                           "dia akan tiba di sini Jumat", "dia tiba. Malam itu", "tiba di sini 2 hari lalu"}) {
    expect_same_findings(line, at(2024, 6, 19));
    expect_same_findings(line);
  }
  const FirstQuietRun probe("warga tiba di balai Senin");
  ASSERT_TRUE(probe.run.has_value());
  EXPECT_EQ(probe.run->resume, probe.start_from_end(1));
}

TEST(DatesQuietRuns, LongRunIsLeftOutUpToTheStart) {
  const FirstQuietRun probe(kQuiet + "Jumat");
  const auto& run = probe.run;
  ASSERT_TRUE(run.has_value());
  // The two words before the weekday are none a rule looks back for: the scan resumes at it.
  EXPECT_EQ(run->resume, probe.start_from_end(1));
  EXPECT_TRUE(run->clause_start);  // the range's first word
  EXPECT_FALSE(run->future);
  EXPECT_FALSE(run->resume_clause_start);
}

// Where the two tokens before the start hold what the rules look back for ("ke-", a legal word,
// "." or "-" after one, "(" before a number), the run stops two tokens before it; and where the
// gap before the start is not ASCII white space, the date tokenizer must read that gap with it.
TEST(DatesQuietRuns, RunStopsBeforeTheLookBack) {
  for (const auto& [tail, back] : std::initializer_list<std::pair<std::string, std::uint32_t>>{
           {"sesuai UU 7/2017", 3}, {"sesuai UU No. 7/2017", 3}, {"KTT yang ke - 43", 3}, {"warga tiba ( 19/6)", 4},
           {"warga tiba pada \u200ERabu", 3}, {"warga tiba pada Rabu", 1}, {"warga tiba , Rabu", 1}}) {
    const FirstQuietRun probe(kQuiet + tail);
    ASSERT_TRUE(probe.run.has_value()) << tail;
    EXPECT_EQ(probe.run->resume, probe.start_from_end(back)) << tail;
    expect_same_findings(kQuiet + tail + " " + kQuiet, at(2024, 6, 19));
  }
}

// Resuming at the start itself: the rules looking back from it find nothing there, nor in the
// text before the run; a bare part of day right after a run is no range's first token.
TEST(DatesQuietRuns, ResumingAtTheStartFindsTheSame) {
  for (const char* tail : {"pagi", "pagi hari itu", "malam", ". Malam", "\nmalam", "( 19/6)", "(19/6)", "tiba 19/6",
                           "pada \u200EJumat (13/9/2019)", "tahun 2024", "dalam lima tahun", "No. 7/2017", "ke-43"}) {
    expect_same_findings(kQuiet + tail, at(2024, 6, 19));
    expect_same_findings(kQuiet + tail);
    expect_same_findings("UU No. " + kQuiet + tail);
    expect_same_findings("Rabu (19/6/2024) " + kQuiet + tail + " " + kQuiet + "pagi");
  }
}

// A starting word before a token none of its rules needs is left out with the run ("dalam negeri",
// "pada saat itu"); before one they need, the run ends before it ("dalam lima": six tokens back,
// "pada tahun": at "pada").
TEST(DatesQuietRuns, IdleStartsAreLeftOut) {
  const std::string idle =
      "dalam negeri, pada saat itu hingga rampung sampai akhirnya menjelang pemilu dlm hal ini selama masa baru pulang tahun ajaran bulan puasa dua orang sepekan penuh ";
  for (const auto& [tail, back] : std::initializer_list<std::pair<std::string, std::uint32_t>>{
           {idle + "Jumat", 1}, {"dalam lima", 8}, {"pada tahun", 2}, {"pada Juni", 2}, {"hingga 2024", 2}, {"baru saja", 2}, {"selama bulan", 2}, {"tahun lalu", 2}, {"tahun baru", 2},
           {"bulan Juni", 2}, {"bulan depan", 2}, {"dua hari", 2}, {"lima belas", 2}, {"sepekan lalu", 2}}) {
    const FirstQuietRun probe(kQuiet + tail);
    ASSERT_TRUE(probe.run.has_value()) << tail;
    EXPECT_EQ(probe.run->resume, probe.start_from_end(back)) << tail;
  }
}

// The findings stay the same around idle starts, and where the same words do start an expression.
TEST(DatesQuietRuns, IdleStartsFindTheSame) {
  for (const char* words : {"pada", "hingga", "sampai", "menjelang", "dalam", "dlm", "Pada", "sampai dengan", "selama",
                            "sepanjang", "baru", "baru-baru", "selama bulan", "tahun", "Tahun", "bulan", "thn", "pada tahun",
                            "dua", "Tiga", "lima", "sepuluh", "sebelas", "seratus", "sepekan", "setahun", "sejam", "dalam dua"}) {
    const std::string w = words;
    for (const char* after : {"saat itu", "tahun 2024", "tahun lalu", "Juni 2024", "Juni", "2024", "lima tahun",
                              "lima", "(2024)", ", 2024", "tahun", "tahunan", "Jan 2025", "dua-tiga hari", "", "\n2024",
                              "saja", "saja pulang", "bulan Desember", "bulan puasa", "lalu", "depan", "ini", "Baru", "baru 2025",
                              "Baru Imlek", "mendatang", "ajaran baru", "Januari", "anggaran", "belas hari lalu", "puluh tahun lalu",
                              "hari lagi", "jam kemudian", "yang lalu", "ke depan", "terakhir", "orang", "dua minggu lalu"}) {
      expect_same_findings(kQuiet + w + " " + after + " " + kQuiet, at(2024, 6, 19));
      expect_same_findings(kQuiet + "akan " + kQuiet + w + " " + after + ". " + kQuiet + "Jumat", at(2024, 6, 19));
      expect_same_findings("Rabu (19/6/2024) " + kQuiet + w + " " + after, at(2024, 6, 19));
    }
  }
}

// Numbers the next token turns away ("12 orang", "12. Lalu") and typographic quotes are left out
// with the run; a number the grammar may read on from ends it (at itself, the two tokens before it
// holding nothing the rules look back for).
TEST(DatesQuietRuns, IdleNumbersAndQuotesAreLeftOut) {
  for (const auto& [tail, back] : std::initializer_list<std::pair<std::string, std::uint32_t>>{
           {"12 orang dan 1,5 persen naik 12. Lalu 7 / x , 40 % \u201Cwarga\u201D \u2018kata\u2019 Jumat", 1},
           {"12 Juni", 2}, {"12 hari", 2}, {"12 / 6", 3}, {"12 . 30", 3}, {"12. 6", 3}, {"20240619 orang", 2},
           {"12 s", 2}, {"12 WIB", 2}, {"12 - 14", 3}, {"12", 1}}) {
    const FirstQuietRun probe(kQuiet + tail);
    ASSERT_TRUE(probe.run.has_value()) << tail;
    EXPECT_EQ(probe.run->resume, probe.start_from_end(back)) << tail;
  }
}

// A number before a lexicon word the grammar does not read on to from it is left out too.
TEST(DatesQuietRuns, NumbersBeforeLexiconWordsFindTheSame) {
  const dates::Lexicon lex;
  for (std::size_t i = 0; i < lex.size(); ++i) {
    const std::string word(lex.key(i));
    for (const char* after : {"penjara", "lalu", "ke depan", "WIB", "2024", ". Juni"}) {
      expect_same_findings(kQuiet + "2 " + word + " " + after + " " + kQuiet, at(2024, 6, 19));
      expect_same_findings("Rabu (19/6/2024) " + kQuiet + "17 " + word + " " + after + " " + kQuiet + "pagi");
    }
  }
  const FirstQuietRun probe(kQuiet + "20 tahun penjara dan 3 orang yang hadir Jumat");
  ASSERT_TRUE(probe.run.has_value());
  EXPECT_EQ(probe.run->resume, probe.start_from_end(1));
}

// Quiet words and punctuation are read from the pipeline's flags where the gap before them has no
// line break: every kind of gap before them, and clause ends in every place, change nothing.
TEST(DatesQuietRuns, GapsBeforeWordsAndPunctuationFindTheSame) {
  for (const char* gap : {" ", "  ", "\t", " \t ", "\n", " \n ", "\r\n", "\u00A0", " \u2009", "\u3000", "\x01", ""}) {
    for (const char* punct : {",", ".", "!", "?", ";", ":", "(", ")", "\"", "-", "/"}) {
      const std::string g = gap, p = punct;
      const std::string words = "warga" + g + p + g + "akan" + g + "datang" + g + p + "kampung" + g + "nelayan" + p + g;
      expect_same_findings(kQuiet + words + kQuiet + "Jumat" + g + p + "lalu " + words + "besok", at(2024, 6, 19));
      expect_same_findings("Rabu (19/6/2024) " + words + words + "pagi" + g + p + g + words + "malam");
    }
  }
}

// The findings stay the same around numbers, whatever follows them, and around quotes.
TEST(DatesQuietRuns, NumbersAndQuotesFindTheSame) {
  for (const char* number : {"12", "3", "2024", "1,5", "10,000", "20240619", "17", "1990", "19"}) {
    for (const char* after : {"orang", "Juni", "Juni 2024", "hari lalu", "s/d 21 Juni", "sd 21 Juni", "WIB", "agustusan",
                              "-an", ".", ". 30", ".30", ". Juni", "/6", "/ 6", "/ x", "- 21 Juni", ":30", ": 30", ",",
                              ", 5", "%", ")", "\u201D", "\u2013 21 Juni", "yang lalu", "pagi", "tahun lalu", "\n2024"}) {
      const std::string n = number, a = after;
      expect_same_findings(kQuiet + n + " " + a + " " + kQuiet, at(2024, 6, 19));
      expect_same_findings(kQuiet + "akan " + kQuiet + n + a + ". " + kQuiet + "Jumat", at(2024, 6, 19));
      expect_same_findings("Rabu (19/6/2024) \u201C" + kQuiet + n + " " + a + "\u201D " + kQuiet + "pagi");
      expect_same_findings("UU No. " + n + " " + a + " " + kQuiet + "ke-" + n + " " + a);
    }
  }
}

}  // namespace
}  // namespace warta::detail
