// Attributions: who said or claimed what, quoted (direct) or reported (indirect), and through which
// outlet. Reads the document's structure — quotation marks, reporting cues, speaker phrases — and
// resolves speakers to the entities the entity stage found.
#pragma once

#include <vector>

#include "attributions/article_cues.hpp"
#include "attributions/cue_lexicon.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
#include "summits/trigger_watch.hpp"
#include "text/token_cache.hpp"
#include "warta/result.hpp"

namespace warta::detail {

// The attribution stage's per-token marks and cue lists, kept between articles by a caller that
// wants their memory reused.
struct AttributionBuffers {
  std::vector<std::uint8_t> marks;
  attr::ArticleCues cues;
  std::vector<std::uint32_t> paragraph_marks;
  TokenCache classes;                           // the cue classes looked up (TokenView)
  std::vector<std::uint32_t> pending_sentences;  // the speaker resolver's (SpeakerResolver)
  std::vector<std::uint32_t> work_starts;        // of the findings (ArticleScan)
  // What they hold on to: their capacity, whatever their size (the cache's 1 KB at most left out).
  std::size_t capacity_bytes() const noexcept {
    return marks.capacity() + cues.sentence.capacity() * sizeof(std::uint32_t) +
           cues.quotes.capacity() * sizeof(attr::QuoteSpan) + paragraph_marks.capacity() * sizeof(std::uint32_t) +
           (pending_sentences.capacity() + work_starts.capacity()) * sizeof(std::uint32_t);
  }
};

class AttributionFinder {
 public:
  AttributionFinder();  // immutable cue tables; thread-safe
  // The attributions of doc, as the result gives them: content.span and source_span are offsets
  // into the INPUT (doc.source, which must be set) and content.text is cut from it; source_text and
  // via_text are the work text's. Attribution::source / via are indexes into entities.entities
  // (entity ids).
  std::vector<warta::Attribution> find(const Document& doc, const EntityTable& entities) const;
  // The same, its work lists in `buffers`. With a `watch`, the walk that reads every token for
  // cues answers summits' trigger test for every sentence too, and tells the watch's follower how
  // far it has walked after each stretch of a long body (TriggerWatch).
  std::vector<warta::Attribution> find(const Document& doc, const EntityTable& entities,
                                       AttributionBuffers& buffers,
                                       const summits::TriggerWatch* watch = nullptr) const;
  // The same, written into `out` over the records it holds (an earlier result's), whose strings
  // keep their memory; none of them is left behind.
  void find(const Document& doc, const EntityTable& entities, AttributionBuffers& buffers,
            const summits::TriggerWatch* watch, std::vector<warta::Attribution>& out) const;

 private:
  attr::CueLexicon lexicon_;
};

}  // namespace warta::detail
