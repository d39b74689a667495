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

// Is token i a double quotation mark of any style (not ‘ ’ or ')? The tokenizer's flag, not the
// mark's text: a long body's text is long gone from cache when the quotations are paired.
inline bool is_double_mark(const Document& doc, std::uint32_t i) noexcept {
  const Token& t = doc.tokens.list[i];
  return t.kind == TokenKind::punct && t.has(tokflag::double_quote);
}

// Every quotation of the document in text order, found paragraph by paragraph as the article's
// first pass (ArticleCueReader) walks it, while the paragraph's tokens are at hand; single marks
// are left alone (they quote terms and nest inside double quotes). Also sets mark::in_quote in
// `token_marks` (one per token) on every token of each quotation, its marks included, in the same
// walk that counts its words.
class QuoteSpanFinder {
 public:
  QuoteSpanFinder(const Document& doc, std::span<std::uint8_t> token_marks, std::vector<QuoteSpan>& out);
  // Paragraph pi, after every paragraph before it: `quote_marks` are its tokens that are quotation
  // marks of any style, in text order.
  void paragraph(std::uint32_t pi, std::span<const std::uint32_t> quote_marks) {
    marks(pi, quote_marks);
    end_paragraph(pi);
  }
  // The same in parts, for a paragraph too long to be read at once: its marks a stretch of
  // sentences at a time, each stretch after the ones before it, then its end.
  void marks(std::uint32_t pi, std::span<const std::uint32_t> quote_marks);
  void end_paragraph(std::uint32_t pi);
  // Is a quotation open at the end of what was read? A paragraph without marks matters only then.
  bool inside() const noexcept { return inside_; }
  // The opening mark of that quotation.
  std::uint32_t open_mark() const noexcept { return cur_.open; }

 private:
  void open(std::uint32_t i, std::uint32_t pi);
  void finish(std::uint32_t content_end, std::uint32_t close, bool closed, std::uint32_t pi);

  const Document& doc_;
  std::span<std::uint8_t> token_marks_;
  std::vector<QuoteSpan>& out_;
  QuoteSpan cur_;
  bool inside_ = false;  // cur_ is open
};

}  // namespace warta::detail::attr
