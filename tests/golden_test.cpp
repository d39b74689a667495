// Golden tests of the article layout reader: project-written articles in the page formats of
// Indonesian outlets (tests/golden/<outlet>-<topic>.txt) against hand-reviewed expectations
// (<name>.expected.json). The expectations state what a reader of the page sees, so a failure
// here is a bug in the reader, not in the fixture.
//
// An expected file holds the `article` fields: title, lead, authors, editors, outlet,
// dateline ({text, place} or null), published, related, and the body paragraphs as TEXTS. The
// test slices the input with the reported spans and compares the texts. Optional "hints" ({title,
// published, body_only}) are passed to extract() as a caller would.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "json_test_validator.hpp"
#include "warta/engine.hpp"
#include "warta/json.hpp"

namespace {

namespace fs = std::filesystem;
using warta::testing::JsonValue;

const fs::path kGoldenDir = fs::path(WARTA_SOURCE_DIR) / "tests" / "golden";

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> golden_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kGoldenDir))
    if (e.path().extension() == ".txt") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

JsonValue parse_or_fail(const std::string& text, const std::string& what) {
  std::string error;
  auto v = warta::testing::parse_json_strict(text, error);
  EXPECT_TRUE(v.has_value()) << what << ": " << error;
  return v ? *v : JsonValue{};
}

const warta::Engine& engine() {
  static const warta::Engine e;
  return e;
}

// The layout is what is tested: the later stages are off (they have their own tests).
warta::Options layout_only() {
  warta::Options o;
  o.entities = o.dates = o.summits = o.attributions = false;
  return o;
}

std::string describe(const JsonValue& v) {
  switch (v.kind) {
    case JsonValue::Kind::null: return "null";
    case JsonValue::Kind::string: return "\"" + v.text + "\"";
    case JsonValue::Kind::array: {
      std::string s = "[";
      for (const auto& i : v.items) s += (s.size() > 1 ? ", " : "") + describe(i);
      return s + "]";
    }
    case JsonValue::Kind::boolean: return v.boolean ? "true" : "false";
    default: return v.text;
  }
}

void expect_same(const JsonValue* want, const JsonValue* got, const std::string& field) {
  ASSERT_NE(want, nullptr) << "expected file lacks \"" << field << "\"";
  ASSERT_NE(got, nullptr) << "output lacks \"" << field << "\"";
  EXPECT_EQ(describe(*want), describe(*got)) << "field " << field;
}

std::size_t span_value(const JsonValue& span, const char* key) {
  const JsonValue* v = span.find(key);
  return v ? static_cast<std::size_t>(v->as_int()) : 0;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, ArticleMatchesExpectation) {
  const std::string name = GetParam();
  const std::string input = read_bytes(kGoldenDir / (name + ".txt"));
  const JsonValue want = parse_or_fail(read_bytes(kGoldenDir / (name + ".expected.json")), name + ".expected.json");

  std::string hint_title, hint_published;
  warta::Input in;
  in.text = input;
  if (const JsonValue* hints = want.find("hints")) {
    if (const JsonValue* t = hints->find("title")) in.title = hint_title = t->text;
    if (const JsonValue* p = hints->find("published")) in.published = hint_published = p->text;
    if (const JsonValue* b = hints->find("body_only")) in.body_only = b->boolean;
  }
  const std::string json = warta::to_json(engine().extract(in, layout_only()));
  const JsonValue out = parse_or_fail(json, "to_json output");
  const JsonValue* article = out.find("article");
  ASSERT_NE(article, nullptr);

  for (const char* field : {"title", "lead", "authors", "editors", "outlet", "published", "related"})
    expect_same(want.find(field), article->find(field), field);

  // The dateline: its text and place as expected, and its span names exactly those input bytes
  // (unless mojibake was repaired inside it, where the text is the repaired form).
  const JsonValue* want_dl = want.find("dateline");
  const JsonValue* got_dl = article->find("dateline");
  ASSERT_NE(want_dl, nullptr);
  ASSERT_NE(got_dl, nullptr);
  EXPECT_EQ(want_dl->is_null(), got_dl->is_null()) << "dateline: " << json;
  if (!want_dl->is_null() && !got_dl->is_null()) {
    expect_same(want_dl->find("text"), got_dl->find("text"), "dateline.text");
    expect_same(want_dl->find("place"), got_dl->find("place"), "dateline.place");
    std::size_t s = span_value(*got_dl, "start"), e = span_value(*got_dl, "end");
    ASSERT_LE(s, e);
    ASSERT_LE(e, input.size());
  }

  // Paragraphs: inside the input, in order, not overlapping; their texts as expected.
  const JsonValue* spans = article->find("paragraphs");
  ASSERT_NE(spans, nullptr);
  std::vector<std::string> got_texts;
  std::size_t previous_end = 0;
  for (const JsonValue& p : spans->items) {
    std::size_t s = span_value(p, "start"), e = span_value(p, "end");
    ASSERT_LT(s, e) << "empty paragraph span";
    ASSERT_LE(e, input.size()) << "paragraph span past the input";
    EXPECT_GE(s, previous_end) << "paragraphs overlap or are out of order";
    previous_end = e;
    got_texts.push_back(input.substr(s, e - s));
  }
  const JsonValue* want_paragraphs = want.find("paragraphs");
  ASSERT_NE(want_paragraphs, nullptr);
  std::vector<std::string> want_texts;
  for (const JsonValue& p : want_paragraphs->items) want_texts.push_back(p.text);
  EXPECT_EQ(want_texts.size(), got_texts.size()) << "paragraph count";
  for (std::size_t i = 0; i < std::max(want_texts.size(), got_texts.size()); ++i) {
    EXPECT_EQ(i < want_texts.size() ? want_texts[i] : "<none>", i < got_texts.size() ? got_texts[i] : "<none>")
        << "paragraph " << i;
  }

  // The title span, when reported, names the title line; sentences lie inside paragraphs.
  if (const JsonValue* ts = article->find("title_span")) {
    std::size_t s = span_value(*ts, "start"), e = span_value(*ts, "end");
    ASSERT_LE(e, input.size());
    EXPECT_LT(s, e);
  }
  if (const JsonValue* sentences = article->find("sentences")) {
    for (const JsonValue& sen : sentences->items) {
      std::size_t s = span_value(sen, "start"), e = span_value(sen, "end");
      bool inside = std::any_of(spans->items.begin(), spans->items.end(), [&](const JsonValue& p) {
        return span_value(p, "start") <= s && e <= span_value(p, "end");
      });
      EXPECT_TRUE(inside) << "sentence [" << s << ", " << e << ") outside every paragraph";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Articles, Golden, ::testing::ValuesIn(golden_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

// Every outlet format the reader claims to know has a golden article.
TEST(GoldenSet, CoversTheOutlets) {
  std::vector<std::string> names = golden_names();
  for (const char* outlet : {"tribunnews", "tribunjakarta", "kompas", "detik", "cnnindonesia", "antara", "tempo",
                             "liputan6", "republika", "okezone", "kontan", "sindonews", "idntimes", "kumparan",
                             "voaindonesia", "inews", "viva", "generic"}) {
    bool found = std::any_of(names.begin(), names.end(),
                             [&](const std::string& n) { return n.rfind(std::string(outlet) + "-", 0) == 0; });
    EXPECT_TRUE(found) << "no golden article for " << outlet;
  }
}

}  // namespace
