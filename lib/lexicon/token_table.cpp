#include "lexicon/token_table.hpp"

namespace warta::detail {

TokenTable::TokenTable() : slots_(1u << 16), mask_(slots_.size() - 1) {
  arena_.reserve(1u << 18);
  keys_.reserve(1u << 15);
}

std::uint32_t TokenTable::intern(std::string_view folded) {
  std::uint32_t h = fold_hash(folded);
  std::size_t at = slot_of(folded, h);
  if (slots_[at].id1 != 0) return slots_[at].id1 - 1;
  auto id = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back({static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(folded.size()), h});
  arena_.append(folded);
  slots_[at] = {id + 1, h, keys_.back().offset, keys_.back().length};
  if (keys_.size() * 2 > slots_.size()) grow();
  return id;
}

void TokenTable::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (std::uint32_t id = 0; id < keys_.size(); ++id) {
    const Key& k = keys_[id];
    std::size_t at = static_cast<std::size_t>(k.hash) & mask_;
    while (slots_[at].id1 != 0) at = (at + 1) & mask_;
    slots_[at] = {id + 1, k.hash, k.offset, k.length};
  }
}

}  // namespace warta::detail
