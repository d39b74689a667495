// Builds the C view of a Result once, so the accessors are plain copies.
#include "result_view.hpp"

#include <optional>
#include <string>

namespace {

const char* c_str(const std::optional<std::string>& s) { return s ? s->c_str() : nullptr; }

int id_or_none(const std::optional<int>& id) { return id ? *id : -1; }

warta_span span_view(const warta::Span& s) { return {s.start, s.end}; }

warta_text_span text_span_view(const warta::TextSpan& t) {
  return {t.span.start, t.span.end, t.text.c_str(), t.text.size()};
}

// The next array of `pool` for a view, emptied: one a view before used keeps its memory.
template <class T>
std::vector<T>& next_array(std::vector<std::vector<T>>& pool, std::size_t& used) {
  if (used == pool.size()) pool.emplace_back();
  std::vector<T>& out = pool[used++];
  out.clear();
  return out;
}

}  // namespace

warta_result::warta_result(warta::Result&& r) : result(std::move(r)) { build_view(); }

void warta_result::build_view() {
  strings_used_ = spans_used_ = text_spans_used_ = outcomes_used_ = milestones_used_ = 0;
  article = {};
  entities.clear();
  summits.clear();
  attributions.clear();
  dates.clear();
  build_article();
  entities.reserve(result.entities.size());
  for (const auto& e : result.entities) entities.push_back(entity_view(e));
  summits.reserve(result.summits.size());
  for (const auto& s : result.summits) summits.push_back(summit_view(s));
  attributions.reserve(result.attributions.size());
  for (const auto& a : result.attributions) attributions.push_back(attribution_view(a));
  dates.reserve(result.dates.size());
  for (const auto& d : result.dates) dates.push_back({text_span_view(d.text), c_str(d.value), d.grain.c_str()});
}

const char* const* warta_result::strings(const std::vector<std::string>& v) {
  auto& out = next_array(string_arrays_, strings_used_);
  out.reserve(v.size());
  for (const auto& s : v) out.push_back(s.c_str());
  return out.data();
}

const warta_span* warta_result::spans(const std::vector<warta::Span>& v) {
  auto& out = next_array(span_arrays_, spans_used_);
  out.reserve(v.size());
  for (const auto& s : v) out.push_back(span_view(s));
  return out.data();
}

const warta_text_span* warta_result::text_spans(const std::vector<warta::TextSpan>& v) {
  auto& out = next_array(text_span_arrays_, text_spans_used_);
  out.reserve(v.size());
  for (const auto& t : v) out.push_back(text_span_view(t));
  return out.data();
}

void warta_result::build_article() {
  const warta::Article& a = result.article;
  warta_article& c = article;
  c.title = c_str(a.title);
  c.has_title_span = a.title_span.has_value();
  if (a.title_span) c.title_span = span_view(*a.title_span);
  c.lead = c_str(a.lead);
  c.has_lead_span = a.lead_span.has_value();
  if (a.lead_span) c.lead_span = span_view(*a.lead_span);
  c.outlet = c_str(a.outlet);
  c.has_dateline = a.dateline.has_value();
  if (a.dateline) {
    c.dateline_text = a.dateline->text.c_str();
    c.dateline_place = c_str(a.dateline->place);
    c.dateline_span = span_view(a.dateline->span);
  }
  c.published = c_str(a.published);
  c.published_time = c_str(a.published_time);
  c.authors = strings(a.authors);
  c.author_count = a.authors.size();
  c.editors = strings(a.editors);
  c.editor_count = a.editors.size();
  c.related = strings(a.related);
  c.related_count = a.related.size();
  c.related_spans = spans(a.related_spans);
  c.paragraphs = spans(a.paragraphs);
  c.paragraph_count = a.paragraphs.size();
  c.sentences = spans(a.sentences);
  c.sentence_count = a.sentences.size();
}

warta_entity warta_result::entity_view(const warta::Entity& e) {
  warta_entity c{};
  c.id = e.id;
  c.type = static_cast<int>(e.type);
  c.type_name = warta::to_string(e.type);
  c.name = e.name.c_str();
  c.mentions = text_spans(e.mentions);
  c.mention_count = e.mentions.size();
  c.titles = strings(e.titles);
  c.title_count = e.titles.size();
  c.country = c_str(e.country);
  c.kb_id = c_str(e.kb_id);
  return c;
}

warta_summit warta_result::summit_view(const warta::Summit& s) {
  warta_summit c{};
  c.id = s.id;
  c.kind = static_cast<int>(s.kind);
  c.kind_name = warta::to_string(s.kind);
  c.status = static_cast<int>(s.status);
  c.status_name = warta::to_string(s.status);
  c.participants = s.participants.data();
  c.participant_count = s.participants.size();
  c.host = s.host.data();
  c.host_count = s.host.size();
  c.visitors = s.visitors.data();
  c.visitor_count = s.visitors.size();
  c.location = id_or_none(s.location);
  c.date = c_str(s.date);
  c.date_text = c_str(s.date_text);
  c.topics = strings(s.topics);
  c.topic_count = s.topics.size();
  c.evidence = spans(s.evidence);
  c.evidence_count = s.evidence.size();
  c.delegation = s.delegation.data();
  c.delegation_count = s.delegation.size();
  auto& outcomes = next_array(outcome_arrays_, outcomes_used_);
  for (const auto& o : s.outcomes)
    outcomes.push_back({o.kind.c_str(), o.text.c_str(), o.signatories.data(), o.signatories.size()});
  c.outcomes = outcomes.data();
  c.outcome_count = outcomes.size();
  auto& milestones = next_array(milestone_arrays_, milestones_used_);
  for (const auto& m : s.milestones) milestones.push_back({m.kind.c_str(), m.n.has_value(), m.n.value_or(0), m.text.c_str()});
  c.milestones = milestones.data();
  c.milestone_count = milestones.size();
  c.mode = strings(s.mode);
  c.mode_count = s.mode.size();
  c.cameo = c_str(s.cameo);
  return c;
}

warta_attribution warta_result::attribution_view(const warta::Attribution& a) {
  warta_attribution c{};
  c.id = a.id;
  c.source = id_or_none(a.source);
  c.source_text = a.source_text.c_str();
  c.has_source_span = a.source_span.has_value();
  if (a.source_span) c.source_span = span_view(*a.source_span);
  c.cue = c_str(a.cue);
  c.kind = static_cast<int>(a.kind);
  c.kind_name = warta::to_string(a.kind);
  c.content = text_span_view(a.content);
  c.via = id_or_none(a.via);
  c.via_text = c_str(a.via_text);
  c.speaker_mention = a.speaker_mention.c_str();
  c.in_headline = a.in_headline;
  return c;
}
