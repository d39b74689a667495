// libFuzzer harness for the C API (capi/warta.h): the same byte layout as the C++ harness
// (fuzz_case.hpp), driven through warta_extract and every accessor. Checks: only the documented
// statuses, spans inside the input, accessor strings valid UTF-8, out-of-range indexes refused,
// the JSON accessor parses, the code-point offset table is consistent, and warta_extract_into
// the one result every earlier input was read into gives the same JSON and accessors as a fresh
// result (or, when it fails, leaves the result as it was).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_case.hpp"
#include "json_check.hpp"
#include "warta.h"

namespace {

using warta::fuzz::fail;

struct Checker {
  std::string_view text;
  bool title_separate;

  void span(std::size_t start, std::size_t end, const char* what) const {
    if (start > end) fail(std::string(what) + ": span starts after its end");
    if (!title_separate && end > text.size()) fail(std::string(what) + ": span ends past the input");
  }
  void string(const char* s, const char* what) const {
    if (s != nullptr && !warta::fuzz::is_valid_utf8(s)) fail(std::string(what) + ": not valid UTF-8");
  }
  void text_span(const warta_text_span& t, const char* what) const {
    span(t.start, t.end, what);
    if (t.text == nullptr) fail(std::string(what) + ": text is NULL");
    if (!warta::fuzz::is_valid_utf8(std::string_view(t.text, t.text_len))) fail(std::string(what) + ": not valid UTF-8");
  }
};

void check_accessors(const warta_result* result, const Checker& check) {
  warta_article article{};
  if (warta_result_article(&article, result) != WARTA_OK) fail("warta_result_article failed");
  check.string(article.title, "article title");
  for (std::size_t i = 0; i < article.paragraph_count; ++i)
    check.span(article.paragraphs[i].start, article.paragraphs[i].end, "paragraph");
  for (std::size_t i = 0; i < article.sentence_count; ++i)
    check.span(article.sentences[i].start, article.sentences[i].end, "sentence");
  const std::size_t entities = warta_result_entity_count(result);
  for (std::size_t i = 0; i < entities; ++i) {
    warta_entity e{};
    if (warta_result_entity(&e, result, i) != WARTA_OK) fail("warta_result_entity failed in range");
    check.string(e.name, "entity name");
    for (std::size_t m = 0; m < e.mention_count; ++m) check.text_span(e.mentions[m], "entity mention");
  }
  warta_entity past{};
  if (warta_result_entity(&past, result, entities) != WARTA_ERR_OUT_OF_RANGE) fail("entity index past the end accepted");
  for (std::size_t i = 0; i < warta_result_summit_count(result); ++i) {
    warta_summit s{};
    if (warta_result_summit(&s, result, i) != WARTA_OK) fail("warta_result_summit failed in range");
    for (std::size_t k = 0; k < s.participant_count; ++k)
      if (s.participants[k] < 0 || static_cast<std::size_t>(s.participants[k]) >= entities) fail("participant id out of range");
    for (std::size_t k = 0; k < s.evidence_count; ++k) check.span(s.evidence[k].start, s.evidence[k].end, "evidence");
  }
  for (std::size_t i = 0; i < warta_result_attribution_count(result); ++i) {
    warta_attribution a{};
    if (warta_result_attribution(&a, result, i) != WARTA_OK) fail("warta_result_attribution failed in range");
    check.text_span(a.content, "attribution content");
    check.string(a.source_text, "attribution source_text");
  }
  for (std::size_t i = 0; i < warta_result_date_count(result); ++i) {
    warta_date d{};
    if (warta_result_date(&d, result, i) != WARTA_OK) fail("warta_result_date failed in range");
    check.text_span(d.text, "date");
  }
  char* json = nullptr;
  if (warta_result_json(&json, result, static_cast<int>(check.text.size() & 1)) != WARTA_OK) fail("warta_result_json failed");
  std::string error;
  const bool valid = warta::fuzz::is_valid_json(json, error);
  warta_string_free(json);
  if (!valid) fail("warta_result_json is not valid JSON: " + error);
}

std::string json_of(const warta_result* result) {
  char* json = nullptr;
  if (warta_result_json(&json, result, 0) != WARTA_OK) fail("warta_result_json failed");
  std::string out = json;
  warta_string_free(json);
  return out;
}

// out[b] counts the code points that start before byte b: it starts at 0, never decreases and
// grows by at most one per byte.
void check_codepoint_offsets(std::string_view text) {
  std::vector<std::size_t> offsets(text.size() + 1, 12345);
  if (warta_utf8_codepoint_offsets(offsets.data(), text.data(), text.size()) != WARTA_OK)
    fail("warta_utf8_codepoint_offsets failed");
  if (offsets[0] != 0) fail("code-point offset of byte 0 is not 0");
  for (std::size_t b = 1; b <= text.size(); ++b)
    if (offsets[b] < offsets[b - 1] || offsets[b] > offsets[b - 1] + 1) fail("code-point offsets are not consistent");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static warta_engine* const engine = [] {
    warta_engine* e = nullptr;
    if (warta_engine_new(&e, nullptr) != WARTA_OK) fail("warta_engine_new failed");
    return e;
  }();
  const warta::fuzz::FuzzCase c = warta::fuzz::decode_fuzz_case(data, size);
  warta_options* options = nullptr;
  if (warta_options_new(&options) != WARTA_OK) fail("warta_options_new failed");
  warta_options_set_invalid_utf8(options, c.replace_invalid_utf8 ? WARTA_INVALID_UTF8_REPLACE : WARTA_INVALID_UTF8_REJECT);
  warta_options_set_repair_mojibake(options, c.repair_mojibake ? 1 : 0);
  warta_options_set_stages(options, WARTA_STAGE_ENTITIES, c.entities ? 1 : 0);
  warta_options_set_stages(options, WARTA_STAGE_DATES, c.dates ? 1 : 0);
  warta_options_set_stages(options, WARTA_STAGE_SUMMITS, c.summits ? 1 : 0);
  warta_options_set_stages(options, WARTA_STAGE_ATTRIBUTIONS, c.attributions ? 1 : 0);

  warta_input input{};
  input.text = c.text.data();
  input.text_len = c.text.size();
  if (c.title) {
    input.title = c.title->data();
    input.title_len = c.title->size();
  }
  if (c.published) {
    input.published = c.published->data();
    input.published_len = c.published->size();
  }
  input.body_only = c.body_only ? 1 : 0;

  warta_result* result = nullptr;
  warta_error* error = nullptr;
  const int status = warta_extract(&result, engine, &input, options, &error);
  if (status == WARTA_OK) {
    if (error != nullptr) fail("an error object came with WARTA_OK");
    check_accessors(result, Checker{c.text, c.title.has_value()});
  } else {
    if (status != WARTA_ERR_INVALID_UTF8 || c.replace_invalid_utf8) fail(std::string("unexpected status: ") + warta_status_str(status));
    if (warta_error_status(error) != status) fail("error object disagrees with the status");
    if (warta_error_byte_offset(error) < 0 || static_cast<std::size_t>(warta_error_byte_offset(error)) >= c.text.size())
      fail("invalid UTF-8 error with a byte offset outside the input");
  }
  // Filled by every input before this one, in the order the fuzzer runs them.
  static warta_result* const reused = [] {
    warta_result* r = nullptr;
    if (warta_result_new(&r) != WARTA_OK) fail("warta_result_new failed");
    return r;
  }();
  const std::string before = json_of(reused);
  warta_error* reuse_error = nullptr;
  const int reuse_status = warta_extract_into(reused, engine, &input, options, &reuse_error);
  if (reuse_status != status) fail("warta_extract_into and warta_extract disagree on the status");
  if (status == WARTA_OK) {
    if (json_of(reused) != json_of(result)) fail("a reused result's JSON differs from a fresh one's");
    check_accessors(reused, Checker{c.text, c.title.has_value()});
  } else if (json_of(reused) != before) {
    fail("a failed warta_extract_into changed the result");
  }
  warta_result_free(result);
  warta_error_free(error);
  warta_error_free(reuse_error);
  warta_options_free(options);
  check_codepoint_offsets(c.text);
  return 0;
}
