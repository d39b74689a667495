#include "result_checks.hpp"

#include <string>

#include "fuzz_case.hpp"
#include "json_check.hpp"
#include "warta/json.hpp"

namespace warta::fuzz {
namespace {

struct SpanChecker {
  std::string_view text;
  bool title_separate;
  bool exact_text;  // nothing repaired: a TextSpan's text is exactly its input bytes

  void span(const warta::Span& s, std::string_view what) const {
    if (s.start > s.end) fail(std::string(what) + ": span starts after its end");
    // A separately given title is not part of `text`; its spans cannot be bounded by it.
    if (!title_separate && s.end > text.size()) fail(std::string(what) + ": span ends past the input");
  }
  void text_span(const warta::TextSpan& t, std::string_view what) const {
    span(t.span, what);
    if (!is_valid_utf8(t.text)) fail(std::string(what) + ": text is not valid UTF-8");
    if (exact_text && !title_separate && text.substr(t.span.start, t.span.end - t.span.start) != t.text)
      fail(std::string(what) + ": text differs from the input bytes it spans");
  }
};

void check_entity_id(const warta::Result& r, int id, std::string_view what) {
  for (const warta::Entity& e : r.entities)
    if (e.id == id) return;
  fail(std::string(what) + ": refers to entity " + std::to_string(id) + ", which does not exist");
}

void check_article(const warta::Article& a, const SpanChecker& spans) {
  if (a.title && !is_valid_utf8(*a.title)) fail("title is not valid UTF-8");
  if (a.lead && !is_valid_utf8(*a.lead)) fail("lead is not valid UTF-8");
  if (a.title_span) spans.span(*a.title_span, "title");
  if (a.lead_span) spans.span(*a.lead_span, "lead");
  if (a.dateline) spans.span(a.dateline->span, "dateline");
  for (const warta::Span& s : a.related_spans) spans.span(s, "related");
  for (const warta::Span& s : a.paragraphs) spans.span(s, "paragraph");
  for (const warta::Span& s : a.sentences) spans.span(s, "sentence");
}

}  // namespace

void check_result(const warta::Result& r, std::string_view text, bool title_separate) {
  const bool repaired = r.repairs.invalid_utf8_replaced != 0 || r.repairs.mojibake_repaired != 0;
  const SpanChecker spans{text, title_separate, !repaired};
  check_article(r.article, spans);
  for (const warta::Entity& e : r.entities) {
    if (!is_valid_utf8(e.name)) fail("entity name is not valid UTF-8");
    for (const warta::TextSpan& m : e.mentions) spans.text_span(m, "entity mention");
  }
  for (const warta::Summit& s : r.summits) {
    for (const int id : s.participants) check_entity_id(r, id, "summit participant");
    for (const int id : s.host) check_entity_id(r, id, "summit host");
    for (const int id : s.visitors) check_entity_id(r, id, "summit visitor");
    for (const int id : s.delegation) check_entity_id(r, id, "summit delegation");
    if (s.location) check_entity_id(r, *s.location, "summit location");
    for (const warta::Span& e : s.evidence) spans.span(e, "summit evidence");
  }
  for (const warta::Attribution& a : r.attributions) {
    if (a.source) check_entity_id(r, *a.source, "attribution source");
    if (a.via) check_entity_id(r, *a.via, "attribution via");
    if (a.source_span) spans.span(*a.source_span, "attribution source");
    spans.text_span(a.content, "attribution content");
  }
  for (const warta::DateMention& d : r.dates) spans.text_span(d.text, "date");

  std::string error;
  if (!is_valid_json(warta::to_json(r), error)) fail("to_json is not valid JSON: " + error);
  // An id with characters that need escaping, as JSON Lines ids may have.
  if (!is_valid_json(warta::to_json(r, {.pretty = true, .id = "id \"1\"\n\x01\\"}), error))
    fail("pretty to_json with an id is not valid JSON: " + error);
}

}  // namespace warta::fuzz
