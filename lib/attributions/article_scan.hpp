// One pass over one article: quotations and sentences in text order, each read for the
// constructions that credit a statement to a source. Holds the per-article state (token marks,
// the salient speaker, the last attribution for uncued quote paragraphs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "attributions/article_cues.hpp"
#include "attributions/cue_lexicon.hpp"
#include "attributions/quote_spans.hpp"
#include "attributions/relay_phrases.hpp"
#include "attributions/speaker_resolver.hpp"
#include "attributions/token_view.hpp"
#include "text/input_mapper.hpp"
#include "warta/result.hpp"

namespace warta::detail::attr {

class ArticleScan {
 public:
  // `cues` are the ArticleCueReader's of v, read ahead of each scan() call. At most
  // `max_findings` records are written: one per quotation or sentence, into `out` (the caller's
  // result: its records are written over, in the memory their strings hold, and finish() drops
  // those left over). `pending_sentences` is the speaker resolver's list (SpeakerResolver) and
  // `work_starts` a list of the records' work offsets, both in the caller's buffers. v.doc.source
  // must be set: each record is made as it is found, its spans mapped to the input and its
  // quotation's text cut from the input, while they are in cache.
  ArticleScan(TokenView& v, const ArticleCues& cues, std::size_t max_findings,
              std::vector<std::uint32_t>& pending_sentences, std::vector<warta::Attribution>& out,
              std::vector<std::uint32_t>& work_starts);
  // Reads the paragraphs from the first one not scanned yet up to paragraph_end (exclusive); the
  // cues must have been read that far, with no quotation open at its end.
  void scan(std::uint32_t paragraph_end);
  // Reads the first paragraph not scanned yet, a body or lead paragraph too long to be read at
  // once, up to its sentence sentence_end (exclusive), at most scannable_to() of its cues.
  void scan_sentences(std::uint32_t sentence_end);
  // How far scan_sentences() may go when the paragraph's cues are read up to its sentence read_to
  // (not its last) with a quotation open from token open_mark (or none: ~0u): to a sentence whose
  // readings, and those of the quotations opening before it, touch only tokens that were read and
  // a quotation only once found whole.
  std::uint32_t scannable_to(std::uint32_t read_to, std::uint32_t open_mark) const;
  // Puts the findings in text order, numbered, once every paragraph is scanned.
  void finish();
  // How many of the cues' quotations are scanned, and will not be read again.
  std::size_t quotes_scanned() const noexcept { return next_quote_; }
  // The first n quotations were dropped from the cues' list (ArticleCueReader::forget_quotes).
  void quotes_forgotten(std::size_t n) noexcept { next_quote_ -= n; }

 private:
  static constexpr std::uint32_t kNoCue = 0xFFFFFFFFu;

  // Paragraph pi from where a part of it stopped, up to sentence_end; `whole`: to its end.
  void read_paragraph(std::uint32_t pi, std::uint32_t sentence_end, bool whole);
  void headline(std::uint32_t paragraph);
  void quote(const QuoteSpan& q);
  void sentence(std::uint32_t si);

  // Quotations.
  bool cue_after(const QuoteSpan& q, std::uint32_t limit);    // "…," kata X
  bool cue_before(const QuoteSpan& q, std::uint32_t limit);   // X mengatakan, "…" / X: "…"
  bool continuation(const QuoteSpan& q);                      // a further quote paragraph, same speaker
  // Reported speech inside [b, e) of one sentence.
  bool reported(std::uint32_t b, std::uint32_t e, const Relay& relay);     // X mengatakan (bahwa) …
  bool opening_outlet(std::uint32_t b, std::uint32_t e);                  // Dilansir dari X, …
  bool according_to(std::uint32_t b, std::uint32_t e);                    // Menurut X, … / …, menurut X
  bool back_reference(std::uint32_t si, std::uint32_t b, std::uint32_t e);  // Hal itu disampaikan X
  bool closing_cue(std::uint32_t b, std::uint32_t e);                     // …, kata X. / …, dilansir X.
  bool interposed_cue(std::uint32_t b, std::uint32_t e);                  // Pihaknya, kata dia, akan …
  bool relayed_words(std::uint32_t b, std::uint32_t e);                   // X mengutip perkataan Y bahwa …

  std::uint32_t tail_limit(const QuoteSpan& q) const;  // end of the clause after a closed quotation's mark
  // The paragraph holding token `tok`, walked to from the paragraph being read: findings lie in it
  // or a few paragraphs off, so no search over a long body's paragraphs is needed.
  std::uint32_t paragraph_of(std::uint32_t tok) const;
  std::uint32_t words_in(std::uint32_t b, std::uint32_t e) const;
  bool has_predicate(std::uint32_t b, std::uint32_t e) const;
  bool same_thing(std::uint32_t b, std::uint32_t e) const;  // "hal yang sama/senada/serupa"
  Relay with_entity(Relay r) const;  // a relay named without a mention ("Instagram-nya") by entity name
  void emit(const Source& src, std::uint32_t cue, AttributionKind kind, std::uint32_t content_b,
            std::uint32_t content_e, const Relay& relay, bool in_headline = false);

  TokenView& v_;
  SpeakerResolver speakers_;
  const std::vector<QuoteSpan>& quotes_;              // ArticleCues::quotes, which grow as cues are read
                                                     // and lose those scanned on a long body
  std::span<const std::uint32_t> sentence_cues_;     // ArticleCues::sentence, sized once for all sentences
  std::size_t next_quote_ = 0;                       // the first quotation not scanned yet
  std::uint32_t cues_ = 0;                    // word::sentence_cue classes of the sentence being read
  std::vector<warta::Attribution>& out_;  // reserved for max_findings_ records by the first emit()
  std::size_t written_ = 0;               // records of out_ written by this scan
  std::vector<std::uint32_t>& work_starts_;  // of each record's content, in the work text
  std::size_t max_findings_;
  InputMapper to_input_;
  // Are out_'s records in text order? Known as they are written, so a long body's records are not
  // read again to find out.
  bool in_order_ = true;
  Source last_source_;
  std::int64_t last_paragraph_ = -10;
  std::uint32_t paragraph_ = 0;       // the paragraph scan() is reading
  std::uint32_t next_paragraph_ = 0;  // the first paragraph not scanned yet
  std::uint32_t next_sentence_ = 0;   // in it, when partly_read_
  bool partly_read_ = false;
};

}  // namespace warta::detail::attr
