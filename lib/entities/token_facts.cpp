#include "entities/token_facts.hpp"

#include <algorithm>

#include "entities/name_starts.hpp"
#include "text/prefetch.hpp"

namespace warta::detail {
namespace {

// '-', '\'', '.' and ' ' are left out of name keys. All four are below 64: one shift and one mask
// test instead of four compares per byte.
constexpr std::uint64_t kKeyGaps = (1ull << '-') | (1ull << '\'') | (1ull << '.') | (1ull << ' ');
constexpr bool key_gap(unsigned char c) noexcept { return c < 64 && ((kKeyGaps >> c) & 1) != 0; }

bool no_lower_ascii(std::string_view s) noexcept {
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// Capitals carry no information in a paragraph written in Title Case or all caps (headlines):
// there the ordinary words are capitalized too (function words like "di", "dan" may stay lower
// case). Nor in a paragraph written all in lower case.
bool capitals_say_nothing(const Token* toks, const Lexicon& lex, const TokenFact* f, const Paragraph& p,
                          const CapitalCounts& counts) {
  if (counts.words >= 3 && counts.caps == 0) return true;
  // Ordinary words inside titles are left out below, which only lowers the count of capitalized
  // ones: a paragraph with too few of them even before is decided without walking the trie (most
  // paragraphs of running text are).
  const int min_ordinary = p.kind == BlockKind::headline ? 2 : 4;
  if (counts.ordinary_caps_bound * 4 < min_ordinary * 3) return false;
  const auto counted = [&](std::uint32_t i) { return toks[i].kind == TokenKind::word && toks[i].fold_len >= 2; };
  const auto ordinary_word = [&](std::uint32_t i) {
    return f[i].common() && !f[i].initial() && !(f[i].words & wc::function);
  };
  int ordinary = 0, ordinary_caps = 0;
  int caps_seen = 0;  // capitalized ordinary words passed, inside titles or not
  std::uint32_t title_end = 0;  // titles ("Menteri Perdagangan") are capitalized in any text
  for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
    if (!counted(i)) continue;
    std::uint32_t node = f[i].starts() ? lex.step(Lexicon::root(), f[i].lex) : kNoNode;
    const std::uint32_t limit = std::min(p.tok_end, i + lex.max_tokens());
    for (std::uint32_t k = i; node != kNoNode;) {
      if (lex.node(node).title >= 0) title_end = std::max(title_end, k + 1);
      if (++k >= limit) break;
      node = lex.step(node, f[k].lex);
    }
    if (!ordinary_word(i)) continue;
    caps_seen += f[i].cap() ? 1 : 0;
    if (i >= title_end) {
      ++ordinary;
      ordinary_caps += f[i].cap() ? 1 : 0;
    }
    // Running text: the capitalized ordinary words still to come cannot make up for the lower-case
    // ones already passed, so the rest of the paragraph is not walked.
    if ((ordinary_caps + counts.ordinary_caps_bound - caps_seen) * 4 < ordinary * 3) return false;
  }
  return ordinary >= min_ordinary && ordinary_caps * 4 >= ordinary * 3;
}

// Writes the facts of a document's tokens in one pass. The tokens are taken a stretch at a time, a
// sentence or the gap before one, so whether a word opens its sentence is known as its fact is
// made; a stretch also ends with its paragraph, whose capitals are then judged at once.
// The writer stands on the lists as they are when it is made (a document still being segmented
// adds to them later); where it stands in the text is kept in a FactCursor between writers.
class FactWriter {
 public:
  FactWriter(const Document& doc, const Lexicon& lex, const WordClasses& words, TokenFact* out, CapStart* caps,
             const FactCursor& cursor)
      : toks_(doc.tokens.list.data()),
        folded_(doc.tokens.folded.data()),
        text_(doc.text.data()),
        n_(static_cast<std::uint32_t>(doc.tokens.list.size())),
        lex_(lex),
        words_(words),
        f_(out),
        caps_(caps),
        sentences_(doc.sentences.data()),
        sentence_(doc.sentences.data() + cursor.sentence),
        sentences_end_(doc.sentences.data() + doc.sentences.size()),
        at_(cursor.at),
        stop_(cursor.stop),
        in_sentence_(cursor.in_sentence),
        start_(cursor.start),
        ahead_(doc.text.size() >= kPrefetchAheadMinText) {}

  // Where the next capitalized word's CapStart goes.
  CapStart* caps() const noexcept { return caps_; }
  FactCursor cursor() const noexcept {
    return {at_, stop_, static_cast<std::uint32_t>(sentence_ - sentences_), in_sentence_, start_};
  }

  // The facts of the tokens up to `end`, counting their words into `counts`.
  void write(std::uint32_t end, CapitalCounts& counts) {
    while (at_ < end) {
      if (at_ >= stop_) {
        next_stretch();
        continue;
      }
      const std::uint32_t stop = std::min(stop_, end);
      start_ = ahead_ ? write_stretch<true>(at_, stop, in_sentence_, start_, counts, caps_)
                      : write_stretch<false>(at_, stop, in_sentence_, start_, counts, caps_);
      at_ = stop;
    }
  }

 private:
  void next_stretch() {
    start_ = true;
    in_sentence_ = false;
    if (sentence_ == sentences_end_) {
      stop_ = n_;
    } else if (at_ < sentence_->tok_begin) {
      stop_ = sentence_->tok_begin;
    } else {
      stop_ = sentence_->tok_end;
      in_sentence_ = true;
      ++sentence_;
    }
  }
  // Tokens [i, stop) of one stretch; `start`: the next word opens its sentence. Returns `start`
  // after the stretch (which only counts inside a sentence: a stretch between sentences marks no
  // word initial). Each fact is made in registers and stored once. With Ahead (a long text), the
  // lines the facts go to are asked for ahead.
  template <bool Ahead>
  bool write_stretch(std::uint32_t i, std::uint32_t stop, bool in_sentence, bool start, CapitalCounts& counts,
                     CapStart*& cap_out) const;

  const Token* toks_;
  const char* folded_;
  const char* text_;
  std::uint32_t n_;
  const Lexicon& lex_;
  const WordClasses& words_;
  TokenFact* f_;
  CapStart* caps_;  // room for one a token left to write
  const Sentence* sentences_;
  const Sentence* sentence_;
  const Sentence* sentences_end_;
  std::uint32_t at_, stop_;
  bool in_sentence_, start_;
  bool ahead_;
};

template <bool Ahead>
bool FactWriter::write_stretch(std::uint32_t i, std::uint32_t stop, bool in_sentence, bool start,
                               CapitalCounts& counts, CapStart*& cap_out) const {
  int words = counts.words, caps = counts.caps, ordinary_caps_bound = counts.ordinary_caps_bound;
  // Locals, not members: a call on a rare path (a long word's shape) would make the compiler
  // reload every member after it.
  const Token* const toks = toks_;
  const char* const folded = folded_;
  const char* const text = text_;
  TokenFact* const f = f_;
  CapStart* cap = cap_out;
  const WordProbe table = words_.probe();
  // fact::initial for the next word, or 0; what an opening mark sets it to.
  const std::uint32_t opened = in_sentence ? fact::initial : 0;
  std::uint32_t initial = start ? opened : 0;
  for (; i < stop; ++i) {
    if constexpr (Ahead) prefetch_ahead_for_write(f + i);
    const Token& t = toks[i];
    const std::string_view fold(folded + t.fold, t.fold_len);
    if (t.kind == TokenKind::punct) {
      // About one token in six: most are one ASCII byte, whose id and facts are read from a table.
      // Punctuation takes no word classes, so a word only the class lists hold ("&") counts as
      // unknown here.
      const auto c = static_cast<unsigned char>(fold.empty() ? 0x80 : fold[0]);
      WordClasses::Punct p{kNoToken, 0};
      if (fold.size() == 1 && c < 0x80) {
        p = words_.ascii_punct(c);
      } else if (const WordEntry* e = table.find(fold, t.hash); e != nullptr && e->lex != kNoToken) {
        p = {e->lex, e->facts_other() & (fact::common | fact::starts)};
      } else if (ordinary_shape(lex_, kNoToken, fold, t.has(tokflag::hyphenated))) {
        p.facts = fact::common;
      }
      if (in_sentence) {
        // Quotes, ':', '-', and em and en dashes open a new stretch of speech.
        const std::uint32_t len = t.end - t.start;
        const auto* s = reinterpret_cast<const unsigned char*>(text + t.start);
        if (t.has(tokflag::quote) || (len == 1 && (s[0] == ':' || s[0] == '-')) ||
            (len == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x93)))
          initial = opened;
      }
      f[i] = TokenFact{p.lex, 0, p.facts};
      continue;
    }
    std::uint32_t id = kNoToken, cls = 0, facts = 0;  // the word's classes and the fact bits it brings
    if (const WordEntry* e = table.find(fold, t.hash); e != nullptr) {
      id = e->lex;
      cls = e->words;
      facts = e->facts;
      // Names joined by hyphens: the high bit is the other half's WordEntry::kCommonIfHyphenated.
      if (static_cast<std::int32_t>(facts) < 0 && t.has(tokflag::hyphenated))
        facts |= fact::common << WordEntry::kLowerShift | fact::common << WordEntry::kOtherShift;
    } else if (ordinary_shape(lex_, kNoToken, fold, t.has(tokflag::hyphenated))) {
      facts = fact::common << WordEntry::kLowerShift | fact::common << WordEntry::kOtherShift;
    }
    // The half of the facts for the word's case, picked by a shift: whether a word starts in lower
    // case is as good as random from one word to the next, a branch on it was often mispredicted.
    static_assert(WordEntry::kLowerShift == 0 && WordEntry::kOtherShift == 16 && tokflag::lower_initial == 1 << 10);
    static_assert(WordEntry::kCommonIfHyphenated << WordEntry::kOtherShift == 1u << 31);
    const unsigned half = ((t.flags & tokflag::lower_initial) ^ tokflag::lower_initial) >> 6;
    const std::uint32_t known = facts >> half;
    // fact::scanned only for a word, below.
    std::uint32_t bits = (known & (fact::starts | fact::common)) | initial;
    initial = 0;
    if (t.kind == TokenKind::word || t.has(tokflag::cap_initial | tokflag::lower_initial)) {
      bits |= fact::word | (known & fact::scanned);
      // "1news", "9GAG": a name that starts with a digit has no capital to show.
      if (t.has(tokflag::cap_initial | tokflag::all_caps) || t.kind == TokenKind::number) {
        bits |= fact::cap | fact::name_like | fact::scanned;
        *cap++ = CapStart{i, NameStarts::first_bytes(fold), t.fold, t.fold_len};
        // A word in capitals has no lower-case letter at all; one starting in lower case has one.
        if (!t.has(tokflag::lower_initial) &&
            (t.has(tokflag::all_caps) || no_lower_ascii(std::string_view(text + t.start, t.end - t.start))))
          bits |= fact::upper;
      } else if (!t.has(tokflag::lower_initial) && no_lower_ascii(std::string_view(text + t.start, t.end - t.start))) {
        bits |= fact::upper;
      }
    }
    if (t.kind == TokenKind::word && t.fold_len >= 2) {
      ++words;
      if (bits & fact::cap) {
        ++caps;
        ordinary_caps_bound += (bits & (fact::common | fact::initial)) == fact::common && !(cls & wc::function);
      }
    }
    f[i] = TokenFact{id, cls, bits};
  }
  counts = {words, caps, ordinary_caps_bound};
  cap_out = cap;
  return initial != 0;
}

}  // namespace

TokenFactStream::TokenFactStream(const Document& doc, const Lexicon& lex, const WordClasses& words,
                                 std::vector<TokenFact>& facts, NameMarks& marks, ParagraphReader& reader)
    : doc_(doc), lex_(lex), words_(words), facts_(facts), marks_(marks), reader_(reader) {
  // The old facts are not kept, only their memory; the new ones are all written.
  facts.clear();
  marks.blind.clear();
  marks.caps.clear();
  // About one word in seven of news text is capitalized, a token about six bytes: room for more
  // than that, sized from the text (the tokens may not all be there yet), so that the list is
  // rarely copied as it grows.
  marks.caps.reserve(doc.text.size() / 32 + 16);
}

void TokenFactStream::advance(std::size_t whole, std::uint32_t settled, bool at_end) {
  const auto n = static_cast<std::uint32_t>(doc_.tokens.list.size());
  std::vector<TokenFact>& facts = facts_;
  std::vector<std::uint64_t>& blind_words = marks_.blind;
  facts.resize(n);
  blind_words.resize((std::size_t{n} + 63) / 64, 0);
  // Room for a CapStart for every token left to write, cut back to those written at the end: a
  // capitalized word's costs one store, no test of the room left.
  std::vector<CapStart>& caps = marks_.caps;
  const std::size_t caps_before = caps.size();
  caps.resize(caps_before + (n - cursor_.at));
  FactWriter writer(doc_, lex_, words_, facts.data(), caps.data() + caps_before, cursor_);
  const std::vector<Paragraph>& paragraphs = doc_.paragraphs;
  std::size_t written = written_;  // paragraphs whose facts are final
  CapitalCounts counts = counts_;  // of paragraphs[written], as far as it is written
  // Writes the rest of paragraphs[written], counting its words on into `counts`, and judges its
  // capitals.
  auto finish_paragraph = [&]() {
    const Paragraph& p = paragraphs[written++];
    writer.write(p.tok_end, counts);
    const CapitalCounts judged = counts;
    counts = {};
    if (!capitals_say_nothing(doc_.tokens.list.data(), lex_, facts.data(), p, judged)) return;
    for (std::uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
      facts[i].bits |= fact::blind | (facts[i].word() ? fact::name_like | fact::scanned : 0);
      blind_words[i >> 6] |= std::uint64_t{facts[i].word()} << (i & 63);
    }
  };
  // Makes the facts of every token before `tok` final: each whole paragraph that starts before it is
  // written whole and its capitals judged; of the tokens between paragraphs and of the paragraph
  // being appended, those before `tok`. Inlined where it is called: out of line, the writer's place
  // would go through memory at every call, a cost every short article pays.
  auto write_before = [&](std::uint32_t tok) __attribute__((always_inline)) {
    CapitalCounts outside;
    while (written < whole && paragraphs[written].tok_begin < tok) {
      writer.write(paragraphs[written].tok_begin, outside);
      finish_paragraph();
    }
    writer.write(std::min(tok, written < paragraphs.size() ? paragraphs[written].tok_begin : n), outside);
    // Into the paragraph being appended, if there is one and `tok` is past its first token.
    if (whole < paragraphs.size()) writer.write(tok, counts);
  };
  // Hands paragraph `p`, of which no more than `end` tokens are final, over in parts, as far as
  // the read-ahead of a part stays before `end`.
  auto hand_parts = [&](const Paragraph& p, std::uint32_t end) {
    std::uint32_t upto = next_part_ != 0 ? next_part_ : p.tok_begin + kFactsPart;
    if (upto + kPartReadAhead >= end) return;
    // The paragraphs before `p` are written.
    CapitalCounts outside;
    writer.write(p.tok_begin, outside);
    for (; upto + kPartReadAhead < end; upto += kFactsPart) {
      writer.write(upto + kPartReadAhead, counts);
      reader_.read_part(p, upto);
    }
    next_part_ = upto;
  };
  // The paragraphs there are are whole (their tokens are all there); a paragraph is handed over
  // once the facts of the read-ahead after it may be written too, or the document is whole.
  for (; handed_ < whole; ++handed_) {
    const Paragraph& p = paragraphs[handed_];
    if (!at_end && std::uint64_t{p.tok_end} + kFactsReadAhead > settled) break;
    // A long paragraph not yet written (the read-ahead of the one before did not take it in), or
    // handed over in parts while it was appended, is handed over part by part as it is written.
    if (next_part_ != 0 || (written == handed_ && p.tok_end - p.tok_begin > kFactsPart)) {
      hand_parts(p, p.tok_end);
      next_part_ = 0;
    }
    write_before(static_cast<std::uint32_t>(std::min<std::uint64_t>(std::uint64_t{p.tok_end} + kFactsReadAhead, n)));
    reader_.read(p);
  }
  if (handed_ == whole && whole < paragraphs.size()) {
    // The paragraph being appended, once those before it are handed over (and written): its
    // settled facts are written, and the parts they make final handed over, the reader told that
    // they end there.
    Paragraph open = paragraphs[whole];
    CapitalCounts outside;
    writer.write(open.tok_begin, outside);
    writer.write(settled, counts);
    open.tok_end = settled;
    hand_parts(open, settled);
  }
  if (at_end) write_before(n);
  written_ = written;
  counts_ = counts;
  cursor_ = writer.cursor();
  caps.resize(static_cast<std::size_t>(writer.caps() - caps.data()));
}

void compute_token_facts(const Document& doc, const Lexicon& lex, const WordClasses& words, std::vector<TokenFact>& facts,
                         NameMarks& marks, ParagraphReader& reader) {
  TokenFactStream(doc, lex, words, facts, marks, reader).finish();
}

void compute_token_facts(const Document& doc, const Lexicon& lex, const WordClasses& words, std::vector<TokenFact>& facts) {
  struct : ParagraphReader {
    void read(const Paragraph&) override {}
  } none;
  NameMarks marks;
  compute_token_facts(doc, lex, words, facts, marks, none);
}

std::uint64_t extend_key(std::uint64_t key, std::string_view folded) noexcept {
  for (unsigned char c : folded) {
    if (key_gap(c)) continue;
    key = (key ^ c) * kKeyPrime;
  }
  return key;
}

std::uint64_t exact_key(std::string_view text) noexcept {
  std::uint64_t key = kKeySeed;
  for (unsigned char c : text) key = (key ^ c) * kKeyPrime;
  return key;
}

std::uint64_t text_key(std::string_view text) {
  std::uint64_t key = kKeySeed;
  for (unsigned char c : text) {
    // Beyond ASCII, folding takes utf8proc; within, it lowers the case of A-Z and nothing else.
    if (c >= 0x80) return extend_key(kKeySeed, fold_text(text));
    if (key_gap(c)) continue;
    key = (key ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * kKeyPrime;
  }
  return key;
}

std::uint64_t span_key(const Document& doc, std::uint32_t begin, std::uint32_t end) noexcept {
  std::uint64_t key = kKeySeed;
  for (std::uint32_t i = begin; i < end; ++i) {
    if (doc.tokens.list[i].kind != TokenKind::punct) key = extend_key(key, doc.fold(i));
  }
  return key;
}

}  // namespace warta::detail
