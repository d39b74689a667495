// The lexicon's ASCII fast path must split and fold exactly like the document tokenizer, or
// names would silently stop matching.
#include <gtest/gtest.h>

#include "lexicon/ascii_tokens.hpp"
#include "text/token.hpp"

namespace warta::detail {
namespace {

std::vector<std::string> by_tokenizer(std::string_view s) {
  Tokens toks;
  tokenize(s, 0, static_cast<std::uint32_t>(s.size()), toks);
  std::vector<std::string> out;
  for (const Token& t : toks.list) out.emplace_back(toks.fold_of(t));
  return out;
}

TEST(LexiconAsciiTokens, SplitsLikeTheTokenizer) {
  const char* cases[] = {"Kim Jong-un", "St. John's", "U.S.", "G20", "1News", "Kompas.com", "Rp77,3 triliun",
                         "19/6/2024", "Jum'at", "rock 'n' roll", "A-", "-X", "PT. Bina  Karya\tSamudra",
                         "O'Neill-Smith", "3'5", "Ras al-Khaimah", "AT&T", "(BNPB)", "Jl. Sudirman No. 1",
                         "1.000.000", "ke-43", "x\x01y"};
  for (const char* c : cases) {
    std::string folded;
    std::vector<std::string_view> fast;
    ASSERT_TRUE(fold_ascii_tokens(c, folded, fast)) << c;
    std::vector<std::string> expected = by_tokenizer(c);
    ASSERT_EQ(fast.size(), expected.size()) << c;
    for (std::size_t k = 0; k < fast.size(); ++k) EXPECT_EQ(fast[k], expected[k]) << c;
  }
}

TEST(LexiconAsciiTokens, DeclinesNonAscii) {
  std::string folded;
  std::vector<std::string_view> out;
  EXPECT_FALSE(fold_ascii_tokens("Erdoğan", folded, out));
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace warta::detail
