// The scan where capitals say nothing (Title Case or all-caps headlines, text all in lower case):
// lexicon names, and people found by titles and cues with the word list instead of capitals.
#include "entities/mention_finder.hpp"

namespace warta::detail {

bool MentionFinder::first_name_like(std::uint32_t k, const LexMatch& m, std::uint32_t end) const {
  // After a title and a comma, a one-word city followed by another name word is a first name:
  // "presiden moldova, vladimir voronin" (Vladimir is also a Russian city). Without the comma it
  // is the title's place: "Wali Kota Bandung Yana Mulyana".
  if (m.name_len != 1 || lex_.entry(static_cast<std::uint32_t>(m.entry)).kind != "city") return false;
  const std::uint32_t n = k + 1;
  return n < end && f_[n].word() && (f_[n].cap() || f_[n].blind()) && !f_[n].common() && !f_[n].upper() &&
         !(f_[n].words & (wc::function | wc::not_name | wc::numeral | wc::compass)) && match_at(n, end).name_len == 0;
}

std::uint32_t MentionFinder::emit_lexicon(std::uint32_t i, const LexMatch& m) {
  Candidate c;
  c.begin = i;
  c.end = i + m.name_len;
  c.entry = m.entry;
  c.type = lex_.entry(static_cast<std::uint32_t>(m.entry)).type;
  keep(c, out_);
  return c.end;
}

std::uint32_t MentionFinder::blind_step(std::uint32_t i, const LexMatch& m, std::uint32_t end) {
  // Capitals say nothing here: lexicon names, and after a title or a cue ("presiden moldova,
  // vladimir voronin", "kata Hendarto") the words that are no ordinary words. The grouping step
  // adds the article's own names later.
  if (m.name_len >= m.title_len && m.name_len > 0) return emit_lexicon(i, m);
  std::uint32_t j = i + 1;
  Candidate c;
  c.type = EntityType::person;
  if (m.title_len > 0) {
    c.title_begin = i;
    c.title = m.title;
    for (std::uint32_t k = i + 1; k < i + m.title_len;) {  // names inside the title
      LexMatch mk = match_at(k, end);
      bool place = mk.name_len > 0 && k + mk.name_len <= i + m.title_len &&
                   lex_.entry(static_cast<std::uint32_t>(mk.entry)).type != EntityType::person;
      k = place ? emit_lexicon(k, mk) : k + 1;
    }
    j = i + m.title_len;
    for (int part = 0; part < kMaxTitleParts && j < end; ++part) {
      LexMatch mm = match_at(j, end);
      if (mm.title_len > mm.name_len) {
        j += mm.title_len;
      } else if (mm.name_len > 0 && lex_.entry(static_cast<std::uint32_t>(mm.entry)).type != EntityType::person) {
        j = emit_lexicon(j, mm);
      } else {
        break;
      }
    }
    c.title_end = j;
  } else if (!(f_[i].words & (wc::person_before | wc::honorific))) {
    return blind_speaker(i, end);
  }
  const bool comma = j + 1 < end && is_punct(j, ',');
  if (comma) ++j;
  LexMatch mm = match_at(j, end);
  if (comma && first_name_like(j, mm, end)) mm = LexMatch{};
  if (mm.name_len > 0) {
    if (lex_.entry(static_cast<std::uint32_t>(mm.entry)).type != EntityType::person) return j;
    c.begin = j;
    c.end = j + mm.name_len;
    c.entry = mm.entry;
    keep(c, out_);
    return c.end;
  }
  std::uint32_t e = j;
  while (e < j + 4 && name_word(e, end) && (e == j || match_at(e, end).name_len == 0)) ++e;
  if (e == j) return j;
  c.begin = j;
  c.end = e;
  c.evidence = c.title >= 0 ? Evidence::title : Evidence::cue;
  keep(c, out_);
  return e;
}

bool MentionFinder::name_word(std::uint32_t k, std::uint32_t end) const {
  return k < end && f_[k].word() && !f_[k].common() && !f_[k].upper() &&
         !(f_[k].words & (wc::function | wc::not_name | wc::numeral | wc::honorific));
}

std::uint32_t MentionFinder::blind_speaker(std::uint32_t i, std::uint32_t end) {
  // "kalla mengatakan", "anas urbaningrum menegaskan": words that are no ordinary words right
  // before a reporting verb are its speaker.
  if (!name_word(i, end) || (i > para_begin_ && name_word(i - 1, end))) return i + 1;
  std::uint32_t e = i;
  while (e < i + 3 && name_word(e, end) && match_at(e, end).name_len == 0) ++e;
  if (e == i || e >= end || !(f_[e].words & wc::report_after)) return i + 1;
  Candidate c;
  c.begin = i;
  c.end = e;
  c.type = EntityType::person;
  c.evidence = Evidence::context;
  keep(c, out_);
  return e;
}

}  // namespace warta::detail
