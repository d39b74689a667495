// What the entity stage needs to know about each token of a document, computed once: its lexicon
// id, the word classes it belongs to, whether it is written like a name, and whether its
// capitals mean anything (they do not in an all-caps or Title Case headline, nor in text written
// all in lower case).
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

#include "entities/fact_bits.hpp"
#include "entities/word_classes.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"

namespace warta::detail {


// Twelve bytes a token, written once. The trie node one step along `lex` is not kept: it is
// lex.step(Lexicon::root(), lex), a plain array read, and fact::starts says whether there is one.
// The flags are bits of a 32-bit word, not bytes: a byte store may alias anything, so the compiler
// would reload every table pointer after each fact.
struct TokenFact {
  // Left unset: compute_token_facts writes every fact, so sizing the vector that holds them costs
  // no pass filling it first. A user-provided empty body, not "= default", which would have
  // vector::resize zero every fact.
  TokenFact() noexcept {}  // NOLINT(cppcoreguidelines-pro-type-member-init,modernize-use-equals-default)
  TokenFact(std::uint32_t lex_id, std::uint32_t word_classes, std::uint32_t fact_bits) noexcept
      : lex(lex_id), words(word_classes), bits(fact_bits) {}

  std::uint32_t lex;    // lexicon token id
  std::uint32_t words;  // wc:: flags
  std::uint32_t bits;   // fact:: flags

  bool word() const noexcept { return (bits & fact::word) != 0; }
  bool cap() const noexcept { return (bits & fact::cap) != 0; }
  bool upper() const noexcept { return (bits & fact::upper) != 0; }
  bool initial() const noexcept { return (bits & fact::initial) != 0; }
  bool common() const noexcept { return (bits & fact::common) != 0; }
  bool blind() const noexcept { return (bits & fact::blind) != 0; }
  bool name_like() const noexcept { return (bits & fact::name_like) != 0; }
  bool starts() const noexcept { return (bits & fact::starts) != 0; }
};
static_assert(sizeof(TokenFact) == 12);

// The first token in [k, end) with fact bit `bit` (fact::name_like, fact::scanned), or `end`. Most
// tokens have neither: one bit test each, so the passes that only look at names skip the rest of
// the text this way.
inline std::uint32_t next_marked(const TokenFact* f, std::uint32_t k, std::uint32_t end, std::uint32_t bit) noexcept {
  while (k < end && !(f[k].bits & bit)) ++k;
  return k;
}

// The words of the paragraphs whose capitals say nothing (NameMarks::blind) as bits, token i at
// bit i % 64 of word i / 64: a pass looking for names reads a bit a token, not the facts' twelve
// bytes, which a long body has long since sent back to memory.
inline bool name_like_at(const std::uint64_t* map, std::uint32_t k) noexcept { return (map[k >> 6] >> (k & 63)) & 1; }
// The first token of the map in [k, end), or `end`.
inline std::uint32_t next_name_like(const std::uint64_t* map, std::uint32_t k, std::uint32_t end) noexcept {
  if (k >= end) return end;
  std::uint32_t w = k >> 6;
  const std::uint32_t last = (end - 1) >> 6;
  std::uint64_t bits = map[w] & (~std::uint64_t{0} << (k & 63));
  while (bits == 0) {
    if (w == last) return end;
    bits = map[++w];
  }
  const std::uint32_t found = w * 64 + static_cast<std::uint32_t>(std::countr_zero(bits));
  return found < end ? found : end;
}

// A capitalized word (fact::cap) and NameStarts::first_bytes of its folded text, which tell whether
// a name the grouping's second look matches may start there; and where that folded text is
// (Token::fold, Token::fold_len), so that the look keys the word without reading its token, on a
// long body written long before.
struct CapStart {
  // Left unset, as TokenFact: the writer writes every one it keeps.
  CapStart() noexcept {}  // NOLINT(cppcoreguidelines-pro-type-member-init,modernize-use-equals-default)
  CapStart(std::uint32_t at, std::uint32_t first_bytes, std::uint32_t fold_at, std::uint32_t folded_len) noexcept
      : token(at), bytes(first_bytes), fold(fold_at), fold_len(folded_len) {}
  std::uint32_t token;
  std::uint32_t bytes;
  std::uint32_t fold;
  std::uint32_t fold_len;
};

// What the facts writer marks of the words that may be names (fact::name_like), beside the facts,
// for the passes that look for names only: on a long body those passes read these few bytes in text
// order, not the facts and tokens of each word, written long before. Where capitals say something,
// the capitalized words are the name-like ones; where they say nothing, every word is.
struct NameMarks {
  std::vector<std::uint64_t> blind;  // the words of the paragraphs whose capitals say nothing: name_like_at
  std::vector<CapStart> caps;        // every capitalized word, in text order
  std::size_t capacity_bytes() const noexcept {
    return blind.capacity() * sizeof(std::uint64_t) + caps.capacity() * sizeof(CapStart);
  }
};

// Name keys: the folded text without hyphens, apostrophes, dots and spaces (between tokens too), so that "Kim Jong-un",
// "Kim Jong Un" and "KIM JONG UN" share one key.
inline constexpr std::uint64_t kKeySeed = 1469598103934665603ull;
inline constexpr std::uint64_t kKeyPrime = 1099511628211ull;
std::uint64_t extend_key(std::uint64_t key, std::string_view folded) noexcept;
// A key of the text exactly as written: every byte counts (case, spaces, hyphens), so two texts
// with different keys differ, and texts with one key are taken as the same, as name keys are.
std::uint64_t exact_key(std::string_view text) noexcept;

// Reads a paragraph's facts as soon as they are final (see compute_token_facts).
class ParagraphReader {
 public:
  // The paragraph's facts, and those of kFactsReadAhead tokens after it, are final.
  virtual void read(const Paragraph& p) = 0;
  // A long paragraph in parts (see compute_token_facts): the facts of the tokens before
  // `upto` + kPartReadAhead are final but for fact::blind, which marks no token of `p` yet (its
  // capitals are judged at its end). Called with `upto` rising, then read(p) for the whole. A
  // reader that only reads whole paragraphs lets the parts go by. While the paragraph is still
  // being appended (TokenFactStream), p.tok_end is not its end but that of the facts written so
  // far, past `upto` + kPartReadAhead: a step of the reader that starts before `upto` must not
  // look that far, so that it takes the same way as with the paragraph's end.
  virtual void read_part(const Paragraph& p, std::uint32_t upto) {
    static_cast<void>(p);
    static_cast<void>(upto);
  }

 protected:
  ~ParagraphReader() = default;
};

// How many tokens past a paragraph's end are final when the paragraph is handed to a reader: the
// next paragraph's first words, which a rule at the paragraph's end may look at.
inline constexpr std::uint32_t kFactsReadAhead = 8;
// A paragraph longer than this many tokens is handed to the reader in parts of this size as its
// facts are written, not only at its end: on a long body written as one line, the one paragraph
// would otherwise be read back from memory as a whole.
inline constexpr std::uint32_t kFactsPart = 4096;
// How many tokens past a part are final when it is handed over: far more than any one step of a
// reader looks ahead (a name, a title and the name after it are a few dozen tokens at most).
inline constexpr std::uint32_t kPartReadAhead = 1024;

// Writes one fact per token of `doc` into `facts` (cleared first; its capacity is kept), and hands
// each paragraph to `reader` in text order as soon as the facts of its tokens and of the
// kFactsReadAhead tokens after it are final (a paragraph's capitals are judged when the whole of it
// is written, so that is the paragraph after it too). The reader then walks a paragraph right
// behind the writer, while its tokens and facts are in cache: on a long body, a second pass over
// all of them would read them back from memory. The facts of later tokens are not yet written:
// the reader must not look further. A paragraph of more than kFactsPart tokens is also handed over
// every kFactsPart tokens as it is written (read_part), before its capitals are judged.
// `marks` are made those of the facts (NameMarks), in step with them.
void compute_token_facts(const Document& doc, const Lexicon& lex, const WordClasses& words, std::vector<TokenFact>& facts,
                         NameMarks& marks, ParagraphReader& reader);
// The same with no reader.
void compute_token_facts(const Document& doc, const Lexicon& lex, const WordClasses& words, std::vector<TokenFact>& facts);

// The words of one paragraph that tell whether its capitals say anything, counted as the facts
// are written: words of two letters or more, those capitalized, and a bound on the capitalized
// ordinary words.
struct CapitalCounts {
  int words = 0, caps = 0, ordinary_caps_bound = 0;
};

// Where a writing of facts stands between two calls (TokenFactStream).
struct FactCursor {
  std::uint32_t at = 0;        // the first token not written
  std::uint32_t stop = 0;      // the end of the stretch (a sentence or the gap before one) it is in
  std::uint32_t sentence = 0;  // the next sentence to start a stretch
  bool in_sentence = false;    // the stretch is a sentence
  bool start = true;           // the next word opens its sentence
};

// compute_token_facts while the document is segmented: after paragraphs are appended to it (their
// tokens and sentences all there), advance() writes their facts and hands them to the reader, each
// as soon as compute_token_facts would, so that the facts are written while the tokens are in
// cache; finish() once the document is whole. A long paragraph is followed as it is appended in
// pieces (the stream is append_paragraph's PieceListener): the facts of its settled sentences are
// written at once, and it goes to the reader in parts (read_part) as soon as they are final, with
// p.tok_end the end of the facts written so far, its own not being known yet. The facts, the marks
// and the candidates a reader like MentionFinder finds are those of compute_token_facts over the
// whole document.
class TokenFactStream final : public PieceListener {
 public:
  TokenFactStream(const Document& doc, const Lexicon& lex, const WordClasses& words, std::vector<TokenFact>& facts,
                  NameMarks& marks, ParagraphReader& reader);
  void advance() { advance(doc_.paragraphs.size(), static_cast<std::uint32_t>(doc_.tokens.list.size()), false); }
  void finish() { advance(doc_.paragraphs.size(), static_cast<std::uint32_t>(doc_.tokens.list.size()), true); }
  void sentences_settled(std::uint32_t settled) override { advance(doc_.paragraphs.size() - 1, settled, false); }

 private:
  // Writes and hands over what it can of the first `whole` paragraphs (whose tokens are all there)
  // and of the one after them being appended, if any, whose tokens before `settled` are final.
  void advance(std::size_t whole, std::uint32_t settled, bool at_end);

  const Document& doc_;
  const Lexicon& lex_;
  const WordClasses& words_;
  std::vector<TokenFact>& facts_;
  NameMarks& marks_;
  ParagraphReader& reader_;
  FactCursor cursor_;
  std::size_t written_ = 0;  // paragraphs whose facts are final
  CapitalCounts counts_;     // of paragraph written_, of which some facts may be written
  std::size_t handed_ = 0;   // paragraphs handed to the reader
  // While paragraph handed_ is being handed over in parts, the next part's `upto`; else 0.
  std::uint32_t next_part_ = 0;
};

// The key of tokens [begin, end).
std::uint64_t span_key(const Document& doc, std::uint32_t begin, std::uint32_t end) noexcept;
// The key of a text folded as the tokenizer folds (fold_text), e.g. a lexicon name.
std::uint64_t text_key(std::string_view text);
// The key of token i alone. Computed where a name needs it, not for every token of the text: few
// tokens are ever part of a name.
inline std::uint64_t token_key(const Document& doc, std::uint32_t i) noexcept {
  return extend_key(kKeySeed, doc.fold(i));
}

// A word of a person's name that may name the person alone ("Retno" of "Retno Marsudi"): no
// ordinary word, particle ("bin", "van") or honorific, and two letters or more.
inline bool name_part(const TokenFact& f, const Token& t) noexcept {
  return f.word() && !f.common() && !(f.words & (wc::name_link | wc::honorific)) && t.fold_len >= 2;
}

}  // namespace warta::detail
