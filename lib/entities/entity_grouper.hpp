// Turns name candidates into the article's entities: one per real-world thing.
//
// Lexicon names group by entry (so "Korut", "DPRK" and "Korea Utara" are one); other names by
// their key (folded, without hyphens: "Moon Jae-in" = "Moon Jae In"). A shorter name joins the
// fuller one it is part of ("Hendarto" → "Hendarto Wicaksono"; a bare "Kim" → the Kim mentioned
// most, then first), an acronym joins the name it was defined for, and a place or organization
// named without its head word ("My Dinh") joins the one named with it ("Stadion My Dinh"). Then
// every name of the article is looked for again where the first pass could not trust capitals
// (headlines, sentence starts, lone words).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "entities/entity_table.hpp"
#include "entities/key_map.hpp"
#include "entities/mention_finder.hpp"
#include "entities/name_starts.hpp"

namespace warta::detail {

class EntityGrouper {
 public:
  struct Buffers;
  // `marks`: the NameMarks written with `facts`; `part_keys`:
  // MentionFinder::part_keys() of the candidates; `name_keys`: text_key of each
  // lexicon entry's canonical name, by entry; `candidates`: how many group() will be given.
  // The grouper's maps and lists live in `buffers`, emptied here.
  EntityGrouper(const Document& doc, const Lexicon& lex, const std::vector<TokenFact>& facts,
                const NameMarks& marks, std::span<const std::uint64_t> part_keys, std::span<const std::uint64_t> name_keys,
                std::size_t candidates, Buffers& buffers);
  // `candidates`: the MentionFinder's, to which the second look adds its own (as to `cues`, its
  // nickname_cues()). `storage`: a table whose memory the result is built in (see EntityRecognizer).
  EntityTable group(std::vector<Candidate>& candidates, std::vector<NicknameCue>& cues, EntityTable storage = {});

 private:
  struct Group {
    EntityType type = EntityType::person;
    std::int32_t entry = -1;
    std::uint32_t mentions = 0;
    std::uint32_t first = 0;  // first token
    std::uint32_t rep_begin = 0, rep_end = 0;  // its longest name
    std::uint32_t rep_words = 0;               // and the words of that name
  };
  struct KeyTarget {
    std::int32_t group = -1;
    bool upper = false;  // registered from an acronym: matches only text in capitals
  };

  // `key` is span_key of the candidate's tokens (Candidate::key, but for the dateline's).
  std::int32_t group_of(const Candidate& c, std::uint64_t key);
  std::int32_t new_group(EntityType type, std::int32_t entry, std::uint32_t first);
  std::int32_t most_prominent_part(std::uint64_t key) const;
  void remember(const Candidate& c, std::int32_t g, std::uint64_t key);
  // Notes the start of the key of tokens [begin, end) in starts_.
  void note_start(std::uint32_t begin, std::uint32_t end);
  // Merges are collected as `into` (group → the group it joins, or -1), then applied at once.
  // "Kejati Jateng" → "Kejaksaan Tinggi Jawa Tengah": unknown organizations written shortened.
  void merge_shortened(std::vector<std::int32_t>& into) const;
  // "Roy, sapaan akrab Rolliansyah": a nickname joins the person it names.
  void link_nicknames(const std::vector<Candidate>& cands, const std::vector<NicknameCue>& cues,
                      const std::vector<std::int32_t>& group_of_cand, std::vector<std::int32_t>& into) const;
  void apply_merges(const std::vector<std::int32_t>& into, std::vector<std::int32_t>& group_of_cand);
  // Reads the text again for the names already known, where no candidate's run (Buffers::runs,
  // made by group()) is.
  void sweep(std::vector<Candidate>& cands, std::vector<std::int32_t>& group_of_cand, std::vector<NicknameCue>& cues);
  // Is tokens [i, i + len), whose key is `key`, a name the article already named?
  // `first_fold_len`: Token::fold_len of token i.
  std::int32_t match_known(std::uint32_t i, std::uint32_t len, std::uint64_t key, std::uint32_t first_fold_len) const;
  // The mention of the dateline's place `span`, in the group of the name it writes (made if none).
  EntityMention dateline_mention(const WorkSpan& span);
  // `by_start`: candidates [0, found) as (first token << 32) | candidate, sorted, or empty when
  // they are in that order already; those from `found` on were made by the second look, in text
  // order.
  EntityTable build(const std::vector<Candidate>& cands, const std::vector<std::int32_t>& group_of_cand,
                    const std::vector<std::uint64_t>& by_start, std::uint32_t found, EntityTable storage);
  // Are tokens [begin, end) written as one of the lexicon's forms of `entry`?
  bool is_lexicon_form(std::uint32_t begin, std::uint32_t end, std::int32_t entry) const;
  bool is_title_or_descriptor(std::uint32_t begin, std::uint32_t end) const;
  // What choosing a group's name needs of a mention, taken from its candidate.
  struct MentionNote {
    std::int32_t title = -1;  // lexicon title of the title phrase before it
    std::uint16_t words = 0;  // words of the name
    bool clear = false;       // not in a paragraph whose capitals say nothing
    bool keyed_as_entry = false;  // its key (Candidate::key) is its lexicon entry's name's
  };
  // A group's name as its mentions are met in text order: the lexicon's, once a mention writes it,
  // else that of its best mention so far.
  struct Naming {
    bool lexicon = false;
    std::int32_t best = -1;  // mention
    std::uint32_t best_words = 0;
    bool best_clear = false;
  };
  // What build() needs of each group: its entity and its name, chosen as its mentions go by while
  // their tokens are in cache.
  struct GroupOut {
    std::int32_t entity = -1;
    Naming naming;
  };
  // A stretch of tokens some candidate holds (sweep()).
  struct Run {
    std::uint32_t begin, end;
  };

 public:
  // The grouper's maps and lists, kept by the caller so that the next article's grouper reuses
  // their memory: an article would otherwise make some twenty allocations here.
  struct Buffers {
    std::vector<Group> groups;
    KeyMap<std::int32_t> by_entry;
    KeyMap<KeyTarget> by_key;
    KeyMap<std::int32_t> parts;
    KeyMap<std::int32_t> tails;
    std::vector<std::int32_t> group_of_cand;
    std::vector<std::uint32_t> order;
    std::vector<std::uint64_t> by_start;
    std::vector<std::int32_t> into;
    std::vector<std::int32_t> orgs;
    std::vector<Run> runs;
    std::vector<GroupOut> out;
    KeyMap<bool> titles;  // the titles each record has, by title_key(record, exact_key)
    // What they hold on to: their capacity, whatever their size.
    std::size_t capacity_bytes() const noexcept;
  };

 private:
  // Does mention `m` write lexicon entry `entry`'s name, alone or after a title or describing words?
  // `keyed_as_entry`: MentionNote::keyed_as_entry of the mention.
  bool names_entry(const EntityMention& m, bool keyed_as_entry, std::int32_t entry) const;
  void consider_name(Naming& n, const std::vector<EntityMention>& mentions, std::uint32_t mi, const MentionNote& note,
                     std::int32_t entry) const;
  // A view of the lexicon, the document or its layout, copied into the record's own string.
  std::string_view canonical_name(const EntityTable& table, const Naming& n, std::int32_t entry) const;

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<TokenFact>& f_;
  const NameMarks& marks_;
  std::span<const std::uint64_t> part_keys_;
  std::span<const std::uint64_t> name_keys_;
  Buffers& b_;
  std::vector<Group>& groups_;
  KeyMap<std::int32_t>& by_entry_;  // lexicon entry → its group (as first made, before merges)
  KeyMap<KeyTarget>& by_key_;        // whole names and acronyms
  KeyMap<std::int32_t>& parts_;      // words of people's full names (several groups each)
  KeyMap<std::int32_t>& tails_;      // names after a head word
  NameStarts starts_;               // of the names in by_key_, parts_ and tails_
};

}  // namespace warta::detail
