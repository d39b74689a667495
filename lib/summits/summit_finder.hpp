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
#include "summits/mention.hpp"
#include "summits/mention_reader.hpp"
#include "summits/summit_lexicon.hpp"
#include "summits/trigger_watch.hpp"
#include "text/token_cache.hpp"
#include "warta/result.hpp"

namespace warta::detail {

// The summit stage's work lists, kept between articles by a caller that wants their memory reused.
struct SummitBuffers {
  summits::MentionReader::Buffers reader, people_reader;
  std::vector<summits::Mention> mentions;  // a sentence's, emptied when handed on
  TokenCache words;                        // the lexicon entries looked up (DocContext)
  std::vector<std::uint8_t> sentence_triggers;  // per sentence, filled through SummitFinder::watch()
  // What they hold on to: their capacity, whatever their size (the cache's 1 KB at most left out).
  std::size_t capacity_bytes() const noexcept {
    return reader.capacity_bytes() + people_reader.capacity_bytes() + mentions.capacity() * sizeof(summits::Mention) +
           sentence_triggers.capacity();
  }
};

class SummitFinder {
 public:
  SummitFinder();  // immutable frame tables; thread-safe
  // Spans (evidence) are WORK-text offsets (Document::text); the pipeline maps them to the input.
  // Entity ids are indexes into entities.entities.
  std::vector<warta::Summit> find(const Document& doc, const EntityTable& entities,
                                  std::span<const DateFinding> dates) const;
  // The same, its work lists in `buffers`. With `watched`, buffers.sentence_triggers was filled for
  // this document by a walk over its tokens through watch(buffers); summits then walk none.
  std::vector<warta::Summit> find(const Document& doc, const EntityTable& entities, std::span<const DateFinding> dates,
                                  SummitBuffers& buffers, bool watched = false) const;
  // The trigger test for another stage's walk over every token, writing into `buffers`.
  summits::TriggerWatch watch(SummitBuffers& buffers) const { return {lexicon_, buffers.sentence_triggers}; }

 private:
  summits::SummitLexicon lexicon_;
};

}  // namespace warta::detail
