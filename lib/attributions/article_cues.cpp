#include "attributions/article_cues.hpp"

namespace warta::detail::attr {

ArticleCues find_article_cues(TokenView& v) {
  const Document& doc = v.doc;
  const CueLexicon& lexicon = v.lex;
  ArticleCues out;
  out.sentence.assign(doc.sentences.size(), 0);
  QuoteSpanFinder quotes(doc, v.marks, out.quotes);
  // The quotation marks of the paragraph being walked, for the finder; the buffer is kept from
  // paragraph to paragraph.
  std::vector<std::uint32_t> paragraph_marks;
  paragraph_marks.reserve(32);  // more than a paragraph's marks, without regrowing from one
  const Token* toks = doc.tokens.list.data();
  const Sentence* sentences = doc.sentences.data();
  std::uint8_t* marks = v.marks.data();
  // The classes of a word that passed the signal filter; a signal class is marked for the scanners.
  auto classify = [&](std::uint32_t i) -> std::uint32_t {
    const Token& t = toks[i];
    const std::uint32_t c = v.remember(i, lexicon.classes(doc.tokens.fold_of(t), t.hash));
    if ((c & word::signal) != 0) marks[i] |= mark::signal;
    return c;
  };
  bool any_cue = false, colon = false;
  for (std::uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Paragraph& p = doc.paragraphs[pi];
    paragraph_marks.clear();
    if (p.kind != BlockKind::body && p.kind != BlockKind::lead) {
      const bool headline = p.kind == BlockKind::headline;
      for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
        if (toks[i].kind == TokenKind::word) {
          if (lexicon.may_signal(toks[i].hash)) classify(i);
        } else if (toks[i].kind == TokenKind::punct) {
          if (toks[i].has(tokflag::quote)) paragraph_marks.push_back(i);
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
            paragraph_marks.push_back(static_cast<std::uint32_t>(t - toks));
          }
        }
        out.sentence[s] = cues & word::sentence_cue;
        any_cue |= (cues & word::sentence_cue) != 0;
      }
    }
    // The paragraph's quotations while its tokens are at hand, not in a second pass over them.
    if (!paragraph_marks.empty() || quotes.inside()) {
      out.any_quote_mark = true;
      quotes.paragraph(pi, paragraph_marks);
    }
  }
  out.any_sentence_cue = any_cue;
  out.headline_colon = colon;
  return out;
}

}  // namespace warta::detail::attr
