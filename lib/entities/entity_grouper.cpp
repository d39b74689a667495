#include "entities/entity_grouper.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "entities/abbreviation.hpp"
#include "text/prefetch.hpp"

namespace warta::detail {
namespace {

// The longest name the second look tries, in tokens.
constexpr std::uint32_t kMaxKnownTokens = 6;

bool upper_span(const std::vector<TokenFact>& f, std::uint32_t begin, std::uint32_t end) {
  for (std::uint32_t k = begin; k < end; ++k) {
    if (f[k].word() && !f[k].upper()) return false;
  }
  return true;
}

void add_unique(std::vector<std::string>& v, std::string_view s) {
  if (s.empty()) return;
  if (std::find(v.begin(), v.end(), s) == v.end()) v.emplace_back(s);
}

// Record `at` of `records`, as a new one. A record kept from an earlier article (the table's
// memory is reused) is emptied, its lists keeping their memory: most records of an article would
// otherwise allocate a mention list each.
EntityRecord& new_record(std::vector<EntityRecord>& records, std::size_t at) {
  if (at == records.size()) return records.emplace_back();
  // Field by field (every one of EntityRecord's): assigning a new record would free the lists.
  EntityRecord& rec = records[at];
  rec.type = EntityType::person;
  rec.name.clear();
  rec.titles.clear();
  rec.roles.clear();
  rec.country.clear();
  rec.kb_id.clear();
  rec.mention_count = 0;
  rec.from_lexicon = false;
  return rec;
}

}  // namespace

namespace {

// Each candidate adds at most one entry to by_entry_, by_key_ and tails_, so for an article they
// are sized once instead of grown while it is read. A long body names the same few things again
// and again: maps sized for all its candidates would be mostly empty and every probe a cache
// miss, so from kMapsSizedAhead candidates on they start at that size and grow as names come.
std::size_t sized_ahead(std::size_t candidates) {
  constexpr std::size_t kMapsSizedAhead = 4096;
  return std::min(candidates, kMapsSizedAhead);
}

}  // namespace

EntityGrouper::EntityGrouper(const Document& doc, const Lexicon& lex, const std::vector<TokenFact>& facts,
                             const NameMarks& marks, std::span<const std::uint64_t> part_keys, std::span<const std::uint64_t> name_keys,
                             std::size_t candidates, Buffers& buffers)
    : doc_(doc),
      lex_(lex),
      f_(facts),
      marks_(marks),
      part_keys_(part_keys),
      name_keys_(name_keys),
      b_(buffers),
      groups_(buffers.groups),
      by_entry_(buffers.by_entry),
      by_key_(buffers.by_key),
      parts_(buffers.parts),
      tails_(buffers.tails) {
  by_entry_.reset(sized_ahead(candidates));
  by_key_.reset(sized_ahead(candidates));
  parts_.reset(sized_ahead(candidates));
  tails_.reset(sized_ahead(candidates));
  groups_.clear();
  groups_.reserve(sized_ahead(candidates) + 1);  // and the dateline's
}

std::size_t EntityGrouper::Buffers::capacity_bytes() const noexcept {
  return groups.capacity() * sizeof(Group) + by_entry.capacity_bytes() + by_key.capacity_bytes() +
         parts.capacity_bytes() + tails.capacity_bytes() +
         (group_of_cand.capacity() + into.capacity() + orgs.capacity()) * sizeof(std::int32_t) +
         order.capacity() * sizeof(std::uint32_t) + by_start.capacity() * sizeof(std::uint64_t) +
         runs.capacity() * sizeof(Run) + out.capacity() * sizeof(GroupOut) + titles.capacity_bytes();
}

std::int32_t EntityGrouper::new_group(EntityType type, std::int32_t entry, std::uint32_t first) {
  groups_.push_back({type, entry, 0, first});
  return static_cast<std::int32_t>(groups_.size() - 1);
}

std::int32_t EntityGrouper::most_prominent_part(std::uint64_t key) const {
  std::int32_t best = -1;
  parts_.visit(key, [&](std::int32_t part) {
    const Group& g = groups_[static_cast<std::size_t>(part)];
    if (best < 0) {
      best = part;
      return false;
    }
    const Group& b = groups_[static_cast<std::size_t>(best)];
    if (g.mentions > b.mentions || (g.mentions == b.mentions && g.first < b.first)) best = part;
    return false;
  });
  return best;
}

std::int32_t EntityGrouper::group_of(const Candidate& c, std::uint64_t key) {
  if (c.entry >= 0) {
    if (const std::int32_t* known = by_entry_.find(static_cast<std::uint64_t>(c.entry))) return *known;
    std::int32_t g = new_group(lex_.entry(static_cast<std::uint32_t>(c.entry)).type, c.entry, c.begin);
    by_entry_.add(static_cast<std::uint64_t>(c.entry), g);
    return g;
  }
  if (const KeyTarget* t = by_key_.find(key)) return t->group;
  if (c.words == 1) {
    std::int32_t g = most_prominent_part(key);
    if (g >= 0) return g;
  }
  if (const std::int32_t* tail = tails_.find(key)) return *tail;
  return new_group(c.type, -1, c.begin);
}

void EntityGrouper::remember(const Candidate& c, std::int32_t g, std::uint64_t key) {
  Group& grp = groups_[static_cast<std::size_t>(g)];
  ++grp.mentions;
  grp.first = std::min(grp.first, c.begin);
  const std::uint32_t words = c.words;
  if (words > grp.rep_words) {
    grp.rep_begin = c.begin;
    grp.rep_end = c.end;
    grp.rep_words = words;
  }
  by_key_.try_emplace(key, KeyTarget{g, words == 1 && c.upper});
  if (grp.type == EntityType::person && words >= 2) {
    // The second look must know where each part may start (starts_), which only its token says.
    // But a part's start follows from its key (a plain word's first two bytes are its key's first
    // two; any other word may start a name anyway), so the tokens are read only for a name that
    // brings a part under a key no group has yet: a long body names the same people again and
    // again, long after the scan left their tokens.
    bool new_part = false;
    const auto add_part = [&](std::uint64_t part_key) {
      bool seen = false, known = false;
      parts_.visit(part_key, [&](std::int32_t part) {
        seen = true;
        return known = part == g;
      });
      new_part = new_part || !seen;
      if (!known) parts_.add(part_key, g);
    };
    // A part is one word (name_part), the scan's as for a person's name.
    const bool scanned = c.type == EntityType::person;
    if (scanned) {
      for (std::uint64_t part_key : part_keys_.subspan(c.parts, c.part_count)) add_part(part_key);
    }
    // The parts' starts; and the parts themselves of another kind of name joined to a person by
    // its key, which the scan did not take.
    if (new_part || !scanned) {
      for (std::uint32_t k = c.begin; k < c.end; ++k) {
        if (!name_part(f_[k], doc_.tokens.list[k])) continue;
        if (!scanned) add_part(token_key(doc_, k));
        starts_.add(doc_.fold(k));
      }
    }
  }
  if (c.has_core()) tails_.try_emplace(c.core_key(part_keys_), g);
}

void EntityGrouper::note_start(std::uint32_t begin, std::uint32_t end) {
  // A key is made of the tokens that are no punctuation (span_key).
  for (std::uint32_t k = begin; k < end; ++k) {
    if (doc_.tokens.list[k].kind != TokenKind::punct) {
      starts_.add(doc_.fold(k));
      return;
    }
  }
  starts_.add({});  // a key of no token: any span may have it
}

std::int32_t EntityGrouper::match_known(std::uint32_t i, std::uint32_t len, std::uint64_t key,
                                        std::uint32_t first_fold_len) const {
  if (const KeyTarget* t = by_key_.find(key)) {
    if (!t->upper || upper_span(f_, i, i + len)) return t->group;
    return -1;
  }
  if (len != 1) return -1;
  // The maps first, the word's facts only for a word they hold: most words the second look meets
  // are in neither, and on a long body their facts, written long before, are no longer in cache.
  std::int32_t g = most_prominent_part(key);
  if (g < 0) {
    const std::int32_t* tail = tails_.find(key);
    if (tail == nullptr) return -1;
    g = *tail;
  }
  const TokenFact& t = f_[i];
  if (t.common() || (t.words & (wc::not_name | wc::honorific | wc::name_link)) || first_fold_len < 2)
    return -1;
  return g;
}

void EntityGrouper::merge_shortened(std::vector<std::int32_t>& into) const {
  constexpr std::size_t kMaxCompared = 64;  // organizations per article; beyond, no merging
  std::vector<std::int32_t>& orgs = b_.orgs;
  orgs.clear();
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].type == EntityType::org && groups_[g].entry < 0 && groups_[g].mentions > 0) {
      orgs.push_back(static_cast<std::int32_t>(g));
    }
  }
  if (orgs.size() > kMaxCompared) return;
  for (std::int32_t a : orgs) {
    const Group& s = groups_[static_cast<std::size_t>(a)];
    for (std::int32_t b : orgs) {
      const Group& l = groups_[static_cast<std::size_t>(b)];
      if (a == b || into[static_cast<std::size_t>(b)] >= 0) continue;
      // A shortened name has fewer words than its long form (shortens() says no to the rest too).
      if (s.rep_words == 0 || s.rep_words >= l.rep_words) continue;
      if (shortens(doc_, lex_, f_, s.rep_begin, s.rep_end, l.rep_begin, l.rep_end)) {
        into[static_cast<std::size_t>(a)] = b;
        break;
      }
    }
  }
}

void EntityGrouper::link_nicknames(const std::vector<Candidate>& cands, const std::vector<NicknameCue>& cues,
                                   const std::vector<std::int32_t>& group_of_cand, std::vector<std::int32_t>& into) const {
  // "ujar Roy, sapaan akrab Rolliansyah", "Rolliansyah yang akrab disapa Roy": a nickname and the
  // name it stands for are one person. The nickname joins the named person.
  // The group of the first person candidate starting at token k, or -1. The people are indexed by
  // first token only when a nickname cue is met (few articles have one), and searched: a long text
  // with many cues stays linear.
  std::vector<std::uint64_t> people;  // (first token << 32) | candidate, sorted
  const auto person_at = [&](std::uint32_t k) -> std::int32_t {
    if (people.empty()) {
      for (std::size_t c = 0; c < cands.size(); ++c) {
        if (cands[c].type == EntityType::person) people.push_back(std::uint64_t{cands[c].begin} << 32 | c);
      }
      std::sort(people.begin(), people.end());
    }
    const auto at = std::lower_bound(people.begin(), people.end(), std::uint64_t{k} << 32);
    if (at == people.end() || (*at >> 32) != k) return -1;
    return group_of_cand[static_cast<std::size_t>(*at & 0xFFFFFFFFu)];
  };
  for (const NicknameCue& cue : cues) {
    const std::int32_t other = person_at(cue.other);
    const std::int32_t self = group_of_cand[cue.candidate];
    if (other < 0 || other == self) continue;
    const std::int32_t nick = cue.named_after ? self : other, named = cue.named_after ? other : self;
    if (into[static_cast<std::size_t>(nick)] < 0 && into[static_cast<std::size_t>(named)] != nick)
      into[static_cast<std::size_t>(nick)] = named;
  }
}

void EntityGrouper::apply_merges(const std::vector<std::int32_t>& into, std::vector<std::int32_t>& group_of_cand) {
  // Most articles merge nothing: then every group is its own target and nothing is rewritten.
  if (std::all_of(into.begin(), into.end(), [](std::int32_t g) { return g < 0; })) return;
  auto target = [&](std::int32_t g) {
    for (std::size_t hops = 0; g >= 0 && into[static_cast<std::size_t>(g)] >= 0 && hops < into.size(); ++hops)
      g = into[static_cast<std::size_t>(g)];
    return g;
  };
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    const std::int32_t t = target(static_cast<std::int32_t>(g));
    if (t != static_cast<std::int32_t>(g)) groups_[static_cast<std::size_t>(t)].mentions += groups_[g].mentions;
  }
  for (std::int32_t& g : group_of_cand) g = target(g);
  by_key_.for_each_value([&](KeyTarget& t) { t.group = target(t.group); });
  parts_.for_each_value([&](std::int32_t& g) { g = target(g); });
  tails_.for_each_value([&](std::int32_t& g) { g = target(g); });
}

void EntityGrouper::sweep(std::vector<Candidate>& cands, std::vector<std::int32_t>& group_of_cand,
                          std::vector<NicknameCue>& cues) {
  // A token is covered when a candidate holds it: read off the runs, behind a cursor instead of a
  // byte per token (a long text's array would be zeroed and then read again cold). A last run
  // that starts nowhere ends the list.
  std::vector<Run>& runs = b_.runs;
  runs.push_back({UINT32_MAX, UINT32_MAX});
  const Run* run = runs.data();  // the first run that ends after the token looked at
  const TokenFact* const f = f_.data();
  const std::uint64_t* const blind_words = marks_.blind.data();
  // The capitalized words and their first bytes (CapStart), behind a cursor: the first at or after
  // the token looked at.
  const CapStart* cap = marks_.caps.data();
  const CapStart* const caps_end = cap + marks_.caps.size();
  // Most articles have no paragraph whose capitals say nothing: then no paragraph asks the map.
  const bool any_blind = std::any_of(marks_.blind.begin(), marks_.blind.end(), [](std::uint64_t w) { return w != 0; });
  for (const Paragraph& p : doc_.paragraphs) {
    // Where capitals say something, the name-like words are the capitalized ones: found off their
    // list, which holds the bytes the test below needs, so that the word's fact, token and folded
    // text, on a long body written long before, are read only for a word that may start a name.
    // Where they say nothing, every word is name-like: found off the map (most tokens start no run,
    // passed over 64 at a time), the folded text read for a word in lower case, which is not listed.
    const bool blind = any_blind && next_name_like(blind_words, p.tok_begin, p.tok_end) < p.tok_end;
    for (std::uint32_t i = p.tok_begin;;) {
      while (cap != caps_end && cap->token < i) ++cap;
      if (!blind) {
        if (cap == caps_end || cap->token >= p.tok_end) break;
        i = cap->token;
      } else {
        i = next_name_like(blind_words, i, p.tok_end);
        if (i >= p.tok_end) break;
        while (cap != caps_end && cap->token < i) ++cap;
      }
      while (run->end <= i) ++run;
      if (run->begin <= i) {  // covered up to the run's end
        i = run->end;
        continue;
      }
      const bool listed = cap != caps_end && cap->token == i;
      if (listed ? !starts_.may_start_bytes(cap->bytes) : !starts_.may_start(doc_.fold(i))) {
        ++i;
        continue;
      }
      // Ahead of i, the first covered token is the run's first; where capitals say something, the
      // name-like words right after i are the next listed ones.
      const auto name_like_after = [&](std::uint32_t len) {
        return blind ? name_like_at(blind_words, i + len)
                     : len < static_cast<std::size_t>(caps_end - cap) && cap[len].token == i + len;
      };
      std::uint32_t len = 1;
      while (i + len < p.tok_end && len < kMaxKnownTokens && i + len < run->begin && name_like_after(len)) ++len;
      // The keys of the run's first 1..len tokens, in one pass (all are words: none is skipped),
      // of the folded texts the list points to where capitals say something (cap[k] is token i + k).
      const auto fold_at = [&](std::uint32_t k) {
        return blind ? doc_.fold(i + k) : std::string_view(doc_.tokens.folded.data() + cap[k].fold, cap[k].fold_len);
      };
      std::array<std::uint64_t, kMaxKnownTokens + 1> keys;
      keys[0] = kKeySeed;
      for (std::uint32_t k = 0; k < len; ++k) keys[k + 1] = extend_key(keys[k], fold_at(k));
      const auto first_fold_len = static_cast<std::uint32_t>(fold_at(0).size());
      std::int32_t g = -1;
      for (; len > 0 && g < 0; --len) {
        g = match_known(i, len, keys[len], first_fold_len);
        if (g >= 0) break;
      }
      if (g < 0) {
        ++i;
        continue;
      }
      Candidate c;
      c.begin = i;
      c.end = i + len;
      c.type = groups_[static_cast<std::size_t>(g)].type;
      c.entry = groups_[static_cast<std::size_t>(g)].entry;
      c.evidence = Evidence::known;
      c.words = static_cast<std::uint16_t>(len);
      c.upper = upper_span(f_, c.begin, c.end);
      c.clear = !f[i].blind();
      c.text_start = doc_.tokens.list[c.begin].start;
      c.text_end = doc_.tokens.list[c.end - 1].end;
      c.key = keys[len];
      NicknameCue cue;
      if (c.type == EntityType::person && nickname_cue_at(doc_, c.end, cue)) {
        cue.candidate = static_cast<std::uint32_t>(cands.size());
        cues.push_back(cue);
      }
      cands.push_back(c);
      group_of_cand.push_back(g);
      ++groups_[static_cast<std::size_t>(g)].mentions;
      i += len;
    }
  }
}

EntityTable EntityGrouper::group(std::vector<Candidate>& cands, std::vector<NicknameCue>& cues, EntityTable storage) {
  std::vector<std::int32_t>& group_of_cand = b_.group_of_cand;
  group_of_cand.assign(cands.size(), -1);
  // Lexicon names first, then unknown names of several words, then single words (which may be
  // part of a fuller name), each strongest evidence first; an acronym right after its name.
  auto stage = [&](const Candidate& c) -> std::uint32_t {
    const Candidate& named = c.alias_of >= 0 ? cands[static_cast<std::size_t>(c.alias_of)] : c;
    if (named.entry >= 0) return 0;
    return named.words >= 2 ? 1 : 2;
  };
  // Each candidate's rank (stage, then acronym after its name, then evidence) is one of a few, so
  // the candidates are put in rank order by counting, each rank's in the order they were made:
  // linear however many there are, where a sort of a long text's would not be. In the same pass
  // over the candidates: their order by first token, the first made first among any that share
  // it, as (first token << 32) | candidate. Reading the candidates themselves, 64 bytes apart,
  // again and again would miss the cache at every step in a long text.
  constexpr std::uint32_t kEvidences = static_cast<std::uint32_t>(Evidence::known) + 1;
  constexpr std::uint32_t kFirstRank = 0;
  // Puts candidate k, of the candidates in rank order, in its group.
  const auto group_one = [&](const Candidate& c, std::uint32_t k) {
    const std::uint64_t key = c.key;
    std::int32_t g = c.alias_of >= 0 ? group_of_cand[static_cast<std::size_t>(c.alias_of)] : group_of(c, key);
    if (g < 0) g = group_of(c, key);
    group_of_cand[k] = g;
    remember(c, g, key);
  };
  std::array<std::uint32_t, 3 * 2 * kEvidences> rank_start{};  // how many of each rank, then where they go
  const auto n = static_cast<std::uint32_t>(cands.size());
  std::vector<std::uint32_t>& order = b_.order;  // [0, n): each candidate's rank; [n, 2n): ranked
  order.assign(2 * std::size_t{n}, 0);
  // The candidates are made in text order (MentionFinder::find), so the runs of tokens they hold
  // (sweep()) are merged in the same pass; should they not be, the runs are made again once sorted.
  std::vector<Run>& runs = b_.runs;
  runs.clear();
  runs.reserve(std::size_t{n} + 1);  // and sweep()'s last
  // Adds tokens [begin, end) of a candidate to the runs, the candidates taken by first token.
  const auto note_run = [&runs](std::uint32_t begin, std::uint32_t end) {
    if (end <= begin) return;
    if (!runs.empty() && begin <= runs.back().end) {
      runs.back().end = std::max(runs.back().end, end);
    } else {
      runs.push_back({begin, end});
    }
  };
  bool in_text_order = true;
  std::uint32_t last_begin = 0;
  const bool ahead = doc_.text.size() >= kPrefetchAheadMinText;  // a long body's were made long before
  for (std::uint32_t k = 0; k < n; ++k) {
    if (ahead) prefetch_ahead(&cands[k]);
    const Candidate& c = cands[k];
    in_text_order = in_text_order && last_begin <= c.begin;
    last_begin = c.begin;
    note_run(c.begin, c.end);
    const std::uint32_t rank =
        (stage(c) * 2 + (c.alias_of >= 0 ? 1u : 0u)) * kEvidences + static_cast<std::uint32_t>(c.evidence);
    order[k] = rank;
    ++rank_start[rank];
    // The first rank (lexicon names found as such) comes first, in the order made: grouped here,
    // while the candidate is in cache. Nothing this pass does for the others (their order, the
    // runs, the name starts, which are only ever added to) is read by the grouping.
    if (rank == kFirstRank) group_one(c, k);
    // Every candidate's name (and core) is one the second look may match, whatever group it
    // joins: noted here, the name's start as taken by the scan, the rarer core's read in text order.
    starts_.add_code(c.start);
    if (c.has_core()) note_start(c.core_begin, c.core_end);
  }
  std::uint32_t placed = n;
  for (std::uint32_t& r : rank_start) placed += std::exchange(r, placed);
  for (std::uint32_t k = 0; k < n; ++k) order[rank_start[order[k]]++] = k;
  // The first rank's were grouped as they were ranked: they are the first of the ranked list.
  // In rank order the candidates are read from several places of the list at once, a few bytes of
  // each line: on a long body each would be a wait on memory, so each is asked for some steps ahead.
  constexpr std::uint32_t kAhead = 8;
  for (std::uint32_t i = rank_start[kFirstRank]; i < 2 * n; ++i) {
    if (i + kAhead < 2 * n) prefetch_object(&cands[order[i + kAhead]], sizeof(Candidate));
    const std::uint32_t k = order[i];
    group_one(cands[k], k);
  }
  std::vector<std::int32_t>& into = b_.into;  // group → the group it joins
  into.assign(groups_.size(), -1);
  merge_shortened(into);
  apply_merges(into, group_of_cand);
  // Made in text order (as they are), the candidates are their own order by first token: no list of
  // it is written, to be read back on a long body from memory.
  std::vector<std::uint64_t>& by_start = b_.by_start;
  by_start.clear();
  if (!in_text_order) {
    for (std::uint32_t k = 0; k < n; ++k) by_start.push_back(std::uint64_t{cands[k].begin} << 32 | k);
    std::sort(by_start.begin(), by_start.end());
    runs.clear();
    for (const std::uint64_t started : by_start)
      note_run(static_cast<std::uint32_t>(started >> 32), cands[static_cast<std::size_t>(started & 0xFFFFFFFFu)].end);
  }
  const auto found = static_cast<std::uint32_t>(cands.size());
  sweep(cands, group_of_cand, cues);
  // After the second look, which finds the names a nickname stands for ("sapaan akrab Rolliansyah").
  std::fill(into.begin(), into.end(), -1);
  link_nicknames(cands, cues, group_of_cand, into);
  apply_merges(into, group_of_cand);
  return build(cands, group_of_cand, by_start, found, std::move(storage));
}

EntityMention EntityGrouper::dateline_mention(const WorkSpan& span) {
  const auto& dl = doc_.layout.dateline;
  const std::string_view name = dl->place_name ? std::string_view(*dl->place_name) : doc_.slice(span.start, span.end);
  Tokens toks;
  tokenize(name, 0, static_cast<std::uint32_t>(name.size()), toks);
  std::uint32_t node = Lexicon::root();
  std::uint64_t key = kKeySeed;
  for (std::size_t k = 0; k < toks.list.size() && node != kNoNode; ++k) {
    node = lex_.step(node, lex_.token_id(toks.fold_of(k)));
    if (toks.list[k].kind != TokenKind::punct) key = extend_key(key, toks.fold_of(k));
  }
  std::int32_t g = -1;
  if (node != kNoNode && (lex_.node(node).name >= 0 || lex_.node(node).exact >= 0)) {
    Candidate c;
    c.entry = lex_.node(node).name >= 0 ? lex_.node(node).name : lex_.node(node).exact;
    g = group_of(c, key);
  } else if (const KeyTarget* t = by_key_.find(key)) {
    g = t->group;
  } else {
    g = new_group(EntityType::gpe, -1, 0);
  }
  EntityMention m;
  m.start = span.start;
  m.end = span.end;
  auto after = std::lower_bound(doc_.tokens.list.begin(), doc_.tokens.list.end(), span.end,
                                [](const Token& t, std::uint32_t at) { return t.start < at; });
  m.tok_begin = m.tok_end = static_cast<std::uint32_t>(after - doc_.tokens.list.begin());
  m.title_begin = m.title_end = m.tok_begin;
  m.entity = g;
  return m;
}

EntityTable EntityGrouper::build(const std::vector<Candidate>& cands, const std::vector<std::int32_t>& group_of_cand,
                                 const std::vector<std::uint64_t>& by_start, std::uint32_t found, EntityTable storage) {
  // One pass in text order makes each mention, its entity's record, its tokens' entries in
  // token_mention and its part in choosing the entity's name, while its candidate and its tokens
  // are in cache: on a long body, each further pass over the mentions or the per-token array would
  // read them back cold.
  EntityTable table = std::move(storage);  // refilled below, in memory already mapped
  table.mentions.clear();
  table.token_mention.clear();
  const auto& toks = doc_.tokens.list;
  table.mentions.reserve(cands.size() + 1);  // and the dateline's
  table.token_mention.reserve(toks.size());
  std::vector<GroupOut>& out = b_.out;
  KeyMap<bool>& titles = b_.titles;
  titles.reset(0);
  out.assign(groups_.size(), GroupOut{});
  std::size_t records = 0;
  const int year = doc_.reference ? doc_.reference->year : 0;
  // token_mention is filled with -1 a stretch at a time just ahead of the mentions written into it
  // (in one stretch for an article of fewer tokens): a long body's array is written once, while
  // in cache, instead of cleared whole and then written again cold.
  const auto fill_token_mention = [&](std::size_t to) {
    constexpr std::size_t kStretch = 4096;
    std::vector<std::int32_t>& tm = table.token_mention;
    if (to > tm.size()) tm.resize(std::min(toks.size(), std::max(to, tm.size() + kStretch)), -1);
  };
  // The candidates by first token: those of the first look (by_start, or their own order)
  // merged with the second look's, made in text order after them, as they are met.
  const auto n = static_cast<std::uint32_t>(cands.size());
  const auto started = [&](std::uint32_t k) { return std::uint64_t{cands[k].begin} << 32 | k; };
  const auto found_at = [&](std::size_t i) {
    return by_start.empty() ? started(static_cast<std::uint32_t>(i)) : by_start[i];
  };
  std::size_t next_found = 0;
  std::uint32_t next_swept = found;
  std::uint64_t swept_at = next_swept < n ? started(next_swept) : UINT64_MAX;
  // The dateline's place is a mention unless a paragraph's mention overlaps it: it goes after the
  // mentions that start where it does or before. The mentions do not overlap, so only the one
  // before that place and the one after it can overlap it.
  const auto& dl = doc_.layout.dateline;
  bool dateline_pending = dl && dl->place && !dl->place->empty();
  const WorkSpan place = dateline_pending ? *dl->place : WorkSpan{};
  std::uint32_t last_end = 0;  // of the mentions made so far
  std::uint32_t covered_to = 0;
  for (;;) {
    // The next candidate that overlaps no mention made, looked at but not yet taken.
    bool have = false;
    std::uint32_t k = 0;
    bool from_found = false;
    while (next_found < found || next_swept < n) {
      const std::uint64_t found_key = next_found < found ? found_at(next_found) : UINT64_MAX;
      from_found = found_key < swept_at;
      k = from_found ? static_cast<std::uint32_t>(found_key) : next_swept;
      const Candidate& c = cands[k];
      if (c.begin >= covered_to && c.end > c.begin) {
        have = true;
        break;
      }
      if (from_found) {
        ++next_found;
      } else {
        swept_at = ++next_swept < n ? started(next_swept) : UINT64_MAX;
      }
    }
    const std::uint32_t start = have ? cands[k].text_start : UINT32_MAX;
    EntityMention m;
    MentionNote note;
    std::uint64_t title_text = 0, title_key = 0;  // Candidate::title_text and title_key, when it has a title
    if (dateline_pending && start > place.start) {
      dateline_pending = false;
      if ((!table.mentions.empty() && last_end > place.start) || start < place.end) continue;
      m = dateline_mention(place);
      if (static_cast<std::size_t>(m.entity) >= out.size()) out.resize(static_cast<std::size_t>(m.entity) + 1);
    } else if (have) {
      if (from_found) {
        ++next_found;
      } else {
        swept_at = ++next_swept < n ? started(next_swept) : UINT64_MAX;
      }
      const Candidate& c = cands[k];
      covered_to = c.end;
      m.start = start;
      m.end = c.text_end;
      m.tok_begin = c.begin;
      m.tok_end = c.end;
      m.title_begin = c.title_end > c.title_begin ? c.title_begin : c.begin;
      m.title_end = c.title_end > c.title_begin ? c.title_end : c.begin;
      if (c.title_end > c.title_begin) {
        title_text = c.title_text(part_keys_);
        title_key = c.title_key(part_keys_);
      }
      m.entity = group_of_cand[k];
      const std::int32_t entry = groups_[static_cast<std::size_t>(m.entity)].entry;
      const bool keyed_as_entry = entry >= 0 && c.key == name_keys_[static_cast<std::size_t>(entry)];
      note = MentionNote{c.title, c.words, c.clear, keyed_as_entry};
    } else {
      break;
    }
    last_end = m.end;
    const auto mi = static_cast<std::uint32_t>(table.mentions.size());
    const auto g = static_cast<std::size_t>(m.entity);
    if (out[g].entity < 0) {
      out[g].entity = static_cast<std::int32_t>(records);
      // Made in place: a record is large (strings and vectors), and moving one costs as much as
      // filling it.
      EntityRecord& rec = new_record(table.entities, records++);
      rec.type = groups_[g].type;
      if (groups_[g].entry >= 0) {
        const LexEntry& e = lex_.entry(static_cast<std::uint32_t>(groups_[g].entry));
        rec.country.assign(e.country);
        rec.kb_id.assign(e.kb_id);
        rec.from_lexicon = true;
        for (const LexRole& r : lex_.roles(e)) {
          if (year > 0 && r.from_year <= year && (r.to_year == 0 || year <= r.to_year)) add_unique(rec.roles, r.kind);
        }
      }
    }
    m.entity = out[g].entity;
    table.mentions.push_back(m);
    EntityRecord& rec = table.entities[static_cast<std::size_t>(m.entity)];
    ++rec.mention_count;
    fill_token_mention(m.tok_end);
    for (std::uint32_t t = m.tok_begin; t < m.tok_end; ++t) table.token_mention[t] = static_cast<std::int32_t>(mi);
    if (m.title_end > m.title_begin) {
      // A title the record has is known by its key: on a long body the text, written long before,
      // is read only for a title new to the record.
      const std::uint64_t seen = title_key ^ (static_cast<std::uint64_t>(m.entity) + 1) * 0x9E3779B97F4A7C15ull;
      if (titles.find(seen) == nullptr) {
        titles.add(seen, true);
        add_unique(rec.titles, doc_.slice(static_cast<std::uint32_t>(title_text >> 32),
                                           static_cast<std::uint32_t>(title_text)));
      }
      if (note.title >= 0) add_unique(rec.roles, lex_.title(static_cast<std::uint32_t>(note.title)).kind);
    }
    consider_name(out[g].naming, table.mentions, mi, note, groups_[g].entry);
  }
  fill_token_mention(toks.size());
  table.entities.resize(records);  // those kept from an earlier article and not refilled go
  for (std::size_t g = 0; g < out.size(); ++g) {
    if (out[g].entity < 0) continue;
    EntityRecord& rec = table.entities[static_cast<std::size_t>(out[g].entity)];
    rec.name.assign(canonical_name(table, out[g].naming, groups_[g].entry));
  }
  return table;
}

bool EntityGrouper::is_title_or_descriptor(std::uint32_t begin, std::uint32_t end) const {
  bool described = true;  // "kantor berita", "harian"
  for (std::uint32_t t = begin; t < end; ++t) described = described && (!f_[t].cap() || (f_[t].words & wc::descriptor));
  if (described) return true;
  std::uint32_t node = Lexicon::root();
  for (std::uint32_t t = begin; t < end && node != kNoNode; ++t) node = lex_.step(node, f_[t].lex);
  return node != kNoNode && lex_.node(node).title >= 0;
}

bool EntityGrouper::is_lexicon_form(std::uint32_t begin, std::uint32_t end, std::int32_t entry) const {
  std::uint32_t node = Lexicon::root();
  for (std::uint32_t t = begin; t < end && node != kNoNode; ++t) node = lex_.step(node, f_[t].lex);
  return node != kNoNode && (lex_.node(node).name == entry || lex_.node(node).exact == entry);
}

bool EntityGrouper::names_entry(const EntityMention& m, bool keyed_as_entry, std::int32_t entry) const {
  const std::uint64_t name_key = name_keys_[static_cast<std::size_t>(entry)];
  for (std::uint32_t b = m.tok_begin; b < m.tok_end; ++b) {
    // It must end the form, after a title or describing words only ("kota Semarang"): "Stadion
    // Utama Gelora Bung Karno" is a fuller name than "Gelora Bung Karno", "Brunei Darussalam"
    // than "Brunei".
    if (b > m.tok_begin && !is_title_or_descriptor(m.tok_begin, b)) continue;
    // The keys first: the whole mention's was compared as the mention was made, and most
    // mentions ("Jokowi") are not the entry's name, which no walk of the lexicon is needed to see.
    if (b == m.tok_begin ? !keyed_as_entry : span_key(doc_, b, m.tok_end) != name_key) continue;
    if (is_lexicon_form(b, m.tok_end, entry)) return true;
  }
  return false;
}

void EntityGrouper::consider_name(Naming& n, const std::vector<EntityMention>& mentions, std::uint32_t mi,
                                  const MentionNote& note, std::int32_t entry) const {
  // The lexicon's name when the article writes it, alone or inside a longer form ("Kardinal
  // Pietro Parolin", "kantor berita Xinhua"); else the fullest form the article writes, so the name
  // is always one a reader of the article would recognize.
  if (n.lexicon) return;
  const EntityMention& m = mentions[mi];
  if (entry >= 0 && names_entry(m, note.keyed_as_entry, entry)) {
    n.lexicon = true;
    return;
  }
  const std::uint32_t words = note.words;
  const bool clear = note.clear;
  if (n.best >= 0) {
    const EntityMention& best = mentions[static_cast<std::size_t>(n.best)];
    const bool better = words > n.best_words || (words == n.best_words && clear && !n.best_clear) ||
                        (words == n.best_words && clear == n.best_clear && m.end - m.start > best.end - best.start);
    if (!better) return;
  }
  n.best = static_cast<std::int32_t>(mi);
  n.best_words = words;
  n.best_clear = clear;
}

std::string_view EntityGrouper::canonical_name(const EntityTable& table, const Naming& n, std::int32_t entry) const {
  if (n.lexicon) return lex_.entry(static_cast<std::uint32_t>(entry)).name;
  const EntityMention* const best = &table.mentions[static_cast<std::size_t>(n.best)];
  if (best->tok_end == best->tok_begin) {  // only the dateline names it
    const auto& dl = doc_.layout.dateline;
    if (dl && dl->place_name) return *dl->place_name;
  }
  // "kota Pati" names the city "Pati": the unit word in lower case is no part of the name.
  std::uint32_t first = best->tok_begin;
  while (first + 1 < best->tok_end && !f_[first].cap() && (f_[first].words & wc::gpe_head) &&
         !(f_[first].words & wc::unit_head))
    ++first;
  const std::uint32_t start = first > best->tok_begin ? doc_.tokens.list[first].start : best->start;
  return doc_.slice(start, best->end);
}

}  // namespace warta::detail
