// Related-link lists: a bare "Baca Juga" label heads one link title per line, up to a blank line.
#include <gtest/gtest.h>

#include <string>

#include "warta/engine.hpp"

namespace {

TEST(LayoutRelated, BareLabelTakesTheLinkTitlesBelowIt) {
  const std::string text =
      "Menlu Bertemu Mitra dari Jepang\n"
      "Liputan6.com, Tokyo - Menteri Luar Negeri bertemu mitranya di Tokyo pada Senin (3/6/2024).\n"
      "Baca Juga\n"
      "Jepang Siapkan Dana Bantuan untuk Asia Tenggara\n"
      "Tokyo Tuan Rumah Forum Ekonomi Regional\n"
      "\n"
      "Reaksi Kawasan\n"
      "Pertemuan itu disambut baik negara tetangga.\n";
  const warta::Engine engine;
  const warta::Result r = engine.extract({.text = text});
  ASSERT_EQ(r.article.related.size(), 2U);
  EXPECT_EQ(r.article.related[0], "Jepang Siapkan Dana Bantuan untuk Asia Tenggara");
  EXPECT_EQ(r.article.related[1], "Tokyo Tuan Rumah Forum Ekonomi Regional");
  for (const warta::Span& p : r.article.paragraphs) {
    const std::string para = text.substr(p.start, p.end - p.start);
    EXPECT_EQ(para.find("Jepang Siapkan"), std::string::npos) << para;
    EXPECT_EQ(para.find("Forum Ekonomi"), std::string::npos) << para;
  }
  // The subheading after the blank line stays body text.
  bool subheading = false;
  for (const warta::Span& p : r.article.paragraphs) subheading |= text.substr(p.start, p.end - p.start) == "Reaksi Kawasan";
  EXPECT_TRUE(subheading);
}

}  // namespace
