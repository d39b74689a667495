// What the summit stage knows about one document beyond the sentence it reads: the inputs, the
// lexicon, per-entity facts worked out once (how specific a place is, folded titles) and the
// discourse state used to resolve "ia", "kedua pemimpin" and role descriptions.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_finder.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
#include "summits/mention.hpp"
#include "summits/summit_lexicon.hpp"
#include "text/token_cache.hpp"

namespace warta::detail::summits {

class DocContext {
 public:
  // `word_cache` is the caller's, emptied here when a sentence will be read, so its memory serves
  // article after article. `sentence_triggers`, when given, holds one byte per sentence, 1 where
  // it holds a trigger word (a TriggerWatch filled by another stage's walk over the tokens, ahead
  // of every sentence asked about; the caller calls start_reading() before the first is read);
  // without it, the context walks the sentences for triggers itself.
  DocContext(const Document& doc, const EntityTable& entities, std::span<const DateFinding> dates,
             const SummitLexicon& lexicon, TokenCache& word_cache,
             const std::vector<std::uint8_t>* sentence_triggers = nullptr);
  ~DocContext();
  DocContext(const DocContext&) = delete;
  DocContext& operator=(const DocContext&) = delete;

  const Document& doc;
  const EntityTable& entities;
  std::span<const DateFinding> dates;
  const SummitLexicon& lexicon;

  // Lexicon entry of token i; a "-nya" clitic is stripped when the whole word is unknown
  // ("menemuinya" reads as "menemui"), and clitic(i) says so. Looked up the first time a token is
  // asked about: only the sentences with a trigger are read.
  WordInfo word(std::uint32_t tok) const {
    const std::uint32_t e = entry(tok);
    return {static_cast<Frame>(e & 0xFF), static_cast<Cue>((e >> 8) & 0xFF)};
  }
  bool clitic(std::uint32_t tok) const { return ((entry(tok) >> 16) & 1) != 0; }
  // Does sentence s hold a trigger word, itself or before a "-nya" clitic? Decides whether it is
  // read. Asked once per sentence, just before it would be read: past the first trigger, its
  // tokens are walked while the reader's pass is there, not in a pass of their own over a long
  // body ahead of it.
  bool has_trigger(std::uint32_t s) const {
    if (sentence_triggers_ != nullptr) return (*sentence_triggers_)[s] != 0;
    return s > first_trigger_ ? holds_trigger(s) : s == first_trigger_;
  }
  // Does any sentence? Nothing is read otherwise. Without sentence_triggers only.
  bool any_trigger() const { return first_trigger_ < doc.sentences.size(); }
  // With sentence_triggers: a sentence will be read (the word cache is made ready for it).
  void start_reading() { words_.reset(doc.tokens.list.size()); }
  std::string_view fold(std::uint32_t tok) const { return doc.fold(tok); }
  bool is_punct(std::uint32_t tok, std::string_view p) const {
    return tok < doc.tokens.list.size() && doc.tokens.list[tok].kind == TokenKind::punct && doc.token_text(tok) == p;
  }

  EntityType type_of(int entity) const { return entities.entities[static_cast<std::size_t>(entity)].type; }
  PlaceClass place_class(int entity);
  // The GPE whose name ends the venue mention ("Istana Kepresidenan Bogor" -> Bogor), or -1.
  int city_in_venue(const EntityMention& venue);
  // Does one of the person's title phrases contain the folded role word?
  bool has_title_word(int person, std::string_view folded_role);
  // The person a bare role word ("Presiden", "pemimpin Korut itu") means at token `tok`, or -1.
  int person_with_title(std::uint32_t tok, std::string_view folded_role);
  // Index of the first entity mention starting at or after token `tok`.
  std::size_t first_mention_at(std::uint32_t tok) const;
  // The same for a token near the last one asked about: the readers ask in text order, a little
  // past the last answer, so a gallop from it replaces a search over all of a long body's mentions.
  std::size_t first_mention_near(std::uint32_t tok) const;
  // The same for the first token of sentence `s`.
  std::size_t first_mention_in(std::uint32_t s) const { return first_mention_near(doc.sentences[s].tok_begin); }
  // Index of the first DateFinding starting at or after work offset `off`.
  std::size_t first_date_at(std::uint32_t off) const;
  // ISO value of a date at the grain a meeting date uses (no clock time), or empty.
  std::string date_value(const DateRef& date) const;
  // Does the finding's text write out a year ("2024", "19/6/2024")?
  bool states_year(int finding) const;
  // Does the finding lie on or before the article's reference date (at the finding's grain)?
  bool on_or_before_reference(int finding) const;
  // Is a quotation open where sentence `s` starts (opened earlier in its paragraph)? The paragraph's
  // sentences are walked up to `s` when it is asked about, resuming where the last walk stopped, so
  // long paragraphs cost no more per sentence, a one-paragraph body is not walked ahead of the
  // reader, and paragraphs without a trigger cost nothing.
  bool quote_open_at(std::uint32_t s);
  // The entity's canonical name, folded (computed once per document, when first asked for).
  const std::string& folded_name(int entity);

  // Heads of state or government, monarchs, church leaders: who "kedua pemimpin" can mean.
  bool is_leader(int person);
  // Someone acting in an official capacity: an office among the lexicon's roles, or an official
  // title in the text ("Gubernur", "Menteri", "Duta Besar"), or a title in the name ("Paus X").
  bool is_official(int person);
  // Does the person fit "kedua <role>"? Leader words take any leader; others need the title word.
  bool fits_role(int person, std::string_view folded_role);
  // The people "kedua <role>" ("kedua pemimpin", "kedua menteri") most likely means: the
  // participants of the meeting talked about last whose people all fit the role; any when
  // `role` is empty ("keduanya", "mereka").
  const std::vector<int>* group_for(std::string_view folded_role);
  // The builder reports every meeting it touches, most recent last.
  void note_group(const std::vector<int>& participants);

  // Discourse state, updated as sentences are read in order.
  int previous_subject = -1;       // first person named in the last sentence that named one

 private:
  bool holds_trigger(std::uint32_t s) const;  // walks sentence s for a trigger word
  std::uint32_t first_trigger_ = 0;           // the first sentence with a trigger; the sentence count if none
  const std::vector<std::uint8_t>* sentence_triggers_;  // the answers of another stage's walk, or null
  // Token tok's entry: clitic << 16, cue << 8 and frame, looked up once and kept while the readers
  // stay near it (they take the context as const).
  std::uint32_t entry(std::uint32_t tok) const {
    return words_.get(tok, [this](std::uint32_t t) { return look_up(t); });
  }
  std::uint32_t look_up(std::uint32_t tok) const;  // the entry of token tok, from the lexicon
  mutable TokenCache words_;
  TokenCache& word_cache_;  // the caller's, whose memory words_ holds meanwhile
  std::vector<std::string> folded_names_;  // per entity, once computed
  void classify_places();
  std::vector<std::uint8_t> place_class_;  // per entity, once computed
  bool places_done_ = false;
  std::vector<std::string> titles_;        // per entity: folded titles joined by '|'
  bool titles_done_ = false;
  static constexpr std::uint8_t kQuoteUnknown = 2;
  std::vector<std::uint8_t> quote_open_at_;  // per sentence: 0, 1, or kQuoteUnknown before it is walked to
  // quote_open_at's walk: the next sentence whose tokens it has not read, and the state there.
  std::uint32_t quote_walk_ = 0;
  bool quote_walk_open_ = false;
  mutable std::size_t date_cursor_ = 0;  // first_date_at's last answer, where the next search starts
  mutable std::size_t mention_cursor_ = 0;  // first_mention_near's, the same way
  std::vector<std::pair<std::string, int>> gpe_names_;  // folded canonical names of GPEs
  std::vector<std::vector<int>> groups_;   // participants of meetings, most recently talked about last
};

}  // namespace warta::detail::summits
