// warta/1: the extraction result as JSON (field names fixed by the contract; extras only added).
#include "warta/json.hpp"

#include "json/json_writer.hpp"
#include "json/result_names.hpp"

namespace warta {
namespace {

using detail::JsonWriter;

void span_fields(JsonWriter& w, const Span& s) { w.span_members(s.start, s.end); }

void write_span(JsonWriter& w, const Span& s) { w.span_object(s.start, s.end); }

void write_text_span(JsonWriter& w, const TextSpan& t) { w.text_span_object(t.span.start, t.span.end, t.text); }

void write_ids(JsonWriter& w, const std::vector<int>& ids) {
  w.begin_array();
  for (int id : ids) w.value(id);
  w.end_array();
}

void write_strings(JsonWriter& w, const std::vector<std::string>& list) {
  w.begin_array();
  for (const auto& s : list) w.value(s);
  w.end_array();
}

void write_article(JsonWriter& w, const Article& a) {
  w.begin_object();
  w.member<"title">(a.title);
  w.member<"lead">(a.lead);
  w.key<"authors">();
  write_strings(w, a.authors);
  w.key<"editors">();
  write_strings(w, a.editors);
  w.member<"outlet">(a.outlet);
  w.key<"dateline">();
  if (a.dateline) {
    w.begin_object().member<"text">(a.dateline->text).member<"place">(a.dateline->place);
    span_fields(w, a.dateline->span);
    w.end_object();
  } else {
    w.null();
  }
  w.member<"published">(a.published);
  if (a.published_time) w.member<"published_time">(*a.published_time);
  w.key<"related">();
  write_strings(w, a.related);
  w.key<"paragraphs">().span_array(a.paragraphs);
  if (a.title_span) {
    w.key<"title_span">();
    write_span(w, *a.title_span);
  }
  w.key<"sentences">().span_array(a.sentences);
  w.end_object();
}

void write_entity(JsonWriter& w, const Entity& e) {
  w.begin_object();
  w.member<"id">(e.id).name_member<"type">(detail::entity_type_name(e.type)).member<"name">(e.name);
  w.key<"mentions">().text_span_array(e.mentions);
  if (!e.titles.empty()) {
    w.key<"titles">();
    write_strings(w, e.titles);
  }
  if (e.country) w.member<"country">(*e.country);
  if (e.kb_id) w.member<"kb_id">(*e.kb_id);
  w.end_object();
}

void write_summit(JsonWriter& w, const Summit& s) {
  w.begin_object();
  w.member<"id">(s.id).name_member<"kind">(detail::summit_kind_name(s.kind));
  w.name_member<"status">(detail::summit_status_name(s.status));
  w.key<"participants">();
  write_ids(w, s.participants);
  w.key<"host">();
  write_ids(w, s.host);
  w.key<"visitors">();
  write_ids(w, s.visitors);
  w.member<"location">(s.location);
  w.member<"date">(s.date);
  w.member<"date_text">(s.date_text);
  w.key<"topics">();
  write_strings(w, s.topics);
  w.key<"evidence">().span_array(s.evidence);
  w.key<"delegation">();
  write_ids(w, s.delegation);
  w.key<"outcomes">().begin_array();
  for (const SummitOutcome& o : s.outcomes) {
    w.begin_object().member<"kind">(o.kind).member<"text">(o.text).key<"signatories">();
    write_ids(w, o.signatories);
    w.end_object();
  }
  w.end_array();
  w.key<"milestones">().begin_array();
  for (const SummitMilestone& m : s.milestones) {
    w.begin_object().member<"kind">(m.kind).member<"n">(m.n).member<"text">(m.text).end_object();
  }
  w.end_array();
  w.key<"mode">();
  write_strings(w, s.mode);
  w.member<"cameo">(s.cameo);
  w.end_object();
}

void write_attribution(JsonWriter& w, const Attribution& a) {
  w.begin_object();
  w.member<"id">(a.id).member<"source">(a.source).member<"source_text">(a.source_text);
  w.member<"cue">(a.cue).name_member<"kind">(detail::attribution_kind_name(a.kind));
  w.key<"content">();
  write_text_span(w, a.content);
  w.member<"via">(a.via).member<"via_text">(a.via_text);
  w.member<"speaker_mention">(a.speaker_mention).member<"in_headline">(a.in_headline);
  if (a.source_span) {
    w.key<"source_span">();
    write_span(w, *a.source_span);
  }
  w.end_object();
}

// The members every output object starts with.
void write_head(JsonWriter& w, const JsonOptions& options) {
  w.begin_object();
  if (!options.id.empty()) w.member<"id">(options.id);
  if (!options.input_name.empty()) w.member<"input">(options.input_name);
  w.member<"schema">("warta/1");
}

// A generous guess of the compact output's size, so its buffer is allocated once: per item an
// allowance for the member names and numbers around it, plus the strings it quotes.
std::size_t estimated_size(const Result& r) {
  const Article& a = r.article;
  std::size_t n = 512 + (a.title ? a.title->size() : 0) + (a.lead ? a.lead->size() : 0);
  for (const auto* list : {&a.authors, &a.editors, &a.related})
    for (const std::string& s : *list) n += 4 + s.size();
  n += 32 * (a.paragraphs.size() + a.sentences.size());
  // A mention's allowance covers a text of up to 24 bytes (most are one to three words): guessed
  // from the count, its strings are not visited twice.
  for (const Entity& e : r.entities) n += 96 + e.name.size() + 64 * e.mentions.size();
  for (const Attribution& at : r.attributions) n += 320 + at.source_text.size() + at.content.text.size();
  n += 640 * r.summits.size();
  for (const DateMention& d : r.dates) n += 80 + d.text.text.size();
  return n;
}

void write_error(JsonWriter& w, const JsonError& error, const JsonOptions& options) {
  write_head(w, options);
  w.key<"error">().begin_object();
  w.member<"code">(error.code).member<"message">(error.message);
  if (error.byte_offset) w.member<"byte_offset">(*error.byte_offset);
  w.end_object();
  w.end_object();
}

void write_result(JsonWriter& w, const Result& r, const JsonOptions& options) {
  write_head(w, options);
  w.key<"article">();
  write_article(w, r.article);
  w.key<"entities">().begin_array();
  for (const Entity& e : r.entities) write_entity(w, e);
  w.end_array();
  w.key<"summits">().begin_array();
  for (const Summit& s : r.summits) write_summit(w, s);
  w.end_array();
  w.key<"attributions">().begin_array();
  for (const Attribution& a : r.attributions) write_attribution(w, a);
  w.end_array();
  w.key<"dates">().begin_array();
  for (const DateMention& d : r.dates) {
    w.begin_object();
    span_fields(w, d.text.span);
    w.member<"text">(d.text.text).member<"value">(d.value).member<"grain">(d.grain);
    w.end_object();
  }
  w.end_array();
  w.key<"repairs">().begin_object();
  w.member<"invalid_utf8_replaced">(r.repairs.invalid_utf8_replaced);
  w.member<"mojibake_repaired">(r.repairs.mojibake_repaired);
  w.end_object();
  w.end_object();
}

}  // namespace

// Indented output is the compact output indented afterwards.
std::string error_to_json(const JsonError& error, const JsonOptions& options) {
  std::string out;
  {
    JsonWriter w(out);  // trims `out` to the JSON when it goes out of scope
    write_error(w, error, options);
  }
  if (options.pretty) return detail::indent_json(out);
  return out;  // moved, not copied (a conditional expression would copy it)
}

std::string to_json(const Result& r, const JsonOptions& options) {
  std::string out;
  {
    JsonWriter w(out, estimated_size(r));
    write_result(w, r, options);
  }
  if (options.pretty) return detail::indent_json(out);
  return out;  // moved, not copied (a conditional expression would copy it)
}

}  // namespace warta
