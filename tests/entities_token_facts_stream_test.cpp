// TokenFactStream: the facts written, and the paragraphs handed to the reader, while a document is
// still being segmented (advance() after paragraphs are appended, and as a long paragraph's
// sentences settle while it is appended in pieces) must be those of compute_token_facts over the
// whole document, wherever the stream is advanced.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "entities/mention_finder.hpp"
#include "entities/token_facts.hpp"
#include "entities/word_classes.hpp"
#include "entities_test_support.hpp"

namespace warta::detail {
namespace {

// A headline in capitals, one-word paragraphs (shorter than the read-ahead after a paragraph),
// names at paragraph ends and starts, quotes, a list, a line of lower case and a long line that
// goes to the reader in parts.
std::string article() {
  std::string text =
      "PRESIDEN JOKOWI TERIMA KUNJUNGAN PM ANWAR IBRAHIM DI ISTANA BOGOR\n"
      "Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim\n"
      "Bogor\n"
      "Jakarta\n"
      "Menteri Luar Negeri Retno Marsudi mengatakan, \"Kedua negara sepakat.\" Hadir pula Pratikno\n"
      "Airlangga Hartarto, Sri Mulyani, Erick Thohir dan Budi Gunadi Sadikin ikut mendampingi.\n"
      "pertemuan itu berlangsung sekitar dua jam di ruang tamu istana.\n";
  for (int k = 0; k < 700; ++k)
    text += "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto meninjau desa Kramas di Kabupaten Pati. ";
  text += "\nAnwar tiba di Bandara Halim Perdanakusuma, Jakarta, Minggu malam.\nSelesai";
  return text;
}

// A headline, then a long line of running text that turns out to be Title Case at its end (its
// capitals say nothing: the parts scanned as it was appended are scanned again), then a short
// paragraph.
std::string turning_blind() {
  std::string text = "Banjir Rendam Ratusan Rumah Di Kabupaten Pati\n";
  for (int k = 0; k < 150; ++k)
    text += "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri China Wang Yi di Beijing pada Senin. ";
  for (int k = 0; k < 1500; ++k)
    text += "Presiden Jokowi Resmikan Bendungan Baru Di Kabupaten Bogor Dan Tinjau Rumah Warga Yang Terdampak. ";
  text += "\nWali Kota Bogor Bima Arya hadir.";
  return text;
}

// A long line whose sentences run over several pieces each (no mark ends them for kilobytes) and
// that ends inside a sentence, then a paragraph that opens with a name.
std::string open_ended() {
  std::string text = "PRESIDEN JOKOWI TINJAU PENGUNGSI BANJIR DI KABUPATEN PATI\n";
  for (int s = 0; s < 8; ++s) {
    for (int k = 0; k < 120; ++k)
      text += "Gubernur Jawa Tengah Ganjar Pranowo bersama warga desa Kramas di Kabupaten Pati, ";
    text += "kata Suharyanto. ";
  }
  for (int k = 0; k < 100; ++k) text += "Kepala BNPB Suharyanto dan Bupati Pati Haryanto meninjau tanggul ";
  text += "\nSuharyanto tiba di Bandara Ahmad Yani, Semarang.";
  return text;
}

// Two long lines in a row: the first may still be in parts when the second is appended.
std::string two_long_lines() {
  std::string text = "PRESIDEN JOKOWI TINJAU PENGUNGSI BANJIR DI KABUPATEN PATI\n";
  for (int k = 0; k < 500; ++k)
    text += "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto meninjau desa Kramas di Kabupaten Pati. ";
  text += "\n";
  for (int s = 0; s < 8; ++s) {
    for (int k = 0; k < 120; ++k) text += "Gubernur Jawa Tengah Ganjar Pranowo bersama warga desa Kramas, ";
    text += "kata Suharyanto. ";
  }
  return text + "\nSelesai";
}

// The document of make_doc, appended a paragraph at a time, the stream advanced after the
// paragraphs `advance_after` says, and, with `pieces`, told of a long paragraph's settled sentences
// at every piece.
template <typename AdvanceAfter>
void segment_with(const std::string& text, TokenFactStream& stream, Document& doc, AdvanceAfter advance_after,
                  bool pieces = false) {
  std::uint32_t at = 0;
  const auto size = static_cast<std::uint32_t>(text.size());
  while (at < size) {
    std::uint32_t nl = at;
    while (nl < size && text[nl] != '\n') ++nl;
    if (nl > at) {
      append_paragraph(doc, at, nl, doc.paragraphs.empty() ? BlockKind::headline : BlockKind::body, nullptr,
                       pieces ? &stream : nullptr);
      if (advance_after(doc.paragraphs.size() - 1)) stream.advance();
    }
    at = nl + 1;
  }
  stream.finish();
}

// Hands what it is handed on to a MentionFinder, and counts the parts handed over while their
// paragraph was still being appended (fewer tokens there than the whole paragraph's).
struct Counting final : ParagraphReader {
  Counting(MentionFinder& f, const Document& d, const Document& w) : finder(f), doc(d), whole(w) {}
  void read(const Paragraph& p) override { finder.read(p); }
  void read_part(const Paragraph& p, std::uint32_t upto) override {
    const Paragraph& done = whole.paragraphs[whole.paragraph_of_token(p.tok_begin)];
    EXPECT_EQ(done.tok_begin, p.tok_begin);
    EXPECT_LE(upto + kPartReadAhead, p.tok_end) << "the facts past a part are written";
    EXPECT_LE(p.tok_end, done.tok_end);
    if (doc.tokens.list.size() < done.tok_end) ++while_appended;
    finder.read_part(p, upto);
  }
  MentionFinder& finder;
  const Document& doc;
  const Document& whole;
  int while_appended = 0;
};

void expect_as_whole(const std::string& text, bool (*advance_after)(std::size_t), bool pieces = false,
                     bool blind_long_line = false) {
  const auto lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const auto whole = testing::make_doc(text, /*headline_first=*/true);
  std::vector<TokenFact> expected_facts;
  NameMarks expected_marks;
  MentionFinder::Buffers expected_buffers;
  MentionFinder expected_finder(whole->doc, *lex, expected_facts, expected_buffers);
  expected_finder.begin();
  compute_token_facts(whole->doc, *lex, words, expected_facts, expected_marks, expected_finder);
  ASSERT_TRUE(expected_facts[0].blind());
  const Paragraph& long_line = *std::max_element(
      whole->doc.paragraphs.begin(), whole->doc.paragraphs.end(),
      [](const Paragraph& a, const Paragraph& b) { return a.tok_end - a.tok_begin < b.tok_end - b.tok_begin; });
  ASSERT_GT(long_line.tok_end - long_line.tok_begin, 2 * kFactsPart + kPartReadAhead);
  ASSERT_EQ(expected_facts[long_line.tok_begin].blind(), blind_long_line);

  testing::TestDoc t;
  t.text = text;
  t.doc.text = t.text;
  // Lists left from an earlier, longer document.
  std::vector<TokenFact> facts(expected_facts.size() + 100, TokenFact{~0u, ~0u, ~0u});
  NameMarks marks;
  marks.blind.assign(expected_marks.blind.size() + 4, ~std::uint64_t{0});
  marks.caps.assign(expected_marks.caps.size() + 4, CapStart{1, 1, 1, 1});
  MentionFinder::Buffers buffers;
  MentionFinder finder(t.doc, *lex, facts, buffers);
  finder.begin();
  Counting counting(finder, t.doc, whole->doc);
  TokenFactStream stream(t.doc, *lex, words, facts, marks, counting);
  segment_with(t.text, stream, t.doc, advance_after, pieces);
  if (pieces) EXPECT_GE(counting.while_appended, 2) << "parts go to the scan as the long line is appended";

  ASSERT_EQ(facts.size(), expected_facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    EXPECT_EQ(facts[i].lex, expected_facts[i].lex) << "token " << i;
    EXPECT_EQ(facts[i].words, expected_facts[i].words) << "token " << i;
    EXPECT_EQ(facts[i].bits, expected_facts[i].bits) << "token " << i << " (" << t.doc.token_text(i) << ")";
  }
  EXPECT_EQ(marks.blind, expected_marks.blind);
  ASSERT_EQ(marks.caps.size(), expected_marks.caps.size());
  for (std::size_t c = 0; c < marks.caps.size(); ++c) {
    EXPECT_EQ(marks.caps[c].token, expected_marks.caps[c].token) << "mark " << c;
    EXPECT_EQ(marks.caps[c].bytes, expected_marks.caps[c].bytes) << "mark " << c;
    EXPECT_EQ(marks.caps[c].fold, expected_marks.caps[c].fold) << "mark " << c;
    EXPECT_EQ(marks.caps[c].fold_len, expected_marks.caps[c].fold_len) << "mark " << c;
  }
  const testing::ScanResult expected = testing::ScanResult::of(expected_finder);
  ASSERT_GE(expected.candidates.size(), 200u);
  testing::expect_same_scan(testing::ScanResult::of(finder), expected, t.doc);
}

// What a reader is handed of a paragraph, or of a part of the long line (which is no headline: its
// facts are final as they are written), holds the final facts of every token it may read.
void expect_final_when_handed(bool pieces) {
  const auto lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const std::string text = article();
  const auto whole = testing::make_doc(text, /*headline_first=*/true);
  std::vector<TokenFact> expected;
  compute_token_facts(whole->doc, *lex, words, expected);

  testing::TestDoc t;
  t.text = text;
  t.doc.text = t.text;
  std::vector<TokenFact> facts;
  struct Check final : ParagraphReader {
    Check(const std::vector<TokenFact>& f, const std::vector<TokenFact>& e) : facts(f), expected(e) {}
    void read(const Paragraph& p) override {
      ++handed;
      expect_final(std::min<std::uint32_t>(p.tok_end + kFactsReadAhead, static_cast<std::uint32_t>(expected.size())));
    }
    void read_part(const Paragraph& p, std::uint32_t upto) override {
      ++parts;
      EXPECT_LE(upto + kPartReadAhead, p.tok_end);
      expect_final(upto + kPartReadAhead);
    }
    void expect_final(std::uint32_t end) const {
      ASSERT_GE(facts.size(), end) << "paragraph " << handed;
      for (std::uint32_t i = 0; i < end; ++i) {
        ASSERT_EQ(facts[i].bits, expected[i].bits) << "token " << i << " when paragraph " << handed << " was handed over";
        ASSERT_EQ(facts[i].lex, expected[i].lex) << "token " << i;
      }
    }
    const std::vector<TokenFact>& facts;
    const std::vector<TokenFact>& expected;
    std::size_t handed = 0;
    int parts = 0;
  } check(facts, expected);
  NameMarks marks;
  TokenFactStream stream(t.doc, *lex, words, facts, marks, check);
  segment_with(t.text, stream, t.doc, [](std::size_t) { return true; }, pieces);
  EXPECT_EQ(check.handed, whole->doc.paragraphs.size());
  if (pieces) EXPECT_GE(check.parts, 1);
}

TEST(EntitiesTokenFactsStream, EachParagraphIsHandedOverOnceTheReadAheadAfterItIsFinal) {
  expect_final_when_handed(/*pieces=*/false);
}

TEST(EntitiesTokenFactsStream, EachPartOfALongLineIsHandedOverOnceItsReadAheadIsFinal) {
  expect_final_when_handed(/*pieces=*/true);
}

TEST(EntitiesTokenFactsStream, AdvancedAfterEveryParagraphItWritesWhatTheWholePassWrites) {
  expect_as_whole(article(), [](std::size_t) { return true; });
}

TEST(EntitiesTokenFactsStream, AdvancedNowAndThenItWritesWhatTheWholePassWrites) {
  expect_as_whole(article(), [](std::size_t p) { return p % 3 == 1; });
}

TEST(EntitiesTokenFactsStream, NeverAdvancedItWritesWhatTheWholePassWrites) {
  expect_as_whole(article(), [](std::size_t) { return false; });
}

TEST(EntitiesTokenFactsStream, AdvancedAtEveryPieceOfALongLineItWritesWhatTheWholePassWrites) {
  expect_as_whole(article(), [](std::size_t) { return true; }, /*pieces=*/true);
  expect_as_whole(article(), [](std::size_t) { return false; }, /*pieces=*/true);
}

TEST(EntitiesTokenFactsStream, ALongLineThatTurnsBlindAtItsEndIsScannedAgainAsTheWholePassScansIt) {
  expect_as_whole(turning_blind(), [](std::size_t) { return true; }, /*pieces=*/true, /*blind_long_line=*/true);
  expect_as_whole(turning_blind(), [](std::size_t) { return false; }, /*pieces=*/true, /*blind_long_line=*/true);
}

TEST(EntitiesTokenFactsStream, ALongLineEndingInsideASentenceIsWrittenAsTheWholePassWritesIt) {
  expect_as_whole(open_ended(), [](std::size_t) { return true; }, /*pieces=*/true);
  expect_as_whole(open_ended(), [](std::size_t p) { return p % 2 == 0; }, /*pieces=*/true);
}

TEST(EntitiesTokenFactsStream, TwoLongLinesInARowAreWrittenAsTheWholePassWritesThem) {
  expect_as_whole(two_long_lines(), [](std::size_t) { return true; }, /*pieces=*/true);
  expect_as_whole(two_long_lines(), [](std::size_t) { return false; }, /*pieces=*/true);
}

}  // namespace
}  // namespace warta::detail
