// Quotations: pairs of double quotation marks (straight, curly or mixed) found paragraph by paragraph.
// A quotation left open at the end of a paragraph continues only when the next paragraph opens with
// a mark (the multi-paragraph convention); otherwise it ends with its paragraph, so a stray mark never
// swallows the rest of the article.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "pipeline/document.hpp"

namespace warta::detail::attr {

struct QuoteSpan {
  std::uint32_t open = 0;                         // token of the opening mark
  std::uint32_t close = 0;                        // token of the closing mark (== content_end when unclosed)
  std::uint32_t content_begin = 0, content_end = 0;  // tokens between the marks
  std::uint32_t first_paragraph = 0, last_paragraph = 0;
  std::uint32_t words = 0;                        // word and number tokens inside
  bool closed = false;
};

// Is the quotation-mark token `t` a double mark of any style (not ‘ ’ or ')?
bool is_double_mark_text(const Document& doc, const Token& t) noexcept;

// Is token i a double quotation mark of any style? Inline, since the scanners ask it of token after
// token and almost every one is no quotation mark at all.
inline bool is_double_mark(const Document& doc, std::uint32_t i) noexcept {
  const Token& t = doc.tokens.list[i];
  return t.kind == TokenKind::punct && t.has(tokflag::quote) && is_double_mark_text(doc, t);
}

// Every quotation of the document in text order; single marks are left alone (they quote terms and
// nest inside double quotes). `quote_marks`: every token that is a quotation mark of any style, in
// text order (ArticleCues::quote_marks); the scan visits those and the paragraph ends only.
// Also sets mark::in_quote in `token_marks` (one per token) on every token of each quotation, its
// marks included: the words are counted in the same walk, so a quotation is read once.
std::vector<QuoteSpan> find_quote_spans(const Document& doc, std::span<const std::uint32_t> quote_marks,
                                        std::span<std::uint8_t> token_marks);

}  // namespace warta::detail::attr
