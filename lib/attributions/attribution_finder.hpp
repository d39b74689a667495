// Attributions: who said or claimed what, quoted (direct) or reported (indirect), and through which
// outlet. Reads the document's structure — quotation marks, reporting cues, speaker phrases — and
// resolves speakers to the entities the entity stage found.
#pragma once

#include <vector>

#include "attributions/cue_lexicon.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
#include "warta/result.hpp"

namespace warta::detail {

class AttributionFinder {
 public:
  AttributionFinder();  // immutable cue tables; thread-safe
  // Spans in the returned Attributions (content.span, source_span) are WORK-text offsets
  // (Document::text); the pipeline maps them to the input and fills content.text from the input.
  // Attribution::source / via are indexes into entities.entities (entity ids).
  std::vector<warta::Attribution> find(const Document& doc, const EntityTable& entities) const;

 private:
  attr::CueLexicon lexicon_;
};

}  // namespace warta::detail
