// Odd input never fails the stage: random mixes of quotation marks, cues, pronouns, commas and
// names always give attributions whose spans lie inside the text and inside one reading of it.
#include <gtest/gtest.h>

#include <cstdint>

#include "attributions_test_util.hpp"

namespace warta::detail::attributions_testing {
namespace {

// A small deterministic generator (xorshift), so a failure reproduces.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

TEST(AttributionsRobustness, RandomMarksAndCuesKeepSpansValid) {
  static const char* kWords[] = {
      "\"", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", ",", ",", ".", ":", "(", ")", "kata", "ujarnya", "menurut",
      "Menurut", "mengatakan", "bahwa", "dilansir", "dari", "seperti", "dikutip", "ia", "Ia", "dia", "mereka",
      "Hal", "itu", "disampaikan", "Budi", "Santoso", "Reuters", "Presiden", "Kepala", "Negara", "tidak",
      "membantah", "juga", "sementara", "di", "akun", "Instagram-nya", "harga", "naik", "akan", "Senin", "(3/3)",
      "dr.", "menyebut", "sebagai", "yang", "meminta", "agar", "warga", "\xC2\xAB", "\xC2\xBB"};
  constexpr std::size_t kCount = sizeof(kWords) / sizeof(kWords[0]);
  Rng rng{0x9E3779B97F4A7C15ull};
  for (int round = 0; round < 300; ++round) {
    std::vector<Para> paras;
    std::size_t n_paras = 1 + rng.below(5);
    for (std::size_t p = 0; p < n_paras; ++p) {
      std::string text;
      std::size_t n_words = 1 + rng.below(40);
      for (std::size_t w = 0; w < n_words; ++w) {
        if (!text.empty() && rng.below(4) != 0) text += ' ';
        text += kWords[rng.below(kCount)];
      }
      paras.push_back(p == 0 && rng.below(3) == 0 ? headline(text) : body(text));
    }
    auto a = article(paras, {person("Budi Santoso"), media("Reuters"),
                             person("Joko Widodo", {"Presiden"}, {"Presiden"}, {"head_of_state"})});
    std::vector<Attribution> r;
    ASSERT_NO_THROW(r = attributions(*a)) << "round " << round;
    for (const Attribution& x : r) {
      EXPECT_LT(x.content.span.start, x.content.span.end) << "round " << round;
      EXPECT_LE(x.content.span.end, a->text.size()) << "round " << round;
      EXPECT_EQ(x.content.text, a->text.substr(x.content.span.start, x.content.span.end - x.content.span.start));
      if (x.source_span) EXPECT_LE(x.source_span->end, a->text.size());
      if (x.source) EXPECT_LT(static_cast<std::size_t>(*x.source), a->entities.entities.size());
      if (x.via) EXPECT_LT(static_cast<std::size_t>(*x.via), a->entities.entities.size());
    }
  }
}

TEST(AttributionsRobustness, EmptyAndMarkOnlyDocuments) {
  EXPECT_TRUE(attributions(*article({})).empty());
  EXPECT_TRUE(attributions(*article({body("\"")})).empty());
  EXPECT_TRUE(attributions(*article({body("\"\"\"\""), body("\xE2\x80\x9D\xE2\x80\x9C"), headline(":")})).empty());
}

}  // namespace
}  // namespace warta::detail::attributions_testing
