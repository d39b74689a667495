// compute_token_facts with a ParagraphReader: each paragraph is handed over as soon as its facts,
// and those of the words just after it, are final, so the mention scan can run right behind the
// writer. What the reader sees must be what a reader after the whole pass would see.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "entities/mention_finder.hpp"
#include "entities/name_starts.hpp"
#include "entities/token_facts.hpp"
#include "entities/word_classes.hpp"
#include "entities_test_support.hpp"

namespace warta::detail {
namespace {

// A headline in capitals (its capitals say nothing: every fact of it changes when it ends), a
// one-word paragraph, names at paragraph ends and starts, a list, quotes and a line of lower case.
constexpr const char* kText =
    "PRESIDEN JOKOWI TERIMA KUNJUNGAN PM ANWAR IBRAHIM DI ISTANA BOGOR\n"
    "Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim\n"
    "Bogor\n"
    "Menteri Luar Negeri Retno Marsudi mengatakan, \"Kedua negara sepakat.\" Hadir pula Pratikno\n"
    "Airlangga Hartarto, Sri Mulyani, Erick Thohir dan Budi Gunadi Sadikin ikut mendampingi.\n"
    "pertemuan itu berlangsung sekitar dua jam di ruang tamu istana.\n"
    "Anwar tiba di Bandara Halim Perdanakusuma, Jakarta, Minggu malam.";

// Facts of a token no writer made: every bit set, which no real fact has.
const TokenFact kUnwritten{~0u, ~0u, ~0u};

bool same(const TokenFact& a, const TokenFact& b) { return a.lex == b.lex && a.words == b.words && a.bits == b.bits; }

TEST(EntitiesTokenFactsReader, EachParagraphIsHandedOverWhenItsFactsAndTheNextWordsAreFinal) {
  const auto lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const auto t = testing::make_doc(kText, /*headline_first=*/true);
  const Document& doc = t->doc;
  std::vector<TokenFact> plain;
  compute_token_facts(doc, *lex, words, plain);
  const auto n = static_cast<std::uint32_t>(plain.size());
  ASSERT_EQ(doc.paragraphs.size(), 7u);
  ASSERT_TRUE(plain[0].blind());  // the headline's facts are rewritten once it ends

  // Memory left from an earlier, longer document: what has not been written reads as unwritten.
  std::vector<TokenFact> facts(n + 64, kUnwritten);
  struct Check final : ParagraphReader {
    Check(const std::vector<TokenFact>& f, const std::vector<TokenFact>& p, const Document& d) : facts(f), plain(p), doc(d) {}
    void read(const Paragraph& p) override {
      ASSERT_LT(handed, doc.paragraphs.size());
      EXPECT_EQ(p.tok_begin, doc.paragraphs[handed].tok_begin) << "paragraphs in text order, each once";
      ++handed;
      const auto n = static_cast<std::uint32_t>(plain.size());
      const std::uint32_t final_to = std::min(p.tok_end + kFactsReadAhead, n);
      for (std::uint32_t i = 0; i < final_to; ++i)
        EXPECT_TRUE(same(facts[i], plain[i])) << "token " << i << " (" << doc.token_text(i) << ") when paragraph "
                                              << handed - 1 << " was handed over";
    }
    const std::vector<TokenFact>& facts;
    const std::vector<TokenFact>& plain;
    const Document& doc;
    std::size_t handed = 0;
  } check(facts, plain, doc);
  NameMarks marks;  // an earlier document's
  marks.blind.assign(n / 64 + 4, ~std::uint64_t{0});
  marks.caps.assign(n + 4, CapStart{1, 1, 1, 1});
  compute_token_facts(doc, *lex, words, facts, marks, check);
  EXPECT_EQ(check.handed, doc.paragraphs.size());
  ASSERT_EQ(facts.size(), plain.size());
  for (std::uint32_t i = 0; i < n; ++i) EXPECT_TRUE(same(facts[i], plain[i])) << "token " << i;
  // The map holds the words of the paragraphs whose capitals say nothing, as their facts say, the
  // headline's rewritten facts included.
  for (std::uint32_t i = 0; i < n; ++i)
    EXPECT_EQ(name_like_at(marks.blind.data(), i), plain[i].blind() && plain[i].name_like()) << "token " << i;
  // And the walk over it stops where a walk over the facts does, from anywhere to anywhere.
  const auto next_blind_word = [&](std::uint32_t k, std::uint32_t end) {
    while (k < end && !(plain[k].blind() && plain[k].name_like())) ++k;
    return k;
  };
  for (std::uint32_t begin = 0; begin <= n; ++begin) {
    for (std::uint32_t end = begin; end <= n; end += 7)
      ASSERT_EQ(next_name_like(marks.blind.data(), begin, end), next_blind_word(begin, end)) << begin << ".." << end;
  }
  // Every capitalized word is listed with its first bytes and its folded text, in text order, and no
  // other token; where capitals say something, those are the name-like words.
  std::size_t c = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!plain[i].blind()) EXPECT_EQ(plain[i].name_like(), plain[i].cap()) << "token " << i;
    if (!plain[i].cap()) continue;
    ASSERT_LT(c, marks.caps.size()) << "token " << i;
    EXPECT_EQ(marks.caps[c].token, i);
    EXPECT_EQ(marks.caps[c].bytes, NameStarts::first_bytes(doc.fold(i))) << doc.token_text(i);
    EXPECT_EQ(marks.caps[c].fold, doc.tokens.list[i].fold) << doc.token_text(i);
    EXPECT_EQ(marks.caps[c].fold_len, doc.tokens.list[i].fold_len) << doc.token_text(i);
    ++c;
  }
  EXPECT_EQ(c, marks.caps.size());
}

TEST(EntitiesTokenFactsReader, AScanRightBehindTheWriterFindsWhatAScanAfterItFinds) {
  const auto lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const auto t = testing::make_doc(kText, /*headline_first=*/true);
  const Document& doc = t->doc;

  std::vector<TokenFact> after_facts;
  compute_token_facts(doc, *lex, words, after_facts);
  MentionFinder::Buffers after_buffers;
  MentionFinder after(doc, *lex, after_facts, after_buffers);
  after.find();
  const testing::ScanResult expected = testing::ScanResult::of(after);
  ASSERT_GE(expected.candidates.size(), 10u);

  std::vector<TokenFact> facts(after_facts.size() + 64, kUnwritten);
  MentionFinder::Buffers buffers;
  MentionFinder behind(doc, *lex, facts, buffers);
  behind.begin();
  NameMarks marks;
  compute_token_facts(doc, *lex, words, facts, marks, behind);
  const std::vector<Candidate>& found = behind.candidates();

  testing::expect_same_scan(testing::ScanResult::of(behind), expected, doc);
  // What the grouping takes from the candidate instead of the tokens and their facts.
  for (const Candidate& c : found) {
    EXPECT_EQ(c.text_start, doc.tokens.list[c.begin].start);
    EXPECT_EQ(c.text_end, doc.tokens.list[c.end - 1].end);
    EXPECT_EQ(c.clear, !after_facts[c.begin].blind());
  }
  // The headline's capitals say nothing: some candidate there is not clear.
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const Candidate& c) { return !c.clear; }));
}

}  // namespace
}  // namespace warta::detail
