#include "attributions/article_cues.hpp"

#include <algorithm>

#include "text/prefetch.hpp"

namespace warta::detail::attr {

ArticleCueReader::ArticleCueReader(TokenView& v, ArticleCues& cues, std::vector<std::uint32_t>& paragraph_marks,
                                   const summits::TriggerWatch* watch)
    : v_(v), cues_(cues), quotes_(v.doc, v.marks, cues.quotes), paragraph_marks_(paragraph_marks) {
  cues_.reset(v.doc.sentences.size());
  if (watch != nullptr) {
    watch->sentences.assign(v.doc.sentences.size(), 0);
    triggers_ = &watch->lexicon;
    trigger_sentence_ = watch->sentences.data();
  }
  paragraph_marks_.clear();
  // The quotations reserve a few when the first is found (QuoteSpanFinder); a long body's list
  // holds only those not scanned yet (forget_quotes), about a stretch's.
  paragraph_marks_.reserve(32);  // more than a paragraph's marks, without regrowing from one
}

std::uint32_t ArticleCueReader::classify(std::uint32_t i) {
  // A signal class is marked for the scanners. Out of line: the walk that calls it for a few words
  // keeps what it reads for every token in registers.
  const Token& t = v_.doc.tokens.list[i];
  const std::uint32_t c = v_.remember(i, v_.lex.classes(v_.doc.tokens.fold_of(t), t.hash));
  if ((c & word::signal) != 0) v_.marks[i] |= mark::signal;
  return c;
}

bool ArticleCueReader::trigger(const Token& word) const {
  return triggers_->is_trigger(v_.doc.tokens.fold_of(word), word.hash);
}

template <bool Watch, bool Ahead>
[[gnu::always_inline]] inline void ArticleCueReader::walk_sentences(std::uint32_t s_begin, std::uint32_t s_end) {
  // This loop runs for every token of the body: one run over the sentences' tokens, walked by
  // pointer, that reads only each token's kind, hash and flags. Which sentence a token is in is
  // asked only of the few that matter (a signal or trigger candidate, a quotation mark), so a
  // sentence costs nothing of its own: its cue and trigger bytes start at 0 (the constructor).
  if (s_begin >= s_end) return;
  const Token* toks = v_.doc.tokens.list.data();
  const Sentence* sentences = v_.doc.sentences.data();
  const CueLexicon& lexicon = v_.lex;
  // In registers, not read again through this after every call or push_back below.
  const summits::SummitLexicon* const triggers = triggers_;
  std::uint32_t* const sentence_cues = cues_.sentence.data();
  std::uint8_t* const trigger_sentence = trigger_sentence_;
  std::uint32_t s = s_begin;
  // Moves s to the sentence of token i, which lies after the tokens asked about before; false
  // for a token between two sentences, which belongs to none and is passed over.
  auto in_sentence = [&](std::uint32_t i) {
    while (sentences[s].tok_end <= i) ++s;
    return sentences[s].tok_begin <= i;
  };
  std::uint32_t any = 0;
  const Token* const end = toks + sentences[s_end - 1].tok_end;
  for (const Token* t = toks + sentences[s_begin].tok_begin; t != end; ++t) {
    if constexpr (Ahead) prefetch_ahead(t);  // the tokenizer wrote these long before
    if (t->kind == TokenKind::word) {
      const bool may_signal = lexicon.may_signal(t->hash);
      const bool may_trigger = Watch && triggers->may_be_trigger(t->hash);
      if (!may_signal && !may_trigger) continue;
      const auto i = static_cast<std::uint32_t>(t - toks);
      if (!in_sentence(i)) continue;
      if (may_signal) {
        const std::uint32_t c = classify(i);
        sentence_cues[s] |= c & word::sentence_cue;
        any |= c;
      }
      if constexpr (Watch) {
        if (may_trigger && trigger(*t)) trigger_sentence[s] = 1;
      }
    } else if (t->has(tokflag::quote)) {  // only punctuation carries the flag
      const auto i = static_cast<std::uint32_t>(t - toks);
      if (in_sentence(i)) paragraph_marks_.push_back(i);
    }
  }
  cues_.any_sentence_cue |= (any & word::sentence_cue) != 0;
}

void ArticleCueReader::walk_sentences(std::uint32_t s_begin, std::uint32_t s_end) {
  const bool ahead = v_.doc.text.size() >= kPrefetchAheadMinText;
  if (triggers_ != nullptr) {
    if (ahead) walk_sentences<true, true>(s_begin, s_end);
    else walk_sentences<true, false>(s_begin, s_end);
  } else {
    if (ahead) walk_sentences<false, true>(s_begin, s_end);
    else walk_sentences<false, false>(s_begin, s_end);
  }
}

void ArticleCueReader::walk_other(std::uint32_t pi) {
  const Document& doc = v_.doc;
  const Token* toks = doc.tokens.list.data();
  const Paragraph& p = doc.paragraphs[pi];
  paragraph_marks_.clear();
  const bool headline = p.kind == BlockKind::headline;
  bool colon = false;
  std::uint32_t s = p.sent_begin;  // with a watch: the sentence of the tokens walked, in text order
  for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
    if (toks[i].kind == TokenKind::word) {
      if (v_.lex.may_signal(toks[i].hash)) classify(i);
      if (triggers_ != nullptr && triggers_->may_be_trigger(toks[i].hash) && trigger(toks[i])) {
        // Tokens between sentences, if any, belong to none.
        while (s < p.sent_end && doc.sentences[s].tok_end <= i) ++s;
        if (s < p.sent_end && doc.sentences[s].tok_begin <= i) trigger_sentence_[s] = 1;
      }
    } else if (toks[i].kind == TokenKind::punct) {
      if (toks[i].has(tokflag::quote)) paragraph_marks_.push_back(i);
      colon |= headline && doc.token_text(i) == ":";
    }
  }
  cues_.headline_colon |= colon;
}

void ArticleCueReader::clear_marks_to(std::uint32_t tok_end) {
  if (tok_end <= marks_cleared_) return;
  std::fill(v_.marks.data() + marks_cleared_, v_.marks.data() + tok_end, std::uint8_t{0});
  marks_cleared_ = tok_end;
}

void ArticleCueReader::read(std::uint32_t paragraph_end) {
  const Document& doc = v_.doc;
  if (paragraph_end > next_paragraph_) clear_marks_to(doc.paragraphs[paragraph_end - 1].tok_end);
  for (std::uint32_t pi = next_paragraph_; pi < paragraph_end; ++pi) {
    const Paragraph& p = doc.paragraphs[pi];
    if (p.kind != BlockKind::body && p.kind != BlockKind::lead) {
      walk_other(pi);
    } else {
      // Or the rest of one read_sentences() began, whose marks so far went to the finder.
      paragraph_marks_.clear();
      walk_sentences(partly_read_ ? next_sentence_ : p.sent_begin, p.sent_end);
    }
    partly_read_ = false;
    // The paragraph's quotations while its tokens are at hand, not in a second pass over them.
    if (!paragraph_marks_.empty() || quotes_.inside()) {
      cues_.any_quote_mark = true;
      quotes_.paragraph(pi, paragraph_marks_);
    }
  }
  next_paragraph_ = std::max(next_paragraph_, paragraph_end);
}

void ArticleCueReader::read_sentences(std::uint32_t sentence_end) {
  // Up to the next sentence: the tokens between the two, if any, count as read.
  clear_marks_to(v_.doc.sentences[sentence_end].tok_begin);
  paragraph_marks_.clear();  // the marks of this stretch: those before it went to the finder
  walk_sentences(partly_read_ ? next_sentence_ : v_.doc.paragraphs[next_paragraph_].sent_begin, sentence_end);
  if (!paragraph_marks_.empty()) {
    cues_.any_quote_mark = true;
    quotes_.marks(next_paragraph_, paragraph_marks_);
  }
  next_sentence_ = sentence_end;
  partly_read_ = true;
}

}  // namespace warta::detail::attr
