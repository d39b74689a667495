// One cheap pass over an article before any scanner runs: which sentences hold a reporting cue,
// where the quotations are, whether any quotation mark or headline colon exists. An article with
// none of them has nothing to credit and is left at that; in the others, only the cued sentences
// are read in full.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "attributions/quote_spans.hpp"
#include "attributions/token_view.hpp"
#include "summits/trigger_watch.hpp"

namespace warta::detail::attr {

struct ArticleCues {
  // Per sentence of a body or lead paragraph (0 for the others): the word::sentence_cue classes
  // of its words, quoted ones included.
  std::vector<std::uint32_t> sentence;
  std::vector<QuoteSpan> quotes;  // the article's quotations (QuoteSpanFinder), in text order, but
                                  // those a long body's scan is done with (forget_quotes)
  bool any_quote_mark = false;    // of any style, paired or not
  bool headline_colon = false;    // "Jokowi: …" may credit a headline
  bool any_sentence_cue = false;

  // Empties the cues for an article of `sentences` sentences, keeping the lists' memory: every
  // field is set here.
  void reset(std::size_t sentences) {
    sentence.assign(sentences, 0);
    quotes.clear();
    any_quote_mark = headline_colon = any_sentence_cue = false;
  }

  // Could a scan find anything at all? Quotations, headline colons and cued sentences are where
  // every finding starts.
  bool worth_reading() const noexcept { return any_quote_mark || headline_colon || any_sentence_cue; }
};

// The pass itself, paragraph by paragraph and resumable: a long body is read a stretch of
// paragraphs at a time, each stretch scanned right after it is read, while its tokens are still in
// cache. Also sets mark::signal on every word with a signal class (the promise TokenView::signal
// relies on), and finds the quotations in the same walk (their tokens get mark::in_quote).
class ArticleCueReader {
 public:
  // Reads into `cues` and keeps a paragraph's quotation marks in `paragraph_marks`: buffers of the
  // caller, emptied here, so their memory serves article after article. With a `watch`, the walk
  // also answers summits' trigger test for every sentence it reads (into watch->sentences).
  ArticleCueReader(TokenView& v, ArticleCues& cues, std::vector<std::uint32_t>& paragraph_marks,
                   const summits::TriggerWatch* watch = nullptr);
  ArticleCueReader(const ArticleCueReader&) = delete;  // quotes_ refers into cues_
  ArticleCueReader& operator=(const ArticleCueReader&) = delete;

  // Reads the paragraphs from the first one not read yet up to paragraph_end (exclusive).
  void read(std::uint32_t paragraph_end);
  // Reads the first paragraph not read yet, a body or lead paragraph too long to be read at once,
  // up to its sentence sentence_end (exclusive, after the sentences read before, not its last).
  void read_sentences(std::uint32_t sentence_end);
  std::uint32_t paragraphs_read() const noexcept { return next_paragraph_; }
  // The first sentence not read yet of that paragraph, once read_sentences() began it.
  std::uint32_t sentences_read() const noexcept { return next_sentence_; }
  bool paragraph_begun() const noexcept { return partly_read_; }
  // Is a quotation still open after what was read? It is not in cues() yet.
  bool quote_open() const noexcept { return quotes_.inside(); }
  // The opening mark of that quotation: the tokens before it hold their final marks.
  std::uint32_t open_quote_mark() const noexcept { return quotes_.open_mark(); }
  // What the paragraphs read so far hold.
  const ArticleCues& cues() const noexcept { return cues_; }
  // Drops the first n quotations of cues().quotes, scanned and not read again: a long body's list
  // then holds about a stretch's quotations, reused in cache, not a whole body's written once.
  void forget_quotes(std::size_t n) {
    cues_.quotes.erase(cues_.quotes.begin(), cues_.quotes.begin() + static_cast<std::ptrdiff_t>(n));
  }

 private:
  [[gnu::noinline]] std::uint32_t classify(std::uint32_t i);  // the classes of word i, which passed the signal filter
  // Is the word, which passed the trigger filter, a summit trigger?
  [[gnu::noinline]] bool trigger(const Token& word) const;
  // Sentences [s_begin, s_end) of a body or lead paragraph: their cues, their quotation marks
  // (added to paragraph_marks_), and with Watch their triggers. With Ahead (a long text), the
  // tokens are asked for ahead of the walk.
  template <bool Watch, bool Ahead>
  void walk_sentences(std::uint32_t s_begin, std::uint32_t s_end);
  void walk_sentences(std::uint32_t s_begin, std::uint32_t s_end);
  // Paragraph pi, not a body or lead paragraph, walked token by token.
  void walk_other(std::uint32_t pi);
  // Zeroes the marks of the tokens from the first one not zeroed yet up to tok_end (exclusive):
  // the tokens about to be walked, and any between sentences among them (TokenView::marks).
  void clear_marks_to(std::uint32_t tok_end);

  TokenView& v_;
  ArticleCues& cues_;
  QuoteSpanFinder quotes_;
  // The quotation marks of the paragraph being walked, for the finder; the buffer is kept from
  // paragraph to paragraph.
  std::vector<std::uint32_t>& paragraph_marks_;
  const summits::SummitLexicon* triggers_ = nullptr;  // a watch's lexicon, or null
  std::uint8_t* trigger_sentence_ = nullptr;  // and its bytes, one per sentence
  std::uint32_t next_paragraph_ = 0;
  std::uint32_t next_sentence_ = 0;  // in paragraph next_paragraph_, when partly_read_
  std::uint32_t marks_cleared_ = 0;  // the tokens before it have their marks zeroed
  bool partly_read_ = false;
};

}  // namespace warta::detail::attr
