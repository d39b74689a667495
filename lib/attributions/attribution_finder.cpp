#include "attributions/attribution_finder.hpp"

#include <utility>

#include "attributions/article_scan.hpp"

namespace warta::detail {

AttributionFinder::AttributionFinder() = default;

std::vector<warta::Attribution> AttributionFinder::find(const Document& doc, const EntityTable& entities) const {
  attr::TokenView view(doc, entities, lexicon_);
  attr::ArticleCues cues = attr::find_article_cues(view);
  if (!cues.worth_reading()) return {};
  attr::ArticleScan scan(view, std::move(cues));
  return scan.run();
}

}  // namespace warta::detail
