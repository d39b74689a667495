#include "entities/entity_recognizer.hpp"

#include "entities/entity_grouper.hpp"
#include "entities/mention_finder.hpp"
#include "entities/token_facts.hpp"

namespace warta::detail {

EntityRecognizer::EntityRecognizer(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), words_(*lexicon_) {
  // Keyed once here instead of in every article that names the entry.
  name_keys_.reserve(lexicon_->entry_count());
  for (std::size_t e = 0; e < lexicon_->entry_count(); ++e)
    name_keys_.push_back(text_key(lexicon_->entry(static_cast<std::uint32_t>(e)).name));
}

EntityTable EntityRecognizer::recognize(const Document& doc) const {
  std::vector<TokenFact> facts;
  return recognize(doc, facts);
}

EntityTable EntityRecognizer::recognize(const Document& doc, std::vector<TokenFact>& facts) const {
  EntityBuffers buffers;
  return recognize(doc, facts, {}, buffers);
}

EntityTable EntityRecognizer::recognize(const Document& doc, std::vector<TokenFact>& facts, EntityTable storage,
                                        EntityBuffers& buffers) const {
  return EntityReading(*this, doc, facts, buffers).finish(std::move(storage));
}

EntityReading::EntityReading(const EntityRecognizer& recognizer, const Document& doc, std::vector<TokenFact>& facts,
                             EntityBuffers& buffers)
    : recognizer_(recognizer),
      doc_(doc),
      facts_list_(facts),
      buffers_(buffers),
      finder_(doc, *recognizer.lexicon_, facts, buffers.finder),
      // Each paragraph is scanned for names right behind the writing of its facts.
      facts_(doc, *recognizer.lexicon_, recognizer.words_, facts, buffers.marks, finder_) {
  finder_.begin();
}

EntityTable EntityReading::finish(EntityTable storage) {
  facts_.finish();
  std::vector<Candidate>& candidates = finder_.candidates();
  EntityGrouper grouper(doc_, *recognizer_.lexicon_, facts_list_, buffers_.marks, finder_.part_keys(),
                        recognizer_.name_keys_, candidates.size(), buffers_.grouper);
  return grouper.group(candidates, finder_.nickname_cues(), std::move(storage));
}

}  // namespace warta::detail
