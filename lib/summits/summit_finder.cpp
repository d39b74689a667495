#include "summits/summit_finder.hpp"

#include <algorithm>
#include <cstring>

namespace warta::detail {
namespace {

// Headline and lead restate the body: they are read after it.
bool is_summary(const Paragraph& p) { return p.kind == BlockKind::headline || p.kind == BlockKind::lead; }

}  // namespace

SummitFinder::SummitFinder() = default;

std::vector<warta::Summit> SummitFinder::find(const Document& doc, const EntityTable& entities,
                                              std::span<const DateFinding> dates) const {
  SummitBuffers buffers;
  return find(doc, entities, dates, buffers);
}

std::vector<warta::Summit> SummitFinder::find(const Document& doc, const EntityTable& entities,
                                              std::span<const DateFinding> dates, SummitBuffers& buffers) const {
  return SummitReading(*this, doc, entities, dates, buffers, false).finish();
}

SummitReading::SummitReading(const SummitFinder& finder, const Document& doc, const EntityTable& entities,
                             std::span<const DateFinding> dates, SummitBuffers& buffers, bool watched)
    : doc_(doc),
      buffers_(buffers),
      watched_(watched),
      watch_{finder.lexicon_, buffers.sentence_triggers, *this},
      context_(doc, entities, dates, finder.lexicon_, buffers.words, watched ? &buffers.sentence_triggers : nullptr) {}

void SummitReading::start() {
  if (watched_) context_.start_reading();
  people_reader_.emplace(context_, buffers_.people_reader);
  reader_.emplace(context_, buffers_.reader, &*people_reader_);
  builder_.emplace(context_);
  reader_->forget_subjects();
}

void SummitReading::walked_to(std::uint32_t sentence_end) {
  if (!reader_) {
    // Not started: only the bytes walked since the last call are new.
    const std::uint8_t* bytes = buffers_.sentence_triggers.data();
    const bool seen = sentence_end > looked_to_ && std::memchr(bytes + looked_to_, 1, sentence_end - looked_to_);
    looked_to_ = sentence_end;
    if (!seen) return;
    start();
  }
  read_body_to(sentence_end);
}

// Inlined into both passes: it runs for every sentence of an article with a trigger.
[[gnu::always_inline]] inline void SummitReading::read_sentence(std::uint32_t s, bool summary) {
  if (context_.has_trigger(s)) {
    std::vector<summits::Mention>& mentions = buffers_.mentions;
    mentions.clear();
    reader_->read(s, summary, mentions);
    for (summits::Mention& m : mentions) builder_->add(std::move(m));
  }
  reader_->note_subject(s);
}

void SummitReading::read_body_to(std::uint32_t sentence_end) {
  // The cursor in locals while the sentences are read: the reader's calls would make the members
  // be stored and loaded again around each.
  const std::vector<Paragraph>& paragraphs = doc_.paragraphs;
  const auto count = static_cast<std::uint32_t>(paragraphs.size());
  std::uint32_t pi = next_paragraph_, s = next_sentence_;
  for (; pi < count; ++pi) {
    const Paragraph& p = paragraphs[pi];
    if (is_summary(p)) continue;
    s = std::max(s, p.sent_begin);
    for (const std::uint32_t end = std::min(p.sent_end, sentence_end); s < end; ++s) read_sentence(s, false);
    if (s < p.sent_end) break;  // at sentence_end
  }
  next_paragraph_ = pi;
  next_sentence_ = s;
}

std::vector<warta::Summit> SummitReading::finish() {
  if (!reader_) {
    // No sentence would be read, so no meeting is found.
    if (watched_) {
      const std::vector<std::uint8_t>& bytes = buffers_.sentence_triggers;
      if (looked_to_ >= bytes.size() || !std::memchr(bytes.data() + looked_to_, 1, bytes.size() - looked_to_)) return {};
    } else if (!context_.any_trigger()) {
      return {};
    }
    start();
  }
  read_body_to(static_cast<std::uint32_t>(doc_.sentences.size()));
  reader_->forget_subjects();
  for (const Paragraph& p : doc_.paragraphs)
    if (is_summary(p))
      for (std::uint32_t s = p.sent_begin; s < p.sent_end; ++s) read_sentence(s, true);
  buffers_.mentions.clear();  // moved into the builder: nothing of them is kept
  return builder_->finish();
}

}  // namespace warta::detail
