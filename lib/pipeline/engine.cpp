// The engine: immutable tables built once, and the per-article pipeline
// prepare text → layout → tokens/sentences → entities → dates → summits → attributions → result.
#include "warta/engine.hpp"

#include <fmt/format.h>

#include <limits>
#include <optional>

#include "attributions/attribution_finder.hpp"
#include "dates/date_finder.hpp"
#include "dates/date_scan.hpp"
#include "entities/entity_recognizer.hpp"
#include "layout/article_layout_reader.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"
#include "pipeline/reference_date.hpp"
#include "pipeline/result_assembly.hpp"
#include "pipeline/workspace_pool.hpp"
#include "summits/summit_finder.hpp"
#include "text/huge_pages.hpp"
#include "text/mojibake.hpp"
#include "text/source_text.hpp"

namespace warta {

Error::Error(ErrorCode code, const std::string& message, std::optional<std::size_t> byte_offset,
             std::optional<std::size_t> line)
    : std::runtime_error(message), code_(code), byte_offset_(byte_offset), line_(line) {}

struct Engine::Impl {
  explicit Impl(const EngineConfig& config)
      : lexicon(detail::build_lexicon(config)),
        entities(lexicon),
        workspaces(config.workspace_retention_bytes, detail::WorkspacePool::default_max_idle()) {}

  detail::MojibakeTables mojibake;
  detail::DateFinder dates;
  std::shared_ptr<const detail::Lexicon> lexicon;
  detail::EntityRecognizer entities;
  detail::SummitFinder summits;
  detail::AttributionFinder attributions;
  // Not part of what the Engine reads: buffers lent to one call at a time, behind the pool's lock.
  mutable detail::WorkspacePool workspaces;
};

Engine::Engine() : Engine(EngineConfig{}) {}

Engine::Engine(const EngineConfig& config) : impl_(std::make_shared<const Impl>(config)) {}

std::size_t detail::idle_workspace_bytes(const Engine& engine) { return engine.impl_->workspaces.idle_bytes(); }

namespace {

// Token ranges of the document's paragraphs, then their sentences. Every list is sized from the
// text once (news averages over five bytes a token, a folded form is about as long as its text,
// a sentence runs about 120 bytes), so a long body is not copied again and again as they grow;
// lists kept from an earlier call are mostly sized already. The large ones go on huge pages.
//
// With `dates`, the paragraphs where a date can start (append_paragraph looks as it reads them:
// the date grammar tokenizes what it scans again, and many paragraphs hold none) are listed in
// `date_ranges` and scanned into `findings` right after each is read, while its tokens and text
// are still in cache, against doc.reference. The findings are those of one find() over the list.
//
// With `entities`, the facts and names of the paragraphs read are taken every kEntityStretch tokens
// or so, and those of a long paragraph's sentences piece by piece as it is read, while those tokens
// are in cache (a long body's would otherwise be read back from memory by the entity stage); most
// articles are shorter and are read by the entity stage at once.
constexpr std::size_t kEntityStretch = 4096;

void segment(detail::Document& doc, const detail::DateFinder* dates, std::vector<detail::TokenizedRange>& date_ranges,
             std::vector<detail::DateFinding>& findings, detail::EntityReading* entities) {
  doc.paragraphs.reserve(doc.layout.blocks.size());
  detail::reserve_on_huge_pages(doc.tokens.list, doc.text.size() / 4 + 8);
  detail::reserve_on_huge_pages(doc.tokens.folded, doc.text.size() + detail::kFoldArenaSlack);
  doc.sentences.reserve(doc.text.size() / 96 + 8);
  std::optional<detail::DateScan> scan;
  if (dates) {
    date_ranges.reserve(doc.layout.blocks.size());
    scan.emplace(*dates, doc.text, doc.tokens, detail::DateQuery{doc.reference}, findings);
  }
  // The token count at which the entity stage reads on next; never without it.
  std::size_t entities_next = entities ? kEntityStretch : std::numeric_limits<std::size_t>::max();
  detail::PieceListener* const pieces = entities ? &entities->pieces() : nullptr;
  for (const detail::Block& b : doc.layout.blocks) {
    if (detail::append_paragraph(doc, b.span.start, b.span.end, b.kind, dates, pieces)) {  // false without dates
      const detail::Paragraph& p = doc.paragraphs.back();
      date_ranges.push_back({p.start, p.end, p.tok_begin, p.tok_end});
      scan->run(date_ranges.back());
    }
    if (doc.tokens.list.size() >= entities_next) {
      entities->advance();
      entities_next = doc.tokens.list.size() + kEntityStretch;
    }
  }
}

}  // namespace

Result Engine::extract(const Input& input, const Options& options) const {
  Result r;
  extract(input, options, r);
  return r;
}

void Engine::extract(const Input& input, const Options& options, Result& out) const {
  if (input.text.size() >= std::numeric_limits<std::uint32_t>::max())
    throw Error(ErrorCode::invalid_argument, "input is larger than 4 GiB");
  const Impl& im = *impl_;

  std::optional<detail::CivilTime> hint;
  if (input.published) {
    hint = detail::parse_reference_date(*input.published);
    if (!hint)
      throw Error(ErrorCode::invalid_argument,
                  fmt::format("published hint '{}' is not an ISO date (YYYY-MM-DD[THH:MM[:SS]])",
                              input.published->substr(0, 40)));
  }

  detail::PrepareStats stats;
  detail::SourceText src = detail::prepare_text(input.text, options.invalid_utf8,
                                                options.repair_mojibake ? &im.mojibake : nullptr, stats);
  const detail::WorkspacePool::Lease ws = im.workspaces.lend();
  detail::Document doc;
  const detail::DocumentLoan loan(*ws, doc);
  doc.source = &src;
  doc.text = src.work;
  doc.layout = detail::read_layout(doc.text, {input.title.has_value(), input.body_only}, im.dates, ws->layout_buffers);
  const bool read_dates = options.dates || options.summits;
  doc.reference = hint ? hint : doc.layout.published;
  std::vector<detail::DateFinding>& dates = ws->date_findings;  // emptied by the loan
  std::optional<detail::EntityReading> reading;
  if (options.entities || options.summits || options.attributions) {
    // Sized as segment() sizes the token list: the tokens are not all there yet.
    detail::reserve_on_huge_pages(ws->token_facts, doc.text.size() / 4 + 8);
    reading.emplace(im.entities, doc, ws->token_facts, ws->entity_buffers);
  }
  segment(doc, read_dates ? &im.dates : nullptr, ws->date_ranges, dates, reading ? &*reading : nullptr);

  detail::EntityTable entities;
  if (reading) {
    detail::reserve_on_huge_pages(ws->entity_table.token_mention, doc.tokens.list.size());
    entities = reading->finish(std::move(ws->entity_table));
  }

  // "hari ini, Rabu (19/6/2024)" fixes the report's date when no header stamp did: the dates
  // segment() found are found again against it.
  if (read_dates && !doc.reference) {
    if (auto today = detail::stated_today(doc, dates)) {
      doc.layout.published = today;
      doc.reference = today;
      im.dates.find(doc.text, doc.tokens, ws->date_ranges, {doc.reference}, dates);
    }
  }

  // Attributions' cue walk reads every token, and answers summits' trigger test for each sentence
  // on the way (a long body's tokens are not walked a second time for summits); summits read a
  // long body right behind it, stretch by stretch.
  std::optional<detail::SummitReading> summit_reading;
  if (options.summits)
    summit_reading.emplace(im.summits, doc, entities, dates, ws->summit_buffers, options.attributions);
  // The attributions are made as they are found, in `out` (mapped to the input, their texts cut).
  if (options.attributions) {
    im.attributions.find(doc, entities, ws->attribution_buffers, summit_reading ? summit_reading->watch() : nullptr,
                         out.attributions);
  } else {
    out.attributions.clear();
  }
  std::vector<Summit> summits = summit_reading ? summit_reading->finish() : std::vector<Summit>();

  // Every field of `out` is written (or emptied), in the memory it holds from an earlier call.
  out.repairs.invalid_utf8_replaced = stats.invalid_replaced;
  out.repairs.mojibake_repaired = stats.mojibake_repaired;
  detail::assemble_article(doc, input.title, out.article);
  if (options.entities) {
    detail::assemble_entities(doc, entities, out.entities);
  } else {
    out.entities.clear();
  }
  // The table's memory, its records' lists too, goes back for the next call.
  ws->entity_table = std::move(entities);
  if (options.dates) {
    detail::assemble_dates(doc, dates, out.dates);
  } else {
    out.dates.clear();
  }
  detail::assemble_summits(doc, std::move(summits), out.summits);
  // The layout's blocks were read last by the assembly; their memory goes back for the next call.
  ws->layout_buffers.blocks = std::move(doc.layout.blocks);
  if (!options.entities) {
    // Summits and attributions name entities by id; without the entity list those ids would
    // dangle, so they are dropped.
    for (Summit& s : out.summits) {
      s.participants.clear(), s.host.clear(), s.visitors.clear(), s.delegation.clear();
      s.location.reset();
    }
    for (Attribution& a : out.attributions) a.source.reset(), a.via.reset();
  }
}

}  // namespace warta
