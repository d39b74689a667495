// The mention finder knows the punctuation marks it looks for (",", "(", ")", ".", "-") by the hash
// their tokens carry and a text of one byte, not by reading the text: that must say what the text
// says for every token the tokenizer makes.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "entities/mention_finder.hpp"
#include "entities_test_support.hpp"

namespace warta::detail::testing {
namespace {

TEST(EntityMentionPunct, EveryAsciiByteHasAHashOfItsOwn) {
  std::set<std::uint32_t> seen;
  for (int b = 0; b < 128; ++b) {
    const char c = static_cast<char>(b);
    EXPECT_EQ(punct_hash(c), fold_hash(std::string_view(&c, 1))) << b;
    seen.insert(punct_hash(c));
  }
  EXPECT_EQ(seen.size(), 128u);
}

TEST(EntityMentionPunct, TheHashSaysWhatTheTextSays) {
  // ASCII marks, marks beyond ASCII that may fold to ASCII ones (full-width comma and parentheses,
  // a small full stop), quotes and dashes.
  auto t = make_doc(
      "Kepala BNPB, Suharyanto (kanan), dan A. Rahman-Putra tiba di Jl. Sudirman. "
      "Ketua KPK\xEF\xBC\x8C Budi \xEF\xBC\x88" "BNPB\xEF\xBC\x89 \xEF\xB9\x92 \xE2\x80\x9C" "Roy\xE2\x80\x9D \xE2\x80\x94 "
      "tim (U-23) \"Garuda\" ; ! ? ... 'a' [b] {c} / & % + = * # @ $ ^ ~ ` | < > \\");
  const Document& doc = t->doc;
  ASSERT_GT(doc.tokens.list.size(), 40u);
  int marks = 0;
  for (std::size_t i = 0; i < doc.tokens.list.size(); ++i) {
    const Token& tok = doc.tokens.list[i];
    if (tok.kind != TokenKind::punct) continue;
    const std::string_view text = doc.token_text(i);
    for (const char mark : std::string_view(",().-")) {
      const bool by_hash = tok.end - tok.start == 1 && tok.hash == punct_hash(mark);
      EXPECT_EQ(by_hash, text == std::string_view(&mark, 1)) << text << " / " << mark;
      marks += by_hash ? 1 : 0;
    }
  }
  EXPECT_GE(marks, 10);
}

TEST(EntityMentionPunct, ParenthesesAfterANameHoldItsShortForm) {
  auto ascii = make_doc("Petugas Badan Nasional Penanggulangan Bencana (BNPB) tiba di lokasi.");
  EntityTable table = recognize(*ascii);
  const EntityRecord* agency = entity_of(*ascii, table, "Badan Nasional Penanggulangan Bencana");
  ASSERT_NE(agency, nullptr);
  const EntityRecord* short_form = entity_of(*ascii, table, "BNPB");
  EXPECT_EQ(short_form, agency);
}

}  // namespace
}  // namespace warta::detail::testing
