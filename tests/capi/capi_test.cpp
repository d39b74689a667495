// Behaviour of the C API as a C caller sees it: argument checks, errors, options, accessors, JSON,
// offsets and concurrent use of one engine.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "warta.h"

namespace {

constexpr std::string_view kArticle =
    "Jokowi Terima Kunjungan PM Malaysia di Istana Bogor\n"
    "\n"
    "BOGOR, KOMPAS.com - Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim "
    "di Istana Kepresidenan Bogor, Jawa Barat, Senin (8/1/2024).\n"
    "\n"
    "Kedua pemimpin membahas kerja sama perbatasan dan perlindungan pekerja migran.\n"
    "\n"
    "\"Kami sepakat mempercepat penyelesaian batas darat kedua negara,\" kata Jokowi kepada wartawan.\n"
    "\n"
    "Menurut Anwar, Malaysia ingin memperluas perdagangan dengan Indonesia tahun ini.\n";

struct EngineDeleter {
  void operator()(warta_engine* e) const { warta_engine_free(e); }
};
struct ResultDeleter {
  void operator()(warta_result* r) const { warta_result_free(r); }
};
struct ErrorDeleter {
  void operator()(warta_error* e) const { warta_error_free(e); }
};
struct OptionsDeleter {
  void operator()(warta_options* o) const { warta_options_free(o); }
};
using EnginePtr = std::unique_ptr<warta_engine, EngineDeleter>;
using ResultPtr = std::unique_ptr<warta_result, ResultDeleter>;
using ErrorPtr = std::unique_ptr<warta_error, ErrorDeleter>;
struct ConfigDeleter {
  void operator()(warta_engine_config* c) const { warta_engine_config_free(c); }
};
using OptionsPtr = std::unique_ptr<warta_options, OptionsDeleter>;
using ConfigPtr = std::unique_ptr<warta_engine_config, ConfigDeleter>;

warta_input input_of(std::string_view text) {
  warta_input in{};
  in.text = text.data();
  in.text_len = text.size();
  return in;
}

class CApi : public ::testing::Test {
 protected:
  void SetUp() override {
    warta_engine* e = nullptr;
    ASSERT_EQ(warta_engine_new(&e, nullptr), WARTA_OK);
    engine.reset(e);
  }

  ResultPtr extract(std::string_view text, const warta_options* options = nullptr) {
    warta_result* r = nullptr;
    const warta_input in = input_of(text);
    warta_error* err = nullptr;
    const int status = warta_extract(&r, engine.get(), &in, options, &err);
    ErrorPtr owned(err);
    EXPECT_EQ(status, WARTA_OK) << warta_error_message(err);
    EXPECT_EQ(err, nullptr);
    return ResultPtr(r);
  }

  static std::string json(const warta_result* r) {
    char* out = nullptr;
    EXPECT_EQ(warta_result_json(&out, r, 0), WARTA_OK);
    std::string s = out ? out : "";
    warta_string_free(out);
    return s;
  }

  EnginePtr engine;
};

TEST(CApiStatic, VersionMatchesHeader) {
  const std::string expected = std::to_string(WARTA_VERSION_MAJOR) + "." + std::to_string(WARTA_VERSION_MINOR) +
                               "." + std::to_string(WARTA_VERSION_PATCH);
  EXPECT_EQ(std::string(warta_version()), expected);
}

TEST(CApiStatic, StatusNames) {
  EXPECT_STREQ(warta_status_str(WARTA_OK), "ok");
  EXPECT_STREQ(warta_status_str(WARTA_ERR_INVALID_UTF8), "invalid UTF-8");
  EXPECT_STREQ(warta_status_str(-42), "unknown status");
}

TEST_F(CApi, NullArgumentsGiveInvalidArgument) {
  const warta_input in = input_of(kArticle);
  warta_result* r = nullptr;
  warta_error* err = nullptr;
  EXPECT_EQ(warta_extract(nullptr, engine.get(), &in, nullptr, &err), WARTA_ERR_INVALID_ARGUMENT);
  ASSERT_NE(err, nullptr);
  EXPECT_EQ(warta_error_status(err), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_GT(std::strlen(warta_error_message(err)), 0u);
  EXPECT_EQ(warta_error_byte_offset(err), -1);
  warta_error_free(err);

  EXPECT_EQ(warta_extract(&r, nullptr, &in, nullptr, nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(warta_extract(&r, engine.get(), nullptr, nullptr, nullptr), WARTA_ERR_INVALID_ARGUMENT);
  warta_input null_text{};
  null_text.text_len = 3;
  EXPECT_EQ(warta_extract(&r, engine.get(), &null_text, nullptr, nullptr), WARTA_ERR_INVALID_ARGUMENT);

  EXPECT_EQ(warta_engine_new(nullptr, nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_options_new(nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_options_set_invalid_utf8(nullptr, WARTA_INVALID_UTF8_REPLACE), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_result_json(nullptr, nullptr, 0), WARTA_ERR_INVALID_ARGUMENT);
  char* json_out = nullptr;
  EXPECT_EQ(warta_result_json(&json_out, nullptr, 0), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(json_out, nullptr);
  warta_article article;
  EXPECT_EQ(warta_result_article(&article, nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_result_entity_count(nullptr), 0u);
  EXPECT_EQ(warta_utf8_codepoint_offsets(nullptr, "a", 1), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_error_status(nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_STREQ(warta_error_message(nullptr), "");

  // Every free function accepts NULL.
  warta_engine_free(nullptr);
  warta_options_free(nullptr);
  warta_result_free(nullptr);
  warta_error_free(nullptr);
  warta_string_free(nullptr);
}

TEST_F(CApi, BadOptionValuesAreRejected) {
  warta_options* o = nullptr;
  ASSERT_EQ(warta_options_new(&o), WARTA_OK);
  OptionsPtr options(o);
  EXPECT_EQ(warta_options_set_invalid_utf8(o, 7), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_options_set_stages(o, 64, 0), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_options_set_stages(o, 0, 0), WARTA_ERR_INVALID_ARGUMENT);
}

TEST_F(CApi, InvalidUtf8IsRejectedWithItsOffset) {
  const std::string text = "Presiden Joko Widodo \xff tiba di Jakarta.";
  const warta_input in = input_of(text);
  warta_result* r = nullptr;
  warta_error* err = nullptr;
  ASSERT_EQ(warta_extract(&r, engine.get(), &in, nullptr, &err), WARTA_ERR_INVALID_UTF8);
  ErrorPtr owned(err);
  EXPECT_EQ(r, nullptr);
  ASSERT_NE(err, nullptr);
  EXPECT_EQ(warta_error_status(err), WARTA_ERR_INVALID_UTF8);
  EXPECT_EQ(warta_error_byte_offset(err), static_cast<int64_t>(text.find('\xff')));
}

TEST_F(CApi, ReplaceModeReadsInvalidBytesAndCountsThem) {
  warta_options* o = nullptr;
  ASSERT_EQ(warta_options_new(&o), WARTA_OK);
  OptionsPtr options(o);
  ASSERT_EQ(warta_options_set_invalid_utf8(o, WARTA_INVALID_UTF8_REPLACE), WARTA_OK);
  const std::string text = std::string(kArticle) + "Harga naik \xff\xfe persen.\n";
  ResultPtr r = extract(text, o);
  ASSERT_NE(r, nullptr);
  warta_repairs repairs{};
  ASSERT_EQ(warta_result_repairs(&repairs, r.get()), WARTA_OK);
  EXPECT_GE(repairs.invalid_utf8_replaced, 1u);
  // Spans still index the caller's bytes.
  warta_article article{};
  ASSERT_EQ(warta_result_article(&article, r.get()), WARTA_OK);
  for (std::size_t i = 0; i < article.paragraph_count; ++i) EXPECT_LE(article.paragraphs[i].end, text.size());
}

TEST_F(CApi, DisabledStagesLeaveTheirOutputEmpty) {
  warta_options* o = nullptr;
  ASSERT_EQ(warta_options_new(&o), WARTA_OK);
  OptionsPtr options(o);
  ASSERT_EQ(warta_options_set_stages(o, WARTA_STAGE_DATES | WARTA_STAGE_ATTRIBUTIONS, 0), WARTA_OK);
  ResultPtr r = extract(kArticle, o);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(warta_result_date_count(r.get()), 0u);
  EXPECT_EQ(warta_result_attribution_count(r.get()), 0u);
  ResultPtr full = extract(kArticle);
  EXPECT_GT(warta_result_date_count(full.get()), 0u);
}

TEST_F(CApi, AccessorsReturnSpansIntoTheInput) {
  ResultPtr r = extract(kArticle);
  ASSERT_NE(r, nullptr);
  warta_article article{};
  ASSERT_EQ(warta_result_article(&article, r.get()), WARTA_OK);
  EXPECT_GT(article.paragraph_count, 0u);
  ASSERT_NE(article.title, nullptr);
  EXPECT_STREQ(article.title, "Jokowi Terima Kunjungan PM Malaysia di Istana Bogor");

  const std::size_t entities = warta_result_entity_count(r.get());
  ASSERT_GT(entities, 0u);
  for (std::size_t i = 0; i < entities; ++i) {
    warta_entity e{};
    ASSERT_EQ(warta_result_entity(&e, r.get(), i), WARTA_OK);
    EXPECT_NE(e.name, nullptr);
    EXPECT_NE(e.type_name, nullptr);
    for (std::size_t m = 0; m < e.mention_count; ++m) {
      const warta_text_span& s = e.mentions[m];
      ASSERT_LE(s.end, kArticle.size());
      EXPECT_EQ(kArticle.substr(s.start, s.end - s.start), std::string_view(s.text, s.text_len));
    }
  }
  const std::size_t dates = warta_result_date_count(r.get());
  ASSERT_GT(dates, 0u);
  for (std::size_t i = 0; i < dates; ++i) {
    warta_date d{};
    ASSERT_EQ(warta_result_date(&d, r.get(), i), WARTA_OK);
    EXPECT_EQ(kArticle.substr(d.text.start, d.text.end - d.text.start), std::string_view(d.text.text, d.text.text_len));
    EXPECT_NE(d.grain, nullptr);
  }
  for (std::size_t i = 0; i < warta_result_attribution_count(r.get()); ++i) {
    warta_attribution a{};
    ASSERT_EQ(warta_result_attribution(&a, r.get(), i), WARTA_OK);
    EXPECT_TRUE(a.kind == WARTA_ATTRIBUTION_DIRECT || a.kind == WARTA_ATTRIBUTION_INDIRECT);
    EXPECT_LE(a.content.end, kArticle.size());
  }
}

TEST_F(CApi, AccessorsCheckTheirBounds) {
  ResultPtr r = extract(kArticle);
  ASSERT_NE(r, nullptr);
  warta_entity e{};
  warta_summit s{};
  warta_attribution a{};
  warta_date d{};
  EXPECT_EQ(warta_result_entity(&e, r.get(), warta_result_entity_count(r.get())), WARTA_ERR_OUT_OF_RANGE);
  EXPECT_EQ(warta_result_summit(&s, r.get(), warta_result_summit_count(r.get())), WARTA_ERR_OUT_OF_RANGE);
  EXPECT_EQ(warta_result_attribution(&a, r.get(), warta_result_attribution_count(r.get())), WARTA_ERR_OUT_OF_RANGE);
  EXPECT_EQ(warta_result_date(&d, r.get(), static_cast<size_t>(-1)), WARTA_ERR_OUT_OF_RANGE);
  EXPECT_EQ(warta_result_entity(nullptr, r.get(), 0), WARTA_ERR_INVALID_ARGUMENT);
}

TEST_F(CApi, JsonIsTheWarta1Document) {
  ResultPtr r = extract(kArticle);
  ASSERT_NE(r, nullptr);
  const std::string compact = json(r.get());
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_NE(compact.find("\"schema\":\"warta/1\""), std::string::npos);
  char* pretty = nullptr;
  ASSERT_EQ(warta_result_json(&pretty, r.get(), 1), WARTA_OK);
  EXPECT_NE(std::string(pretty).find('\n'), std::string::npos);
  warta_string_free(pretty);
}

TEST_F(CApi, HintsAreRead) {
  warta_input in = input_of("Presiden Joko Widodo tiba di Beijing kemarin.");
  const std::string_view title = "Jokowi Tiba di Beijing";
  const std::string_view published = "2024-06-19";
  in.title = title.data();
  in.title_len = title.size();
  in.published = published.data();
  in.published_len = published.size();
  warta_result* raw = nullptr;
  ASSERT_EQ(warta_extract(&raw, engine.get(), &in, nullptr, nullptr), WARTA_OK);
  ResultPtr r(raw);
  warta_article article{};
  ASSERT_EQ(warta_result_article(&article, r.get()), WARTA_OK);
  ASSERT_NE(article.title, nullptr);
  EXPECT_STREQ(article.title, "Jokowi Tiba di Beijing");
  EXPECT_EQ(article.has_title_span, 0);
}

TEST_F(CApi, MissingLexiconFileIsAnIoError) {
  warta_lexicon_source source{};
  source.kind = WARTA_LEXICON_FILE;
  source.data = "/nonexistent/warta-lexicon.tsv";
  warta_engine* e = nullptr;
  warta_error* err = nullptr;
  EXPECT_EQ(warta_engine_new_with_lexicons(&e, &source, 1, 1, &err), WARTA_ERR_IO);
  ErrorPtr owned(err);
  EnginePtr owned_engine(e);
  EXPECT_EQ(e, nullptr);
  ASSERT_NE(err, nullptr);
  EXPECT_EQ(warta_error_status(err), WARTA_ERR_IO);
  source.kind = WARTA_LEXICON_BUFFER;
  source.data = nullptr;
  source.size = 10;
  EXPECT_EQ(warta_engine_new_with_lexicons(&e, &source, 1, 1, nullptr), WARTA_ERR_INVALID_ARGUMENT);
}

TEST(CApiLexicons, BufferLexiconEntriesAreFound) {
  const std::string_view tsv = "# TYPE\tNAME\tALIASES\tKB_ID\tCOUNTRY\tATTRS\n"
                               "ORG\tKoperasi Sinar Tani Makmur\tKSTM\tQ999999001\tID\t\n";
  warta_lexicon_source source{};
  source.kind = WARTA_LEXICON_BUFFER;
  source.data = tsv.data();
  source.size = tsv.size();
  source.name = "test-lexicon";
  warta_engine* e = nullptr;
  warta_error* err = nullptr;
  ASSERT_EQ(warta_engine_new_with_lexicons(&e, &source, 1, 1, &err), WARTA_OK) << warta_error_message(err);
  EnginePtr engine(e);
  const std::string_view text = "Koperasi Sinar Tani Makmur mencatat panen padi tahun ini naik 20 persen.";
  const warta_input in = input_of(text);
  warta_result* raw = nullptr;
  ASSERT_EQ(warta_extract(&raw, engine.get(), &in, nullptr, nullptr), WARTA_OK);
  ResultPtr r(raw);
  bool found = false;
  for (std::size_t i = 0; i < warta_result_entity_count(r.get()); ++i) {
    warta_entity entity{};
    ASSERT_EQ(warta_result_entity(&entity, r.get(), i), WARTA_OK);
    if (entity.kb_id != nullptr && std::string_view(entity.kb_id) == "Q999999001") {
      found = true;
      EXPECT_STREQ(entity.name, "Koperasi Sinar Tani Makmur");
      EXPECT_STREQ(entity.type_name, "ORG");
    }
  }
  EXPECT_TRUE(found);
}

TEST(CApiLexicons, MalformedBufferNamesItsLine) {
  const std::string_view tsv = "ORG\tKoperasi Sinar Tani Makmur\t\t\tID\t\nPLANET\tMars\t\t\t\t\n";
  warta_lexicon_source source{};
  source.kind = WARTA_LEXICON_BUFFER;
  source.data = tsv.data();
  source.size = tsv.size();
  warta_engine* e = nullptr;
  warta_error* err = nullptr;
  EXPECT_EQ(warta_engine_new_with_lexicons(&e, &source, 1, 1, &err), WARTA_ERR_LEXICON);
  ErrorPtr owned(err);
  EnginePtr owned_engine(e);
  EXPECT_EQ(e, nullptr);
  ASSERT_NE(err, nullptr);
  EXPECT_EQ(warta_error_line(err), 2);
}

TEST(CApiEngineConfig, RejectsNullArguments) {
  EXPECT_EQ(warta_engine_config_new(nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_engine_config_set_builtin_lexicons(nullptr, 1), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_engine_config_set_workspace_retention(nullptr, 0), WARTA_ERR_INVALID_ARGUMENT);
  warta_lexicon_source source{};
  EXPECT_EQ(warta_engine_config_add_lexicon(nullptr, &source), WARTA_ERR_INVALID_ARGUMENT);
  warta_engine_config* raw = nullptr;
  ASSERT_EQ(warta_engine_config_new(&raw), WARTA_OK);
  ConfigPtr config(raw);
  EXPECT_EQ(warta_engine_config_add_lexicon(config.get(), nullptr), WARTA_ERR_INVALID_ARGUMENT);
  source.kind = WARTA_LEXICON_FILE;  // a file without a path
  EXPECT_EQ(warta_engine_config_add_lexicon(config.get(), &source), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_engine_new_with_config(nullptr, config.get(), nullptr), WARTA_ERR_INVALID_ARGUMENT);
  warta_engine_config_free(nullptr);
}

// An engine that keeps no buffers between calls, one that keeps them, and one built without a
// config give the same results, call after call, for long and short articles in turn.
TEST(CApiEngineConfig, WorkspaceRetentionNeverChangesResults) {
  std::string long_article;
  for (int i = 0; i < 400; ++i) long_article.append(kArticle).append("\n");
  std::vector<EnginePtr> engines;
  for (const long long retention : {-1LL, 0LL, 1LL << 30}) {
    warta_engine* e = nullptr;
    if (retention < 0) {
      ASSERT_EQ(warta_engine_new_with_config(&e, nullptr, nullptr), WARTA_OK);
    } else {
      warta_engine_config* raw = nullptr;
      ASSERT_EQ(warta_engine_config_new(&raw), WARTA_OK);
      ConfigPtr config(raw);
      ASSERT_EQ(warta_engine_config_set_workspace_retention(config.get(), static_cast<size_t>(retention)), WARTA_OK);
      ASSERT_EQ(warta_engine_new_with_config(&e, config.get(), nullptr), WARTA_OK);
    }
    engines.emplace_back(e);
  }
  for (const std::string_view text : {std::string_view(long_article), kArticle, std::string_view(long_article)}) {
    std::string first;
    for (std::size_t k = 0; k < engines.size(); ++k) {
      const warta_input in = input_of(text);
      warta_result* raw = nullptr;
      ASSERT_EQ(warta_extract(&raw, engines[k].get(), &in, nullptr, nullptr), WARTA_OK);
      ResultPtr r(raw);
      char* out = nullptr;
      ASSERT_EQ(warta_result_json(&out, r.get(), 0), WARTA_OK);
      const std::string json = out;
      warta_string_free(out);
      if (k == 0) {
        first = json;
        EXPECT_GT(warta_result_entity_count(r.get()), 0u);
      } else {
        EXPECT_EQ(json, first) << "engine " << k;
      }
    }
  }
}

// Lexicons given through a config are copied when added: the caller's buffer may be gone before
// the engine is built. Without the built-in lexicons only the user's entries carry a KB id.
TEST(CApiEngineConfig, LexiconsAreCopiedAndBuiltinsCanBeLeftOut) {
  warta_engine_config* raw = nullptr;
  ASSERT_EQ(warta_engine_config_new(&raw), WARTA_OK);
  ConfigPtr config(raw);
  {
    std::string tsv = "ORG\tKoperasi Sinar Tani Makmur\tKSTM\tQ999999001\tID\t\n";
    warta_lexicon_source source{};
    source.kind = WARTA_LEXICON_BUFFER;
    source.data = tsv.data();
    source.size = tsv.size();
    ASSERT_EQ(warta_engine_config_add_lexicon(config.get(), &source), WARTA_OK);
    tsv.assign(tsv.size(), 'x');  // the config holds its own copy
  }
  ASSERT_EQ(warta_engine_config_set_builtin_lexicons(config.get(), 0), WARTA_OK);
  warta_engine* e = nullptr;
  warta_error* err = nullptr;
  ASSERT_EQ(warta_engine_new_with_config(&e, config.get(), &err), WARTA_OK) << warta_error_message(err);
  EnginePtr engine(e);
  config.reset();  // the engine does not need the config any more
  const std::string_view text =
      "Koperasi Sinar Tani Makmur bekerja sama dengan Kementerian Pertanian di Jakarta.";
  const warta_input in = input_of(text);
  warta_result* r_raw = nullptr;
  ASSERT_EQ(warta_extract(&r_raw, engine.get(), &in, nullptr, nullptr), WARTA_OK);
  ResultPtr r(r_raw);
  std::vector<std::string> kb_ids;
  for (std::size_t i = 0; i < warta_result_entity_count(r.get()); ++i) {
    warta_entity entity{};
    ASSERT_EQ(warta_result_entity(&entity, r.get(), i), WARTA_OK);
    if (entity.kb_id != nullptr) kb_ids.emplace_back(entity.kb_id);
  }
  EXPECT_EQ(kb_ids, std::vector<std::string>{"Q999999001"});
}

TEST(CApiEngineConfig, BadLexiconFileFailsTheEngineNotTheConfig) {
  warta_engine_config* raw = nullptr;
  ASSERT_EQ(warta_engine_config_new(&raw), WARTA_OK);
  ConfigPtr config(raw);
  warta_lexicon_source source{};
  source.kind = WARTA_LEXICON_FILE;
  source.data = "/nonexistent/warta-lexicon.tsv";
  ASSERT_EQ(warta_engine_config_add_lexicon(config.get(), &source), WARTA_OK);
  warta_engine* e = nullptr;
  warta_error* err = nullptr;
  EXPECT_EQ(warta_engine_new_with_config(&e, config.get(), &err), WARTA_ERR_IO);
  ErrorPtr owned(err);
  EnginePtr owned_engine(e);
  EXPECT_EQ(e, nullptr);
  ASSERT_NE(err, nullptr);
  EXPECT_NE(std::string_view(warta_error_message(err)).find("warta-lexicon.tsv"), std::string_view::npos);
}

TEST_F(CApi, OneEngineServesManyThreadsWithIdenticalResults) {
  ResultPtr reference = extract(kArticle);
  const std::string expected = json(reference.get());
  constexpr int kThreads = 8;
  constexpr int kRounds = 25;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kRounds; ++i) {
        const warta_input in = input_of(kArticle);
        warta_result* r = nullptr;
        if (warta_extract(&r, engine.get(), &in, nullptr, nullptr) != WARTA_OK) {
          ++mismatches[t];
          continue;
        }
        char* out = nullptr;
        if (warta_result_json(&out, r, 0) != WARTA_OK || expected != out) ++mismatches[t];
        warta_string_free(out);
        warta_result_free(r);
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
}

TEST(CApiCodepoints, MapsByteOffsetsToCodePoints) {
  const std::string text = "Rp5 \xE2\x80\x94 naik \xF0\x9F\x93\x88!";  // "Rp5 — naik 📈!"
  std::vector<size_t> table(text.size() + 1);
  ASSERT_EQ(warta_utf8_codepoint_offsets(table.data(), text.data(), text.size()), WARTA_OK);
  EXPECT_EQ(table[0], 0u);
  EXPECT_EQ(table[4], 4u);                // the dash starts at byte 4, code point 4
  EXPECT_EQ(table[7], 5u);                // the space after the 3-byte dash
  EXPECT_EQ(table[text.size() - 1], 12u); // "!" after the 4-byte emoji
  EXPECT_EQ(table[text.size()], 13u);
}

TEST(CApiCodepoints, CountsEachInvalidByteOnce) {
  const std::string text = "a\xff\xfe" "b";
  std::vector<size_t> table(text.size() + 1);
  ASSERT_EQ(warta_utf8_codepoint_offsets(table.data(), text.data(), text.size()), WARTA_OK);
  EXPECT_EQ(table, (std::vector<size_t>{0, 1, 2, 3, 4}));
}

// ---- reading many articles with one result (warta_result_new, warta_extract_into) ----------

// What the accessors give of a result, as text: entities with their mentions' texts, attributions
// with their content, dates, and the article's title and paragraphs.
std::string view_of(const warta_result* r) {
  std::string out;
  warta_article art{};
  EXPECT_EQ(warta_result_article(&art, r), WARTA_OK);
  out += std::string("title ") + (art.title ? art.title : "(null)") + "\n";
  for (std::size_t i = 0; i < art.paragraph_count; ++i)
    out += "paragraph " + std::to_string(art.paragraphs[i].start) + "-" + std::to_string(art.paragraphs[i].end) + "\n";
  for (std::size_t i = 0; i < warta_result_entity_count(r); ++i) {
    warta_entity e{};
    EXPECT_EQ(warta_result_entity(&e, r, i), WARTA_OK);
    out += std::string("entity ") + e.type_name + " " + e.name + ":";
    for (std::size_t m = 0; m < e.mention_count; ++m) out += " " + std::string(e.mentions[m].text, e.mentions[m].text_len);
    for (std::size_t t = 0; t < e.title_count; ++t) out += std::string(" [") + e.titles[t] + "]";
    out += "\n";
  }
  for (std::size_t i = 0; i < warta_result_attribution_count(r); ++i) {
    warta_attribution a{};
    EXPECT_EQ(warta_result_attribution(&a, r, i), WARTA_OK);
    out += std::string("attribution ") + a.kind_name + " " + a.source_text + ": " +
           std::string(a.content.text, a.content.text_len) + "\n";
  }
  for (std::size_t i = 0; i < warta_result_summit_count(r); ++i) {
    warta_summit s{};
    EXPECT_EQ(warta_result_summit(&s, r, i), WARTA_OK);
    out += std::string("summit ") + s.kind_name + " evidence " + std::to_string(s.evidence_count) + " topics " +
           std::to_string(s.topic_count) + "\n";
  }
  for (std::size_t i = 0; i < warta_result_date_count(r); ++i) {
    warta_date d{};
    EXPECT_EQ(warta_result_date(&d, r, i), WARTA_OK);
    out += std::string("date ") + std::string(d.text.text, d.text.text_len) + " " + (d.value ? d.value : "null") + "\n";
  }
  return out;
}

TEST_F(CApi, ANewResultIsEmpty) {
  warta_result* raw = nullptr;
  ASSERT_EQ(warta_result_new(&raw), WARTA_OK);
  ResultPtr r(raw);
  EXPECT_EQ(warta_result_entity_count(r.get()), 0u);
  EXPECT_EQ(warta_result_attribution_count(r.get()), 0u);
  warta_article art{};
  ASSERT_EQ(warta_result_article(&art, r.get()), WARTA_OK);
  EXPECT_EQ(art.title, nullptr);
  EXPECT_EQ(art.paragraph_count, 0u);
  EXPECT_NE(json(r.get()).find("\"entities\":[]"), std::string::npos);
  EXPECT_EQ(warta_result_new(nullptr), WARTA_ERR_INVALID_ARGUMENT);
}

TEST_F(CApi, AResultReadIntoAgainIsTheOneExtractMakes) {
  std::string quotes;
  for (int i = 0; i < 30; ++i) quotes += "\"Harga beras turun,\" kata Arief. Menurut Zulkifli, stok aman.\n\n";
  const std::vector<std::string> texts = {std::string(kArticle), "Hujan turun di Bogor.", quotes, "",
                                          std::string(kArticle), "Menteri Retno Marsudi tiba di Jenewa, Senin (4/3/2024)."};
  warta_result* raw = nullptr;
  ASSERT_EQ(warta_result_new(&raw), WARTA_OK);
  ResultPtr reused(raw);
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& text : texts) {
      const warta_input in = input_of(text);
      warta_error* err = nullptr;
      ASSERT_EQ(warta_extract_into(reused.get(), engine.get(), &in, nullptr, &err), WARTA_OK) << warta_error_message(err);
      ResultPtr fresh = extract(text);
      EXPECT_EQ(json(reused.get()), json(fresh.get())) << text.substr(0, 40);
      EXPECT_EQ(view_of(reused.get()), view_of(fresh.get())) << text.substr(0, 40);
    }
  }
}

TEST_F(CApi, AFailedReadLeavesTheResultAsItWas) {
  ResultPtr r = extract(kArticle);
  const std::string before = json(r.get()), view = view_of(r.get());
  const std::string invalid = "Presiden \xFF\xFE tiba.";
  const warta_input bad = input_of(invalid);
  warta_error* err = nullptr;
  EXPECT_EQ(warta_extract_into(r.get(), engine.get(), &bad, nullptr, &err), WARTA_ERR_INVALID_UTF8);
  ErrorPtr owned(err);
  EXPECT_EQ(warta_error_byte_offset(err), 9);
  EXPECT_EQ(json(r.get()), before);
  EXPECT_EQ(view_of(r.get()), view);
  const warta_input in = input_of(kArticle);
  EXPECT_EQ(warta_extract_into(nullptr, engine.get(), &in, nullptr, nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_extract_into(r.get(), nullptr, &in, nullptr, nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(warta_extract_into(r.get(), engine.get(), nullptr, nullptr, nullptr), WARTA_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(view_of(r.get()), view);
}

}  // namespace
