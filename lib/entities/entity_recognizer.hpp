// The entity stage: people, places, organizations and news outlets named in an article, grouped
// into one record per real-world thing (see mention_finder.hpp and entity_grouper.hpp).
#pragma once

#include <memory>
#include <vector>

#include "entities/entity_table.hpp"
#include "entities/token_facts.hpp"
#include "entities/word_classes.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"

namespace warta::detail {

class EntityRecognizer {
 public:
  explicit EntityRecognizer(std::shared_ptr<const Lexicon> lexicon);
  // Const and thread-safe; linear in the document.
  EntityTable recognize(const Document& doc) const;
  // The same, with the per-token facts written into `facts` (cleared first): a caller that keeps
  // the vector across articles reuses its memory instead of mapping a new array for each.
  EntityTable recognize(const Document& doc, std::vector<TokenFact>& facts) const;
  // The same, and the table's per-token index (EntityTable::token_mention) is built in
  // `token_mention_storage`'s memory: a caller that takes the index back out of the table when it
  // is done with it can hand the same memory to the next article.
  EntityTable recognize(const Document& doc, std::vector<TokenFact>& facts,
                        std::vector<std::int32_t> token_mention_storage) const;

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  WordClasses words_;
  std::vector<std::uint64_t> name_keys_;  // per lexicon entry: text_key of its canonical name
};

}  // namespace warta::detail
