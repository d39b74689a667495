// Pathological inputs: each must come back with a correct result or a clear warta::Error, never a
// crash, a hang or a silently truncated text. Sizes follow issue 8; under sanitizers (or with
// WARTA_TEST_SCALE=0.1) they shrink so the suite stays fast. Timing is the benchmark's job
// (warta-bench --linearity), not these tests'.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "warta/warta.hpp"

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr double kSanitizerScale = 0.1;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
constexpr double kSanitizerScale = 0.1;
#else
constexpr double kSanitizerScale = 1.0;
#endif
#else
constexpr double kSanitizerScale = 1.0;
#endif

// `n` scaled by WARTA_TEST_SCALE (default: 1, or 0.1 in a sanitizer build), at least 1.
std::size_t scaled(std::size_t n) {
  double scale = kSanitizerScale;
  if (const char* env = std::getenv("WARTA_TEST_SCALE"); env != nullptr && *env != '\0') scale = std::atof(env);
  return std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(n) * scale));
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

const warta::Engine& engine() {
  static const warta::Engine instance;
  return instance;
}

// Every span of the result lies inside the input and every text is valid UTF-8 (to_json checks
// the latter and throws nothing).
void expect_spans_inside(const warta::Result& r, std::size_t size) {
  const auto inside = [&](const warta::Span& s) { return s.start <= s.end && s.end <= size; };
  for (const warta::Span& s : r.article.paragraphs) EXPECT_TRUE(inside(s)) << s.start << "-" << s.end;
  for (const warta::Span& s : r.article.sentences) EXPECT_TRUE(inside(s)) << s.start << "-" << s.end;
  for (const warta::Span& s : r.article.related_spans) EXPECT_TRUE(inside(s));
  if (r.article.title_span) EXPECT_TRUE(inside(*r.article.title_span));
  for (const warta::Entity& e : r.entities)
    for (const warta::TextSpan& m : e.mentions) EXPECT_TRUE(inside(m.span)) << e.name;
  for (const warta::Attribution& a : r.attributions) EXPECT_TRUE(inside(a.content.span));
  for (const warta::DateMention& d : r.dates) EXPECT_TRUE(inside(d.text.span));
  for (const warta::Summit& s : r.summits)
    for (const warta::Span& e : s.evidence) EXPECT_TRUE(inside(e));
  EXPECT_FALSE(warta::to_json(r).empty());
}

std::string_view slice(std::string_view text, const warta::Span& s) { return text.substr(s.start, s.end - s.start); }

// The entity one of whose mentions reads `surface`, or nullptr.
const warta::Entity* entity_mentioned_as(const warta::Result& r, std::string_view surface) {
  for (const warta::Entity& e : r.entities)
    for (const warta::TextSpan& m : e.mentions)
      if (m.text == surface) return &e;
  return nullptr;
}

warta::Result extract_body(std::string_view body, const warta::Options& options = {}) {
  return engine().extract({.text = body, .title = "Berita Uji Ketahanan", .published = "2024-06-19"}, options);
}

TEST(Robustness, InvalidUtf8IsRejectedAtTheFirstBadByte) {
  struct Case {
    std::string text;
    std::size_t bad_byte;
  };
  const Case cases[] = {
      {"Jakarta \x80 Bogor", 8},                  // a lone continuation byte
      {"Jakarta \xC3 Bogor", 8},                  // a lead byte without its continuation
      {"Jakarta \xC0\xAF Bogor", 8},              // overlong '/'
      {"Jakarta \xED\xA0\x80 Bogor", 8},          // a UTF-16 surrogate
      {"Jakarta \xF5\x80\x80\x80 Bogor", 8},      // past U+10FFFF
      {"Menteri \xE2\x80\x9CRetno\xE2\x80", 16},  // cut off at the end, after a good curly quote
  };
  for (const Case& c : cases) {
    try {
      (void)engine().extract({.text = c.text});
      ADD_FAILURE() << "accepted invalid UTF-8: " << c.text;
    } catch (const warta::Error& e) {
      EXPECT_EQ(e.code(), warta::ErrorCode::invalid_utf8) << e.what();
      EXPECT_EQ(e.byte_offset(), c.bad_byte) << e.what();
    }
  }
}

TEST(Robustness, InvalidUtf8IsReplacedWithSpansOnTheOriginalBytes) {
  const std::string body = "Kalimat \xFF\xFE pembuka.\n\nPresiden Joko Widodo \xC3 meresmikan bendungan di Jawa Tengah.";
  const warta::Result r = extract_body(body, {.invalid_utf8 = warta::InvalidUtf8::replace});
  EXPECT_GE(r.repairs.invalid_utf8_replaced, 2U);
  expect_spans_inside(r, body.size());
  EXPECT_EQ(r.article.paragraphs.size(), 2U);
  const warta::Entity* jokowi = entity_mentioned_as(r, "Joko Widodo");
  ASSERT_NE(jokowi, nullptr);
  for (const warta::TextSpan& m : jokowi->mentions) EXPECT_EQ(slice(body, m.span), "Joko Widodo");
}

TEST(Robustness, NulBytesNeverTruncateTheText) {
  const std::string body = std::string("Paragraf pertama berakhir di sini.\0\0", 37) +
                           "\n\nPresiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Bogor.";
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  ASSERT_EQ(r.article.paragraphs.size(), 2U);
  EXPECT_GT(r.article.paragraphs[1].start, 36U);
  const warta::Entity* jokowi = entity_mentioned_as(r, "Joko Widodo");
  ASSERT_NE(jokowi, nullptr);
  EXPECT_GT(jokowi->mentions.front().span.start, 36U);
}

TEST(Robustness, EmptyAndWhitespaceOnlyInputsGiveEmptyResults) {
  for (const std::string_view text : {std::string_view(""), std::string_view(" \t\r\n\n  \xC2\xA0\xE3\x80\x80 \n")}) {
    for (const bool body_only : {false, true}) {
      const warta::Result r = engine().extract({.text = text, .body_only = body_only});
      EXPECT_FALSE(r.article.title.has_value());
      EXPECT_TRUE(r.article.paragraphs.empty());
      EXPECT_TRUE(r.article.sentences.empty());
      EXPECT_TRUE(r.entities.empty());
      EXPECT_TRUE(r.summits.empty());
      EXPECT_TRUE(r.attributions.empty());
      EXPECT_TRUE(r.dates.empty());
    }
  }
}

TEST(Robustness, FiftyMegabyteSingleLine) {
  const std::string_view sentence = "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada Senin (17/6/2024). ";
  const std::string body = repeat(sentence, scaled(50'000'000) / sentence.size() + 1);
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  ASSERT_FALSE(r.article.paragraphs.empty());
  EXPECT_EQ(r.article.paragraphs.back().end, body.size() - 1);  // the trailing space is not paragraph text
  EXPECT_FALSE(r.dates.empty());
}

TEST(Robustness, MillionQuoteMarks) {
  for (const std::string_view mark : {std::string_view("\""), std::string_view("\xE2\x80\x9C"), std::string_view("\xE2\x80\x9D")}) {
    const std::string body = "Menurut Retno, rapat berjalan lancar. " + repeat(mark, scaled(1'000'000)) +
                             "\n\n\"Kami siap,\" kata Menteri Luar Negeri Retno Marsudi.";
    const warta::Result r = extract_body(body);
    expect_spans_inside(r, body.size());
    ASSERT_FALSE(r.article.paragraphs.empty());
    EXPECT_EQ(r.article.paragraphs.back().end, body.size());  // the paragraph after the marks survives
  }
}

TEST(Robustness, MillionBacaJugaLinesAreRelatedLinksNotBody) {
  const std::size_t lines = scaled(1'000'000);
  const std::string body = repeat("Baca juga: Jokowi Bertemu Anwar Ibrahim di Istana Bogor\n", lines) +
                           "Harga cabai di pasar tradisional naik dua kali lipat pekan ini.";
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  EXPECT_TRUE(r.entities.empty()) << "entities came from related links";
  EXPECT_TRUE(r.summits.empty());
  EXPECT_TRUE(r.attributions.empty());
  ASSERT_EQ(r.article.paragraphs.size(), 1U);
  EXPECT_EQ(slice(body, r.article.paragraphs[0]), "Harga cabai di pasar tradisional naik dua kali lipat pekan ini.");
}

// A scraper's paragraph glue is ".,Next"; a line of commas must not make the reader look at the
// whole run again at every comma.
TEST(Robustness, MillionCommasOnOneLine) {
  const std::string body = "Rapat dimulai pagi hari, peserta datang" + repeat(",", scaled(1'000'000)) +
                           " lalu pulang.\n\nPresiden Joko Widodo tiba di Bali.";
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  ASSERT_EQ(r.article.paragraphs.size(), 2U);
  EXPECT_EQ(slice(body, r.article.paragraphs[1]), "Presiden Joko Widodo tiba di Bali.");
  EXPECT_NE(entity_mentioned_as(r, "Joko Widodo"), nullptr);
}

// Inline links "(Baca juga: …)" are cut out of body lines; openings that never close are text,
// and the search for their end stays within a link's length.
TEST(Robustness, HundredThousandUnclosedInlineLinks) {
  const std::string body = "Harga naik " + repeat("(Baca ", scaled(100'000)) +
                           "tanpa penutup.\n\nHarga cabai naik (Baca juga: Inflasi Juni Terkendali) pekan ini.";
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  ASSERT_EQ(r.article.related.size(), 1U);
  EXPECT_EQ(r.article.related[0], "Inflasi Juni Terkendali");
  ASSERT_EQ(r.article.paragraphs.size(), 3U);
}

TEST(Robustness, HundredThousandCharacterToken) {
  const std::string token = repeat("a", scaled(100'000));
  const std::string body = "Kata terpanjang: " + token + " selesai.\n\nPresiden Joko Widodo tiba di Bali.";
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  EXPECT_EQ(r.article.paragraphs.size(), 2U);
  EXPECT_NE(entity_mentioned_as(r, "Joko Widodo"), nullptr);
}

TEST(Robustness, OneNameRepeatedHundredThousandTimes) {
  const std::size_t times = scaled(100'000);
  const std::string body = "Presiden Joko Widodo berpidato. " + repeat("Joko Widodo berpidato. ", times);
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  const warta::Entity* jokowi = entity_mentioned_as(r, "Joko Widodo");
  ASSERT_NE(jokowi, nullptr);
  EXPECT_EQ(jokowi->mentions.size(), times + 1);
}

TEST(Robustness, MixedLineEndsSeparateParagraphs) {
  const std::string body = "Paragraf satu.\r\n\r\nParagraf dua.\r\rParagraf tiga.\n\r\nParagraf empat.\r";
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  ASSERT_EQ(r.article.paragraphs.size(), 4U);
  EXPECT_EQ(slice(body, r.article.paragraphs[0]), "Paragraf satu.");
  EXPECT_EQ(slice(body, r.article.paragraphs[1]), "Paragraf dua.");
  EXPECT_EQ(slice(body, r.article.paragraphs[2]), "Paragraf tiga.");
  EXPECT_EQ(slice(body, r.article.paragraphs[3]), "Paragraf empat.");
}

TEST(Robustness, UnbalancedQuoteDoesNotSwallowTheRest) {
  const std::string body =
      "\"Kami akan datang besok, kata seorang warga yang enggan disebut namanya.\n\n"
      "Sementara itu, Menteri Luar Negeri Retno Marsudi memberikan keterangan.\n\n"
      "\"Kedua negara sepakat mempercepat perundingan,\" kata Retno.";
  const warta::Result r = extract_body(body);
  expect_spans_inside(r, body.size());
  EXPECT_EQ(r.article.paragraphs.size(), 3U);
  const auto quoted = std::find_if(r.attributions.begin(), r.attributions.end(), [&](const warta::Attribution& a) {
    return a.content.text.find("Kedua negara sepakat") != std::string::npos;
  });
  ASSERT_NE(quoted, r.attributions.end());
  EXPECT_EQ(quoted->kind, warta::AttributionKind::direct);
  EXPECT_EQ(quoted->content.text.find("Kami akan datang"), std::string::npos);
}

TEST(Robustness, MojibakeIsRepairedAndSpansStayOnTheOriginalBytes) {
  // "“Kami siap,” kata Retno." saved as UTF-8, read as Windows-1252 and saved again.
  const std::string body = "\xC3\xA2\xE2\x82\xAC\xC5\x93Kami siap menghadapi pemilu,\xC3\xA2\xE2\x82\xAC\xC2\x9D kata "
                           "Menteri Luar Negeri Retno Marsudi.";
  const warta::Result repaired = extract_body(body);
  EXPECT_GT(repaired.repairs.mojibake_repaired, 0U);
  expect_spans_inside(repaired, body.size());
  EXPECT_TRUE(std::any_of(repaired.attributions.begin(), repaired.attributions.end(), [](const warta::Attribution& a) {
    return a.content.text.find("Kami siap") != std::string::npos;
  }));

  const warta::Result untouched = extract_body(body, {.repair_mojibake = false});
  EXPECT_EQ(untouched.repairs.mojibake_repaired, 0U);
  expect_spans_inside(untouched, body.size());
}

}  // namespace
