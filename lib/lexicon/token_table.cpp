#include "lexicon/token_table.hpp"

namespace warta::detail {

TokenTable::TokenTable() : slots_(1u << 16, 0) {
  arena_.reserve(1u << 18);
  keys_.reserve(1u << 15);
}

std::size_t TokenTable::slot_of(std::string_view s, std::uint32_t h) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = static_cast<std::size_t>(h) & mask;
  while (slots_[at] != 0) {
    const Key& k = keys_[slots_[at] - 1];
    if (k.hash == h && std::string_view(arena_.data() + k.offset, k.length) == s) return at;
    at = (at + 1) & mask;
  }
  return at;
}

std::uint32_t TokenTable::find(std::string_view folded, std::uint32_t hash) const noexcept {
  std::size_t at = slot_of(folded, hash);
  return slots_[at] == 0 ? kNoToken : slots_[at] - 1;
}

std::uint32_t TokenTable::intern(std::string_view folded) {
  std::uint32_t h = fold_hash(folded);
  std::size_t at = slot_of(folded, h);
  if (slots_[at] != 0) return slots_[at] - 1;
  auto id = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back({static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(folded.size()), h});
  arena_.append(folded);
  slots_[at] = id + 1;
  if (keys_.size() * 2 > slots_.size()) grow();
  return id;
}

void TokenTable::grow() {
  std::vector<std::uint32_t> old(slots_.size() * 2, 0);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint32_t id = 0; id < keys_.size(); ++id) {
    std::size_t at = static_cast<std::size_t>(keys_[id].hash) & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = id + 1;
  }
}

}  // namespace warta::detail
