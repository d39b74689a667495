// The entity stage: people, places, organizations and news outlets named in an article, grouped
// into one record per real-world thing (see mention_finder.hpp and entity_grouper.hpp).
#pragma once

#include <memory>
#include <vector>

#include "entities/entity_grouper.hpp"
#include "entities/entity_table.hpp"
#include "entities/mention_finder.hpp"
#include "entities/token_facts.hpp"
#include "entities/word_classes.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"

namespace warta::detail {

// The entity stage's work lists, kept between articles by a caller that wants their memory reused.
struct EntityBuffers {
  MentionFinder::Buffers finder;
  EntityGrouper::Buffers grouper;
  NameMarks marks;  // made with the facts (compute_token_facts)
  // What they hold on to: their capacity, whatever their size.
  std::size_t capacity_bytes() const noexcept {
    return finder.capacity_bytes() + grouper.capacity_bytes() + marks.capacity_bytes();
  }
};

class EntityRecognizer;

// The entity stage read while the document is segmented: advance() after paragraphs are appended
// to it writes their facts and scans them for names while their tokens are in cache (a long
// body's would otherwise be read back from memory); finish() once the document is whole groups
// the names. The table is EntityRecognizer::recognize's.
class EntityReading {
 public:
  EntityReading(const EntityRecognizer& recognizer, const Document& doc, std::vector<TokenFact>& facts,
                EntityBuffers& buffers);
  void advance() { facts_.advance(); }
  // To be told of a long paragraph's settled sentences as it is appended (append_paragraph): its
  // facts are written and its names scanned right behind the tokenizer.
  PieceListener& pieces() noexcept { return facts_; }
  EntityTable finish(EntityTable storage);

 private:
  const EntityRecognizer& recognizer_;
  const Document& doc_;
  std::vector<TokenFact>& facts_list_;
  EntityBuffers& buffers_;
  MentionFinder finder_;
  TokenFactStream facts_;
};

class EntityRecognizer {
 public:
  explicit EntityRecognizer(std::shared_ptr<const Lexicon> lexicon);
  // Const and thread-safe; linear in the document.
  EntityTable recognize(const Document& doc) const;
  // The same, with the per-token facts written into `facts` (cleared first): a caller that keeps
  // the vector across articles reuses its memory instead of mapping a new array for each.
  EntityTable recognize(const Document& doc, std::vector<TokenFact>& facts) const;
  // The same, and the table is built in `storage`'s memory (its lists emptied first), the finder's
  // and the grouper's lists in `buffers`: a caller that takes the table back when it is done with
  // it, and keeps the buffers, hands the same memory to the next article instead of allocating
  // some thirty blocks for each.
  EntityTable recognize(const Document& doc, std::vector<TokenFact>& facts, EntityTable storage,
                        EntityBuffers& buffers) const;

 private:
  friend class EntityReading;
  std::shared_ptr<const Lexicon> lexicon_;
  WordClasses words_;
  std::vector<std::uint64_t> name_keys_;  // per lexicon entry: text_key of its canonical name
};

}  // namespace warta::detail
