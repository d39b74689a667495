#include "pipeline/document.hpp"

#include <algorithm>

namespace warta::detail {

std::uint32_t Document::sentence_of(std::uint32_t tok) const noexcept {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), tok,
                             [](std::uint32_t t, const Sentence& s) { return t < s.tok_begin; });
  return it == sentences.begin() ? 0 : static_cast<std::uint32_t>(std::prev(it) - sentences.begin());
}

std::uint32_t Document::paragraph_of_token(std::uint32_t tok) const noexcept {
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), tok,
                             [](std::uint32_t t, const Paragraph& p) { return t < p.tok_begin; });
  return it == paragraphs.begin() ? 0 : static_cast<std::uint32_t>(std::prev(it) - paragraphs.begin());
}

}  // namespace warta::detail
