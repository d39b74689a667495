#include "entities/entity_recognizer.hpp"

#include "entities/entity_grouper.hpp"
#include "entities/mention_finder.hpp"
#include "entities/token_facts.hpp"

namespace warta::detail {

EntityRecognizer::EntityRecognizer(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), words_(*lexicon_) {}

EntityTable EntityRecognizer::recognize(const Document& doc) const {
  const std::vector<TokenFact> facts = compute_token_facts(doc, *lexicon_, words_);
  std::vector<Candidate> candidates = MentionFinder(doc, *lexicon_, facts).find();
  return EntityGrouper(doc, *lexicon_, facts).group(std::move(candidates));
}

}  // namespace warta::detail
