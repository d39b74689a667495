#include "attributions/quote_spans.hpp"

#include <string_view>

#include "attributions/token_view.hpp"

namespace warta::detail::attr {
namespace {

// Longest run a quotation may take before it is cut at a paragraph end: a bound on the damage one
// missing closing mark can do.
constexpr std::uint32_t kMaxQuoteParagraphs = 12;

bool is_body_like(BlockKind k) { return k == BlockKind::body || k == BlockKind::lead; }

// A mark with no opener in front of it: glued to the word before it and not to the word after it.
bool looks_closing(const Document& doc, std::uint32_t i, std::uint32_t para_begin, std::uint32_t para_end) {
  const Token& t = doc.tokens.list[i];
  if (t.has(tokflag::space_before) || i == para_begin) return false;
  if (i + 1 >= para_end) return true;
  return doc.tokens.list[i + 1].has(tokflag::space_before);
}

// A curly opening mark with space before it and a word glued after it: a new quotation begins even
// if the previous one was never closed.
bool looks_opening(const Document& doc, std::uint32_t i, std::uint32_t para_end) {
  const Token& t = doc.tokens.list[i];
  if (!t.has(tokflag::open_quote) || !t.has(tokflag::space_before)) return false;
  return i + 1 < para_end && !doc.tokens.list[i + 1].has(tokflag::space_before);
}

}  // namespace

QuoteSpanFinder::QuoteSpanFinder(const Document& doc, std::span<std::uint8_t> token_marks, std::vector<QuoteSpan>& out)
    : doc_(doc), token_marks_(token_marks), out_(out) {}

void QuoteSpanFinder::open(std::uint32_t i, std::uint32_t pi) {
  cur_ = QuoteSpan{};
  cur_.open = i;
  cur_.content_begin = i + 1;
  cur_.first_paragraph = pi;
  inside_ = true;
}

void QuoteSpanFinder::finish(std::uint32_t content_end, std::uint32_t close, bool closed, std::uint32_t pi) {
  cur_.content_end = content_end;
  cur_.close = close;
  cur_.closed = closed;
  cur_.last_paragraph = pi;
  inside_ = false;
  if (content_end <= cur_.content_begin) return;  // nothing between the marks: no quotation
  const Token* toks = doc_.tokens.list.data();
  std::uint8_t* marks = token_marks_.data();
  marks[cur_.open] |= mark::in_quote;
  for (std::uint32_t k = cur_.content_begin; k < content_end; ++k) {
    marks[k] |= mark::in_quote;
    if (toks[k].kind != TokenKind::punct) ++cur_.words;
  }
  if (closed) marks[close] |= mark::in_quote;
  if (out_.capacity() == 0) out_.reserve(16);  // a typical article's quotations, without regrowing from one
  out_.push_back(cur_);
}

void QuoteSpanFinder::marks(std::uint32_t pi, std::span<const std::uint32_t> quote_marks) {
  const Paragraph& p = doc_.paragraphs[pi];
  // Past a continuation's own opening mark. Only a paragraph's first stretch holds its first token,
  // so a later stretch, read with a quotation open or not, skips nothing.
  const std::uint32_t first = inside_ ? p.tok_begin + 1 : p.tok_begin;
  for (const std::uint32_t i : quote_marks) {
    if (i < first || !is_double_mark(doc_, i)) continue;
    if (!inside_) {
      if (!looks_closing(doc_, i, p.tok_begin, p.tok_end)) open(i, pi);  // else a closer that lost its opener
    } else if (looks_opening(doc_, i, p.tok_end) && i > cur_.content_begin) {
      finish(i, i, false, pi);  // the previous quotation was never closed
      open(i, pi);
    } else {
      finish(i, i, true, pi);
    }
  }
}

void QuoteSpanFinder::end_paragraph(std::uint32_t pi) {
  if (!inside_) return;
  const Paragraph& p = doc_.paragraphs[pi];
  const std::vector<Paragraph>& ps = doc_.paragraphs;
  const bool next_opens = pi + 1 < ps.size() && is_body_like(ps[pi + 1].kind) && is_body_like(p.kind) &&
                          ps[pi + 1].tok_end > ps[pi + 1].tok_begin && is_double_mark(doc_, ps[pi + 1].tok_begin) &&
                          pi + 1 - cur_.first_paragraph < kMaxQuoteParagraphs;
  if (!next_opens) finish(p.tok_end, p.tok_end, false, pi);
}

}  // namespace warta::detail::attr
