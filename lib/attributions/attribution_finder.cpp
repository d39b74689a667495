#include "attributions/attribution_finder.hpp"

#include "attributions/article_scan.hpp"

namespace warta::detail {

AttributionFinder::AttributionFinder() = default;

std::vector<warta::Attribution> AttributionFinder::find(const Document& doc, const EntityTable& entities) const {
  attr::ArticleScan scan(doc, entities, lexicon_);
  return scan.run();
}

}  // namespace warta::detail
