// Enumerations: "Bayat, Cawas, Trucuk dan Pedan", "Jay Idzes, Ragnar Oratmangoen, dan Egy Maulana
// Vikri". When the named items of a list are all of one kind, the unknown capitalized items in it
// are of that kind too.
#include <algorithm>
#include <array>
#include <span>

#include "entities/mention_finder.hpp"

namespace warta::detail {
namespace {

struct Item {
  std::uint32_t begin = 0, end = 0;
  std::int32_t candidate = -1;  // index into the candidates, or -1 for an unknown name
};

}  // namespace

bool MentionFinder::list_link(std::uint32_t k) const noexcept {
  if (is_punct(k, ",")) return true;
  const std::string_view w = doc_.fold(k);
  return !f_[k].cap() && (w == "dan" || w == "serta" || w == "atau");
}

void MentionFinder::extend_lists(std::uint32_t begin, std::uint32_t end, std::size_t first) {
  constexpr std::size_t kMaxItems = 64;  // longer lists are tables, not sentences
  const std::size_t scanned = out_.size();
  if (scanned == first) return;  // no named item: nothing to type the others after
  std::vector<std::int32_t>& at = list_at_;  // token → candidate starting there
  at.assign(end - begin, -1);
  for (std::size_t c = first; c < scanned; ++c) {
    if (out_[c].begin >= begin && out_[c].begin < end) at[out_[c].begin - begin] = static_cast<std::int32_t>(c);
  }
  // On the stack: the list is bounded, and most paragraphs have one.
  std::array<Item, kMaxItems> item_buffer;
  std::size_t item_count = 0;
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
          out_.push_back(c);
        }
      }
    }
    item_count = 0;
  };
  for (std::uint32_t k = begin; k < end;) {
    const std::int32_t cand = at[k - begin];
    Item it;
    if (cand >= 0) {
      it = {k, out_[static_cast<std::size_t>(cand)].end, cand};
    } else if (f_[k].word() && f_[k].cap() && !f_[k].upper() && !f_[k].common() && !f_[k].initial() &&
               !(f_[k].words & (wc::not_name | wc::numeral | kHeads | wc::function)) &&
               match_at(k, end).title_len == 0) {
      it = {k, name_run_end(k, end), -1};
      for (std::uint32_t q = it.begin + 1; q < it.end; ++q) {
        if (at[q - begin] >= 0 || f_[q].common()) it.end = q;  // stops before a name or an ordinary word
      }
    } else {
      if (item_count > 0) close();
      ++k;
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
  close();
}

}  // namespace warta::detail
