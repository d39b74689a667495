// Who is speaking: reads the words naming a source (a name, a role description, a pronoun, a -nya
// clitic, an outlet or a generic description) and resolves them to an entity of the article.
// Pronouns and clitics point at the most recent salient person, which the resolver tracks as the
// finder walks through the text in order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "attributions/token_view.hpp"

namespace warta::detail::attr {

enum class MentionKind : std::uint8_t { name, title, pronoun, clitic, outlet, generic };
std::string_view mention_kind_name(MentionKind k) noexcept;

struct Source {
  std::int32_t entity = -1;                  // index into EntityTable::entities, or -1
  std::uint32_t tok_begin = 0, tok_end = 0;  // the words naming the source
  MentionKind how = MentionKind::generic;
  bool found() const noexcept { return tok_end > tok_begin; }
};

class SpeakerResolver {
 public:
  // `pending_sentences` is the caller's, emptied here, so its memory serves article after article.
  SpeakerResolver(const TokenView& v, std::vector<std::uint32_t>& pending_sentences);

  // The subject of a reporting verb at token `verb`: "Xi, dalam pernyataannya, menyampaikan",
  // "juru bicara Kremlin Dmitry Peskov pekan lalu mengatakan". Not found when the verb is negated
  // or nothing speaker-like stands before it (down to `floor`).
  Source subject_before(std::uint32_t verb, std::uint32_t floor) const;
  // The speaker after a cue ("kata Menlu Retno Marsudi kepada wartawan"): the phrase runs to the
  // first boundary word, comma or sentence end, at most to `limit`. `end` receives where it stopped.
  Source speaker_after(std::uint32_t begin, std::uint32_t limit, std::uint32_t& end) const;
  // Classifies the words [b, e) as a source.
  Source from_phrase(std::uint32_t b, std::uint32_t e) const;
  // A pronoun or clitic at token `tok`, resolved to the salient person.
  Source pronoun(std::uint32_t tok, MentionKind how) const;

  // The entity whose canonical name folds to `folded_name`, or -1.
  std::int32_t entity_named(std::string_view folded_name) const;

  // Salience: a speaker just credited, or a person opening sentence `s`.
  void note_source(const Source& s);
  // Inline: the scan notes nearly every sentence it reads, and only keeps it for settle().
  void note_sentence(std::uint32_t s) { pending_.push_back(s); }

 private:
  // What a sentence's opening says for salience: a person, or else a group ("Kerumunan besar
  // orang …") for a later "mereka"; neither when both are empty.
  struct SentenceOpening {
    std::int32_t person = -1;
    std::uint32_t group_begin = 0, group_end = 0;
  };
  SentenceOpening read_opening(std::uint32_t s) const;
  // Applies the sentences noted since the last read of the salience. Most are never needed:
  // only the last one opened by a person, and the groups after it, can matter, and the salience
  // is read only when a pronoun or a description is resolved.
  void settle() const;

  bool is_person(const Source& s) const;
  bool names_someone(std::uint32_t b, std::uint32_t e) const;
  // The nearest PERSON mention in up to three comma-separated segments ending at `comma`.
  Source person_in_segments_before(std::uint32_t comma, std::uint32_t floor) const;
  std::int32_t resolve_description(std::uint32_t b, std::uint32_t e) const;
  bool skip_parenthetical(std::uint32_t& j, std::uint32_t floor) const;

  // An entity's titles and canonical name, folded the first time a lookup asks about that
  // entity: most articles resolve few descriptions, each against a few people.
  struct FoldedEntity {
    bool done = false;
    std::vector<std::string> titles;
    std::string name;
  };
  const FoldedEntity& folded(std::int32_t entity) const;

  const TokenView& v_;
  mutable std::vector<FoldedEntity> folded_;  // per entity
  mutable std::string phrase_;  // resolve_description's folded words, kept to reuse its buffer
  mutable std::vector<std::uint32_t> tried_;  // per entity: the last resolve_description call that compared it
  mutable std::uint32_t descriptions_ = 0;    // resolve_description calls so far
  // The person in focus: an entity, or the words of a named speaker the entity stage missed.
  // Mutable: the const readers settle the sentences noted before they read it.
  mutable std::int32_t recent_person_ = -1;
  mutable std::uint32_t recent_words_begin_ = 0, recent_words_end_ = 0;
  mutable std::uint32_t plural_begin_ = 0, plural_end_ = 0;  // a group opening the last sentence ("Kerumunan besar orang")
  std::vector<std::uint32_t>& pending_;  // sentences noted and not yet read, in text order
  // pending_'s sentences from this index on come after the last source noted: only they can
  // replace its person.
  mutable std::uint32_t sources_from_ = 0;
};

}  // namespace warta::detail::attr
