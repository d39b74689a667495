#include "pipeline/result_assembly.hpp"

#include <algorithm>

#include "dates/civil.hpp"
#include "pipeline/result_fields.hpp"
#include "text/utf8.hpp"

namespace warta::detail {

namespace {

// Article fields are read as text: the repaired work text, not the raw bytes.
void assign_work_text(std::optional<std::string>& field, const Document& doc, const WorkSpan& s) {
  assign_text(field, doc.slice(s.start, s.end));
}

// An ISO value at `grain` (nullopt for no time), written as assign_text() writes.
void assign_iso(std::optional<std::string>& field, const std::optional<CivilTime>& t, DateGrain grain) {
  if (!t) {
    field.reset();
    return;
  }
  if (!field) field.emplace();
  field->clear();
  civil::append_value(*field, *t, grain);
}

}  // namespace

void assemble_article(Document& doc, std::optional<std::string_view> given_title, Article& out) {
  ArticleLayout& l = doc.layout;
  InputMapper to_input(*doc.source);
  out.title_span.reset();
  if (given_title) {
    assign_text(out.title, sanitize_utf8(*given_title));
  } else if (l.title) {
    assign_work_text(out.title, doc, *l.title);
    out.title_span = to_input(l.title->start, l.title->end);
  } else {
    out.title.reset();
  }
  out.lead_span.reset();
  if (l.lead) {
    assign_work_text(out.lead, doc, *l.lead);
    out.lead_span = to_input(l.lead->start, l.lead->end);
  } else {
    out.lead.reset();
  }
  out.authors = std::move(l.authors);
  out.editors = std::move(l.editors);
  out.outlet = std::move(l.outlet);
  if (l.dateline) {
    if (!out.dateline) out.dateline.emplace();
    Dateline& d = *out.dateline;
    d.text.assign(doc.slice(l.dateline->span.start, l.dateline->span.end));
    d.place = std::move(l.dateline->place_name);
    d.span = to_input(l.dateline->span.start, l.dateline->span.end);
  } else {
    out.dateline.reset();
  }
  assign_iso(out.published, l.published, DateGrain::day);
  const bool timed = l.published && l.published->hour >= 0 && l.published->minute >= 0;
  assign_iso(out.published_time, timed ? l.published : std::nullopt, DateGrain::minute);
  out.related.resize(l.related.size());
  out.related_spans.clear();
  out.related_spans.reserve(l.related.size());
  for (std::size_t i = 0; i < l.related.size(); ++i) {
    const WorkSpan& r = l.related[i];
    out.related[i].assign(doc.slice(r.start, r.end));
    out.related_spans.push_back(to_input(r.start, r.end));
  }
  out.paragraphs.clear();
  out.sentences.clear();
  out.paragraphs.reserve(doc.paragraphs.size());
  out.sentences.reserve(doc.sentences.size());
  // A paragraph's sentences are the run [sent_begin, sent_end) of the list: paragraph by paragraph,
  // both lists come out in text order in one pass.
  for (const Paragraph& p : doc.paragraphs) {
    if (p.kind != BlockKind::body && p.kind != BlockKind::caption) continue;
    out.paragraphs.push_back(to_input(p.start, p.end));
    for (std::uint32_t i = p.sent_begin; i < p.sent_end; ++i)
      out.sentences.push_back(to_input(doc.sentences[i].start, doc.sentences[i].end));
  }
}

void assemble_entities(const Document& doc, EntityTable& table, std::vector<Entity>& out) {
  // An entity an earlier result left in `out` is written over, so its strings and mention list keep
  // their memory, and the record's strings are copied into it, so the record keeps its memory for
  // the next call's table. A new entity takes the record's strings.
  const std::size_t reused = std::min(out.size(), table.entities.size());
  out.resize(table.entities.size());
  for (std::size_t i = 0; i < table.entities.size(); ++i) {
    EntityRecord& rec = table.entities[i];
    Entity& e = out[i];
    e.id = static_cast<int>(i);
    e.type = rec.type;
    if (i < reused) {
      e.name.assign(rec.name);
      e.titles = rec.titles;  // element by element, into the strings e.titles holds
      assign_text_or_none(e.country, rec.country);
      assign_text_or_none(e.kb_id, rec.kb_id);
    } else {
      e.name = std::move(rec.name);
      e.titles = std::move(rec.titles);
      if (!rec.country.empty()) e.country = std::move(rec.country);
      if (!rec.kb_id.empty()) e.kb_id = std::move(rec.kb_id);
    }
    e.mentions.resize(rec.mention_count);
  }
  // The mentions in text order, each written into its place in its entity's list: one pass over
  // the mention table and the input, where entity by entity would read both once per entity (a
  // long body's tens of MB over and over). A record counts exactly the mentions that name it, and
  // the count is used up as they are written: the place of the next one is the list's size less
  // what is left of it.
  InputMapper to_input(*doc.source);
  for (const EntityMention& em : table.mentions) {
    const auto id = static_cast<std::size_t>(em.entity);
    std::vector<TextSpan>& mentions = out[id].mentions;
    std::uint32_t& left = table.entities[id].mention_count;
    // Were a count ever short of the mentions, the extra ones would go at the end, not past it.
    TextSpan& place = left > 0 ? mentions[mentions.size() - left--] : mentions.emplace_back();
    assign_text_span(place, *doc.source, to_input, em.start, em.end);
  }
  // And were one ever over, no place left unwritten stays.
  for (std::size_t i = 0; i < table.entities.size(); ++i) {
    if (const std::uint32_t left = table.entities[i].mention_count; left > 0)
      out[i].mentions.resize(out[i].mentions.size() - left);
  }
}

void assemble_dates(const Document& doc, std::span<DateFinding> dates, std::vector<DateMention>& out) {
  out.resize(dates.size());
  InputMapper to_input(*doc.source);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    DateFinding& d = dates[i];
    DateMention& m = out[i];
    assign_text_span(m.text, *doc.source, to_input, d.start, d.end);
    m.value = std::move(d.value);
    m.grain.assign(grain_name(d.grain));
  }
}

void assemble_summits(const Document& doc, std::vector<Summit> summits, std::vector<Summit>& out) {
  out = std::move(summits);
  InputMapper to_input(*doc.source);
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].id = static_cast<int>(i);
    for (Span& s : out[i].evidence) s = to_input(s);
  }
}

}  // namespace warta::detail
