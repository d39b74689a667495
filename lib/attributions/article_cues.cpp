#include "attributions/article_cues.hpp"

namespace warta::detail::attr {

ArticleCues find_article_cues(const Document& doc, const CueLexicon& lexicon) {
  ArticleCues out;
  out.sentence.assign(doc.sentences.size(), 0);
  const Token* toks = doc.tokens.list.data();
  const Sentence* sentences = doc.sentences.data();
  bool any_cue = false, colon = false;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.kind != BlockKind::body && p.kind != BlockKind::lead) {
      const bool headline = p.kind == BlockKind::headline;
      for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
        if (toks[i].kind != TokenKind::punct) continue;
        if (toks[i].has(tokflag::quote)) out.quote_marks.push_back(i);
        colon |= headline && doc.token_text(i) == ":";
      }
      continue;
    }
    // A paragraph's sentences cover its tokens, one after the other.
    for (std::uint32_t s = p.sent_begin; s < p.sent_end; ++s) {
      std::uint32_t cues = 0;
      const std::uint32_t end = sentences[s].tok_end;
      for (std::uint32_t i = sentences[s].tok_begin; i < end; ++i) {
        const Token& t = toks[i];
        if (t.kind == TokenKind::word) {
          cues |= lexicon.signal_classes(doc.tokens.fold_of(t), t.hash) & word::sentence_cue;
        } else if (t.has(tokflag::quote)) {  // only punctuation carries the flag
          out.quote_marks.push_back(i);
        }
      }
      out.sentence[s] = cues;
      any_cue |= cues != 0;
    }
  }
  out.any_sentence_cue = any_cue;
  out.headline_colon = colon;
  return out;
}

}  // namespace warta::detail::attr
