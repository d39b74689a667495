#include "attributions/article_cues.hpp"

namespace warta::detail::attr {

ArticleCues find_article_cues(TokenView& v) {
  const Document& doc = v.doc;
  const CueLexicon& lexicon = v.lex;
  ArticleCues out;
  out.sentence.assign(doc.sentences.size(), 0);
  const Token* toks = doc.tokens.list.data();
  const Sentence* sentences = doc.sentences.data();
  std::uint32_t* classes = v.classes.data();
  // The classes of a word that may have a signal class, written for later readers; 0 for others.
  auto classify = [&](std::uint32_t i) -> std::uint32_t {
    const Token& t = toks[i];
    if (!lexicon.may_signal(t.hash)) return 0;
    const std::uint32_t c = lexicon.classes(doc.tokens.fold_of(t), t.hash);
    classes[i] = c;
    return c;
  };
  bool any_cue = false, colon = false;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.kind != BlockKind::body && p.kind != BlockKind::lead) {
      const bool headline = p.kind == BlockKind::headline;
      for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
        if (toks[i].kind == TokenKind::word) {
          classify(i);
        } else if (toks[i].kind == TokenKind::punct) {
          if (toks[i].has(tokflag::quote)) out.quote_marks.push_back(i);
          colon |= headline && doc.token_text(i) == ":";
        }
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
          cues |= classify(i);
        } else if (t.has(tokflag::quote)) {  // only punctuation carries the flag
          out.quote_marks.push_back(i);
        }
      }
      out.sentence[s] = cues & word::sentence_cue;
      any_cue |= (cues & word::sentence_cue) != 0;
    }
  }
  out.any_sentence_cue = any_cue;
  out.headline_colon = colon;
  return out;
}

}  // namespace warta::detail::attr
