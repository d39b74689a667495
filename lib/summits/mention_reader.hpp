// Reads one sentence: finds the trigger words, splits the sentence into clauses, and turns each
// trigger into a Mention with its participants (names, pronouns, "kedua pemimpin", role
// descriptions resolved), host/visitor roles, place, date, status and details.
#pragma once

#include <cstdint>
#include <vector>

#include "summits/doc_context.hpp"
#include "summits/mention.hpp"

namespace warta::detail::summits {

class MentionReader {
 public:
  explicit MentionReader(DocContext& context) : c_(context) {}

  // Appends the sentence's mentions to `out`. `summary` marks headline/lead sentences.
  void read(std::uint32_t sentence, bool summary, std::vector<Mention>& out);
  // After a sentence is read (or skipped): remember its subject for "ia"/"dia" later on.
  void note_subject(std::uint32_t sentence);

 private:
  struct Person {
    std::uint32_t tok = 0;
    int entity = -1;
    bool quoted = false;
    bool delegation = false;
    bool group = false;  // from "kedua pemimpin"/"keduanya"
  };
  struct Place {
    std::uint32_t tok = 0;
    int entity = -1;
    bool candidate = false;  // introduced by a locative or a place chain
    bool at = false;
    bool venue = false;       // described as a building ("X, sebuah rumah ...")
    bool chain_only = false;  // an organization: links a chain, is no place itself
  };
  struct Trigger {
    std::uint32_t first = 0, last = 0;  // token range of the (combined) trigger
    Frame frame = Frame::none;
    bool visit_word = false, summit_word = false, call_word = false, puncak = false;
  };

  void prepare(std::uint32_t sentence);
  void mark_quotes();
  void split_segments();
  void collect_people();
  void collect_places();
  void collect_triggers();
  bool valid_trigger(std::uint32_t tok, Frame f) const;
  void build(const Trigger& t, bool summary, std::vector<Mention>& out);
  void add_person(std::uint32_t tok, int entity, bool group);
  int resolve_pronoun(std::uint32_t tok);
  bool names_place(std::uint32_t tok) const;
  std::vector<int> group_at(std::uint32_t tok, std::string_view role);
  int resolve_role(std::uint32_t tok);
  int speaker();
  std::uint32_t segment_begin(std::uint32_t tok) const;
  std::uint32_t segment_end(std::uint32_t tok) const;
  bool light_verb_before(std::uint32_t tok, std::uint32_t seg_begin) const;
  void drop_fellow_travellers(std::vector<int>& subject, std::uint32_t from, std::uint32_t trigger) const;
  std::uint32_t noun_phrase_end(std::uint32_t tok, std::uint32_t seg_end, bool& demonstrative) const;
  bool anaphoric_start(std::uint32_t tok) const;
  void pick_place(Mention& m, std::uint32_t b, std::uint32_t e);
  void pick_date(Mention& m, std::uint32_t b, std::uint32_t e, std::uint32_t trigger);
  void pick_status(Mention& m, std::uint32_t b, std::uint32_t e);
  std::string summit_name(std::uint32_t after) const;
  bool summit_demonstrative(std::uint32_t after) const;

  bool in(std::uint32_t tok) const { return tok >= begin_ && tok < end_; }
  const WordInfo& info(std::uint32_t tok) const { return c_.word(tok); }
  bool quoted(std::uint32_t tok) const { return quoted_[tok - begin_] != 0; }

  DocContext& c_;
  std::uint32_t sentence_ = 0, begin_ = 0, end_ = 0;
  std::vector<std::uint8_t> quoted_, title_;
  std::vector<std::uint32_t> seg_starts_;   // clause starts, ascending; the first is begin_
  std::vector<std::uint32_t> part_starts_;  // sentence starts the splitter missed, plus begin_
  std::vector<Person> people_;
  std::vector<Place> places_;
  std::vector<Trigger> triggers_;
  int speaker_ = -2;  // -2: not looked for yet
  bool sideline_ = false, phone_ = false, video_ = false, sport_ = false;
};

}  // namespace warta::detail::summits
