// One cheap pass over an article before any scanner runs: which sentences hold a reporting cue,
// where the quotations are, whether any quotation mark or headline colon exists. An article with
// none of them has nothing to credit and is left at that; in the others, only the cued sentences
// are read in full.
#pragma once

#include <cstdint>
#include <vector>

#include "attributions/quote_spans.hpp"
#include "attributions/token_view.hpp"

namespace warta::detail::attr {

struct ArticleCues {
  // Per sentence of a body or lead paragraph (0 for the others): the word::sentence_cue classes
  // of its words, quoted ones included.
  std::vector<std::uint32_t> sentence;
  std::vector<QuoteSpan> quotes;  // the article's quotations (QuoteSpanFinder), in text order
  bool any_quote_mark = false;    // of any style, paired or not
  bool headline_colon = false;    // "Jokowi: …" may credit a headline
  bool any_sentence_cue = false;

  // Could a scan find anything at all? Quotations, headline colons and cued sentences are where
  // every finding starts.
  bool worth_reading() const noexcept { return any_quote_mark || headline_colon || any_sentence_cue; }
};

// Also sets mark::signal on every word with a signal class (the promise TokenView::signal relies on),
// and finds the quotations in the same walk (their tokens get mark::in_quote).
ArticleCues find_article_cues(TokenView& v);

}  // namespace warta::detail::attr
