#include "summits/summit_finder.hpp"

#include "summits/doc_context.hpp"
#include "summits/mention_reader.hpp"
#include "summits/summit_builder.hpp"

namespace warta::detail {

SummitFinder::SummitFinder() = default;

std::vector<warta::Summit> SummitFinder::find(const Document& doc, const EntityTable& entities,
                                              std::span<const DateFinding> dates) const {
  SummitBuffers buffers;
  return find(doc, entities, dates, buffers);
}

std::vector<warta::Summit> SummitFinder::find(const Document& doc, const EntityTable& entities,
                                              std::span<const DateFinding> dates, SummitBuffers& buffers,
                                              bool watched) const {
  summits::DocContext context(doc, entities, dates, lexicon_, buffers.words,
                              watched ? buffers.sentence_triggers.data() : nullptr);
  if (!context.any_trigger()) return {};  // no sentence would be read, so no meeting is found
  summits::MentionReader people_reader(context, buffers.people_reader);
  summits::MentionReader reader(context, buffers.reader, &people_reader);
  summits::SummitBuilder builder(context);
  std::vector<summits::Mention>& mentions = buffers.mentions;

  auto read_paragraphs = [&](bool summary) {
    reader.forget_subjects();
    for (const Paragraph& p : doc.paragraphs) {
      bool is_summary = p.kind == BlockKind::headline || p.kind == BlockKind::lead;
      if (is_summary != summary) continue;
      for (std::uint32_t s = p.sent_begin; s < p.sent_end; ++s) {
        if (context.has_trigger(s)) {
          mentions.clear();
          reader.read(s, summary, mentions);
          for (summits::Mention& m : mentions) builder.add(std::move(m));
        }
        reader.note_subject(s);
      }
    }
  };
  read_paragraphs(false);
  read_paragraphs(true);
  mentions.clear();  // moved into the builder: nothing of them is kept
  return builder.finish();
}

}  // namespace warta::detail
