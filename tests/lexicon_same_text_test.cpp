// same_text compares words in word-sized steps with overlapping loads; every length and every
// differing position must still be seen.
#include <gtest/gtest.h>

#include <string>

#include "lexicon/same_text.hpp"

namespace warta::detail {
namespace {

TEST(LexiconSameText, SeesADifferenceAtEveryPositionOfEveryLength) {
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'a');
    for (std::size_t k = 0; k < n; ++k) a[k] = static_cast<char>('a' + k % 26);
    const std::string b = a;
    EXPECT_TRUE(same_text(a.data(), b.data(), n)) << n;
    for (std::size_t k = 0; k < n; ++k) {
      std::string c = a;
      c[k] = static_cast<char>(c[k] ^ 0x20);
      EXPECT_FALSE(same_text(a.data(), c.data(), n)) << n << " at " << k;
    }
  }
}

}  // namespace
}  // namespace warta::detail
