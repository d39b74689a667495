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

bool is_double_mark_text(const Document& doc, const Token& t) noexcept {
  std::string_view s = doc.text.substr(t.start, t.end - t.start);
  return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x9E" || s == "\xE2\x80\x9F" ||
         s == "\xC2\xAB" || s == "\xC2\xBB";
}

std::vector<QuoteSpan> find_quote_spans(const Document& doc, std::span<const std::uint32_t> quote_marks,
                                        std::span<std::uint8_t> token_marks) {
  std::vector<QuoteSpan> out;
  out.reserve(quote_marks.size());  // each quotation takes at least one mark: never regrown
  const auto& toks = doc.tokens.list;
  bool inside = false;
  QuoteSpan cur;
  auto finish = [&](std::uint32_t content_end, std::uint32_t close, bool closed, std::uint32_t para) {
    cur.content_end = content_end;
    cur.close = close;
    cur.closed = closed;
    cur.last_paragraph = para;
    inside = false;
    if (content_end <= cur.content_begin) return;  // nothing between the marks: no quotation
    std::uint8_t* marks = token_marks.data();
    marks[cur.open] |= mark::in_quote;
    for (std::uint32_t k = cur.content_begin; k < content_end; ++k) {
      marks[k] |= mark::in_quote;
      if (toks[k].kind != TokenKind::punct) ++cur.words;
    }
    if (closed) marks[close] |= mark::in_quote;
    out.push_back(cur);
  };
  std::size_t m = 0;  // the next quotation mark
  for (std::uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Paragraph& p = doc.paragraphs[pi];
    const std::uint32_t first = inside ? p.tok_begin + 1 : p.tok_begin;  // past a continuation's own opening mark
    while (m < quote_marks.size() && quote_marks[m] < p.tok_begin) ++m;
    for (; m < quote_marks.size() && quote_marks[m] < p.tok_end; ++m) {
      const std::uint32_t i = quote_marks[m];
      if (i < first || !is_double_mark(doc, i)) continue;
      if (!inside) {
        if (looks_closing(doc, i, p.tok_begin, p.tok_end)) continue;  // a closer that lost its opener
        cur = QuoteSpan{};
        cur.open = i;
        cur.content_begin = i + 1;
        cur.first_paragraph = pi;
        inside = true;
      } else if (looks_opening(doc, i, p.tok_end) && i > cur.content_begin) {
        finish(i, i, false, pi);  // the previous quotation was never closed
        cur = QuoteSpan{};
        cur.open = i;
        cur.content_begin = i + 1;
        cur.first_paragraph = pi;
        inside = true;
      } else {
        finish(i, i, true, pi);
      }
    }
    if (!inside) continue;
    bool next_opens = pi + 1 < doc.paragraphs.size() && is_body_like(doc.paragraphs[pi + 1].kind) &&
                      is_body_like(p.kind) && doc.paragraphs[pi + 1].tok_end > doc.paragraphs[pi + 1].tok_begin &&
                      is_double_mark(doc, doc.paragraphs[pi + 1].tok_begin) &&
                      pi + 1 - cur.first_paragraph < kMaxQuoteParagraphs;
    if (!next_opens) finish(p.tok_end, p.tok_end, false, pi);
  }
  return out;
}

}  // namespace warta::detail::attr
