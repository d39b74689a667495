// WordClasses' table holds, per word, what the facts writer would otherwise work out per token:
// the lexicon id, whether the word is ordinary (the common-word list, or a derived noun's shape)
// and whether a lexicon path starts with it. Every lexicon word, every one-byte ASCII token and a
// set of made-up words must get from the table exactly what the plain computation gives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/token_facts.hpp"
#include "entities/word_classes.hpp"
#include "entities_test_support.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail {
namespace {

// The fact bits a word brings, worked out from the lexicon as the writer once did per token.
std::uint32_t plain_facts(const Lexicon& lex, std::uint32_t id, std::string_view fold, bool hyphenated) {
  const bool listed = id != kNoToken && lex.is_common_word(id);
  const bool starts = id != kNoToken && lex.step(Lexicon::root(), id) != kNoNode;
  return (listed || ordinary_shape(lex, id, fold, hyphenated) ? fact::common : 0) | (starts ? fact::starts : 0);
}

// The same bits as the writer reads them from the table (a word missing there brings none but its
// shape's).
std::uint32_t table_facts(const Lexicon& lex, const WordClasses& words, std::string_view fold, bool hyphenated,
                          bool lower) {
  const WordEntry* e = words.find(fold, fold_hash(fold));
  if (e == nullptr) return ordinary_shape(lex, kNoToken, fold, hyphenated) ? fact::common : 0;
  std::uint32_t known = lower ? e->facts_lower() : e->facts_other();
  if (hyphenated && (e->facts_other() & WordEntry::kCommonIfHyphenated)) known |= fact::common;
  return known & (fact::common | fact::starts);
}

TEST(EntitiesTokenFactsWords, EveryLexiconWordGetsThePlainAnswer) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  for (std::uint32_t id = 0; id < lex->token_count(); ++id) {
    const std::string_view w = lex->token_text(id);
    if (w.empty()) continue;
    const WordEntry* e = words.find(w, fold_hash(w));
    ASSERT_NE(e, nullptr) << w;
    EXPECT_EQ(e->lex, id) << w;
    if (lex->is_never_name(id)) EXPECT_NE(e->words & wc::not_name, 0u) << w;
    if (lex->is_given_name(id)) EXPECT_NE(e->words & wc::given_name, 0u) << w;
    for (const bool hyphenated : {false, true}) {
      const std::uint32_t plain = plain_facts(*lex, id, w, hyphenated);
      EXPECT_EQ(table_facts(*lex, words, w, hyphenated, false), plain) << w;
      // In lower case only fact::scanned differs.
      EXPECT_EQ(table_facts(*lex, words, w, hyphenated, true), plain) << w;
    }
  }
}

TEST(EntitiesTokenFactsWords, MadeUpWordsGetThePlainAnswer) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const std::vector<std::string> made_up = {
      "perkeretaapian", "kesejahteraanku", "pembangunan", "kebersihan", "pemandian", "pe-an", "kesemua",
      "indonesia-australia", "jakarta-bandung", "asean-china", "foo-bar", "covid-19", "jum'at", "&", "xqzv",
      "pertanggungjawaban", "pertanggungjawabin", "penyelenggaraanx", "a", "zz", "menterii", "ment",
      "abcdefghijkl", "abcdefghijklm", "perumahanrakyat", "kebun-an", "ke-indonesia-an"};
  for (const std::string& w : made_up) {
    const std::uint32_t id = lex->token_id(w);
    const WordEntry* e = words.find(w, fold_hash(w));
    if (id != kNoToken) {
      ASSERT_NE(e, nullptr) << w;
      EXPECT_EQ(e->lex, id) << w;
    } else if (e != nullptr) {
      EXPECT_EQ(e->lex, kNoToken) << w;  // a word only the class lists hold
    }
    for (const bool hyphenated : {false, true}) {
      EXPECT_EQ(table_facts(*lex, words, w, hyphenated, false), plain_facts(*lex, id, w, hyphenated)) << w;
    }
  }
}

TEST(EntitiesTokenFactsWords, WordsDifferingInTheirLastByteAreToldApart) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  for (std::uint32_t id = 0; id < lex->token_count(); ++id) {
    const std::string_view w = lex->token_text(id);
    if (w.empty()) continue;
    // Same length and the same first bytes, only the last one changed: another word, or none.
    // Words of up to 8 bytes are compared in one step, of up to WordEntry::kInline in two, longer
    // ones in the long-key arena.
    std::string other(w);
    other.back() = other.back() == 'q' ? 'x' : 'q';
    const WordEntry* e = words.find(other, fold_hash(other));
    EXPECT_EQ(e == nullptr ? kNoToken : e->lex, lex->token_id(other)) << other;
  }
}

TEST(EntitiesTokenFactsWords, TheEmptyWordIsNotAnEmptySlot) {
  // An empty slot's hash and length are 0: the probe tells it from the empty word by the hash.
  EXPECT_NE(fold_hash(""), 0u);
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  EXPECT_EQ(words.find("", fold_hash("")), nullptr);
}

TEST(EntitiesTokenFactsWords, OneByteTokensGetThePlainAnswer) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  for (unsigned c = 0; c < 128; ++c) {
    const std::string w(1, static_cast<char>(c));
    const std::uint32_t id = lex->token_id(w);
    const WordClasses::Punct p = words.ascii_punct(static_cast<unsigned char>(c));
    EXPECT_EQ(p.lex, id) << c;
    EXPECT_EQ(p.facts, plain_facts(*lex, id, w, false)) << c;
  }
}

TEST(EntitiesTokenFactsWords, DashesColonsAndQuotesOpenASentence) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const auto doc = testing::make_doc(
      "Ia berkata: Rumah itu baru. Ia menjawab \xE2\x80\x94 Kemarin hujan. Lalu \xE2\x80\x93 Besok cerah. "
      "Warga - Pagi ini tenang. Ia menulis ; Sore itu dingin.");
  std::vector<TokenFact> facts;
  compute_token_facts(doc->doc, *lex, words, facts);
  const auto fact_of = [&](std::string_view text) {
    for (std::uint32_t i = 0; i < doc->doc.tokens.list.size(); ++i) {
      if (doc->doc.token_text(i) == text) return facts[i];
    }
    ADD_FAILURE() << "no token " << text;
    return TokenFact{};
  };
  EXPECT_TRUE(fact_of("Rumah").initial());
  EXPECT_TRUE(fact_of("Kemarin").initial());
  EXPECT_TRUE(fact_of("Besok").initial());
  EXPECT_TRUE(fact_of("Pagi").initial());
  EXPECT_FALSE(fact_of("Sore").initial());  // a semicolon opens nothing
}

TEST(EntitiesTokenFactsWords, HyphenatedNamesAreOrdinaryOnlyAsOneToken) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  const auto doc = testing::make_doc("Kemitraan Indonesia-Australia dibahas di Kantor Kesehatan kota itu.");
  std::vector<TokenFact> facts;
  compute_token_facts(doc->doc, *lex, words, facts);
  for (std::uint32_t i = 0; i < doc->doc.tokens.list.size(); ++i) {
    const Token& t = doc->doc.tokens.list[i];
    if (t.kind == TokenKind::punct) continue;
    const std::string_view fold = doc->doc.fold(i);
    const std::uint32_t id = lex->token_id(fold);
    const bool plain_common = (id != kNoToken && lex->is_common_word(id)) ||
                              ordinary_shape(*lex, id, fold, t.has(tokflag::hyphenated));
    EXPECT_EQ(facts[i].common(), plain_common) << fold;
  }
}

// A token's facts as the writer once worked them out, one flag test at a time (its fact::initial,
// set by the sentence, and the marks of a paragraph whose capitals say nothing left aside).
TokenFact plain_token_fact(const Lexicon& lex, const WordClasses& words, const Document& doc, std::uint32_t i) {
  const Token& t = doc.tokens.list[i];
  const std::string_view fold = doc.fold(i);
  const bool hyphenated = t.has(tokflag::hyphenated);
  const std::uint32_t id = lex.token_id(fold);
  if (t.kind == TokenKind::punct) return TokenFact{id, 0, plain_facts(lex, id, fold, hyphenated)};
  const WordEntry* e = words.find(fold, fold_hash(fold));
  std::uint32_t known = 0;
  if (e != nullptr) {
    known = t.has(tokflag::lower_initial) ? e->facts_lower() : e->facts_other();
    if (hyphenated && (e->facts_other() & WordEntry::kCommonIfHyphenated)) known |= fact::common;
  } else if (ordinary_shape(lex, kNoToken, fold, hyphenated)) {
    known = fact::common;
  }
  std::uint32_t bits = known & (fact::starts | fact::common);
  if (t.kind == TokenKind::word || t.has(tokflag::cap_initial | tokflag::lower_initial)) {
    bits |= fact::word | (known & fact::scanned);
    if (t.has(tokflag::cap_initial | tokflag::all_caps) || t.kind == TokenKind::number)
      bits |= fact::cap | fact::name_like | fact::scanned;
    bool lower_ascii = false;
    for (const char c : doc.token_text(i)) lower_ascii = lower_ascii || (c >= 'a' && c <= 'z');
    if (!t.has(tokflag::lower_initial) && (t.has(tokflag::all_caps) || !lower_ascii)) bits |= fact::upper;
  }
  return TokenFact{id, e == nullptr ? 0 : e->words, bits};
}

TEST(EntitiesTokenFactsWords, EveryTokenGetsThePlainFacts) {
  const std::shared_ptr<const Lexicon> lex = testing::builtin_lexicon();
  const WordClasses words(*lex);
  // Every kind of token and case the writer tells apart: lower case, capitalized, all caps, one
  // letter, a digit first, no letter first, letters beyond ASCII, hyphens, punctuation.
  const auto doc = testing::make_doc(
      "Kemarin KPK memeriksa G20 di kota itu, kata juru bicara Presiden Joko Widodo (Jokowi).\n"
      "PRESIDEN TIBA DI JAKARTA UNTUK KUNJUNGAN KERJA\n"
      "presiden jokowi mengatakan pemerintah siap membantu warga di jakarta\n"
      "1News, 9GAG, A, B-52, iPhone, eBay, McDonald, \xC3\x89" "COLE, \xC3\x89\xC3\xA9, \xC3\x89" "a, Erdo\xC4\x9F" "an, Jum'at, "
      "ke-43, Rp77,3, 2024, 1.000, 19/6/2024 & 'Ahmad' \xE2\x80\x9CKami\xE2\x80\x9D \xE2\x80\x94 Indonesia-Australia, "
      "indonesia-australia, Jakarta-Bandung, kesehatan, Perumahan, pertanggungjawaban, Pertanggungjawaban.");
  std::vector<TokenFact> facts;
  compute_token_facts(doc->doc, *lex, words, facts);
  ASSERT_EQ(facts.size(), doc->doc.tokens.list.size());
  int blind = 0;
  for (std::uint32_t i = 0; i < facts.size(); ++i) {
    TokenFact plain = plain_token_fact(*lex, words, doc->doc, i);
    if (facts[i].blind()) {
      ++blind;
      plain.bits |= fact::blind | (plain.word() ? fact::name_like | fact::scanned : 0);
    }
    EXPECT_EQ(facts[i].lex, plain.lex) << doc->doc.token_text(i);
    EXPECT_EQ(facts[i].words, plain.words) << doc->doc.token_text(i);
    EXPECT_EQ(facts[i].bits & ~fact::initial, plain.bits) << doc->doc.token_text(i);
  }
  EXPECT_GT(blind, 0);  // the headline in capitals and the paragraph in lower case
}

}  // namespace
}  // namespace warta::detail
