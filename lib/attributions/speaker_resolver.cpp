#include "attributions/speaker_resolver.hpp"

#include <algorithm>
#include <string_view>

#include "text/token.hpp"

namespace warta::detail::attr {
namespace {

// Bounds on every scan, so one long sentence cannot make a lookup expensive.
constexpr std::uint32_t kMaxPhrase = 12;         // words in a speaker phrase (long official titles)
constexpr std::uint32_t kMaxSkip = 10;           // adverbs/dates between a subject and its verb
constexpr std::uint32_t kMaxAppositive = 14;     // tokens between two commas
constexpr std::uint32_t kMentionsBack = 200;     // mentions searched for a role description
constexpr std::size_t kMaxEntitiesByName = 4096;  // entities searched for a name without a mention

// `s` ends with " " + `p` / starts with `p` + " ", without building either string.
bool word_suffix(std::string_view s, std::string_view p) {
  return s.size() > p.size() && s[s.size() - p.size() - 1] == ' ' && s.substr(s.size() - p.size()) == p;
}
bool word_prefix(std::string_view s, std::string_view p) {
  return s.size() > p.size() && s[p.size()] == ' ' && s.substr(0, p.size()) == p;
}

}  // namespace

std::string_view mention_kind_name(MentionKind k) noexcept {
  switch (k) {
    case MentionKind::name: return "name";
    case MentionKind::title: return "title";
    case MentionKind::pronoun: return "pronoun";
    case MentionKind::clitic: return "clitic";
    case MentionKind::outlet: return "outlet";
    case MentionKind::generic: return "generic";
  }
  return "generic";
}

SpeakerResolver::SpeakerResolver(const TokenView& v, std::vector<std::uint32_t>& pending_sentences)
    : v_(v), pending_(pending_sentences) {
  pending_.clear();
  pending_.reserve(v.doc.sentences.size());  // never regrown: a sentence is noted once at most
}

const SpeakerResolver::FoldedEntity& SpeakerResolver::folded(std::int32_t entity) const {
  if (folded_.empty()) folded_.resize(v_.ents.entities.size());
  FoldedEntity& f = folded_[static_cast<std::size_t>(entity)];
  if (!f.done) {
    const EntityRecord& rec = v_.ents.entities[static_cast<std::size_t>(entity)];
    f.titles.reserve(rec.titles.size());
    for (const auto& t : rec.titles) f.titles.push_back(fold_text(t));
    f.name = fold_text(rec.name);
    f.done = true;
  }
  return f;
}

Source SpeakerResolver::pronoun(std::uint32_t tok, MentionKind how) const {
  settle();
  if (v_.is(tok, word::plural_pronoun)) {
    if (plural_end_ > plural_begin_) return Source{-1, plural_begin_, plural_end_, MentionKind::generic};
    return Source{-1, tok, tok + 1, MentionKind::generic};
  }
  // A named speaker without an entity: the words carry the resolution, since no id can.
  if (recent_person_ < 0 && recent_words_end_ > recent_words_begin_)
    return Source{-1, recent_words_begin_, recent_words_end_, how};
  return Source{recent_person_, tok, tok + 1, how};
}

Source SpeakerResolver::from_phrase(std::uint32_t b, std::uint32_t e) const {
  while (e > b && !v_.word(e - 1)) --e;
  if (e <= b) return {};
  if (e - b == 1 && v_.is(b, word::pronoun | word::plural_pronoun)) return pronoun(b, MentionKind::pronoun);
  if (v_.is(b, word::label) && v_.mention(b) < 0) return {};
  // "Dedi Nursyamsi selaku Kepala BPPSDMP": the name before the office is the speaker.
  for (std::uint32_t i = b + 1; i < e; ++i)
    if (v_.fold(i) == "selaku" || v_.fold(i) == "sebagai") return from_phrase(b, i);
  bool content_word = false;
  for (std::uint32_t i = b; i < e; ++i)
    if (v_.word(i) && !v_.is(i, word::intro | word::demonstrative | word::adverb)) content_word = true;
  if (!content_word) return {};  // "Selain itu", "itu

  std::int32_t last_person = -1, last_any = -1;
  int mentions = 0;
  bool joins_names = false;
  for (std::uint32_t i = b; i < e; ++i) {
    if (v_.fold(i) == "dan" && i > b && i + 1 < e && v_.mention(i) < 0 && v_.mention(i - 1) >= 0 &&
        v_.mention(i + 1) >= 0)
      joins_names = true;
    std::int32_t m = v_.mention(i);
    if (m < 0 || (i > b && v_.mention(i - 1) == m)) continue;
    ++mentions;
    last_any = m;
    if (v_.type_of(v_.ents.mentions[static_cast<std::size_t>(m)].entity) == EntityType::person) last_person = m;
  }
  // Two named sources of one statement: the describing words stand for both.
  if (joins_names && mentions >= 2) return Source{-1, b, e, MentionKind::generic};
  if (last_person >= 0) {
    const EntityMention& m = v_.ents.mentions[static_cast<std::size_t>(last_person)];
    return Source{m.entity, m.tok_begin, std::min(m.tok_end, e), MentionKind::name};
  }
  // "Pelatih asal Korea Selatan itu": a description pointing back at the person in focus.
  if (e - b >= 2 && (v_.fold(e - 1) == "itu" || v_.fold(e - 1) == "tersebut") && v_.mention(b) < 0) {
    settle();
    if (recent_person_ >= 0) return Source{recent_person_, b, e, MentionKind::title};
    if (recent_words_end_ > recent_words_begin_)
      return Source{-1, recent_words_begin_, recent_words_end_, MentionKind::title};
    return Source{-1, b, e, MentionKind::generic};
  }
  if (last_any >= 0) {
    const EntityMention& m = v_.ents.mentions[static_cast<std::size_t>(last_any)];
    EntityType t = v_.type_of(m.entity);
    // "Kepala Dinas Kesehatan Kota Tangerang Dini Anggraeni": capitalized words after the office's
    // place or body are the holder's name, even when the entity table missed it.
    if (m.tok_end < e && e - m.tok_end <= 6) {
      bool name_words = true;
      for (std::uint32_t i = m.tok_end; i < e; ++i)
        if (!v_.word(i) || !v_.cap(i) || v_.is(i, word::label)) name_words = false;
      if (name_words) return Source{-1, m.tok_end, e, MentionKind::name};
    }
    std::uint32_t name_begin = m.title_end > m.title_begin ? std::min(m.title_begin, m.tok_begin) : m.tok_begin;
    bool only_outlet_words = true;
    for (std::uint32_t i = b; i < name_begin; ++i)
      if (!v_.is(i, word::outlet_noun)) only_outlet_words = false;
    if ((t == EntityType::media || t == EntityType::org) && only_outlet_words)
      return Source{m.entity, m.tok_begin, std::min(m.tok_end, e), t == EntityType::media ? MentionKind::outlet
                                                                                          : MentionKind::name};
    if (b >= name_begin && m.tok_end >= e) return Source{m.entity, m.tok_begin, e, MentionKind::name};
  }
  std::int32_t holder = resolve_description(b, e);
  if (holder >= 0) return Source{holder, b, e, MentionKind::title};
  bool all_caps_words = true;
  for (std::uint32_t i = b; i < e; ++i)
    if (v_.word(i) && !v_.cap(i)) all_caps_words = false;
  if (all_caps_words && last_any < 0) return Source{-1, b, e, MentionKind::name};
  // "Sekjen PBSI", "Politikus PKS": an office named by its body, holder unknown.
  if (all_caps_words) return Source{-1, b, e, MentionKind::title};
  return Source{-1, b, e, MentionKind::generic};
}

std::int32_t SpeakerResolver::resolve_description(std::uint32_t b, std::uint32_t e) const {
  while (e > b + 1 && v_.is(e - 1, word::demonstrative)) --e;
  std::string& phrase = phrase_;
  phrase.clear();
  for (std::uint32_t i = b; i < e; ++i) {
    if (!phrase.empty()) phrase.push_back(' ');
    phrase.append(v_.fold(i));
  }
  if (phrase.size() < 2) return -1;
  RoleGroup group = v_.lex.role_of_description(phrase);
  const auto& ms = v_.ents.mentions;
  // Mentions are in text order: walk back from the description to the nearest holder.
  auto it = std::lower_bound(ms.begin(), ms.end(), b,
                             [](const EntityMention& m, std::uint32_t tok) { return m.tok_begin < tok; });
  std::size_t back = static_cast<std::size_t>(it - ms.begin());
  auto matches = [&](std::int32_t ent) {
    const auto& rec = v_.ents.entities[static_cast<std::size_t>(ent)];
    if (rec.type != EntityType::person) return false;
    const FoldedEntity& f = folded(ent);
    for (const auto& t : f.titles) {
      if (t == phrase || word_suffix(t, phrase) || word_prefix(t, phrase)) return true;
      if (group != RoleGroup::none && CueLexicon::title_in_group(t, group)) return true;
    }
    if (group != RoleGroup::none)
      for (const auto& r : rec.roles)
        if (r == CueLexicon::role_name(group)) return true;
    return word_prefix(f.name, phrase);
  };
  // The person in focus first: a role description usually points at whoever is being discussed.
  settle();
  if (recent_person_ >= 0 && matches(recent_person_)) return recent_person_;
  // A person named again and again is compared once: the answer would not change.
  if (tried_.empty()) tried_.assign(v_.ents.entities.size(), 0);
  const std::uint32_t call = ++descriptions_;
  for (std::uint32_t n = 0; n < kMentionsBack && back > 0; ++n) {
    --back;
    std::int32_t ent = ms[back].entity;
    if (ent < 0 || tried_[static_cast<std::size_t>(ent)] == call) continue;
    tried_[static_cast<std::size_t>(ent)] = call;
    if (matches(ent)) return ent;
  }
  return -1;
}

bool SpeakerResolver::skip_parenthetical(std::uint32_t& j, std::uint32_t floor) const {
  if (!v_.punct(j, ")")) return false;
  std::uint32_t k = j;
  while (k > floor && !v_.punct(k, "(") && j - k < kMaxSkip) --k;
  if (!v_.punct(k, "(") || k == floor) return false;
  j = k - 1;
  return true;
}

Source SpeakerResolver::subject_before(std::uint32_t verb, std::uint32_t floor) const {
  if (verb <= floor) return {};
  std::uint32_t j = verb - 1;
  for (int round = 0; round < 4; ++round) {
    for (std::uint32_t steps = 0; steps < kMaxSkip; ++steps) {
      if (skip_parenthetical(j, floor)) continue;
      bool skippable = v_.mention(j) < 0 && (v_.tok(j).kind == TokenKind::number ||
                                             (v_.word(j) && v_.is(j, word::adverb | word::temporal)));
      // "Taufik, sementara itu mengatakan": a connective between subject and verb.
      if (!skippable && j > floor + 1 && v_.fold(j) == "itu" && v_.is(j - 1, word::intro) && v_.mention(j - 1) < 0)
        skippable = true, --j;
      if (!skippable || j == floor) break;
      --j;
    }
    if (v_.is(j, word::negation)) return {};
    if (!v_.comma(j)) break;
    // Between two commas: an appositive name ("…, KCNA, melaporkan") or an aside to step over
    // ("Xi, dalam pernyataan pembukaannya, menyampaikan"; "Zulpan, saat ditemui, hari ini, mengatakan").
    if (j == floor) return {};
    std::uint32_t k = j - 1;
    while (k > floor && !v_.comma(k) && !v_.stop(k) && j - k < kMaxAppositive) --k;
    std::uint32_t seg_b = (v_.comma(k) || v_.stop(k)) ? k + 1 : k;
    if (seg_b >= j) return {};
    bool aside = v_.is(seg_b, word::boundary) && v_.mention(seg_b) < 0;
    if (!aside) {
      aside = true;
      for (std::uint32_t i = seg_b; i < j; ++i)
        if (v_.word(i) && !(v_.tok(i).kind == TokenKind::number || v_.is(i, word::temporal))) aside = false;
    }
    if (!aside) {
      Source apposed = from_phrase(seg_b, j);
      if (is_person(apposed) || !v_.comma(k)) return apposed;
      // "Edison Siahaan, Ketua Presidium ITW, organisasi nonpemerintah …, menanggapi": the name
      // before descriptive appositions is the speaker.
      Source named = person_in_segments_before(k, floor);
      return named.found() ? named : apposed;
    }
    if (!v_.comma(k) || k == floor) return {};
    j = k;  // the next round reads the segment before this comma
  }
  if (!v_.word(j) || v_.quoted(j)) return {};
  // "… dan mengaku", "… untuk memastikan", "mau melaporkan": no subject stands right before the verb.
  if (v_.mention(j) < 0 && v_.is(j, word::boundary | word::predicate | word::intro) && !v_.is(j, word::demonstrative))
    return {};
  std::uint32_t e = j + 1, b = j;
  while (b > floor && e - b < kMaxPhrase) {
    std::uint32_t p = b - 1;
    if (!v_.word(p) || v_.quoted(p)) break;
    bool in_name = v_.mention(p) >= 0;
    if (!in_name) {
      std::uint32_t c = v_.cls(p);
      bool joins_names = v_.fold(p) == "dan" && v_.mention(b) >= 0 && p > floor && v_.mention(p - 1) >= 0;
      if ((c & (word::boundary | word::intro)) && !joins_names) break;
      if (c & (word::say_verb | word::passive_cue | word::according | word::outlet_cue | word::predicate)) break;
      if (!v_.cap(p) && TokenView::clause_verb(v_.fold(p))) break;  // "… menghancurkan X dan Y mengatakan"
    }
    b = p;
  }
  while (b < e && v_.mention(b) < 0 && v_.is(b, word::adverb)) ++b;  // "secara terbuka"
  if (b >= e) return {};
  Source found = names_someone(b, e) ? from_phrase(b, e) : Source{};
  // "Widyastuti di Balai Kota DKI Jakarta menyatakan": a place or time phrase between the speaker
  // and the verb; the speaker stands before its preposition.
  if (!is_person(found) && b > floor + 1 && v_.is(b - 1, word::boundary) && v_.mention(b - 1) < 0 &&
      v_.fold(b - 1) != "dan" && v_.word(b - 2) && !v_.quoted(b - 2)) {
    std::int32_t m = v_.mention(b - 2);
    if (m >= 0 && v_.type_of(v_.ents.mentions[static_cast<std::size_t>(m)].entity) == EntityType::person) {
      const EntityMention& mm = v_.ents.mentions[static_cast<std::size_t>(m)];
      return Source{mm.entity, mm.tok_begin, mm.tok_end, MentionKind::name};
    }
  }
  // "Sementara itu, Ajis yang juga seorang orator dalam orasinya menyatakan": the words before the
  // verb are a prepositional phrase; the clause's subject stands at its start.
  bool unresolved = found.entity < 0 && (found.how == MentionKind::generic || found.how == MentionKind::title);
  if (unresolved && b > floor && v_.is(b - 1, word::boundary) && v_.fold(b - 1) != "dan") {
    std::uint32_t cs = b - 1;
    while (cs > floor && !v_.comma(cs - 1) && !v_.stop(cs - 1) && !v_.quoted(cs - 1) && b - cs < 2 * kMaxPhrase)
      --cs;
    while (cs < b && v_.is(cs, word::intro) && v_.mention(cs) < 0) ++cs;
    std::uint32_t ce = cs;
    while (ce < b && ce - cs < kMaxPhrase && v_.word(ce) && (v_.cap(ce) || v_.mention(ce) >= 0)) ++ce;
    if (ce > cs && !v_.is(cs, word::boundary | word::label)) {
      Source subject = from_phrase(cs, ce);
      if (is_person(subject) || (subject.entity < 0 && subject.how == MentionKind::name)) return subject;
    }
    // "Flora Dianti, saksi ahli dari UI, dalam persidangan Selasa siang menyebutkan"
    if (cs > floor && v_.comma(cs - 1)) {
      Source named = person_in_segments_before(cs - 1, floor);
      if (named.found()) return named;
    }
  }
  return found;
}

Source SpeakerResolver::person_in_segments_before(std::uint32_t comma, std::uint32_t floor) const {
  std::uint32_t end = comma;
  for (int seg = 0; seg < 3 && end > floor; ++seg) {
    std::uint32_t b = end;
    while (b > floor && !v_.comma(b - 1) && !v_.stop(b - 1) && !v_.quoted(b - 1) && end - b < kMaxAppositive) --b;
    for (std::uint32_t i = end; i > b; --i) {
      std::int32_t ent = v_.entity_at(i - 1);
      if (ent >= 0 && v_.type_of(ent) == EntityType::person) {
        const EntityMention& m = v_.ents.mentions[static_cast<std::size_t>(v_.mention(i - 1))];
        return Source{ent, m.tok_begin, m.tok_end, MentionKind::name};
      }
    }
    if (b <= floor || !v_.comma(b - 1)) break;
    end = b - 1;
  }
  return {};
}

bool SpeakerResolver::names_someone(std::uint32_t b, std::uint32_t e) const {
  // Capitalized words or an entity name a source; lower-case words only through a noun for people
  // or bodies ("jaksa", "sejumlah saksi", "media Rusia") or a pronoun.
  for (std::uint32_t i = b; i < e; ++i)
    if (v_.word(i) && (v_.cap(i) || v_.mention(i) >= 0 || v_.tok(i).has(tokflag::all_caps) ||
                       v_.is(i, word::generic_head | word::pronoun | word::plural_pronoun)))
      return true;
  return false;
}

bool SpeakerResolver::is_person(const Source& s) const {
  return s.entity >= 0 && v_.type_of(s.entity) == EntityType::person;
}

Source SpeakerResolver::speaker_after(std::uint32_t begin, std::uint32_t limit, std::uint32_t& end) const {
  end = begin;
  if (begin >= limit || !v_.word(begin)) return {};
  if (v_.mention(begin) < 0 && v_.is(begin, word::boundary)) return {};  // "disampaikan dalam acara …"
  if (v_.is(begin, word::pronoun | word::plural_pronoun)) {
    end = begin + 1;
    return pronoun(begin, MentionKind::pronoun);
  }
  std::uint32_t i = begin;
  while (i < limit && i - begin < kMaxPhrase && !v_.quoted(i)) {
    if (!v_.word(i)) {
      // "ujar dr. Shari Marchbein": the period of a short abbreviation stays inside the phrase.
      if (i == begin || i + 1 >= limit || !v_.abbreviation_period(i)) break;
      ++i;
      continue;
    }
    if (v_.mention(i) < 0 && i > begin &&
        (v_.is(i, word::boundary | word::say_verb | word::quote_cue | word::outlet_cue | word::clitic_cue) ||
         (!v_.cap(i) && (v_.is(i, word::adverb | word::predicate) || TokenView::clause_verb(v_.fold(i))))))
      break;
    ++i;
  }
  end = i;
  return from_phrase(begin, i);
}

std::int32_t SpeakerResolver::entity_named(std::string_view folded_name) const {
  if (folded_name.empty()) return -1;
  std::size_t n = std::min<std::size_t>(v_.ents.entities.size(), kMaxEntitiesByName);
  for (std::size_t i = 0; i < n; ++i)
    if (folded(static_cast<std::int32_t>(i)).name == folded_name) return static_cast<std::int32_t>(i);
  return -1;
}

void SpeakerResolver::note_source(const Source& s) {
  const bool person = is_person(s), named = !person && s.entity < 0 && s.how == MentionKind::name && s.found();
  if (!person && !named) return;
  // The person it leaves is replaced here. The sentences noted before it stay pending, for the
  // group they may leave: settle() reads them only if a "mereka" or a description ever asks.
  sources_from_ = static_cast<std::uint32_t>(pending_.size());
  if (person) {
    recent_person_ = s.entity;
    recent_words_begin_ = recent_words_end_ = 0;
  } else {
    recent_person_ = -1;
    recent_words_begin_ = s.tok_begin;
    recent_words_end_ = s.tok_end;
  }
}

void SpeakerResolver::settle() const {
  if (pending_.empty()) return;
  // The sentences in order would each set the person, set the group, or do nothing, a person
  // also clearing the group; a source noted among them sets the person only. So the last sentence
  // with a person or a group decides the group, and the last sentence with a person after the last
  // source (from sources_from_ on) decides the person. Read from the last sentence back until both
  // are decided.
  bool group_known = false;
  for (auto i = static_cast<std::uint32_t>(pending_.size()); i > 0;) {
    --i;
    const SentenceOpening o = read_opening(pending_[i]);
    if (o.person >= 0) {
      if (i >= sources_from_) {
        recent_person_ = o.person;
        recent_words_begin_ = recent_words_end_ = 0;
      }
      if (!group_known) plural_begin_ = plural_end_ = 0;
      break;
    }
    if (!group_known && o.group_end > o.group_begin) {
      plural_begin_ = o.group_begin;
      plural_end_ = o.group_end;
      group_known = true;
    }
    if (group_known && i <= sources_from_) break;  // the sentences before i cannot change the person
  }
  pending_.clear();
  sources_from_ = 0;
}

SpeakerResolver::SentenceOpening SpeakerResolver::read_opening(std::uint32_t si) const {
  const Sentence& s = v_.doc.sentences[si];
  std::uint32_t start = s.tok_begin;
  // Step over an opening adverbial ("Dalam lawatan ini, ia …") or connective ("Adapun …").
  if (start < s.tok_end && v_.is(start, word::boundary | word::intro)) {
    for (std::uint32_t i = start; i < s.tok_end && i - start < kMaxAppositive; ++i)
      if (v_.comma(i)) {
        start = i + 1;
        break;
      }
  }
  while (start < s.tok_end && v_.is(start, word::intro) && v_.mention(start) < 0) ++start;
  for (std::uint32_t i = start; i < s.tok_end && i - start < kMaxPhrase; ++i) {
    if (v_.quoted(i)) return {};
    std::int32_t ent = v_.entity_at(i);
    if (ent >= 0 && v_.type_of(ent) == EntityType::person) return {ent, 0, 0};
    if (ent < 0 && !v_.cap(i) && !v_.is(i, word::generic_head)) break;  // titles before a name are capitalized
  }
  // A group opening the sentence ("Kerumunan besar orang berbaris …") for a later "mereka".
  std::uint32_t e = start;
  bool generic = false;
  while (e < s.tok_end && e - start < 5 && v_.word(e) && v_.mention(e) < 0 && !v_.is(e, word::boundary) &&
         !TokenView::verb_like(v_.fold(e))) {
    if (v_.is(e, word::generic_head)) generic = true;
    ++e;
  }
  if (generic && e - start >= 2 && e < s.tok_end && TokenView::verb_like(v_.fold(e))) return {-1, start, e};
  return {};
}

}  // namespace warta::detail::attr
