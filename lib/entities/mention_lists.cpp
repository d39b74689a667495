// Enumerations: "Bayat, Cawas, Trucuk dan Pedan", "Jay Idzes, Ragnar Oratmangoen, dan Egy Maulana
// Vikri". When the named items of a list are all of one kind, the unknown capitalized items in it
// are of that kind too.
#include <algorithm>
#include <array>
#include <span>

#include "entities/mention_finder.hpp"

namespace warta::detail {

// Asked next to every candidate of the paragraph (linked_candidate): inline, and the capital tested
// before the word is read.
inline bool MentionFinder::list_link(std::uint32_t k) const noexcept {
  // A comma, or a linking word in lower case (no punctuation folds to one).
  if (doc_.tokens.list[k].kind == TokenKind::punct) return is_punct(k, ',');
  if (f_[k].cap()) return false;
  const std::string_view w = doc_.fold(k);
  return w == "dan" || w == "serta" || w == "atau";
}

bool MentionFinder::linked_candidate(std::uint32_t begin, std::uint32_t end) const noexcept {
  // A list that types has a named item next to an unknown one, over one or two links. The unknown
  // item starts with a capital, and ends in a token its run takes in (see name_run_end): a capital,
  // a numeral, a name particle or a middle initial's dot. "kata Budi, yang ...", "ujar pejabat
  // itu, Budi" have none.
  const auto unknown_item_end = [&](std::uint32_t k) {
    return f_[k].cap() || f_[k].upper() || (f_[k].words & (wc::numeral | wc::name_link)) || is_punct(k, '.');
  };
  for (std::size_t s = lists_.first; s < out_.size(); ++s) {
    const Candidate& c = out_[s];
    for (std::uint32_t k = c.end; k < end && k < c.end + 2 && list_link(k); ++k) {
      if (k + 1 < end && f_[k + 1].cap()) return true;
    }
    for (std::uint32_t k = c.begin; k > begin + 1 && k > c.begin - 2 && list_link(k - 1); --k) {
      if (unknown_item_end(k - 2)) return true;
    }
  }
  return false;
}

void MentionFinder::extend_lists(std::uint32_t begin, std::uint32_t end, std::uint32_t frontier) {
  constexpr std::size_t kMaxItems = std::tuple_size_v<decltype(lists_.items)>;
  // No named item yet: nothing to type the others after. Left for a later call, or for none.
  if (out_.size() == lists_.first) return;
  // The scan has kept every candidate that starts before `frontier`: the tokens asked about below
  // stay before it. The last call's (at the paragraph's end) reads to the end.
  const bool last = frontier >= end;
  // Items follow each other over one or two links (below: an item after the first is preceded by
  // a link, and one that no link follows closes its list). A paragraph read in one call (most are)
  // where no candidate stands so next to an unknown item has nothing to type: its tokens are not
  // walked.
  if (last && lists_.at == begin && !linked_candidate(begin, end)) return;
  // The tokens asked about below never go back: one cursor into the candidates serves them all.
  // Kept in locals while the walk goes (written back at its end), not in members it would store
  // to at every step.
  std::size_t cursor = lists_.cursor;
  const auto skip_to = [&](std::uint32_t k) {
    while (cursor < out_.size() && out_[cursor].begin < k) ++cursor;
  };
  // The candidate starting at token k (the last found, when several do), or -1.
  const auto candidate_at = [&](std::uint32_t k) -> std::int32_t {
    skip_to(k);
    std::int32_t cand = -1;
    for (std::size_t s = cursor; s < out_.size() && out_[s].begin == k; ++s) cand = static_cast<std::int32_t>(s);
    return cand;
  };
  // The first token at or after k where a candidate starts, or `end`; no further than the
  // frontier, past which the scan has not looked yet.
  const auto next_candidate = [&](std::uint32_t k) -> std::uint32_t {
    skip_to(k);
    const std::uint32_t next = cursor < out_.size() ? out_[cursor].begin : end;
    return std::min(next, frontier);
  };
  std::array<Item, kMaxItems>& item_buffer = lists_.items;
  std::size_t item_count = lists_.item_count;
  auto close = [&]() {
    const std::span<const Item> items(item_buffer.data(), item_count);
    if (items.size() >= 3 || (items.size() == 2 && items[1].candidate < 0)) {
      bool one_kind = true, any_known = false, any_unknown = false;
      EntityType type = EntityType::person;
      for (const Item& it : items) {
        if (it.candidate < 0) {
          any_unknown = true;
          continue;
        }
        const EntityType t = out_[static_cast<std::size_t>(it.candidate)].type;
        if (any_known && t != type) one_kind = false;
        type = t;
        any_known = true;
      }
      if (one_kind && any_known && any_unknown && type != EntityType::media) {
        for (const Item& it : items) {
          if (it.candidate >= 0) continue;
          Candidate c;
          c.begin = it.begin;
          c.end = it.end;
          c.type = type;
          c.evidence = Evidence::context;
          keep(c, listed_);
        }
      }
    }
    item_count = 0;
  };
  // An item reaches kMaxNameTokens tokens past its first at most: it starts early enough that the
  // candidates it may meet are all known.
  std::uint32_t k = lists_.at;
  while (k < end && (last || k + kMaxNameTokens <= frontier)) {
    const std::int32_t cand = candidate_at(k);
    Item it{};
    if (cand >= 0) {
      it = {k, out_[static_cast<std::size_t>(cand)].end, cand};
    } else if (f_[k].word() && f_[k].cap() && !f_[k].upper() && !f_[k].common() && !f_[k].initial() &&
               !(f_[k].words & (wc::not_name | wc::numeral | kHeads | wc::function)) &&
               match_at(k, end).title_len == 0) {
      it = {k, name_run_end(k, end), -1};
      for (std::uint32_t q = it.begin + 1; q < it.end; ++q) {
        if (candidate_at(q) >= 0 || f_[q].common()) it.end = q;  // stops before a name or an ordinary word
      }
    } else {
      if (item_count > 0) close();
      // No item starts before the next capitalized word or candidate. Stopped at the frontier,
      // the walk goes on from there: no item starts before that either.
      k = next_marked(f_.data(), k + 1, next_candidate(k + 1), fact::name_like);
      continue;
    }
    // An item must be followed by a link word (or end the list) and, after the first, preceded by one.
    if (item_count > 0 && !(it.begin > begin && list_link(it.begin - 1))) close();
    if (item_count < kMaxItems) item_buffer[item_count++] = it;
    k = it.end;
    std::uint32_t links = 0;
    while (k < end && links < 2 && list_link(k)) {
      ++k;
      ++links;
    }
    if (links == 0) close();
  }
  if (last) close();
  lists_.at = k;
  lists_.cursor = cursor;
  lists_.item_count = item_count;
}

}  // namespace warta::detail
