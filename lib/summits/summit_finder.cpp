#include "summits/summit_finder.hpp"

#include "summits/doc_context.hpp"
#include "summits/mention_reader.hpp"
#include "summits/summit_builder.hpp"
#include <cstdio>//TRACE
#include <cstdlib>//TRACE

namespace warta::detail {

SummitFinder::SummitFinder() = default;

std::vector<warta::Summit> SummitFinder::find(const Document& doc, const EntityTable& entities,
                                              std::span<const DateFinding> dates) const {
  summits::DocContext context(doc, entities, dates, lexicon_);
  summits::MentionReader reader(context);
  summits::SummitBuilder builder(context);
  std::vector<summits::Mention> mentions;

  auto read_paragraphs = [&](bool summary) {
    context.previous_subject = -1;
    for (const Paragraph& p : doc.paragraphs) {
      bool is_summary = p.kind == BlockKind::headline || p.kind == BlockKind::lead;
      if (is_summary != summary) continue;
      for (std::uint32_t s = p.sent_begin; s < p.sent_end; ++s) {
        if (reader.has_trigger(s)) {
          mentions.clear();
          reader.read(s, summary, mentions);
          for (summits::Mention& m : mentions) {
            if (std::getenv("WST")) {//TRACE
              std::fprintf(stderr, "S%u f%d k%d an%d st%d [", m.sentence, (int)m.frame, (int)m.kind, m.anaphoric, (int)m.status);//TRACE
              for (int e : m.participants) std::fprintf(stderr, "%s,", entities.entities[e].name.c_str());//TRACE
              std::fprintf(stderr, "] h[");//TRACE
              for (int e : m.hosts) std::fprintf(stderr, "%s,", entities.entities[e].name.c_str());//TRACE
              std::fprintf(stderr, "] v[");//TRACE
              for (int e : m.visitors) std::fprintf(stderr, "%s,", entities.entities[e].name.c_str());//TRACE
              if (m.place.entity >= 0) for (auto& r : entities.entities[m.place.entity].roles) std::fprintf(stderr, " role:%s", r.c_str());//TRACE
              std::fprintf(stderr, "] place=%s cls%d date=%s r%d name=%s | %.*s\n", m.place.entity>=0?entities.entities[m.place.entity].name.c_str():"-", (int)m.place.cls, m.date.finding>=0?context.date_value(m.date.finding).c_str():"-", m.date.rank, m.summit_name.c_str(), (int)(doc.sentences[s].end-doc.sentences[s].start), doc.text.data()+doc.sentences[s].start);//TRACE
            }//TRACE
            builder.add(std::move(m));
          }
        }
        reader.note_subject(s);
      }
    }
  };
  read_paragraphs(false);
  read_paragraphs(true);
  return builder.finish();
}

}  // namespace warta::detail
