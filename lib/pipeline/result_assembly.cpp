#include "pipeline/result_assembly.hpp"

#include "dates/civil.hpp"
#include "text/utf8.hpp"

namespace warta::detail {
namespace {

// Most articles need no repair: without edits the work text is the input, and its offsets are
// the input's. A repaired article's work text is its input up to the first edit, so a span that
// ends before it needs no mapping either (both tested inline, before the calls that would map).
Span to_input(const Document& doc, std::uint32_t start, std::uint32_t end) {
  const SourceText& src = *doc.source;
  if (src.identity() || end < src.edits.front().work_start) return {start, end};
  return {src.to_orig_start(start), src.to_orig_end(end)};
}

Span to_input(const Document& doc, const Span& work) {
  return to_input(doc, static_cast<std::uint32_t>(work.start), static_cast<std::uint32_t>(work.end));
}

// Fills `t` where it lies in the result (no TextSpan built aside, moved in and destroyed).
void set_text_span(TextSpan& t, const Document& doc, std::uint32_t start, std::uint32_t end) {
  t.span = to_input(doc, start, end);
  assign_original_slice(t.text, *doc.source, t.span.start, t.span.end);
}

// Article fields are read as text: the repaired work text, not the raw bytes.
std::string work_string(const Document& doc, const WorkSpan& s) { return std::string(doc.slice(s.start, s.end)); }

std::string iso_value(const CivilTime& t, DateGrain grain) {
  std::string out;
  civil::append_value(out, t, grain);
  return out;
}

}  // namespace

void assemble_article(Document& doc, std::optional<std::string_view> given_title, Article& out) {
  ArticleLayout& l = doc.layout;
  if (given_title) {
    out.title = sanitize_utf8(*given_title);
  } else if (l.title) {
    out.title = work_string(doc, *l.title);
    out.title_span = to_input(doc, l.title->start, l.title->end);
  }
  if (l.lead) {
    out.lead = work_string(doc, *l.lead);
    out.lead_span = to_input(doc, l.lead->start, l.lead->end);
  }
  out.authors = std::move(l.authors);
  out.editors = std::move(l.editors);
  out.outlet = std::move(l.outlet);
  if (l.dateline) {
    Dateline d;
    d.text = work_string(doc, l.dateline->span);
    d.place = std::move(l.dateline->place_name);
    d.span = to_input(doc, l.dateline->span.start, l.dateline->span.end);
    out.dateline = std::move(d);
  }
  if (l.published) {
    out.published = iso_value(*l.published, DateGrain::day);
    if (l.published->hour >= 0 && l.published->minute >= 0) out.published_time = iso_value(*l.published, DateGrain::minute);
  }
  out.related.reserve(l.related.size());
  out.related_spans.reserve(l.related.size());
  for (const WorkSpan& r : l.related) {
    out.related.push_back(work_string(doc, r));
    out.related_spans.push_back(to_input(doc, r.start, r.end));
  }
  out.paragraphs.reserve(doc.paragraphs.size());
  out.sentences.reserve(doc.sentences.size());
  // A paragraph's sentences are the run [sent_begin, sent_end) of the list: paragraph by paragraph,
  // both lists come out in text order in one pass.
  for (const Paragraph& p : doc.paragraphs) {
    if (p.kind != BlockKind::body && p.kind != BlockKind::caption) continue;
    out.paragraphs.push_back(to_input(doc, p.start, p.end));
    for (std::uint32_t i = p.sent_begin; i < p.sent_end; ++i)
      out.sentences.push_back(to_input(doc, doc.sentences[i].start, doc.sentences[i].end));
  }
}

void assemble_entities(const Document& doc, EntityTable&& table, std::vector<Entity>& out) {
  // Each entity built in its place in `out`, its mention list sized once, its strings moved.
  out.reserve(table.entities.size());
  for (std::size_t i = 0; i < table.entities.size(); ++i) {
    EntityRecord& rec = table.entities[i];
    Entity& e = out.emplace_back();
    e.id = static_cast<int>(i);
    e.type = rec.type;
    e.name = std::move(rec.name);
    e.titles = std::move(rec.titles);
    if (!rec.country.empty()) e.country = std::move(rec.country);
    if (!rec.kb_id.empty()) e.kb_id = std::move(rec.kb_id);
    e.mentions.reserve(rec.mention_count);
  }
  // The mentions in text order, each appended to its entity: one pass over the mention table and
  // the input, where entity by entity would read both once per entity (a long body's tens of MB
  // over and over). A record lists exactly the mentions that name it, in text order, so each
  // entity's list comes out the same.
  for (const EntityMention& em : table.mentions)
    set_text_span(out[static_cast<std::size_t>(em.entity)].mentions.emplace_back(), doc, em.start, em.end);
}

void assemble_dates(const Document& doc, std::span<DateFinding> dates, std::vector<DateMention>& out) {
  out.reserve(dates.size());
  for (DateFinding& d : dates) {
    DateMention& m = out.emplace_back();
    set_text_span(m.text, doc, d.start, d.end);
    m.value = std::move(d.value);
    m.grain = grain_name(d.grain);
  }
}

void assemble_summits(const Document& doc, std::vector<Summit> summits, std::vector<Summit>& out) {
  out = std::move(summits);
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].id = static_cast<int>(i);
    for (Span& s : out[i].evidence) s = to_input(doc, s);
  }
}

void assemble_attributions(const Document& doc, std::vector<Attribution> atts, std::vector<Attribution>& out) {
  out = std::move(atts);
  for (std::size_t i = 0; i < out.size(); ++i) {
    Attribution& a = out[i];
    a.id = static_cast<int>(i);
    set_text_span(a.content, doc, static_cast<std::uint32_t>(a.content.span.start),
                  static_cast<std::uint32_t>(a.content.span.end));
    if (a.source_span) *a.source_span = to_input(doc, *a.source_span);
  }
}

}  // namespace warta::detail
