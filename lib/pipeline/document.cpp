#include "pipeline/document.hpp"

#include <algorithm>

namespace warta::detail {

std::uint32_t Document::paragraph_of_token(std::uint32_t tok) const noexcept {
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), tok,
                             [](std::uint32_t t, const Paragraph& p) { return t < p.tok_begin; });
  return it == paragraphs.begin() ? 0 : static_cast<std::uint32_t>(std::prev(it) - paragraphs.begin());
}

void append_paragraph(Document& doc, std::uint32_t start, std::uint32_t end, BlockKind kind) {
  Paragraph p;
  p.start = start;
  p.end = end;
  p.kind = kind;
  p.tok_begin = static_cast<std::uint32_t>(doc.tokens.list.size());
  tokenize(doc.text, start, end, doc.tokens);
  p.tok_end = static_cast<std::uint32_t>(doc.tokens.list.size());
  doc.paragraphs.push_back(p);
  split_sentences(doc, static_cast<std::uint32_t>(doc.paragraphs.size() - 1));
}

}  // namespace warta::detail
