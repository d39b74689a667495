// One article being read: the work text, its layout, tokens, paragraphs and sentences.
// Built once per extract() call; every later stage reads it and nothing changes it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dates/date_finder.hpp"
#include "layout/article_layout.hpp"
#include "text/source_text.hpp"
#include "text/token.hpp"

namespace warta::detail {

struct Paragraph {
  std::uint32_t start = 0, end = 0;        // work offsets
  BlockKind kind = BlockKind::body;
  std::uint32_t tok_begin = 0, tok_end = 0;    // into Document::tokens.list
  std::uint32_t sent_begin = 0, sent_end = 0;  // into Document::sentences
};

struct Sentence {
  std::uint32_t start = 0, end = 0;        // work offsets (first token start, last token end)
  std::uint32_t tok_begin = 0, tok_end = 0;
  std::uint32_t paragraph = 0;
};

struct Document {
  const SourceText* source = nullptr;
  std::string_view text;                   // == source->work
  ArticleLayout layout;
  Tokens tokens;                           // tokens of every paragraph, in text order
  std::vector<Paragraph> paragraphs;       // headline, lead, body paragraphs and captions
  std::vector<Sentence> sentences;
  std::optional<CivilTime> reference;      // anchor for relative dates: hint, else the header stamp

  std::string_view slice(std::uint32_t s, std::uint32_t e) const noexcept { return text.substr(s, e - s); }
  std::string_view token_text(std::size_t i) const noexcept {
    const Token& t = tokens.list[i];
    return text.substr(t.start, t.end - t.start);
  }
  std::string_view fold(std::size_t i) const noexcept { return tokens.fold_of(i); }
  // Index of the paragraph that holds token i.
  std::uint32_t paragraph_of_token(std::uint32_t tok) const noexcept;
};

// Splits the tokens of a paragraph into sentences, also as its tokens come in pieces: split(avail, false) appends the
// sentences its tokens up to `avail` settle (a mark is decided by the token after it), and
// split(tok_end, true), once the paragraph is whole, the rest. The sentences are the same.
class SentenceSplitter {
 public:
  SentenceSplitter(Document& doc, std::uint32_t paragraph_index) : doc_(doc), pi_(paragraph_index) {
    Paragraph& p = doc.paragraphs[paragraph_index];
    p.sent_begin = static_cast<std::uint32_t>(doc.sentences.size());
    first_ = begin_ = next_ = p.tok_begin;
  }
  void split(std::uint32_t avail, bool last);

 private:
  Document& doc_;
  std::uint32_t pi_;
  std::uint32_t first_ = 0;  // the paragraph's first token
  std::uint32_t begin_ = 0;  // the open sentence's first token
  std::uint32_t next_ = 0;   // where the next sentence mark is looked for
};

// Splits the tokens of one paragraph into sentences (abbreviation- and number-aware) and appends
// them to doc.sentences.
inline void split_sentences(Document& doc, std::uint32_t paragraph_index) {
  SentenceSplitter(doc, paragraph_index).split(doc.paragraphs[paragraph_index].tok_end, true);
}

// Told how far the sentences of a long paragraph are final while it is read in pieces, so that a
// later stage can read its tokens right behind the tokenizer, while they are in cache, instead of
// reading a paragraph of megabytes back from memory once it is whole.
class PieceListener {
 public:
  // The paragraph being appended is doc.paragraphs.back(): its tok_begin, kind, start and end are
  // set, its tok_end is not yet. Its tokens and sentences are final up to token `settled`, the end
  // of its last sentence finished so far; called with `settled` rising, before the paragraph is whole.
  virtual void sentences_settled(std::uint32_t settled) = 0;

 protected:
  ~PieceListener() = default;
};

// Appends the paragraph text[start, end): its tokens, then its sentences. With `dates`, returns
// whether the date grammar may find a date there (DateFinder::may_hold_date), else false. A long
// paragraph is read in pieces, each split into sentences and looked at for dates while its tokens
// are in cache, and `pieces`, if given, told after each piece how far its sentences are final.
bool append_paragraph(Document& doc, std::uint32_t start, std::uint32_t end, BlockKind kind,
                      const DateFinder* dates = nullptr, PieceListener* pieces = nullptr);

}  // namespace warta::detail
