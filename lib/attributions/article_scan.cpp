#include "attributions/article_scan.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/result_fields.hpp"
#include "text/huge_pages.hpp"
#include "text/token.hpp"

namespace warta::detail::attr {
namespace {

constexpr std::uint32_t kMaxTail = 30;        // tokens read after a closing mark for its cue
constexpr std::uint32_t kMaxCueGap = 6;       // tokens between a verb and the quotation it introduces
constexpr std::uint32_t kMaxLinkGap = 8;      // "mengatakan kepada wartawan di Jakarta bahwa …"
constexpr std::uint32_t kMaxIntro = 12;       // an opening outlet/according-to phrase up to its comma
constexpr std::uint32_t kMinQuoteWords = 4;   // shorter uncued quotations are terms, not speech

}  // namespace

ArticleScan::ArticleScan(TokenView& v, const ArticleCues& cues, std::size_t max_findings,
                         std::vector<std::uint32_t>& pending_sentences, std::vector<warta::Attribution>& out,
                         std::vector<std::uint32_t>& work_starts)
    : v_(v),
      speakers_(v_, pending_sentences),
      quotes_(cues.quotes),
      sentence_cues_(cues.sentence),
      out_(out),
      work_starts_(work_starts),
      max_findings_(max_findings),
      to_input_(*v.doc.source) {
  work_starts_.clear();
}

void ArticleScan::scan(std::uint32_t paragraph_end) {
  for (std::uint32_t pi = next_paragraph_; pi < paragraph_end; ++pi) read_paragraph(pi, v_.doc.paragraphs[pi].sent_end, true);
  next_paragraph_ = paragraph_end;
}

void ArticleScan::scan_sentences(std::uint32_t sentence_end) { read_paragraph(next_paragraph_, sentence_end, false); }

std::uint32_t ArticleScan::scannable_to(std::uint32_t read_to, std::uint32_t open_mark) const {
  const Document& doc = v_.doc;
  const std::uint32_t first = partly_read_ ? next_sentence_ : doc.paragraphs[next_paragraph_].sent_begin;
  const std::uint32_t read_end = doc.sentences[read_to].tok_begin;
  // A sentence's readings stay inside it; a quotation's reach kMaxTail tokens past its closing mark.
  constexpr std::uint32_t kReach = kMaxTail + 2;
  std::uint32_t to = read_to;
  while (to > first && (doc.sentences[to].tok_begin + kReach > read_end || doc.sentences[to].tok_begin > open_mark)) --to;
  // The last quotation the sentences before `to` let through: one closing too near the end of what
  // was read waits, with the sentence it opens in.
  for (std::size_t k = quotes_.size(); k > next_quote_; --k) {
    const QuoteSpan& q = quotes_[k - 1];
    if (q.open >= doc.sentences[to].tok_begin) continue;
    if (q.close + kReach > read_end)
      while (to > first && doc.sentences[to - 1].tok_begin >= q.open) --to;
    break;
  }
  return to;
}

void ArticleScan::read_paragraph(std::uint32_t pi, std::uint32_t sentence_end, bool whole) {
  const Document& doc = v_.doc;
  const Paragraph& p = doc.paragraphs[pi];
  paragraph_ = pi;
  std::size_t qi = next_quote_;
  std::uint32_t si = next_sentence_;
  if (!partly_read_) {
    if (p.kind == BlockKind::headline) headline(pi);
    bool read_sentences = p.kind == BlockKind::body || p.kind == BlockKind::lead;
    si = read_sentences ? p.sent_begin : p.sent_end;
  }
  // Quotations and sentences in text order; a quotation goes first when both start together, so
  // its closing cue is claimed before the sentence is read. A part of a paragraph stops before
  // sentence_end: the quotations that open before it come first when the paragraph goes on.
  while (true) {
    bool have_s = si < sentence_end;
    if (!have_s && !whole) break;
    bool have_q = qi < quotes_.size() && quotes_[qi].first_paragraph == pi;
    if (!have_q && !have_s) break;
    if (have_q && (!have_s || quotes_[qi].open <= doc.sentences[si].tok_begin)) {
      quote(quotes_[qi++]);
    } else {
      sentence(si++);
    }
  }
  if (whole) {
    while (qi < quotes_.size() && quotes_[qi].first_paragraph <= pi) ++qi;
  }
  partly_read_ = !whole;
  next_sentence_ = si;
  next_quote_ = qi;
}

void ArticleScan::finish() {
  out_.resize(written_);  // the records an earlier result left beyond this one's go
  if (!in_order_) {
    // Sorted as (work start, index) pairs, the index breaking ties as a stable sort would; the
    // records then follow their cycles of the permutation in place: each moves once, and no second
    // array of records is needed.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> order(out_.size());
    for (std::uint32_t i = 0; i < out_.size(); ++i) order[i] = {work_starts_[i], i};
    std::sort(order.begin(), order.end());
    std::vector<bool> placed(out_.size(), false);
    for (std::uint32_t first = 0; first < out_.size(); ++first) {
      if (placed[first]) continue;
      warta::Attribution held = std::move(out_[first]);
      std::uint32_t to = first;
      while (true) {
        placed[to] = true;
        const std::uint32_t from = order[to].second;
        if (from == first) break;
        out_[to] = std::move(out_[from]);
        to = from;
      }
      out_[to] = std::move(held);
    }
    for (std::size_t i = 0; i < out_.size(); ++i) out_[i].id = static_cast<int>(i);
  }
}

// ---- emitting -------------------------------------------------------------------------------

bool ArticleScan::has_predicate(std::uint32_t b, std::uint32_t e) const {
  for (std::uint32_t i = b; i < e; ++i)
    if (v_.word(i) && !v_.is(i, word::boundary) &&
        (v_.is(i, word::predicate) || TokenView::verb_like(v_.fold(i))))
      return true;
  return false;
}

Relay ArticleScan::with_entity(Relay r) const {
  if (r.found() && r.entity < 0) r.entity = speakers_.entity_named(fold_text(v_.doc.slice(r.start, r.end)));
  return r;
}

std::uint32_t ArticleScan::words_in(std::uint32_t b, std::uint32_t e) const {
  std::uint32_t n = 0;
  for (std::uint32_t i = b; i < e; ++i)
    if (v_.word(i)) ++n;
  return n;
}

void ArticleScan::emit(const Source& src, std::uint32_t cue, AttributionKind kind, std::uint32_t cb,
                       std::uint32_t ce, const Relay& relay, bool in_headline) {
  // Content without the punctuation that joins it to its cue.
  while (cb < ce && (v_.comma(cb) || v_.punct(cb, ":"))) ++cb;
  while (ce > cb && (v_.comma(ce - 1) || v_.punct(ce - 1, ":") || v_.punct(ce - 1, ";") ||
                     (kind == AttributionKind::indirect && v_.stop(ce - 1))))
    --ce;
  if (ce <= cb) return;
  const Document& doc = v_.doc;
  // Reserved once, with the first record: so a long body's records (256 bytes each) are not copied
  // into ever larger arrays as they are found, and an article that credits nothing allocates
  // nothing (a reserve of a kilobyte or more takes malloc's slow path). Pages of the reserve never
  // written are never mapped.
  if (written_ == 0) reserve_on_huge_pages(out_, max_findings_);
  // Built in place (nothing else is added meanwhile): over a record an earlier result left, or a
  // new one. Every field is written, the strings in the memory they hold.
  warta::Attribution& a = written_ < out_.size() ? out_[written_] : out_.emplace_back();
  ++written_;
  // Its place in text order, unless an earlier record starts later (then finish() sorts them).
  a.id = static_cast<int>(written_ - 1);
  a.source = src.entity >= 0 ? std::optional<int>(src.entity) : std::nullopt;
  if (src.found()) {
    std::uint32_t s = v_.tok(src.tok_begin).start, e = v_.tok(src.tok_end - 1).end;
    a.source_text.assign(doc.slice(s, e));
    a.source_span = to_input_(s, e);
  } else {
    a.source_text.clear();
    a.source_span.reset();
  }
  if (cue != kNoCue) {
    assign_text(a.cue, v_.fold(cue));
  } else {
    a.cue.reset();
  }
  a.kind = kind;
  std::uint32_t s = v_.tok(cb).start, e = v_.tok(ce - 1).end;
  assign_text_span(a.content, *doc.source, to_input_, s, e);
  if (!work_starts_.empty() && s < work_starts_.back()) in_order_ = false;
  work_starts_.push_back(s);
  if (relay.found()) {
    Relay named = with_entity(relay);
    a.via = named.entity >= 0 ? std::optional<int>(named.entity) : std::nullopt;
    assign_text(a.via_text, doc.slice(relay.start, relay.end));
  } else {
    a.via.reset();
    a.via_text.reset();
  }
  MentionKind how = src.how;
  if (how == MentionKind::name && src.entity >= 0 && v_.type_of(src.entity) == EntityType::media)
    how = MentionKind::outlet;
  a.speaker_mention = mention_kind_name(how);
  a.in_headline = in_headline;
  v_.claim(cb, ce);
  if (cue != kNoCue) v_.claim(cue, cue + 1);
  if (!in_headline) {
    last_source_ = src;
    last_paragraph_ = paragraph_of(ce - 1);
  }
  speakers_.note_source(src);
}

// ---- headlines ------------------------------------------------------------------------------

void ArticleScan::headline(std::uint32_t pi) {
  const Paragraph& p = v_.doc.paragraphs[pi];
  std::uint32_t colon = p.tok_end;
  for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i)
    if (!v_.quoted(i) && v_.punct(i, ":")) {
      colon = i;
      break;
    }
  if (colon == p.tok_end) return;
  // The speaker is the headline's last comma segment before the colon, or its words before a topic
  // phrase ("Agus Rahardjo Soal Revisi UU KPK: …").
  std::uint32_t nb = colon;
  while (nb > p.tok_begin && !v_.comma(nb - 1) && colon - nb < 12) --nb;
  if (nb > p.tok_begin && !v_.comma(nb - 1)) return;
  std::uint32_t ne = colon;
  for (std::uint32_t i = nb + 1; i < colon; ++i)
    if (v_.is(i, word::boundary) && v_.mention(i) < 0 && v_.fold(i) != "dan") {
      ne = i;
      break;
    }
  if (ne == nb || ne - nb > 5 || !v_.cap(nb) || v_.is(nb, word::label)) return;
  for (std::uint32_t i = nb; i < ne; ++i)  // "Babak 2:", "Liga 1:", "Fimela Unboxing:"
    if (!v_.word(i) || v_.tok(i).has(tokflag::has_digit) || (v_.is(i, word::label) && v_.mention(i) < 0)) return;
  std::uint32_t cb = colon + 1, ce = p.tok_end;
  // "Jokowi: "Saya …"": the quotation's words, without the marks.
  for (const QuoteSpan& q : quotes_)
    if (q.open == cb) {
      cb = q.content_begin;
      ce = q.content_end;
      v_.claim(q.open, q.closed ? q.close + 1 : q.content_end);
      break;
    }
  if (words_in(cb, ce) < 2) return;
  Source src = speakers_.from_phrase(nb, ne);
  if (!src.found() || (src.entity < 0 && src.how == MentionKind::generic)) return;
  emit(src, kNoCue, AttributionKind::direct, cb, ce, Relay{}, true);
}

// ---- quotations -----------------------------------------------------------------------------

std::uint32_t ArticleScan::paragraph_of(std::uint32_t tok) const {
  // Paragraphs cover the tokens one after the other, some of them empty.
  const std::vector<Paragraph>& ps = v_.doc.paragraphs;
  std::uint32_t p = paragraph_;
  while (p > 0 && tok < ps[p].tok_begin) --p;
  while (p + 1 < ps.size() && tok >= ps[p].tok_end) ++p;
  return p;
}

std::uint32_t ArticleScan::tail_limit(const QuoteSpan& q) const {
  // The closing mark lies in the quotation's last paragraph, and so does the clause after it.
  const std::uint32_t from = q.close + 1;
  const std::uint32_t pe = v_.doc.paragraphs[q.last_paragraph].tok_end;
  std::uint32_t i = from;
  while (i < pe && i - from < kMaxTail && !(v_.stop(i) && !v_.abbreviation_period(i)) && !is_double_mark(v_.doc, i))
    ++i;
  return i;
}

void ArticleScan::quote(const QuoteSpan& q) {
  if (v_.claimed(q.open)) return;
  std::uint32_t limit = q.closed ? tail_limit(q) : q.content_end;
  if (q.closed && cue_after(q, limit)) return;
  if (cue_before(q, limit)) return;
  continuation(q);
}

bool ArticleScan::cue_after(const QuoteSpan& q, std::uint32_t limit) {
  std::uint32_t t = q.close + 1;
  if (t < limit && v_.comma(t)) ++t;
  if (t < limit && v_.is(t, word::summary)) ++t;
  if (t >= limit || !v_.word(t)) return false;
  Source src;
  std::uint32_t cue = t, end = t + 1;
  std::uint32_t c = v_.cls(t);
  if (v_.is(t, word::clitic_cue)) {
    src = speakers_.pronoun(t, MentionKind::clitic);
  } else if ((c & (word::quote_cue | word::say_verb | word::passive_cue)) && !(c & word::topic_verb)) {
    std::uint32_t k = t + 1;
    if (k < limit && v_.fold(k) == "oleh") ++k;
    src = speakers_.speaker_after(k, limit, end);
  } else {
    // "…," Jokowi menegaskan.
    std::uint32_t verb = t;
    while (verb < limit && verb - t < 8 && v_.word(verb) && !v_.is(verb, word::say_verb | word::quote_cue) &&
           !(v_.is(verb, word::boundary) && v_.mention(verb) < 0))
      ++verb;
    if (verb >= limit || verb == t || !v_.is(verb, word::say_verb | word::quote_cue)) return false;
    src = speakers_.from_phrase(t, verb);
    cue = verb;
    end = verb + 1;
  }
  if (!src.found()) return false;
  Relay relay = find_relay(v_, end, limit);
  emit(src, cue, AttributionKind::direct, q.content_begin, q.content_end, relay);
  v_.claim(q.open, limit);
  return true;
}

bool ArticleScan::cue_before(const QuoteSpan& q, std::uint32_t limit) {
  std::uint32_t ps = v_.doc.paragraphs[q.first_paragraph].tok_begin;
  if (q.open <= ps) return false;
  std::uint32_t j = q.open - 1;
  bool colon = false, linked = false;
  if (v_.punct(j, ":")) {
    colon = linked = true;
  } else if (v_.comma(j)) {
    linked = true;
  }
  if (linked) {
    if (j == ps) return false;
    --j;
  }
  if (v_.fold(j) == "bahwa" && j > ps) {
    linked = true;
    --j;
  }
  std::uint32_t floor = j;
  while (floor > ps && !v_.stop(floor - 1) && !v_.quoted(floor - 1) && j - floor < 40) --floor;
  auto finish = [&](const Source& src, std::uint32_t cue) {
    if (!src.found()) return false;
    Relay relay = q.closed ? find_relay(v_, q.close + 1, limit) : Relay{};
    emit(src, cue, AttributionKind::direct, q.content_begin, q.content_end, relay);
    if (relay.found()) v_.claim(q.close + 1, limit);
    return true;
  };
  for (std::uint32_t k = j; k + kMaxCueGap >= j && k >= floor; --k) {
    if (v_.quoted(k) || v_.stop(k) || (k != j && v_.comma(k))) break;
    std::uint32_t c = v_.cls(k);
    bool gap_ok = k == j || v_.is(k + 1, word::boundary);  // "mengatakan kepada wartawan, "…""
    if ((c & word::say_verb) && !(c & word::topic_verb) && gap_ok) {
      // A verb glued to a short quotation names a term ("menyebutnya "teman baik""), not speech,
      // unless the verb only ever introduces words (meneriakkan "Hidup Palestina").
      if (!linked && q.words < kMinQuoteWords && !(c & word::direct_only)) return false;
      return finish(speakers_.subject_before(k, floor), k);
    }
    if ((c & (word::quote_cue | word::according)) && (k == floor || !v_.word(k - 1) || v_.is(k - 1, word::intro))) {
      std::uint32_t end = k + 1;
      return finish(speakers_.speaker_after(k + 1, j + 1, end), k);  // Kata X, "…" / Menurut X, "…"
    }
    if (k == 0) break;
  }
  if (!colon) return false;
  // X: "…"
  std::uint32_t nb = j + 1;
  while (nb > floor && v_.word(nb - 1) && j + 1 - nb < 6 && !v_.is(nb - 1, word::boundary)) --nb;
  if (nb > j) return false;
  Source src = speakers_.from_phrase(nb, j + 1);
  if (src.entity < 0 && src.how == MentionKind::generic) return false;
  return finish(src, kNoCue);
}

bool ArticleScan::continuation(const QuoteSpan& q) {
  if (q.words < kMinQuoteWords || !last_source_.found()) return false;
  if (last_paragraph_ + 1 < static_cast<std::int64_t>(q.first_paragraph)) return false;
  std::uint32_t ps = v_.doc.paragraphs[q.first_paragraph].tok_begin;
  bool opens_sentence = q.open == ps || v_.stop(q.open - 1) || v_.quoted(q.open - 1);
  if (!opens_sentence) return false;
  emit(last_source_, kNoCue, AttributionKind::direct, q.content_begin, q.content_end, Relay{});
  return true;
}

// ---- sentences ------------------------------------------------------------------------------

void ArticleScan::sentence(std::uint32_t si) {
  const Sentence& s = v_.doc.sentences[si];
  std::uint32_t b = s.tok_begin, e = s.tok_end;
  while (b < e && (v_.quoted(b) || v_.claimed(b))) ++b;
  if (b >= e) return;
  // Every reading below starts at a cue word inside [b, e); most sentences have none. The
  // article's first pass knows the cues of the whole sentence; a skipped opening is read again,
  // by the signal marks that pass left: only the words they mark are looked up.
  std::uint32_t cues = sentence_cues_[si];
  if (cues != 0 && b > s.tok_begin) {
    cues = 0;
    for (std::uint32_t i = b; i < e; ++i) cues |= v_.signal(i) & word::sentence_cue;
  }
  if (cues == 0) {
    speakers_.note_sentence(si);
    return;
  }
  cues_ = cues;
  // Each reading is tried only when the cue it starts at is there; it finds nothing otherwise.
  using namespace word;
  bool found = ((cues & passive_cue) && back_reference(si, b, e)) || ((cues & outlet_cue) && opening_outlet(b, e)) ||
               ((cues & (according | according_clitic | quote_cue)) && according_to(b, e)) ||
               ((cues & (according | according_clitic | quote_cue | clitic_cue)) && interposed_cue(b, e)) ||
               ((cues & outlet_cue) && relayed_words(b, e)) || ((cues & say_verb) && reported(b, e, Relay{})) ||
               ((cues & (quote_cue | clitic_cue | outlet_cue)) && closing_cue(b, e));
  if (!found) speakers_.note_sentence(si);
}

bool ArticleScan::reported(std::uint32_t b, std::uint32_t e, const Relay& relay_in) {
  for (std::uint32_t verb = b; verb < e; ++verb) {
    if (!(v_.signal(verb) & word::say_verb) || v_.quoted(verb) || v_.claimed(verb)) continue;
    std::uint32_t c = v_.cls(verb);
    if (c & word::topic_verb) continue;
    if (verb > b && v_.fold(verb - 1) == "yang") continue;  // "… yang mengatakan": a relative clause
    // Where the reported clause starts: after "bahwa"/a comma, possibly past "kepada wartawan".
    std::uint32_t k = verb + 1;
    bool linked = false;
    for (std::uint32_t s = k; s < e && s - k < kMaxLinkGap; ++s) {
      if (v_.stop(s) || v_.quoted(s)) break;
      if (v_.comma(s) || v_.punct(s, ":") || v_.is(s, word::clause_link)) {
        if (s == k || v_.is(k, word::boundary)) {
          k = s + 1;
          linked = true;
          if (k < e && v_.is(k, word::clause_link) && !v_.is(s, word::clause_link)) ++k;
        }
        break;
      }
    }
    if (k >= e || v_.quoted(k) || is_double_mark(v_.doc, k)) continue;
    if (same_thing(k, e)) {  // "X menyatakan hal yang sama": no new content, but X is now in focus
      Source src = speakers_.subject_before(verb, b);
      if (!src.found()) continue;
      speakers_.note_source(src);
      v_.claim(b, e);
      return true;
    }
    if ((c & word::direct_only) && !linked) continue;
    if ((c & word::needs_link) && !linked) continue;
    if ((c & word::request) && !linked) {
      // "meminta warga agar …", "meminta masyarakat tak alergi …", "meminta pemerintah mengurangi …";
      // not "meminta maaf" or "meminta keterangan".
      bool wish = false;
      for (std::uint32_t s = k + 1; s < e && s - k < 10 && !wish; ++s) {
        std::string_view w = v_.fold(s);
        if (v_.fold(s - 1) == "yang") continue;  // "… yang ada di …" describes the object
        wish = w == "agar" || w == "supaya" || w == "untuk" || v_.is(s, word::negation | word::predicate) ||
               (!v_.cap(s) && TokenView::clause_verb(w));
      }
      if (!wish) continue;
    }
    // "mengucapkan selamat", "mengungkapkan keprihatinannya", "menjelaskan alasan …": no claim.
    if (v_.is(k, word::speech_act_stem)) continue;
    // "melaporkan ke Polda …": an unlinked object that opens with a preposition is no clause.
    if (!linked && v_.is(k, word::boundary)) continue;
    Relay relay = find_relay(v_, k, e);
    std::uint32_t ce = relay.found() && relay.cut > k ? relay.cut : e;
    if (!relay.found() || relay.cut <= k) relay = relay_in;
    if (words_in(k, ce) < (linked ? 2u : 3u)) continue;
    // "mengumumkan skuad pada Jumat": a plain object is not a claim; a clause has a predicate.
    if ((c & word::object_prone) && !linked && !has_predicate(k, ce)) continue;
    Source src = speakers_.subject_before(verb, b);
    if (!src.found()) continue;
    emit(src, verb, AttributionKind::indirect, k, ce, relay);
    v_.claim(b, e);
    return true;
  }
  return false;
}

bool ArticleScan::opening_outlet(std::uint32_t b, std::uint32_t e) {
  std::uint32_t i = b;
  if (i < e && v_.is(i, word::as_in)) ++i;
  if (i >= e || !v_.is(i, word::outlet_cue)) return false;
  std::uint32_t cue = i, np_end = i + 1;
  Relay outlet = outlet_phrase(v_, i + 1, e, np_end);
  if (!outlet.found()) return false;
  // To the comma that closes the phrase ("Dikutip di media resmi sebelum kedatangannya, …").
  std::uint32_t k = np_end;
  while (k < e && k - np_end < kMaxIntro && !v_.comma(k) && !v_.stop(k)) ++k;
  if (k >= e || !v_.comma(k)) return false;
  ++k;
  // A date aside after the outlet ("Dikutip dari BBC, Kamis (27/4/2023), …").
  std::uint32_t d = k;
  bool dated = false;
  while (d < e && d - k < kMaxIntro && !v_.comma(d) &&
         (!v_.word(d) || v_.tok(d).kind == TokenKind::number || v_.is(d, word::temporal))) {
    dated = true;
    ++d;
  }
  if (dated && d < e && v_.comma(d)) k = d + 1;
  if (reported(k, e, outlet)) return true;  // the outlet relays somebody else's words
  for (std::uint32_t x = k; x < e; ++x)
    if (v_.quoted(x)) return false;  // a quotation follows: its own cue decides
  Source src{outlet.entity, outlet.tok_begin, outlet.tok_end, MentionKind::generic};
  if (outlet.entity >= 0)
    src.how = v_.type_of(outlet.entity) == EntityType::media ? MentionKind::outlet : MentionKind::name;
  Relay tail = find_relay(v_, k, e);
  std::uint32_t ce = tail.found() && tail.cut > k ? tail.cut : e;
  if (words_in(k, ce) < 3) return false;
  emit(src, cue, AttributionKind::indirect, k, ce, Relay{});
  v_.claim(b, e);
  return true;
}

bool ArticleScan::according_to(std::uint32_t b, std::uint32_t e) {
  // Opening: "[Namun,] Menurut X, …"
  std::uint32_t i = b;
  while (i < e && i - b < 3 && !v_.is(i, word::according | word::clitic_cue) &&
         (v_.is(i, word::intro) || v_.comma(i)))
    ++i;
  // A capitalized "Menurut" inside the sentence starts one the splitter missed ("Satu data Menurut X, …").
  const bool according_word = (cues_ & word::according) != 0;
  if (according_word && i < e && !v_.is(i, word::according))
    for (std::uint32_t x = i + 1; x < e && x - i < kMaxTail; ++x)
      if ((v_.signal(x) & word::according) && v_.cap(x) && !v_.quoted(x) && !v_.claimed(x)) {
        i = x;
        break;
      }
  std::string_view f = i < e ? v_.fold(i) : std::string_view{};
  // "Kata Ray, …" opens a sentence the way "Menurut X, …" does.
  bool opening_kata = i < e && v_.cap(i) && v_.is(i, word::quote_cue) && !v_.is(i, word::according);
  if (i < e && !v_.quoted(i) && (v_.is(i, word::according) || f == "menurutnya" || opening_kata)) {
    Source src;
    std::uint32_t k = i + 1;
    if (f == "menurutnya") {
      src = speakers_.pronoun(i, MentionKind::clitic);
    } else {
      std::uint32_t c = i + 1;
      while (c < e && c - i < kMaxIntro && !v_.comma(c) && !v_.stop(c) && !v_.quoted(c)) ++c;
      // "Menurut pantauan Tempo": the outlet's own observation, credited to nobody else.
      std::string_view head = i + 1 < e ? v_.fold(i + 1) : std::string_view{};
      if (head == "pantauan" || head == "pengamatan" || head == "penelusuran") return false;
      if (c < e && v_.comma(c)) {
        src = speakers_.from_phrase(i + 1, c);
        k = c;
      } else if (opening_kata) {
        return false;
      } else {
        src = speakers_.speaker_after(i + 1, e, k);
      }
    }
    while (k < e && v_.comma(k)) ++k;
    if (k < e && (v_.quoted(k) || is_double_mark(v_.doc, k))) return false;  // Menurut X, "…"
    Relay relay = find_relay(v_, k, e);
    std::uint32_t ce = relay.found() && relay.cut > k ? relay.cut : e;
    if (!src.found() || words_in(k, ce) < 3) return false;
    emit(src, i, AttributionKind::indirect, k, ce, relay);
    v_.claim(b, e);
    return true;
  }
  // Closing "…, menurut X." or inside the clause "Gizi atlet, menurut pengurus, terjaga …" /
  // "Teknologi digital menurut Menkominfo dapat …": the whole sentence is the claim.
  if (!according_word) return false;
  for (std::uint32_t a = b + 1; a < e; ++a) {
    if (!(v_.signal(a) & word::according) || v_.quoted(a) || v_.claimed(a) || v_.fold(a - 1) == "yang") continue;
    std::uint32_t end = a + 1;
    Source src = speakers_.speaker_after(a + 1, e, end);
    if (!src.found()) return false;
    std::uint32_t tail = end;
    while (tail < e && (v_.comma(tail) || v_.stop(tail))) ++tail;
    bool closing = tail >= e && v_.comma(a - 1);
    if (closing) {
      if (words_in(b, a - 1) < 3) return false;
      emit(src, a, AttributionKind::indirect, b, a - 1, Relay{});
    } else {
      if (words_in(b, a) < 2 || words_in(end, e) < 3) return false;
      Relay relay = find_relay(v_, end, e);
      emit(src, a, AttributionKind::indirect, b, relay.found() && relay.cut > end ? relay.cut : e, relay);
    }
    v_.claim(b, e);
    return true;
  }
  return false;
}

bool ArticleScan::same_thing(std::uint32_t b, std::uint32_t e) const {
  if (b + 1 >= e || v_.fold(b) != "hal") return false;
  std::string_view next = v_.fold(b + 1);
  return next == "sama" || next == "senada" || next == "serupa" || next == "yang";
}

bool ArticleScan::back_reference(std::uint32_t si, std::uint32_t b, std::uint32_t e) {
  std::uint32_t i = b;
  std::string_view f = v_.fold(i);
  if (f != "hal" && f != "demikian" && f != "pernyataan" && f != "keterangan") return false;
  bool same = same_thing(b, e);
  ++i;
  while (i < e && i - b < 4 && (v_.is(i, word::demonstrative | word::adverb) || (same && !v_.is(i, word::passive_cue))))
    ++i;
  if (i >= e || !v_.is(i, word::passive_cue)) return false;
  std::uint32_t cue = i, k = i + 1, end = k;
  if (k < e && v_.fold(k) == "oleh") ++k;
  Source src = speakers_.speaker_after(k, e, end);
  if (!src.found()) return false;
  if (same) {  // "Hal senada diutarakan X": X is now in focus; the content was somebody else's
    speakers_.note_source(src);
    v_.claim(b, end);
    reported(end, e, Relay{});  // "…, ia pun mengaku …" may follow
    return true;
  }
  // What "hal itu" points back to: the paragraph's earlier sentences, else the previous paragraph.
  const Document& doc = v_.doc;
  const Sentence& s = doc.sentences[si];
  const Paragraph& p = doc.paragraphs[s.paragraph];
  std::uint32_t cb = 0, ce = 0;
  if (si > p.sent_begin) {
    cb = doc.sentences[p.sent_begin].tok_begin;
    ce = doc.sentences[si - 1].tok_end;
  } else if (s.paragraph > 0) {
    const Paragraph& prev = doc.paragraphs[s.paragraph - 1];
    if (prev.kind != BlockKind::body && prev.kind != BlockKind::lead) return false;
    cb = prev.tok_begin;
    ce = prev.tok_end;
  }
  if (words_in(cb, ce) < 3) return false;
  emit(src, cue, AttributionKind::indirect, cb, ce, Relay{});
  v_.claim(b, e);
  return true;
}

bool ArticleScan::interposed_cue(std::uint32_t b, std::uint32_t e) {
  for (std::uint32_t i = b + 1; i + 1 < e; ++i) {
    if (!(v_.signal(i) & (word::according_clitic | word::quote_cue | word::according | word::clitic_cue)) ||
        v_.quoted(i) || v_.claimed(i))
      continue;
    Source src;
    std::uint32_t cue = i, after = i + 1;
    if (v_.is(i, word::according_clitic) && v_.fold(i - 1) != "yang") {
      // "Ketiga hal tersebut menurutnya adalah …"
      src = speakers_.pronoun(i, MentionKind::clitic);
    } else if (v_.comma(i - 1) && v_.is(i, word::quote_cue | word::according | word::clitic_cue)) {
      // "Pihaknya, kata dia, terus mendorong …" / "Dulu, kata Agik, sebagian …"
      if (v_.is(i, word::clitic_cue)) {
        src = speakers_.pronoun(i, MentionKind::clitic);
      } else {
        src = speakers_.speaker_after(i + 1, e, after);
        if (after - (i + 1) > 12) continue;
      }
      if (after >= e || !v_.comma(after)) continue;
    } else {
      continue;
    }
    if (!src.found() || words_in(b, e) < 6 || words_in(after, e) < 3) continue;
    Relay relay = find_relay(v_, after, e);
    std::uint32_t ce = relay.found() && relay.cut > after ? relay.cut : e;
    emit(src, cue, AttributionKind::indirect, b, ce, relay);
    v_.claim(b, e);
    return true;
  }
  return false;
}

bool ArticleScan::relayed_words(std::uint32_t b, std::uint32_t e) {
  // "Schumer mengutip perkataan Zelensky bahwa …": the words are Zelensky's; nobody is a relay.
  for (std::uint32_t i = b + 1; i + 2 < e; ++i) {
    if (!(v_.signal(i) & word::outlet_cue) || v_.fold(i) != "mengutip" || v_.quoted(i) || v_.claimed(i)) continue;
    std::uint32_t k = i + 1;
    std::string_view w = v_.fold(k);
    if (w == "perkataan" || w == "pernyataan" || w == "ucapan" || w == "kata-kata") ++k;
    std::uint32_t end = k;
    Source src = speakers_.speaker_after(k, e, end);
    if (!src.found() || end >= e) return false;
    if (!v_.comma(end) && !v_.punct(end, ":") && !v_.is(end, word::clause_link)) return false;
    std::uint32_t cb = end + 1;
    if (cb < e && v_.is(cb, word::clause_link)) ++cb;
    if (cb >= e || v_.quoted(cb) || is_double_mark(v_.doc, cb) || words_in(cb, e) < 3) return false;
    emit(src, i, AttributionKind::indirect, cb, e, Relay{});
    v_.claim(b, e);
    return true;
  }
  return false;
}

bool ArticleScan::closing_cue(std::uint32_t b, std::uint32_t e) {
  std::uint32_t c = e;
  for (std::uint32_t i = e; i > b + 1; --i)
    if (v_.comma(i - 1) && !v_.quoted(i - 1) && !v_.claimed(i - 1)) {
      c = i - 1;
      break;
    }
  if (c >= e) return false;
  for (std::uint32_t i = b; i < c; ++i)
    if (v_.quoted(i)) return false;
  std::uint32_t t = c + 1;
  if (t < e && v_.is(t, word::summary)) ++t;
  if (t >= e) return false;
  Source src;
  std::uint32_t end = t + 1;
  Relay relay;
  if (v_.is(t, word::clitic_cue)) {
    src = speakers_.pronoun(t, MentionKind::clitic);
  } else if (v_.is(t, word::quote_cue)) {
    src = speakers_.speaker_after(t + 1, e, end);
    relay = find_relay(v_, end, e);
  } else {
    // "…, seperti dilansir TASS." with nobody else speaking: the outlet is the source.
    Relay tail = find_relay(v_, c, e);
    if (!tail.found() || tail.cut > c + 2 || tail.entity < 0 || v_.type_of(tail.entity) != EntityType::media)
      return false;
    t = c + 1;
    while (t < tail.tok_begin && !v_.is(t, word::outlet_cue)) ++t;
    if (t >= tail.tok_begin) return false;  // a platform ("di akun Instagram"), not an outlet cue
    src = Source{tail.entity, tail.tok_begin, tail.tok_end, MentionKind::outlet};
  }
  if (!src.found() || words_in(b, c) < 4) return false;
  emit(src, t, AttributionKind::indirect, b, c, relay);
  v_.claim(b, e);
  return true;
}

}  // namespace warta::detail::attr
