// Result assembly maps work-text spans back to the input. A repaired article's work text is its
// input up to the first edit, so spans that end before it are taken as they are; those after it
// must be shifted by what the repair changed. Both sides are checked against the input bytes.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "warta/warta.hpp"

namespace {

// A quotation mark saved as UTF-8, read as Windows-1252 and saved again: three bytes become seven.
constexpr std::string_view kMojibakeOpen = "\xC3\xA2\xE2\x82\xAC\xC5\x93";
constexpr std::string_view kMojibakeClose = "\xC3\xA2\xE2\x82\xAC\xC2\x9D";

// Project-written paragraphs: the first two before the repaired quotation, the last after it.
std::string body_with_a_repair_in_the_middle() {
  std::string body =
      "Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor. Kedua pemimpin "
      "membahas batas laut.\n\n"
      "Menteri Luar Negeri Retno Marsudi hadir dalam pertemuan itu.\n\n";
  body += kMojibakeOpen;
  body += "Kami siap menyelesaikan perundingan,";
  body += kMojibakeClose;
  body += " kata Anwar Ibrahim. Retno Marsudi menyebut pertemuan berikutnya digelar di Kuala Lumpur.";
  return body;
}

std::string_view input_slice(std::string_view input, const warta::Span& s) {
  return input.substr(s.start, s.end - s.start);
}

TEST(ResultSpans, SpansBeforeAndAfterARepairIndexTheInput) {
  const std::string body = body_with_a_repair_in_the_middle();
  const warta::Engine engine;
  const warta::Result r = engine.extract({.text = body, .title = "Jokowi Terima Anwar", .published = "2024-01-08"});
  ASSERT_GT(r.repairs.mojibake_repaired, 0U);
  const std::size_t repair_at = body.find(kMojibakeOpen);

  bool sentence_before = false, sentence_after = false;
  for (const warta::Span& s : r.article.sentences) {
    ASSERT_LE(s.end, body.size());
    const std::string_view text = input_slice(body, s);
    // Every sentence starts where its text is in the input, on either side of the repair.
    EXPECT_EQ(body.find(text.substr(0, 24)), s.start) << text;
    (s.end < repair_at ? sentence_before : sentence_after) = true;
  }
  EXPECT_TRUE(sentence_before);
  EXPECT_TRUE(sentence_after);
  EXPECT_EQ(input_slice(body, r.article.sentences.back()),
            "Retno Marsudi menyebut pertemuan berikutnya digelar di Kuala Lumpur.");

  bool mention_before = false, mention_after = false;
  for (const warta::Entity& e : r.entities) {
    for (const warta::TextSpan& m : e.mentions) {
      EXPECT_EQ(input_slice(body, m.span), m.text);
      (m.span.end < repair_at ? mention_before : mention_after) = true;
    }
  }
  EXPECT_TRUE(mention_before);
  EXPECT_TRUE(mention_after);

  // The quotation's content maps to the repaired bytes and the words around them.
  bool quoted = false;
  for (const warta::Attribution& a : r.attributions) {
    if (a.content.text.find("Kami siap") == std::string::npos) continue;
    quoted = true;
    EXPECT_GE(a.content.span.start, repair_at);
    EXPECT_NE(input_slice(body, a.content.span).find("Kami siap menyelesaikan perundingan"), std::string_view::npos);
  }
  EXPECT_TRUE(quoted);
}

}  // namespace
