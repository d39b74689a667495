// Summit facts: one warta::Summit per meeting, visit, summit or call between named officials
// that the article reports (occurred or planned, including earlier meetings it recalls).
//
// Reads only sentences holding a trigger word (one hash lookup per token), turns each trigger into
// a mention (mention_reader), merges mentions of one meeting (summit_builder). Body paragraphs and
// captions are read first, then the headline and lead, which restate the body.
#pragma once

#include <span>
#include <vector>

#include "dates/date_finder.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
#include "summits/summit_lexicon.hpp"
#include "warta/result.hpp"

namespace warta::detail {

class SummitFinder {
 public:
  SummitFinder();  // immutable frame tables; thread-safe
  // Spans (evidence) are WORK-text offsets (Document::text); the pipeline maps them to the input.
  // Entity ids are indexes into entities.entities.
  std::vector<warta::Summit> find(const Document& doc, const EntityTable& entities,
                                  std::span<const DateFinding> dates) const;

 private:
  summits::SummitLexicon lexicon_;
};

}  // namespace warta::detail
