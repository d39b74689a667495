// The per-token facts the entity stage reads everywhere: lexicon ids, word classes, shape flags,
// sentence starts, the marks the passes jump between, and paragraphs whose capitals say nothing.
#include <gtest/gtest.h>

#include <string_view>

#include "entities/token_facts.hpp"
#include "entities/word_classes.hpp"
#include "entities_test_support.hpp"

namespace warta::detail {
namespace {

struct Facts {
  std::unique_ptr<testing::TestDoc> doc;
  std::vector<TokenFact> facts;
};

Facts facts_of(std::string text, bool headline_first = false) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  Facts f;
  f.doc = testing::make_doc(std::move(text), headline_first);
  compute_token_facts(f.doc->doc, *lex, words, f.facts);
  return f;
}

// The index of the first token written `text`.
std::uint32_t token_at(const Facts& f, std::string_view text) {
  const Document& doc = f.doc->doc;
  for (std::uint32_t i = 0; i < doc.tokens.list.size(); ++i) {
    if (doc.token_text(i) == text) return i;
  }
  ADD_FAILURE() << "no token " << text;
  return 0;
}

TEST(EntitiesTokenFacts, LexiconIdsAndFirstStepsAreTheLexicons) {
  const Facts f = facts_of("Presiden Joko Widodo (Jokowi) tiba di Jakarta, kata juru bicara.");
  const Lexicon& lex = *testing::builtin_lexicon();
  const Document& doc = f.doc->doc;
  ASSERT_EQ(f.facts.size(), doc.tokens.list.size());
  for (std::uint32_t i = 0; i < doc.tokens.list.size(); ++i) {
    const std::uint32_t id = lex.token_id(doc.fold(i));
    EXPECT_EQ(f.facts[i].lex, id) << doc.token_text(i);
    EXPECT_EQ(f.facts[i].starts(), lex.step(Lexicon::root(), id) != kNoNode) << doc.token_text(i);
  }
  // Punctuation (its id read from the one-byte table) carries no word classes.
  EXPECT_EQ(f.facts[token_at(f, "(")].words, 0u);
  EXPECT_EQ(f.facts[token_at(f, ",")].words, 0u);
  EXPECT_TRUE(f.facts[token_at(f, "Joko")].starts());
  EXPECT_TRUE(f.facts[token_at(f, "kata")].words & wc::person_before);
  EXPECT_TRUE(f.facts[token_at(f, "di")].words & wc::place_before);
}

TEST(EntitiesTokenFacts, ShapesAndSentenceStarts) {
  const Facts f = facts_of("Kemarin KPK memeriksa G20 di kota itu. Ia berkata: \"Kami siap.\"");
  const TokenFact& kemarin = f.facts[token_at(f, "Kemarin")];
  EXPECT_TRUE(kemarin.word() && kemarin.cap() && kemarin.initial() && !kemarin.upper());
  const TokenFact& kpk = f.facts[token_at(f, "KPK")];
  EXPECT_TRUE(kpk.word() && kpk.cap() && kpk.upper() && !kpk.initial());
  const TokenFact& g20 = f.facts[token_at(f, "G20")];
  EXPECT_TRUE(g20.word() && g20.cap() && g20.upper());
  const TokenFact& memeriksa = f.facts[token_at(f, "memeriksa")];
  EXPECT_TRUE(memeriksa.word() && !memeriksa.cap() && !memeriksa.upper() && !memeriksa.initial());
  EXPECT_TRUE(f.facts[token_at(f, "Ia")].initial());       // a new sentence
  EXPECT_TRUE(f.facts[token_at(f, "Kami")].initial());     // after a colon and a quote
  EXPECT_FALSE(f.facts[token_at(f, "\"")].word());
}

TEST(EntitiesTokenFacts, MarksSayWhereThePassesStop) {
  const Facts f = facts_of("para pejabat bertemu Ahmad Dahlan di kota Semarang kemarin");
  const TokenFact* facts = f.facts.data();
  const auto n = static_cast<std::uint32_t>(f.facts.size());
  const std::uint32_t ahmad = token_at(f, "Ahmad"), semarang = token_at(f, "Semarang");
  // Capitalized words are name_like; lower-case ones are not.
  EXPECT_EQ(next_marked(facts, 0, n, fact::name_like), ahmad);
  EXPECT_EQ(next_marked(facts, ahmad + 1, n, fact::name_like), ahmad + 1);  // Dahlan
  EXPECT_EQ(next_marked(facts, ahmad + 2, n, fact::name_like), semarang);
  EXPECT_EQ(next_marked(facts, semarang + 1, n, fact::name_like), n);
  // The scan also stops at "kota", a unit word that may be part of a place's mention.
  EXPECT_TRUE(f.facts[token_at(f, "kota")].bits & fact::scanned);
  EXPECT_FALSE(f.facts[token_at(f, "kota")].name_like());
  EXPECT_FALSE(f.facts[token_at(f, "bertemu")].bits & fact::scanned);
  EXPECT_EQ(next_marked(facts, 0, ahmad, fact::name_like), ahmad);  // `end` when none before it
}

TEST(EntitiesTokenFacts, LowerCaseWordsStopTheScanOnlyWhereATitleStarts) {
  const Facts f = facts_of("Ahmad Dahlan tiba di jakarta bersama wakil presiden dari Jakarta kemarin");
  // "jakarta" starts a lexicon name, but a name in lower case is read only where capitals say
  // nothing; "wakil" starts a title ("wakil presiden"), which may be written in lower case.
  const TokenFact& lower_name = f.facts[token_at(f, "jakarta")];
  EXPECT_TRUE(lower_name.starts());
  EXPECT_FALSE(lower_name.blind());
  EXPECT_FALSE(lower_name.bits & fact::scanned);
  EXPECT_TRUE(f.facts[token_at(f, "wakil")].bits & fact::scanned);
  EXPECT_TRUE(f.facts[token_at(f, "Jakarta")].bits & fact::scanned);
}

TEST(EntitiesTokenFacts, NamePartsAreTheWordsThatMayNameAPersonAlone) {
  const Facts f = facts_of("Kata Pak Muhammad bin Salman kepada presiden dan Z Dahlan, kemarin.");
  const Document& doc = f.doc->doc;
  const auto part = [&](std::string_view text) {
    const std::uint32_t i = token_at(f, text);
    return name_part(f.facts[i], doc.tokens.list[i]);
  };
  EXPECT_TRUE(part("Muhammad"));
  EXPECT_TRUE(part("Salman"));
  EXPECT_TRUE(part("Dahlan"));
  EXPECT_FALSE(part("Pak"));       // an honorific
  EXPECT_FALSE(part("bin"));       // a particle inside names
  EXPECT_FALSE(part("presiden"));  // an ordinary word
  EXPECT_FALSE(part("Z"));         // one letter
  EXPECT_FALSE(part(","));
}

TEST(EntitiesTokenFacts, CapitalsSayNothingInLowerCaseText) {
  const Facts f = facts_of("presiden jokowi mengatakan pemerintah siap membantu warga");
  for (const TokenFact& t : f.facts) {
    EXPECT_TRUE(t.blind());
    EXPECT_TRUE(t.name_like());  // every word may be a name there
  }
}

TEST(EntitiesTokenFacts, RunningTextWithSomeCapitalizedWordsIsRead) {
  // Capitalized ordinary words ("Kepala", "Dinas", "Kesehatan") among many lower-case ones: the
  // capitals say something, however early the test gives up walking the paragraph.
  const Facts f = facts_of(
      "Kemarin Kepala Dinas Kesehatan Kota Semarang meminta warga yang sakit segera datang ke rumah "
      "sakit terdekat dan tidak menunggu lama di rumah masing-masing karena penyakit itu menular.");
  for (const TokenFact& t : f.facts) EXPECT_FALSE(t.blind());
}

}  // namespace
}  // namespace warta::detail
