// Scale: a body full of quotation marks and cues, ten times larger, gives ten times the findings,
// also as a single huge paragraph with unbalanced marks. How long it takes is the benchmark's
// business (warta-bench --linearity, "quotes" row), not a timed test's; a quadratic scan would
// still show here as a test that never ends.
#include <gtest/gtest.h>

#include "attributions_test_util.hpp"

namespace warta::detail::attributions_testing {
namespace {

// Paragraphs that exercise every scanner: quotes with and without cues, unbalanced marks, reported
// speech, according-to and outlet phrases, pronouns.
std::vector<Para> noisy_body(std::size_t bytes, bool one_paragraph) {
  static const char* kPieces[] = {
      "\"Kami siap bekerja sama dengan semua pihak,\" kata Budi Santoso di Jakarta. ",
      "Ia mengatakan bahwa harga beras akan turun \"dalam waktu dekat\" menurut dia. ",
      "Menurut seorang pejabat, \"rapat akan digelar lagi, ujar sumber itu. ",
      "Dilansir dari Reuters, pasar saham \"\" naik \" tajam \" pada Senin, kata laporan itu. ",
      "\xE2\x80\x9C\xE2\x80\x9C Warga tidak membantah, \xE2\x80\x9D tegasnya, seperti dikutip AFP. ",
      "Hal itu disampaikan Kepala Dinas kepada wartawan: \"Semua aman.\" ",
  };
  std::vector<Para> out;
  std::string cur;
  std::size_t total = 0, k = 0;
  while (total < bytes) {
    cur += kPieces[k++ % 6];
    if (!one_paragraph && cur.size() > 600) {
      total += cur.size();
      out.push_back(body(std::move(cur)));
      cur.clear();
    } else if (one_paragraph) {
      total = cur.size();
    }
  }
  if (!cur.empty()) out.push_back(body(std::move(cur)));
  return out;
}

TEST(AttributionsScaling, TenTimesTheTextGivesTenTimesTheFindings) {
  for (bool one_paragraph : {false, true}) {
    auto small = article(noisy_body(1u << 20, one_paragraph));
    auto large = article(noisy_body(10u << 20, one_paragraph));
    const std::size_t n_small = attributions(*small).size(), n_large = attributions(*large).size();
    EXPECT_GT(n_small, 0u);
    // The pieces repeat, so the findings do too: nothing lost or invented as the text grows.
    EXPECT_GE(n_large, 9 * n_small) << "one_paragraph=" << one_paragraph;
    EXPECT_LE(n_large, 11 * n_small) << "one_paragraph=" << one_paragraph;
  }
}

}  // namespace
}  // namespace warta::detail::attributions_testing
