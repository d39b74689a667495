// Summit facts: one warta::Summit per meeting, visit, summit or call between named officials
// that the article reports (occurred or planned, including earlier meetings it recalls).
//
// Reads only sentences holding a trigger word (one hash lookup per token), turns each trigger into
// a mention (mention_reader), merges mentions of one meeting (summit_builder). Body paragraphs and
// captions are read first, then the headline and lead, which restate the body.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "dates/date_finder.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
#include "summits/doc_context.hpp"
#include "summits/mention.hpp"
#include "summits/mention_reader.hpp"
#include "summits/summit_builder.hpp"
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
  // The same, its work lists in `buffers`.
  std::vector<warta::Summit> find(const Document& doc, const EntityTable& entities, std::span<const DateFinding> dates,
                                  SummitBuffers& buffers) const;

 private:
  friend class SummitReading;
  summits::SummitLexicon lexicon_;
};

// One document's summit reading, which may follow another stage's walk over the tokens (watch():
// the attribution cue walk). Then summits walk no token for triggers themselves, and read a long
// body's sentences stretch by stretch right behind that walk, while their tokens are in cache.
// The summits found are those of SummitFinder::find.
class SummitReading final : public summits::WatchFollower {
 public:
  // With `watched`, watch() must be handed to a walk over all of `doc` before finish().
  SummitReading(const SummitFinder& finder, const Document& doc, const EntityTable& entities,
                std::span<const DateFinding> dates, SummitBuffers& buffers, bool watched);
  SummitReading(const SummitReading&) = delete;  // the readers refer to the context
  SummitReading& operator=(const SummitReading&) = delete;

  // The trigger test for the walk, or null when not watched.
  const summits::TriggerWatch* watch() const { return watched_ ? &watch_ : nullptr; }
  // Reads the body sentences before sentence_end (their trigger bytes are final).
  void walked_to(std::uint32_t sentence_end) override;
  // Reads what is left and returns the summits.
  std::vector<warta::Summit> finish();

 private:
  // Makes the readers, once a trigger was seen: an article without one costs no more.
  void start();
  // The body pass (every paragraph but the headline and lead) up to sentence_end.
  void read_body_to(std::uint32_t sentence_end);
  void read_sentence(std::uint32_t s, bool summary);

  const Document& doc_;
  SummitBuffers& buffers_;
  const bool watched_;
  const summits::TriggerWatch watch_;
  summits::DocContext context_;
  std::optional<summits::MentionReader> people_reader_, reader_;
  std::optional<summits::SummitBuilder> builder_;
  std::uint32_t looked_to_ = 0;       // watched, not started: the bytes before it hold no trigger
  std::uint32_t next_paragraph_ = 0;  // the body pass: the paragraph it is in
  std::uint32_t next_sentence_ = 0;   // and the first sentence of it not read yet
};

}  // namespace warta::detail
