// Name keys decide which mentions are one entity. The quick paths (a lexicon name's key without
// fold_text when it is ASCII, a span's key from its tokens) must give the key of the folded text.
#include <gtest/gtest.h>

#include <string>

#include "entities/token_facts.hpp"
#include "text/token.hpp"

namespace warta::detail {
namespace {

TEST(EntitiesNameKeys, TextKeyIsTheKeyOfTheFoldedText) {
  const char* names[] = {"Kim Jong-un", "KIM JONG UN", "St. John's", "U.S.", "Recep Tayyip Erdoğan",
                         "Jum'at", "São Paulo", "Kejaksaan Tinggi Jawa Tengah", "G20", "Ras al-Khaimah",
                         "O’Neill", "ÉCOLE Polytechnique", ""};
  for (const char* n : names) EXPECT_EQ(text_key(n), extend_key(kKeySeed, fold_text(n))) << n;
}

TEST(EntitiesNameKeys, SpellingsOfOneNameShareTheKey) {
  EXPECT_EQ(text_key("Kim Jong-un"), text_key("KIM JONG UN"));
  EXPECT_EQ(text_key("Moon Jae-in"), text_key("Moon Jae In"));
  EXPECT_NE(text_key("Moon Jae-in"), text_key("Moon Jae"));
}

TEST(EntitiesNameKeys, SpanKeyOfTokensIsTheTextKey) {
  Document doc;
  const std::string text = "Kata Presiden Moon Jae-in, \"Kim Jong Un\" datang.";
  doc.text = text;
  tokenize(text, 0, static_cast<std::uint32_t>(text.size()), doc.tokens);
  // Tokens: Kata Presiden Moon Jae-in , " Kim Jong Un " datang .
  EXPECT_EQ(span_key(doc, 2, 4), text_key("Moon Jae-in"));
  EXPECT_EQ(span_key(doc, 6, 9), text_key("Kim Jong Un"));
  EXPECT_EQ(span_key(doc, 5, 10), text_key("Kim Jong Un"));  // punctuation adds nothing
  EXPECT_EQ(token_key(doc, 2), text_key("Moon"));
}

}  // namespace
}  // namespace warta::detail
