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
  struct Buffers;
  // `people_reader` (another reader of the same context, given none) reads the people of the
  // sentences whose subject note_subject put off. The reader's lists live in `buffers`, emptied
  // here: a caller that keeps them hands their memory to the next article's reader.
  MentionReader(DocContext& context, Buffers& buffers, MentionReader* people_reader = nullptr);

  // Appends the sentence's mentions to `out`. `summary` marks headline/lead sentences.
  void read(std::uint32_t sentence, bool summary, std::vector<Mention>& out);
  // After a sentence is read (or skipped): remember its subject for "ia"/"dia" later on.
  void note_subject(std::uint32_t sentence);
  // A new pass over the paragraphs: no previous subject, and no note waiting.
  void forget_subjects();

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

  void prepare(std::uint32_t sentence);  // the sentence's words, titles and cues
  void prepare_people();                  // its quotations, clauses and people
  // The first person the sentence names (its people when just read with them), or -1.
  int subject_of(std::uint32_t sentence) const;
  // The same from the sentence's entity mentions alone.
  int named_subject(std::uint32_t sentence) const;
  // c_.previous_subject with the notes still waiting applied first.
  int previous_subject();
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
  WordInfo info(std::uint32_t tok) const { return c_.word(tok); }
  bool quoted(std::uint32_t tok) const { return quoted_[tok - begin_] != 0; }

  // Subject notes not applied yet, in text order: a sentence read without its people, and every
  // note after it. Most are never needed: the previous subject is asked for only by a pronoun or a
  // first-person word in a later sentence that is read.
  struct SubjectNote {
    std::uint32_t sentence = 0;
    int subject = -1;       // known already, unless deferred
    bool deferred = false;  // people_reader_ works it out
  };

 public:
  struct Buffers {
    std::vector<std::uint8_t> quoted, title;
    std::vector<std::uint32_t> seg_starts, part_starts;
    std::vector<Person> people;
    std::vector<Place> places;
    std::vector<Trigger> triggers;
    std::vector<SubjectNote> notes;
    // What they hold on to: their capacity, whatever their size.
    std::size_t capacity_bytes() const noexcept {
      return quoted.capacity() + title.capacity() + (seg_starts.capacity() + part_starts.capacity()) * sizeof(std::uint32_t) +
             people.capacity() * sizeof(Person) + places.capacity() * sizeof(Place) +
             triggers.capacity() * sizeof(Trigger) + notes.capacity() * sizeof(SubjectNote);
    }
  };

 private:
  DocContext& c_;
  std::uint32_t sentence_ = ~0u, begin_ = 0, end_ = 0;  // ~0u: none prepared yet
  std::vector<std::uint8_t>& quoted_;
  std::vector<std::uint8_t>& title_;
  std::vector<std::uint32_t>& seg_starts_;   // clause starts, ascending; the first is begin_
  std::vector<std::uint32_t>& part_starts_;  // sentence starts the splitter missed, plus begin_
  std::vector<Person>& people_;
  std::vector<Place>& places_;
  std::vector<Trigger>& triggers_;
  int speaker_ = -2;  // -2: not looked for yet
  bool people_read_ = false;  // people_ (and the clauses, quotation marks) are the current sentence's
  std::vector<SubjectNote>& notes_;  // see SubjectNote
  // The sentences [run_begin_, run_end_) noted last, none of them read: their subjects are not
  // looked up yet. apply_run() applies the last of them, after notes_.
  std::uint32_t run_begin_ = 0, run_end_ = 0;
  void apply_run();
  MentionReader* people_reader_ = nullptr;
  bool sideline_ = false, phone_ = false, video_ = false, sport_ = false;
};

}  // namespace warta::detail::summits
