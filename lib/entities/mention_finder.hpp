// Finds name mentions in a document's paragraphs, one left-to-right pass per paragraph: lexicon
// names (longest match), titles and the name after them ("Presiden Rusia Vladimir Putin"),
// organization and place head words ("Kementerian ...", "Stadion ..."), acronym definitions
// ("Badan Nasional Penanggulangan Bencana (BNPB)") and unknown capitalized names typed by their
// context ("kata X", "di X", "dilansir X", "X mengatakan").
//
// Names repeated in a shorter form ("Putin" after "Vladimir Putin") and names in headlines are
// left to the grouping step, which knows every name of the article.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "entities/name_starts.hpp"
#include "entities/nickname_cue.hpp"
#include "entities/token_facts.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/document.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail {

// The hash a one-byte punctuation token carries (Token::hash: fold_hash of its folded form, and
// ASCII punctuation folds to itself). The finder knows the marks it looks for by it, so that its
// tests read the token only: the text itself, on a long body, left the cache long before the scan.
constexpr std::uint32_t punct_hash(char mark) noexcept {
  namespace step = fold_hash_step;
  return step::finish(step::mix(step::seed(1), step::tail_word(static_cast<unsigned char>(mark), 1)));
}

// Why a candidate is believed, strongest first; the grouping step settles names in this order.
enum class Evidence : std::uint8_t { lexicon, title, cue, head, acronym, context, multiword, known };

struct Candidate {
  std::uint32_t begin = 0, end = 0;              // tokens of the name
  std::uint32_t title_begin = 0, title_end = 0;  // tokens of a title phrase before it
  std::int32_t title = -1;                       // lexicon title of that phrase
  std::int32_t entry = -1;                       // lexicon entry
  std::int32_t alias_of = -1;                    // index of the candidate this acronym abbreviates
  // The name without its head word ("My Dinh" of "Stadion My Dinh", "Filoli" of "Filoli Estate"),
  // which names it too; empty when there is no head word. Its span_key is core_key().
  std::uint32_t core_begin = 0, core_end = 0;
  EntityType type = EntityType::person;
  Evidence evidence = Evidence::lexicon;
  // What the grouping step asks of the name's tokens, taken as the candidate is kept (see
  // MentionFinder::keep), while those tokens are still in cache: grouping then reads no token.
  // The two flags share a byte so that the candidate, with the name's offsets below, stays
  // within a cache line.
  bool upper : 1 = false;      // no word in it has a lower-case letter ("KPK", "DPR RI")
  bool clear : 1 = false;      // not in a paragraph whose capitals say nothing (fact::blind)
  // A person's name of two words or more: the token_key of each word that may name the person
  // alone ("Retno", "Marsudi"; no ordinary word, particle or honorific), in text order, at
  // MentionFinder::part_keys()[parts, parts + part_count); the core's key, if there is a core,
  // right after them; and after that, if there is a title phrase, its work offsets and the
  // exact_key of its text (title_text(), title_key()).
  std::uint8_t part_count = 0;
  std::uint16_t words = 0;     // words in [begin, end)
  std::uint16_t start = NameStarts::kAny;  // NameStarts::code of the key's first token
  std::uint32_t parts = 0;
  // Work offsets of the name, toks[begin].start and toks[end - 1].end (when end > begin): the
  // mention made of it is written without reading its tokens back.
  std::uint32_t text_start = 0, text_end = 0;
  std::uint64_t key = 0;  // span_key of [begin, end)

  bool has_core() const noexcept { return core_end > core_begin; }
  // span_key of [core_begin, core_end), when there is a core; `part_keys` is
  // MentionFinder::part_keys(). Kept there, not here: few names have a core, and the grouping
  // reads every candidate several times over, one cache line each.
  std::uint64_t core_key(std::span<const std::uint64_t> part_keys) const noexcept {
    return part_keys[std::size_t{parts} + part_count];
  }
  // Work offsets of the title phrase, toks[title_begin].start << 32 | toks[title_end - 1].end, when
  // title_end > title_begin. Taken as the candidate is kept: on a long body the grouping, which
  // writes the title, would read those tokens back from memory.
  std::uint64_t title_text(std::span<const std::uint64_t> part_keys) const noexcept {
    return part_keys[std::size_t{parts} + part_count + (has_core() ? 1 : 0)];
  }
  // exact_key of the title phrase's text, when title_end > title_begin: the grouping tells a title
  // it has from a new one without reading the text.
  std::uint64_t title_key(std::span<const std::uint64_t> part_keys) const noexcept {
    return part_keys[std::size_t{parts} + part_count + (has_core() ? 1 : 0) + 1];
  }
};
static_assert(sizeof(Candidate) == 64);

// The longest lexicon name and title starting at a token.
struct LexMatch {
  std::uint32_t name_len = 0;
  std::int32_t entry = -1;
  std::uint32_t title_len = 0;
  std::int32_t title = -1;
};

class MentionFinder final : public ParagraphReader {
 public:
  // The lists a finder fills, kept by the caller so that the next article's finder reuses their
  // memory instead of allocating its own.
  struct Buffers {
    std::vector<Candidate> candidates;
    std::vector<std::uint64_t> part_keys;
    std::vector<Candidate> listed;
    std::vector<NicknameCue> cues;
    std::vector<NicknameCue> listed_cues;
    // What the lists hold on to: their capacity, whatever their size.
    std::size_t capacity_bytes() const noexcept;
  };
  // Writes into `buffers`, emptied first by find().
  MentionFinder(const Document& doc, const Lexicon& lex, const std::vector<TokenFact>& facts, Buffers& buffers)
      : doc_(doc),
        lex_(lex),
        f_(facts),
        out_(buffers.candidates),
        part_keys_(buffers.part_keys),
        listed_(buffers.listed),
        cues_(buffers.cues),
        listed_cues_(buffers.listed_cues) {}
  // Candidates of every paragraph, in text order, not overlapping: Buffers::candidates.
  std::vector<Candidate>& find();
  // find() a paragraph at a time, for a caller that writes the facts as it goes (the finder is
  // the ParagraphReader of compute_token_facts): begin(), then read(p) for every paragraph in text
  // order once the facts up to kFactsReadAhead tokens past its end are final; the candidates are
  // then candidates(). The scan of a paragraph reads no fact past those.
  // A long paragraph may come in parts first (read_part): its scan goes as far as they allow,
  // taking its capitals to say something; should they say nothing after all, read(p) scans it
  // again from its start. The candidates are those of one scan of the whole paragraph.
  void begin();
  void read(const Paragraph& p) override;
  void read_part(const Paragraph& p, std::uint32_t upto) override;
  std::vector<Candidate>& candidates() noexcept { return out_; }
  // The part keys the candidates found point into (Candidate::parts), and their cores' keys.
  std::span<const std::uint64_t> part_keys() const noexcept { return part_keys_; }
  // The nickname cues after the people found, in candidate order.
  std::vector<NicknameCue>& nickname_cues() noexcept { return cues_; }
  LexMatch match_at(std::uint32_t i, std::uint32_t end) const {
    // Most words start no name: settled by fact::starts, written with the token's facts.
    if (i >= end || !f_[i].word() || !f_[i].starts()) return {};
    // Where a run of capitals stops at a lexicon name (name_run_end, head_run_end), the scan's next
    // step starts: the last walk is asked for again. Its answer depends on the token and `end`
    // only (the paragraph is the token's).
    if (i != last_walk_.token || end != last_walk_.end) last_walk_ = {i, end, walk_names(i, end)};
    return last_walk_.match;
  }

 private:
  // Bounds on heuristic names, so a run of capitals (a table, a list of names) stays linear.
  static constexpr std::uint32_t kMaxNameTokens = 8;
  static constexpr std::uint32_t kMaxOrgTokens = 14;
  static constexpr int kMaxTitleParts = 6;
  static constexpr std::uint32_t kHeads = wc::org_head | wc::loc_head | wc::gpe_head;
  // The lists of a long paragraph are read every so many tokens behind the scan: the last
  // stretch's tokens are still in cache.
  static constexpr std::uint32_t kListStretch = 256;

  // match_at past its first step.
  LexMatch walk_names(std::uint32_t i, std::uint32_t end) const;
  // Where the scan of a paragraph stands.
  struct ScanCursor {
    std::uint32_t at;    // the token it stands at
    std::uint32_t stop;  // where the stretch of tokens the lists are read behind ends
    bool seeking;        // stopped while passing over unmarked tokens
  };
  // Readies the lists for paragraph `p`.
  void start_paragraph(const Paragraph& p);
  static ScanCursor scan_start(const Paragraph& p, bool blind) noexcept;
  // Takes the scan of the paragraph [begin, end), `blind` if its capitals say nothing, on from
  // `cursor` until it stands at `limit` or further (a step that starts before `limit` may end past
  // it), or at `end`; `cursor` is then where it stopped, and the next call goes on from there as if
  // there had been no stop.
  [[gnu::always_inline]] void scan_steps(std::uint32_t begin, std::uint32_t end, bool blind, std::uint32_t limit,
                                         ScanCursor& cursor);
  // The paragraph's lists, once its scan is done; its candidates are then all in out_.
  void finish_paragraph(const Paragraph& p, bool blind);
  // Types the unknown names of enumerations after their named items (mention_lists.cpp), into
  // `listed_`. Called as the scan of a paragraph [begin, end) goes on (after start_lists), with
  // the token the scan stands at as `frontier`, it reads the tokens the scan has just read while
  // they are in cache; a long paragraph is not read a second time from memory. `frontier` = `end`
  // finishes the paragraph.
  void start_lists(std::uint32_t begin) {
    lists_.at = begin;
    lists_.first = out_.size();
    lists_.cursor = out_.size();
    lists_.item_count = 0;
  }
  void extend_lists(std::uint32_t begin, std::uint32_t end, std::uint32_t frontier);
  bool list_link(std::uint32_t k) const noexcept;
  // Does one of the paragraph's candidates so far stand next to what may be an unknown list item,
  // over one or two list links?
  bool linked_candidate(std::uint32_t begin, std::uint32_t end) const noexcept;
  std::uint32_t after_title(std::uint32_t i, const LexMatch& m, std::uint32_t end);
  // One step of the scan where capitals say nothing (mention_finder_blind.cpp); returns the next
  // token.
  std::uint32_t blind_step(std::uint32_t i, const LexMatch& m, std::uint32_t end);
  std::uint32_t emit_lexicon(std::uint32_t i, const LexMatch& m);
  // A word that may be part of a name where capitals say nothing: no ordinary word, no acronym.
  bool name_word(std::uint32_t k, std::uint32_t end) const;
  std::uint32_t blind_speaker(std::uint32_t i, std::uint32_t end);
  bool first_name_like(std::uint32_t k, const LexMatch& m, std::uint32_t end) const;
  // The name starting at token i (cap): a candidate, or one with end == begin and `skip` tokens
  // to pass over.
  Candidate resolve(std::uint32_t i, std::uint32_t end, const LexMatch& m, std::uint32_t& skip) const;
  std::uint32_t head_run_end(std::uint32_t i, std::uint32_t end) const;
  // A lexicon town or region (no country) at token i that ends the capitals there:
  // "... Muhammadiyah | Surakarta (UMS)".
  bool closing_place(std::uint32_t i, std::uint32_t end) const;
  // Is the lexicon name a town or region (a GPE or LOC that is no country)?
  bool unit_place(const LexMatch& m) const;
  std::uint32_t name_run_end(std::uint32_t i, std::uint32_t end) const;
  // May a run of capitals started before token k go on past it (see name_run_end)? False only
  // where none can.
  bool run_may_pass(std::uint32_t k, std::uint32_t end) const noexcept;
  // Is one of tokens [begin, end) a word that ends a name ("Center", "University", "Estate")?
  bool suffix_within(std::uint32_t begin, std::uint32_t end) const noexcept;
  // Types an unknown capitalized name by the words around it (unknown_names.cpp); false when the
  // context says it is no name.
  // Extends an organization over the town named right after it ("PSMS Medan"); false if none.
  bool take_home_town(Candidate& c, std::uint32_t end) const;
  // Is the acronym at token k, in parentheses, made of the lower-case words before it?
  bool abbreviates_common_words(std::uint32_t k, std::uint32_t para_begin, std::uint32_t end) const;
  // Does an academic degree start at token k ("SH", "MBA", "S.Pd")?
  bool academic_degree(std::uint32_t k, std::uint32_t end) const;
  bool classify_unknown(Candidate& c, std::uint32_t para_begin, std::uint32_t end) const;
  // classify_unknown's rules on the words around the name, `prev` the cue word's token (maybe
  // before the paragraph); false when they give it no type.
  bool type_by_context(Candidate& c, std::int64_t prev, std::uint32_t words, bool acronym, std::uint32_t para_begin,
                       std::uint32_t end) const;
  // Is the unknown name [begin, name_end) the title of a work (a film, a song, a book)? Then it
  // names no person, place or organization.
  bool names_a_work(std::uint32_t begin, std::uint32_t name_end, std::uint32_t para_begin, std::uint32_t end) const;
  // Do tokens [begin, name_end) stand inside quotes that hold nothing but a title?
  bool in_quoted_title(std::uint32_t begin, std::uint32_t name_end, std::uint32_t para_begin, std::uint32_t end) const;
  // Emits `c` and an acronym defined right after it; returns the token after both.
  std::uint32_t emit(Candidate& c, std::uint32_t end);
  // Adds `c` to candidates `to` (out_, or listed_), with what grouping needs of its tokens; its
  // nickname cue, if any, to cues_ (or listed_cues_).
  void keep(Candidate& c, std::vector<Candidate>& to);
  // Is token i the ASCII punctuation mark `mark`? One byte of text and the mark's hash: no other
  // byte has that hash (tests/entities_mention_punct_test.cpp), and a longer mark ("，") is none.
  bool is_punct(std::uint32_t i, char mark) const noexcept {
    const Token& t = doc_.tokens.list[i];
    return t.kind == TokenKind::punct && t.end - t.start == 1 && t.hash == punct_hash(mark);
  }
  bool in_capitalized_phrase(std::uint32_t i, std::uint32_t end) const noexcept;
  // Is the name [begin, name_end) followed by its short form in parentheses?
  bool short_form_follows(std::uint32_t begin, std::uint32_t name_end, std::uint32_t end) const;

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<TokenFact>& f_;
  std::vector<Candidate>& out_;
  std::vector<std::uint64_t>& part_keys_;
  // extend_lists' state in the paragraph being scanned. No default values: the item buffer is
  // left unwritten until used.
  struct Item {
    std::uint32_t begin, end;
    std::int32_t candidate;  // index into the candidates, or -1 for an unknown name
  };
  struct ListProgress {
    std::uint32_t at = 0;     // the next token to look at
    // The paragraph's candidates are out_[first, out_.size()): the scan keeps them in text order
    // (by first token), all inside the paragraph, so the walk reads them there, in place.
    std::size_t first = 0;
    std::size_t cursor = 0;   // into out_, from `first`
    std::array<Item, 64> items;  // the list read so far (bounded: longer lists are tables)
    std::size_t item_count = 0;
  };
  ListProgress lists_;
  std::vector<Candidate>& listed_;  // the candidates extend_lists types, kept after the paragraph's own
  std::vector<NicknameCue>& cues_;
  std::vector<NicknameCue>& listed_cues_;  // of listed_, by index into it
  std::uint32_t para_begin_ = 0;
  // The scan of a paragraph read in parts (read_part), between the calls.
  struct Parts {
    ScanCursor at{0, 0, false};
    bool on = false;  // read_part started it: read(p) goes on with it
    // The sizes of the lists before the paragraph, to go back to should its scan start over.
    std::size_t candidates = 0, cues = 0, part_keys = 0;
  };
  Parts parts_;
  // match_at's last walk; `end` 0 (no paragraph ends there) before the first.
  struct LastWalk {
    std::uint32_t token = 0, end = 0;
    LexMatch match;
  };
  mutable LastWalk last_walk_;
};

}  // namespace warta::detail
