// TokenFactStream: the facts written, and the paragraphs handed to the reader, while a document is
// still being segmented (advance() after paragraphs are appended) must be those of
// compute_token_facts over the whole document, wherever the stream is advanced.
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
  for (int k = 0; k < 400; ++k)
    text += "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto meninjau desa Kramas di Kabupaten Pati. ";
  text += "\nAnwar tiba di Bandara Halim Perdanakusuma, Jakarta, Minggu malam.\nSelesai";
  return text;
}

// The document of make_doc, appended a paragraph at a time, the stream advanced after the
// paragraphs `advance_after` says.
template <typename AdvanceAfter>
void segment_with(const std::string& text, TokenFactStream& stream, Document& doc, AdvanceAfter advance_after) {
  std::uint32_t at = 0;
  const auto size = static_cast<std::uint32_t>(text.size());
  while (at < size) {
    std::uint32_t nl = at;
    while (nl < size && text[nl] != '\n') ++nl;
    if (nl > at) {
      append_paragraph(doc, at, nl, doc.paragraphs.empty() ? BlockKind::headline : BlockKind::body);
      if (advance_after(doc.paragraphs.size() - 1)) stream.advance();
    }
    at = nl + 1;
  }
  stream.finish();
}

void expect_as_whole(bool (*advance_after)(std::size_t)) {
  const auto lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const std::string text = article();
  const auto whole = testing::make_doc(text, /*headline_first=*/true);
  std::vector<TokenFact> expected_facts;
  std::vector<std::uint64_t> expected_map;
  MentionFinder::Buffers expected_buffers;
  MentionFinder expected_finder(whole->doc, *lex, expected_facts, expected_buffers);
  expected_finder.begin();
  compute_token_facts(whole->doc, *lex, words, expected_facts, expected_map, expected_finder);
  ASSERT_TRUE(expected_facts[0].blind());

  testing::TestDoc t;
  t.text = text;
  t.doc.text = t.text;
  // Lists left from an earlier, longer document.
  std::vector<TokenFact> facts(expected_facts.size() + 100, TokenFact{~0u, ~0u, ~0u});
  std::vector<std::uint64_t> map(expected_map.size() + 4, ~std::uint64_t{0});
  MentionFinder::Buffers buffers;
  MentionFinder finder(t.doc, *lex, facts, buffers);
  finder.begin();
  TokenFactStream stream(t.doc, *lex, words, facts, map, finder);
  segment_with(t.text, stream, t.doc, advance_after);

  ASSERT_EQ(facts.size(), expected_facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    EXPECT_EQ(facts[i].lex, expected_facts[i].lex) << "token " << i;
    EXPECT_EQ(facts[i].words, expected_facts[i].words) << "token " << i;
    EXPECT_EQ(facts[i].bits, expected_facts[i].bits) << "token " << i << " (" << t.doc.token_text(i) << ")";
  }
  EXPECT_EQ(map, expected_map);
  const std::vector<Candidate>& found = finder.candidates();
  const std::vector<Candidate>& expected = expected_finder.candidates();
  ASSERT_GE(expected.size(), 400u);
  ASSERT_EQ(found.size(), expected.size());
  for (std::size_t k = 0; k < found.size(); ++k) {
    EXPECT_EQ(found[k].begin, expected[k].begin) << k;
    EXPECT_EQ(found[k].end, expected[k].end) << k;
    EXPECT_EQ(found[k].type, expected[k].type) << k;
    EXPECT_EQ(found[k].entry, expected[k].entry) << k;
    EXPECT_EQ(found[k].key, expected[k].key) << k;
    EXPECT_EQ(found[k].clear, expected[k].clear) << k;
  }
}

TEST(EntitiesTokenFactsStream, EachParagraphIsHandedOverOnceTheReadAheadAfterItIsFinal) {
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
      const auto end = std::min<std::uint32_t>(p.tok_end + kFactsReadAhead, static_cast<std::uint32_t>(expected.size()));
      ASSERT_GE(facts.size(), end) << "paragraph " << handed - 1;
      for (std::uint32_t i = 0; i < end; ++i) {
        ASSERT_EQ(facts[i].bits, expected[i].bits) << "token " << i << " when paragraph " << handed - 1 << " was handed over";
        ASSERT_EQ(facts[i].lex, expected[i].lex) << "token " << i;
      }
    }
    const std::vector<TokenFact>& facts;
    const std::vector<TokenFact>& expected;
    std::size_t handed = 0;
  } check(facts, expected);
  std::vector<std::uint64_t> map;
  TokenFactStream stream(t.doc, *lex, words, facts, map, check);
  segment_with(t.text, stream, t.doc, [](std::size_t) { return true; });
  EXPECT_EQ(check.handed, whole->doc.paragraphs.size());
}

TEST(EntitiesTokenFactsStream, AdvancedAfterEveryParagraphItWritesWhatTheWholePassWrites) {
  expect_as_whole([](std::size_t) { return true; });
}

TEST(EntitiesTokenFactsStream, AdvancedNowAndThenItWritesWhatTheWholePassWrites) {
  expect_as_whole([](std::size_t p) { return p % 3 == 1; });
}

TEST(EntitiesTokenFactsStream, NeverAdvancedItWritesWhatTheWholePassWrites) {
  expect_as_whole([](std::size_t) { return false; });
}

}  // namespace
}  // namespace warta::detail
