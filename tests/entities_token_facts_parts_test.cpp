// compute_token_facts hands a long paragraph to its reader in parts (read_part) as the facts are
// written, before the paragraph's capitals are judged; the mention scan reads it right behind the
// writer. What the reader sees of each part must be final, and the scan in parts must find what one
// scan of the whole paragraph finds: also when the paragraph turns out a headline (its capitals
// say nothing) only at its end, and the scan in parts has to start over.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/mention_finder.hpp"
#include "entities/token_facts.hpp"
#include "entities/word_classes.hpp"
#include "entities_test_support.hpp"

namespace warta::detail {
namespace {

// Running text of every kind the scan knows: lexicon names, titles and the names after them,
// head words, acronyms defined in parentheses, unit words, quotes, lists and a sentence in lower
// case.
const char* const kRunning[] = {
    "Presiden Joko Widodo meninjau proyek bendungan di Kabupaten Bogor, Jawa Barat, pada Senin (12/6/2023). ",
    "Menurut Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto, banjir merendam 120 rumah warga. ",
    "\"Kami terus memantau situasi di lapangan,\" kata Suharyanto kepada wartawan di Jakarta. ",
    "Warga desa Kramas dan kecamatan Gabus mengungsi ke Stadion Manahan sejak kemarin malam. ",
    "Sementara itu, Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri China Wang Yi di Beijing. ",
    "Airlangga Hartarto, Sri Mulyani, Erick Thohir dan Budi Gunadi Sadikin ikut hadir dalam rapat itu. ",
    "Ketua KPK Firli Bahuri menyatakan penyidikan kasus tersebut masih berjalan. ",
    "harga beras di pasar tradisional naik sekitar lima persen dalam sepekan terakhir. ",
    "Pelatih Persib Bandung, Luis Milla, mengatakan timnya siap menghadapi PSMS Medan di Stadion Gelora Bandung Lautan Api. ",
};
// A headline's words: the ordinary words capitalized too.
constexpr const char* kTitleCase =
    "Presiden Jokowi Resmikan Bendungan Baru Di Kabupaten Bogor Dan Tinjau Rumah Warga Yang Terdampak Banjir Besar ";
constexpr const char* kLowerCase = "warga kampung itu bergotong royong memperbaiki jalan yang rusak akibat hujan deras semalam. ";

// One line (one paragraph) of `count` sentences of running text, then `title_case` headline
// phrases, then a second, short paragraph.
std::string long_line(int count, int title_case = 0) {
  std::string text;
  for (int k = 0; k < count; ++k) text += kRunning[k % std::size(kRunning)];
  for (int k = 0; k < title_case; ++k) text += kTitleCase;
  text += "\nBogor, 12 Juni 2023. Wali Kota Bogor Bima Arya hadir.";
  return text;
}

std::string lower_line(int count) {
  std::string text;
  for (int k = 0; k < count; ++k) text += kLowerCase;
  return text + "\nBima Arya di Bogor.";
}

bool same(const TokenFact& a, const TokenFact& b) { return a.lex == b.lex && a.words == b.words && a.bits == b.bits; }

// Does `seen`, handed over before its paragraph's capitals are judged, hold the final facts but
// the judgement's? Judged blind, a paragraph's tokens are marked fact::blind, and its words
// name-like and scanned besides.
bool same_unjudged(const TokenFact& seen, const TokenFact& fin) {
  if (seen.blind()) return false;
  const std::uint32_t judged = fin.blind() ? fact::blind | fact::name_like | fact::scanned : 0;
  return seen.lex == fin.lex && seen.words == fin.words && (seen.bits & ~judged) == (fin.bits & ~judged);
}

// Checks that every part handed over shows the final facts (but for the capitals' judgement) of
// the tokens it may read, and counts the parts.
struct PartCheck final : ParagraphReader {
  PartCheck(const std::vector<TokenFact>& f, const std::vector<TokenFact>& fin, const Document& d)
      : facts(f), final_facts(fin), doc(d) {}
  void read(const Paragraph& p) override {
    EXPECT_TRUE(in_parts == nullptr || in_parts == &p) << "the paragraph read in parts is read whole next";
    in_parts = nullptr;
    const auto end = std::min<std::uint32_t>(p.tok_end + kFactsReadAhead, static_cast<std::uint32_t>(facts.size()));
    for (std::uint32_t i = 0; i < end; ++i) ASSERT_TRUE(same(facts[i], final_facts[i])) << "token " << i;
  }
  void read_part(const Paragraph& p, std::uint32_t upto) override {
    EXPECT_TRUE(in_parts == nullptr || in_parts == &p);
    EXPECT_GT(upto, in_parts == nullptr ? p.tok_begin : last_upto) << "parts in text order";
    EXPECT_LE(upto + kPartReadAhead, p.tok_end) << "a part's read-ahead stays in its paragraph";
    in_parts = &p;
    last_upto = upto;
    ++parts;
    for (std::uint32_t i = 0; i < p.tok_begin; ++i) ASSERT_TRUE(same(facts[i], final_facts[i])) << "token " << i;
    for (std::uint32_t i = p.tok_begin; i < upto + kPartReadAhead; ++i)
      ASSERT_TRUE(same_unjudged(facts[i], final_facts[i])) << "token " << i << " (" << doc.token_text(i) << ") in the part to " << upto;
  }
  const std::vector<TokenFact>& facts;
  const std::vector<TokenFact>& final_facts;
  const Document& doc;
  const Paragraph* in_parts = nullptr;
  std::uint32_t last_upto = 0;
  int parts = 0;
};

// The parts a paragraph of `n` tokens is handed over in.
int expected_parts(std::uint32_t n) {
  int parts = 0;
  for (std::uint32_t upto = kFactsPart; n > kFactsPart && upto + kPartReadAhead < n; upto += kFactsPart) ++parts;
  return parts;
}

// `first_blind`: the first paragraph's capitals say nothing.
void expect_final_parts(const std::string& text, bool first_blind) {
  const auto lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const auto t = testing::make_doc(text);
  const Document& doc = t->doc;
  std::vector<TokenFact> final_facts;
  compute_token_facts(doc, *lex, words, final_facts);
  std::vector<TokenFact> facts(final_facts.size() + 64, TokenFact{~0u, ~0u, ~0u});
  PartCheck check(facts, final_facts, doc);
  NameMarks marks;
  compute_token_facts(doc, *lex, words, facts, marks, check);
  ASSERT_GE(doc.paragraphs.size(), 1u);
  const Paragraph& p = doc.paragraphs[0];
  EXPECT_EQ(check.parts, expected_parts(p.tok_end - p.tok_begin));
  EXPECT_GE(check.parts, 2);
  EXPECT_EQ(final_facts[p.tok_begin].blind(), first_blind);
}

TEST(EntitiesTokenFactsParts, ALongParagraphIsHandedOverInPartsOfFinalFacts) {
  expect_final_parts(long_line(1200), /*first_blind=*/false);
}

// The scan of the first paragraph in parts, behind the writer, against find() after all facts are
// written (a whole paragraph at a time).
void expect_same_candidates(const std::string& text, bool first_blind) {
  const auto lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const auto t = testing::make_doc(text);
  const Document& doc = t->doc;
  ASSERT_GT(doc.paragraphs[0].tok_end - doc.paragraphs[0].tok_begin, kFactsPart + kPartReadAhead);

  std::vector<TokenFact> after_facts;
  compute_token_facts(doc, *lex, words, after_facts);
  ASSERT_EQ(after_facts[doc.paragraphs[0].tok_begin].blind(), first_blind);
  MentionFinder::Buffers after_buffers;
  MentionFinder after(doc, *lex, after_facts, after_buffers);
  after.find();
  const testing::ScanResult expected = testing::ScanResult::of(after);
  ASSERT_GE(expected.candidates.size(), 100u);

  std::vector<TokenFact> facts;
  MentionFinder::Buffers buffers;
  MentionFinder behind(doc, *lex, facts, buffers);
  behind.begin();
  NameMarks marks;
  compute_token_facts(doc, *lex, words, facts, marks, behind);
  testing::expect_same_scan(testing::ScanResult::of(behind), expected, doc);
}

TEST(EntitiesTokenFactsParts, AScanInPartsFindsWhatOneScanOfTheParagraphFinds) {
  expect_same_candidates(long_line(1200), /*first_blind=*/false);
}

TEST(EntitiesTokenFactsParts, AHeadlineInPartsIsScannedAgainAsOne) {
  expect_final_parts(long_line(0, 600), /*first_blind=*/true);
  expect_same_candidates(long_line(0, 600), /*first_blind=*/true);
}

TEST(EntitiesTokenFactsParts, AParagraphThatTurnsOutAHeadlineAtItsEndIsScannedAgainAsOne) {
  // Running text for more than a part, then enough Title Case to outweigh it.
  const std::string text = long_line(400, 2000);
  expect_final_parts(text, /*first_blind=*/true);
  expect_same_candidates(text, /*first_blind=*/true);
}

TEST(EntitiesTokenFactsParts, AParagraphAllInLowerCaseIsHandedOverInPartsBeforeItsJudgement) {
  expect_final_parts(lower_line(900), /*first_blind=*/true);
}

}  // namespace
}  // namespace warta::detail
