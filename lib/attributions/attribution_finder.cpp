#include "attributions/attribution_finder.hpp"

#include "attributions/article_cues.hpp"
#include "attributions/article_scan.hpp"

namespace warta::detail {
namespace {

// Tokens of a stretch read and then scanned while they are still in cache (a few hundred KB of
// tokens, marks and text). Articles up to this size are read whole first, and left alone when
// nothing in them is worth reading.
constexpr std::uint32_t kStretchTokens = 16384;

}  // namespace

AttributionFinder::AttributionFinder() = default;

std::vector<warta::Attribution> AttributionFinder::find(const Document& doc, const EntityTable& entities) const {
  AttributionBuffers buffers;
  return find(doc, entities, buffers);
}

std::vector<warta::Attribution> AttributionFinder::find(const Document& doc, const EntityTable& entities,
                                                        AttributionBuffers& buffers,
                                                        const summits::TriggerWatch* watch) const {
  std::vector<warta::Attribution> out;
  find(doc, entities, buffers, watch, out);
  return out;
}

void AttributionFinder::find(const Document& doc, const EntityTable& entities, AttributionBuffers& buffers,
                             const summits::TriggerWatch* watch, std::vector<warta::Attribution>& out) const {
  attr::TokenView view(doc, entities, lexicon_, buffers.marks, buffers.classes);
  attr::ArticleCueReader reader(view, buffers.cues, buffers.paragraph_marks, watch);
  const auto paragraphs = static_cast<std::uint32_t>(doc.paragraphs.size());
  if (doc.tokens.list.size() <= kStretchTokens) {
    reader.read(paragraphs);
    if (!reader.cues().worth_reading()) {
      out.clear();
      return;
    }
    attr::ArticleScan scan(view, reader.cues(), reader.cues().quotes.size() + doc.sentences.size(),
                           buffers.pending_sentences, out, buffers.work_starts);
    scan.scan(paragraphs);
    scan.finish();
    return;
  }
  // A long body: each stretch of paragraphs is scanned right after its cues are read, not in a
  // second pass over a body long gone from cache. A stretch ends only where no quotation is open:
  // a quotation is scanned once found whole. A paragraph longer than a stretch is read a stretch
  // of sentences at a time, and scanned as far as what was read allows. A body with nothing worth
  // reading is scanned too, and nothing is found in it. Its quotations are not counted yet: each
  // takes two tokens at least. A watch's follower (summits) reads each stretch's sentences right
  // behind the scan, while their tokens are still in cache.
  attr::ArticleScan scan(view, reader.cues(), doc.sentences.size() + doc.tokens.list.size() / 2,
                         buffers.pending_sentences, out, buffers.work_starts);
  // The quotations a stretch's scan is done with are dropped: the list stays a stretch long.
  auto forget_scanned_quotes = [&] {
    const std::size_t done = scan.quotes_scanned();
    reader.forget_quotes(done);
    scan.quotes_forgotten(done);
  };
  while (reader.paragraphs_read() < paragraphs) {
    std::uint32_t end = reader.paragraphs_read();
    const Paragraph& p = doc.paragraphs[end];
    const std::uint32_t from = reader.paragraph_begun() ? reader.sentences_read() : p.sent_begin;
    const std::uint32_t stretch_end = (from < p.sent_end ? doc.sentences[from].tok_begin : p.tok_begin) + kStretchTokens;
    if (p.tok_end > stretch_end && (p.kind == BlockKind::body || p.kind == BlockKind::lead)) {
      std::uint32_t s = from + 1;
      while (s < p.sent_end && doc.sentences[s].tok_begin < stretch_end) ++s;
      if (s < p.sent_end) {
        reader.read_sentences(s);
        scan.scan_sentences(scan.scannable_to(s, reader.quote_open() ? reader.open_quote_mark() : ~0u));
        forget_scanned_quotes();
        if (watch != nullptr) watch->follower.walked_to(s);
        continue;
      }
    }
    do {
      ++end;
    } while (end < paragraphs && doc.paragraphs[end].tok_begin < stretch_end);
    reader.read(end);
    while (end < paragraphs && reader.quote_open()) reader.read(++end);
    scan.scan(end);
    forget_scanned_quotes();
    if (watch != nullptr)
      watch->follower.walked_to(end < paragraphs ? doc.paragraphs[end].sent_begin
                                                 : static_cast<std::uint32_t>(doc.sentences.size()));
  }
  scan.finish();
}

}  // namespace warta::detail
