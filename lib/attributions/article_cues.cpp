#include "attributions/article_cues.hpp"

#include <algorithm>

#include "text/huge_pages.hpp"

namespace warta::detail::attr {

ArticleCueReader::ArticleCueReader(TokenView& v) : v_(v), quotes_(v.doc, v.marks, cues_.quotes) {
  cues_.sentence.assign(v.doc.sentences.size(), 0);
  // A long body's quotations, reserved from a bound (each takes two tokens at least) on huge pages
  // rather than copied into ever larger arrays; pages of the reserve never written are never mapped.
  // Shorter articles reserve a few when they find the first (QuoteSpanFinder).
  const std::size_t max_quotes = v.doc.tokens.list.size() / 2;
  if (max_quotes * sizeof(QuoteSpan) >= kHugePageAdviceMinBytes) reserve_on_huge_pages(cues_.quotes, max_quotes);
  paragraph_marks_.reserve(32);  // more than a paragraph's marks, without regrowing from one
}

void ArticleCueReader::read(std::uint32_t paragraph_end) {
  const Document& doc = v_.doc;
  const CueLexicon& lexicon = v_.lex;
  const Token* toks = doc.tokens.list.data();
  const Sentence* sentences = doc.sentences.data();
  std::uint8_t* marks = v_.marks.data();
  // The classes of a word that passed the signal filter; a signal class is marked for the scanners.
  auto classify = [&](std::uint32_t i) -> std::uint32_t {
    const Token& t = toks[i];
    const std::uint32_t c = v_.remember(i, lexicon.classes(doc.tokens.fold_of(t), t.hash));
    if ((c & word::signal) != 0) marks[i] |= mark::signal;
    return c;
  };
  bool any_cue = false, colon = false;
  for (std::uint32_t pi = next_paragraph_; pi < paragraph_end; ++pi) {
    const Paragraph& p = doc.paragraphs[pi];
    paragraph_marks_.clear();
    if (p.kind != BlockKind::body && p.kind != BlockKind::lead) {
      const bool headline = p.kind == BlockKind::headline;
      for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
        if (toks[i].kind == TokenKind::word) {
          if (lexicon.may_signal(toks[i].hash)) classify(i);
        } else if (toks[i].kind == TokenKind::punct) {
          if (toks[i].has(tokflag::quote)) paragraph_marks_.push_back(i);
          colon |= headline && doc.token_text(i) == ":";
        }
      }
    } else {
      // A paragraph's sentences cover its tokens, one after the other. Walked by pointer: this
      // loop runs for every token of the body.
      for (std::uint32_t s = p.sent_begin; s < p.sent_end; ++s) {
        std::uint32_t cues = 0;
        const Token* const end = toks + sentences[s].tok_end;
        for (const Token* t = toks + sentences[s].tok_begin; t != end; ++t) {
          if (t->kind == TokenKind::word) {
            if (lexicon.may_signal(t->hash)) cues |= classify(static_cast<std::uint32_t>(t - toks));
          } else if (t->has(tokflag::quote)) {  // only punctuation carries the flag
            paragraph_marks_.push_back(static_cast<std::uint32_t>(t - toks));
          }
        }
        cues_.sentence[s] = cues & word::sentence_cue;
        any_cue |= (cues & word::sentence_cue) != 0;
      }
    }
    // The paragraph's quotations while its tokens are at hand, not in a second pass over them.
    if (!paragraph_marks_.empty() || quotes_.inside()) {
      cues_.any_quote_mark = true;
      quotes_.paragraph(pi, paragraph_marks_);
    }
  }
  next_paragraph_ = std::max(next_paragraph_, paragraph_end);
  cues_.any_sentence_cue |= any_cue;
  cues_.headline_colon |= colon;
}

}  // namespace warta::detail::attr
