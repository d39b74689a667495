#include "pipeline/result_assembly.hpp"

#include <algorithm>
#include <limits>

#include "dates/civil.hpp"
#include "text/utf8.hpp"

namespace warta::detail {

InputMapper::InputMapper(const SourceText& src) noexcept
    : edits_(src.edits),
      unedited_end_(src.edits.empty() ? std::numeric_limits<std::size_t>::max() : src.edits.front().work_start) {}

std::size_t InputMapper::seek(std::size_t pos) noexcept {
  // Spans come in text order, so the cursor mostly stays or moves a step or two (a quotation's
  // speaker before it, a paragraph's first sentence after the paragraph); longer moves are a
  // search of the side the position lies on, so no order makes the walk long.
  constexpr std::size_t kSteps = 4;
  const auto starts_after = [](std::size_t p, const TextEdit& e) { return p < e.work_start; };
  const auto first = edits_.begin();
  std::size_t k = next_;
  for (std::size_t steps = 0; k > 0 && edits_[k - 1].work_start > pos; --k) {
    if (++steps > kSteps) {
      k = static_cast<std::size_t>(std::upper_bound(first, first + static_cast<std::ptrdiff_t>(k), pos, starts_after) - first);
      break;
    }
  }
  for (std::size_t steps = 0; k < edits_.size() && edits_[k].work_start <= pos; ++k) {
    if (++steps > kSteps) {
      k = static_cast<std::size_t>(std::upper_bound(first + static_cast<std::ptrdiff_t>(k), edits_.end(), pos, starts_after) - first);
      break;
    }
  }
  next_ = k;
  return k;
}

std::size_t InputMapper::orig_start(std::size_t pos) noexcept {
  // The last edit starting at or before pos.
  const std::size_t k = seek(pos);
  return k == 0 ? pos : edits_[k - 1].orig_start_of(pos);
}

std::size_t InputMapper::orig_end(std::size_t pos) noexcept {
  // The last edit starting before pos: an end inside or at the end of a replacement widens to it.
  std::size_t k = seek(pos);
  while (k > 0 && edits_[k - 1].work_start >= pos) --k;
  return k == 0 ? pos : edits_[k - 1].orig_end_of(pos);
}

namespace {

// Fills `t` where it lies in the result (no TextSpan built aside, moved in and destroyed).
void set_text_span(TextSpan& t, const SourceText& src, InputMapper& to_input, std::size_t start, std::size_t end) {
  t.span = to_input(start, end);
  assign_original_slice(t.text, src, t.span.start, t.span.end);
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
  InputMapper to_input(*doc.source);
  if (given_title) {
    out.title = sanitize_utf8(*given_title);
  } else if (l.title) {
    out.title = work_string(doc, *l.title);
    out.title_span = to_input(l.title->start, l.title->end);
  }
  if (l.lead) {
    out.lead = work_string(doc, *l.lead);
    out.lead_span = to_input(l.lead->start, l.lead->end);
  }
  out.authors = std::move(l.authors);
  out.editors = std::move(l.editors);
  out.outlet = std::move(l.outlet);
  if (l.dateline) {
    Dateline d;
    d.text = work_string(doc, l.dateline->span);
    d.place = std::move(l.dateline->place_name);
    d.span = to_input(l.dateline->span.start, l.dateline->span.end);
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
    out.related_spans.push_back(to_input(r.start, r.end));
  }
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
  InputMapper to_input(*doc.source);
  for (const EntityMention& em : table.mentions)
    set_text_span(out[static_cast<std::size_t>(em.entity)].mentions.emplace_back(), *doc.source, to_input, em.start,
                  em.end);
}

void assemble_dates(const Document& doc, std::span<DateFinding> dates, std::vector<DateMention>& out) {
  out.reserve(dates.size());
  InputMapper to_input(*doc.source);
  for (DateFinding& d : dates) {
    DateMention& m = out.emplace_back();
    set_text_span(m.text, *doc.source, to_input, d.start, d.end);
    m.value = std::move(d.value);
    m.grain = grain_name(d.grain);
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

void assemble_attributions(const Document& doc, std::vector<Attribution> atts, std::vector<Attribution>& out) {
  out = std::move(atts);
  InputMapper to_input(*doc.source);
  for (std::size_t i = 0; i < out.size(); ++i) {
    Attribution& a = out[i];
    a.id = static_cast<int>(i);
    set_text_span(a.content, *doc.source, to_input, a.content.span.start, a.content.span.end);
    if (a.source_span) *a.source_span = to_input(*a.source_span);
  }
}

}  // namespace warta::detail
