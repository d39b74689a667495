// Linear time: a body full of quotation marks and cues, ten times larger, takes about ten times as
// long; a single huge paragraph with unbalanced marks is read in bounded scans.
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>

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

// Processor time, best of three: on a shared machine the wall clock also counts the time slices
// other processes take, and the faster the finder gets, the more one such stall weighs against the
// small article's time.
double seconds_to_find(const Article& a, std::size_t& found) {
  double best = 1e300;
  for (int run = 0; run < 3; ++run) {
    const std::clock_t t0 = std::clock();
    found = attributions(a).size();
    best = std::min(best, static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC);
  }
  return best;
}

TEST(AttributionsScaling, TenTimesTheTextTakesAboutTenTimesAsLong) {
  for (bool one_paragraph : {false, true}) {
    auto small = article(noisy_body(1u << 20, one_paragraph));
    auto large = article(noisy_body(10u << 20, one_paragraph));
    std::size_t n_small = 0, n_large = 0;
    double t_small = seconds_to_find(*small, n_small);
    double t_large = seconds_to_find(*large, n_large);
    EXPECT_GT(n_small, 0u);
    EXPECT_GT(n_large, 5 * n_small);
    // ~10x expected; the margin absorbs timer noise on a shared machine.
    EXPECT_LT(t_large, 16 * t_small + 0.05) << "one_paragraph=" << one_paragraph << " small " << t_small
                                            << "s large " << t_large << "s";
  }
}

}  // namespace
}  // namespace warta::detail::attributions_testing
