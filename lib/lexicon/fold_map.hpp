// A read-mostly map from folded words to values, built once with the engine. Open addressing over
// a key arena, probed with the hash the tokenizer already stored in the token (fold_hash), behind
// a HashFilter: a per-token lookup of an absent word costs one bit, of a present one a probe and a
// short compare — no hashing, no node chasing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/hash_filter.hpp"
#include "lexicon/same_text.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail {

template <class V>
class FoldMap {
 public:
  FoldMap() : slots_(16, 0) {}

  // Inserts `value` under `folded`, or returns the value already there (which wins).
  V& emplace(std::string_view folded, V value = V{}) {
    const std::uint32_t h = fold_hash(folded);
    std::size_t at = slot_of(folded, h);
    if (slots_[at] != 0) return values_[slots_[at] - 1];
    keys_.push_back({static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(folded.size()), h});
    filter_.add(h);
    arena_.append(folded);
    values_.push_back(std::move(value));
    slots_[at] = static_cast<std::uint32_t>(keys_.size());
    if (keys_.size() * 2 > slots_.size()) grow();
    return values_.back();
  }
  // The value under `folded`, default-inserted when new.
  V& operator[](std::string_view folded) { return emplace(folded); }

  const V* find(std::string_view folded, std::uint32_t hash) const noexcept {
    if (!filter_.may_hold(hash)) return nullptr;
    const std::uint32_t slot = slots_[slot_of(folded, hash)];
    return slot == 0 ? nullptr : &values_[slot - 1];
  }
  const V* find(std::string_view folded) const noexcept { return find(folded, fold_hash(folded)); }
  V* find(std::string_view folded) noexcept {
    return const_cast<V*>(static_cast<const FoldMap&>(*this).find(folded));
  }

  std::size_t size() const noexcept { return keys_.size(); }
  bool empty() const noexcept { return keys_.empty(); }
  // Entries in insertion order: key(i), value(i).
  std::string_view key(std::size_t i) const noexcept { return {arena_.data() + keys_[i].offset, keys_[i].length}; }
  const V& value(std::size_t i) const noexcept { return values_[i]; }

 private:
  struct Key {
    std::uint32_t offset, length, hash;
  };
  std::size_t slot_of(std::string_view s, std::uint32_t h) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = h & mask;
    while (slots_[at] != 0) {
      const Key& k = keys_[slots_[at] - 1];
      if (k.hash == h && k.length == s.size() && same_text(arena_.data() + k.offset, s.data(), s.size())) return at;
      at = (at + 1) & mask;
    }
    return at;
  }
  void grow() {
    std::vector<std::uint32_t> bigger(slots_.size() * 2, 0);
    const std::size_t mask = bigger.size() - 1;
    for (std::uint32_t i = 0; i < keys_.size(); ++i) {
      std::size_t at = keys_[i].hash & mask;
      while (bigger[at] != 0) at = (at + 1) & mask;
      bigger[at] = i + 1;
    }
    slots_.swap(bigger);
  }

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<V> values_;
  std::vector<std::uint32_t> slots_;  // entry index + 1, 0 when empty
  HashFilter filter_;
};

}  // namespace warta::detail
