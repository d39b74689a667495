// MentionReader, the people of a sentence: names, pronouns, "kedua pemimpin", role descriptions,
// quote speakers, delegation, and fellow travellers.
#include <algorithm>

#include "summits/mention_reader.hpp"

namespace warta::detail::summits {

void MentionReader::add_person(std::uint32_t tok, int entity, bool group) {
  if (entity < 0) return;
  Person p;
  p.tok = tok;
  p.entity = entity;
  p.quoted = quoted(tok);
  p.group = group;
  people_.push_back(p);
}

int MentionReader::resolve_pronoun(std::uint32_t tok) {
  for (auto it = people_.rbegin(); it != people_.rend(); ++it)
    if (it->tok < tok && !it->group && !it->delegation && it->quoted == quoted(tok)) return it->entity;
  // Inside a quote "beliau"/"dia" is someone the speaker talks about, never the speaker.
  if (quoted(tok) && previous_subject() == speaker()) return -1;
  return previous_subject();
}

// "di kediaman musim panasnya, Bocharov Ruchei": a name after a locative phrase is a place, even
// when it reads like a person's.
bool MentionReader::names_place(std::uint32_t tok) const {
  std::uint32_t j = tok;
  if (j > begin_ && c_.is_punct(j - 1, ",")) --j;
  for (int skipped = 0; j > begin_ && skipped <= 3; ++skipped) {
    --j;
    const WordInfo w = info(j);
    if (w.cue == Cue::locative) return skipped > 0 || j + 1 == tok;
    const Token& t = c_.doc.tokens.list[j];
    if (t.kind != TokenKind::word || !t.has(tokflag::lower_initial) || w.cue != Cue::none || w.frame != Frame::none)
      return false;
  }
  return false;
}

// "kedua pemimpin": the two people the sentence has just named, else the meeting in focus.
std::vector<int> MentionReader::group_at(std::uint32_t tok, std::string_view role) {
  std::vector<int> named;
  for (const Person& p : people_)
    if (p.tok < tok && !p.group && !p.delegation && p.quoted == quoted(tok) && c_.fits_role(p.entity, role) &&
        std::find(named.begin(), named.end(), p.entity) == named.end())
      named.push_back(p.entity);
  if (named.size() >= 2) return named;
  const std::vector<int>* g = c_.group_for(role);
  return g ? *g : std::vector<int>{};
}

// "Presiden didampingi ...", "pemimpin Korut tersebut", "Bapak Presiden": the person last named
// with that title.
int MentionReader::resolve_role(std::uint32_t tok) {
  std::string_view role = c_.fold(tok);
  if (role == "kepala" && tok + 1 < end_ && c_.fold(tok + 1) == "negara") role = "presiden";
  if (role == "pm") role = "perdana";
  if (role == "kepala") return -1;
  return c_.person_with_title(tok, role);
}

int MentionReader::speaker() {
  if (speaker_ != -2) return speaker_;
  speaker_ = -1;
  std::uint32_t last_close = end_, first_quote = end_;
  for (std::uint32_t i = begin_; i < end_; ++i) {
    const Token& t = c_.doc.tokens.list[i];
    if (t.kind != TokenKind::punct || !t.has(tokflag::quote)) continue;
    if (first_quote == end_) first_quote = i;
    last_close = i;
  }
  auto first_person_in = [&](std::uint32_t b, std::uint32_t e) {
    for (std::size_t k = c_.first_mention_near(b); k < c_.entities.mentions.size(); ++k) {
      const EntityMention& m = c_.entities.mentions[k];
      if (m.tok_begin >= e) break;
      if (m.entity >= 0 && m.tok_end > m.tok_begin && c_.type_of(m.entity) == EntityType::person)
        return static_cast<int>(m.entity);
    }
    return -1;
  };
  if (last_close != end_) speaker_ = first_person_in(last_close + 1, end_);
  if (speaker_ < 0 && first_quote != end_) speaker_ = first_person_in(begin_, first_quote);
  if (speaker_ < 0 && last_close != end_) {
    // "..., ujarnya." / "..., kata dia.": the speaker is the subject talked about before.
    for (std::uint32_t i = last_close + 1; i < end_; ++i)
      if (info(i).cue == Cue::reporting && (c_.clitic(i) || c_.fold(i).ends_with("nya") ||
                                            (i + 1 < end_ && info(i + 1).cue == Cue::pronoun))) {
        speaker_ = previous_subject();
        break;
      }
  }
  return speaker_;
}

void MentionReader::collect_people() {
  people_.clear();
  bool delegation = false;
  std::uint32_t next_seg = 1;
  const auto& ms = c_.entities.mentions;
  std::size_t k = c_.first_mention_in(sentence_);
  for (std::uint32_t i = begin_; i < end_; ++i) {
    while (next_seg < seg_starts_.size() && seg_starts_[next_seg] <= i) ++next_seg, delegation = false;
    // Metadata mentions (a dateline place) cover no tokens: they are never read here.
    while (k < ms.size() && (ms[k].tok_begin < i || ms[k].tok_end <= ms[k].tok_begin)) ++k;
    if (k < ms.size() && ms[k].tok_begin == i && ms[k].entity >= 0) {
      const EntityMention& m = ms[k];
      // "utusan (khusus) Presiden Xi": the envoy meets, not the one who sent him.
      std::uint32_t lead = m.title_end > m.title_begin ? m.title_begin : i;
      bool sender = lead > begin_ && (c_.fold(lead - 1) == "utusan" ||
                                      (c_.fold(lead - 1) == "khusus" && lead - 1 > begin_ && c_.fold(lead - 2) == "utusan"));
      if (c_.type_of(m.entity) == EntityType::person && info(i).frame == Frame::none && !names_place(i) && !sender) {
        add_person(i, m.entity, false);
        people_.back().delegation = delegation;
      }
      // A mention with no tokens (the dateline place) must not move the cursor back.
      if (m.tok_end > i + 1) i = m.tok_end - 1;
      continue;
    }
    const WordInfo w = info(i);
    if (c_.fold(i) == "mendampingi") {
      // "Budi Gunawan turut mendampingi Jokowi": the people before it accompany.
      for (Person& p : people_)
        if (p.tok >= seg_starts_[next_seg - 1]) p.delegation = true;
      continue;
    }
    if (w.frame == Frame::escort || (c_.fold(i) == "membawa" && i + 1 < end_ && c_.fold(i + 1) == "serta") ||
        (c_.fold(i) == "turut" && i + 1 < end_ && c_.fold(i + 1) == "hadir") ||
        (c_.fold(i) == "bersama" && i + 1 < end_ && info(i + 1).cue == Cue::spouse)) {
      delegation = true;
      continue;
    }
    if (title_[i - begin_]) continue;
    std::size_t before = people_.size();
    switch (w.cue) {
      case Cue::pronoun: add_person(i, resolve_pronoun(i), false); break;
      case Cue::first_person:
        if (quoted(i)) add_person(i, speaker(), false);
        break;
      case Cue::group:
        if (c_.fold(i) == "mereka" || c_.fold(i) == "keduanya")
          for (int e : group_at(i, {})) add_person(i, e, true);
        break;
      case Cue::both:
        if (i + 1 < end_ && (info(i + 1).cue == Cue::role || c_.fold(i + 1) == "tokoh")) {
          for (int e : group_at(i, c_.fold(i + 1))) add_person(i, e, true);
          ++i;
        }
        break;
      case Cue::role: {
        if (c_.fold(i) == "pemimpin" && i > begin_ && c_.fold(i - 1) == "para") {
          bool demo = i + 1 < end_ && info(i + 1).cue == Cue::demonstrative;
          if (demo)
            for (int e : group_at(i, "pemimpin")) add_person(i, e, true);
          break;
        }
        const Token& t = c_.doc.tokens.list[i];
        bool bare = t.has(tokflag::cap_initial) && i > begin_ &&
                    (i + 1 >= end_ || !c_.doc.tokens.list[i + 1].has(tokflag::cap_initial));
        bool demo = false;
        for (std::uint32_t j = i + 1; j < end_ && j <= i + 4; ++j) {
          std::int32_t mj = c_.entities.mention_at(j);
          if (mj >= 0 && c_.type_of(c_.entities.mentions[static_cast<std::size_t>(mj)].entity) == EntityType::person) break;
          if (info(j).cue == Cue::demonstrative) {
            demo = true;
            break;
          }
        }
        if (bare || demo) add_person(i, resolve_role(i), false);
        break;
      }
      default: break;
    }
    for (std::size_t p = before; p < people_.size(); ++p) people_[p].delegation = delegation;
  }
}

// Drops the people joined to the clause's first person by "dan"/"serta"/"bersama" (with their
// titles in between): they travel with the subject.
void MentionReader::drop_fellow_travellers(std::vector<int>& subject, std::uint32_t from, std::uint32_t trigger) const {
  if (subject.size() < 2) return;
  const Person* first = nullptr;
  for (const Person& p : people_)
    if (p.tok >= from && p.tok < trigger && p.entity == subject.front()) {
      first = &p;
      break;
    }
  if (!first) return;
  std::vector<int> kept{subject.front()};
  std::uint32_t j = first->tok;
  const std::size_t m = static_cast<std::size_t>(c_.entities.mention_at(j));
  j = c_.entities.mention_at(j) >= 0 ? c_.entities.mentions[m].tok_end : j + 1;
  for (const Person& p : people_) {
    if (p.tok <= first->tok || p.tok >= trigger || p.entity == subject.front()) continue;
    bool joined = false, other = false;
    for (std::uint32_t k = j; k < p.tok; ++k) {
      std::string_view f = c_.fold(k);
      if (f == "dan" || f == "serta" || f == "bersama") joined = true;
      else if (!title_[k - begin_] && info(k).cue != Cue::role && !c_.doc.tokens.list[k].has(tokflag::cap_initial) &&
               !c_.is_punct(k, ","))
        other = true;
    }
    if (!(joined && !other) && std::find(kept.begin(), kept.end(), p.entity) == kept.end()) kept.push_back(p.entity);
    std::int32_t pm = c_.entities.mention_at(p.tok);
    j = pm >= 0 ? c_.entities.mentions[static_cast<std::size_t>(pm)].tok_end : p.tok + 1;
  }
  subject = std::move(kept);
}

}  // namespace warta::detail::summits
