#include "pipeline/document.hpp"

#include <algorithm>
#include <cstring>

namespace warta::detail {

std::uint32_t Document::paragraph_of_token(std::uint32_t tok) const noexcept {
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), tok,
                             [](std::uint32_t t, const Paragraph& p) { return t < p.tok_begin; });
  return it == paragraphs.begin() ? 0 : static_cast<std::uint32_t>(std::prev(it) - paragraphs.begin());
}

namespace {

// A paragraph longer than this is read in pieces of about this size (a one-line body can be one
// paragraph of megabytes): a piece's tokens, some 20 kB, are still in the first-level cache when
// its sentences are split and its date starts looked for, where a second pass over the whole
// paragraph would read them back from memory.
constexpr std::uint32_t kPieceBytes = 4 * 1024;

// Where the piece that starts at `at` ends: at the first ASCII space from `at + kPieceBytes` on (no
// token holds one, see tokenize_piece), else at the paragraph's end.
std::uint32_t piece_end(std::string_view text, std::uint32_t at, std::uint32_t end) {
  if (end - at <= kPieceBytes) return end;
  const char* from = text.data() + at + kPieceBytes;
  const void* space = std::memchr(from, ' ', end - at - kPieceBytes);
  return space ? static_cast<std::uint32_t>(static_cast<const char*>(space) - text.data()) : end;
}

// The tokens, sentences and date check of a long paragraph doc.paragraphs[pi], a piece at a time;
// `pieces` is told how far its sentences are final after each piece.
[[gnu::noinline]] bool append_in_pieces(Document& doc, std::uint32_t pi, const DateFinder* dates,
                                        PieceListener* pieces) {
  const std::uint32_t end = doc.paragraphs[pi].end;
  SentenceSplitter sentences(doc, pi);
  bool may_hold_date = false;
  std::uint32_t unchecked = doc.paragraphs[pi].tok_begin;  // the first token not yet looked at for a date start
  std::uint16_t before = kRangeStartFlags;
  std::uint32_t at = doc.paragraphs[pi].start;
  for (std::uint32_t cut = piece_end(doc.text, at, end); cut < end; at = cut, cut = piece_end(doc.text, at, end)) {
    before = tokenize_piece(doc.text, at, cut, doc.tokens, before);
    const auto avail = static_cast<std::uint32_t>(doc.tokens.list.size());
    sentences.split(avail, false);
    if (pieces && doc.sentences.size() > doc.paragraphs[pi].sent_begin)
      pieces->sentences_settled(doc.sentences.back().tok_end);
    // The last token waits: whether a date starts at a word may depend on the token after it.
    if (dates && !may_hold_date && avail > unchecked + 1) {
      may_hold_date = dates->may_hold_date(doc.text, doc.tokens, unchecked, avail - 1, avail);
      unchecked = avail - 1;
    }
  }
  tokenize_piece(doc.text, at, end, doc.tokens, before);
  const auto tok_end = static_cast<std::uint32_t>(doc.tokens.list.size());
  doc.paragraphs[pi].tok_end = tok_end;
  sentences.split(tok_end, true);
  if (dates && !may_hold_date) may_hold_date = dates->may_hold_date(doc.text, doc.tokens, unchecked, tok_end);
  return may_hold_date;
}

}  // namespace

bool append_paragraph(Document& doc, std::uint32_t start, std::uint32_t end, BlockKind kind,
                      const DateFinder* dates, PieceListener* pieces) {
  Paragraph p;
  p.start = start;
  p.end = end;
  p.kind = kind;
  p.tok_begin = static_cast<std::uint32_t>(doc.tokens.list.size());
  if (end - start > kPieceBytes) {
    p.tok_end = p.tok_begin;
    doc.paragraphs.push_back(p);
    return append_in_pieces(doc, static_cast<std::uint32_t>(doc.paragraphs.size() - 1), dates, pieces);
  }
  tokenize(doc.text, start, end, doc.tokens);  // nearly every paragraph: one piece
  p.tok_end = static_cast<std::uint32_t>(doc.tokens.list.size());
  doc.paragraphs.push_back(p);
  split_sentences(doc, static_cast<std::uint32_t>(doc.paragraphs.size() - 1));
  return dates && dates->may_hold_date(doc.text, doc.tokens, p.tok_begin, p.tok_end);
}

}  // namespace warta::detail
