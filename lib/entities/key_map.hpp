// A map from 64-bit name keys to values, for one article's grouping: entries in one vector, an
// open-addressing index over them, so an article costs a few allocations instead of one node per
// name. A key may hold several values (add); they are visited newest first, the order the
// grouping has always settled ties in.
#pragma once

#include <cstdint>
#include <vector>

namespace warta::detail {

template <class V>
class KeyMap {
 public:
  // Room for `n` entries before the index grows, taken at once: a map made and then resized would
  // allocate its index twice.
  // An empty map holds no memory until its first add (or reset): one kept unused costs nothing.
  KeyMap() = default;
  explicit KeyMap(std::size_t n) { reset(n); }
  // Empties the map and gives it the index KeyMap(n) would have, in the memory it holds already:
  // a map kept across articles allocates only when an article needs more than any before it.
  void reset(std::size_t n) {
    std::size_t slots = kMinSlots;
    while (slots < 2 * n) slots *= 2;
    head_.assign(slots, -1);
    entries_.clear();
    entries_.reserve(n);
  }
  // What the map holds on to: its capacity, whatever its size.
  std::size_t capacity_bytes() const noexcept {
    return entries_.capacity() * sizeof(Entry) + head_.capacity() * sizeof(std::int32_t);
  }
  // The newest value under `key`, or nullptr.
  const V* find(std::uint64_t key) const noexcept {
    if (head_.empty()) return nullptr;
    const std::int32_t e = head_[slot_of(key)];
    return e < 0 ? nullptr : &entries_[static_cast<std::size_t>(e)].value;
  }
  // Adds `value` under `key` unless the key holds one already.
  void try_emplace(std::uint64_t key, V value) {
    if (head_.empty() || head_[slot_of(key)] < 0) add(key, value);
  }
  // Adds `value` under `key`, before the values already there.
  void add(std::uint64_t key, V value) {
    if (head_.empty()) head_.assign(kMinSlots, -1);
    const std::size_t at = slot_of(key);
    entries_.push_back({key, value, head_[at]});
    head_[at] = static_cast<std::int32_t>(entries_.size() - 1);
    if (entries_.size() * 2 > head_.size()) grow();
  }
  // Calls fn(value) for each value under `key`, newest first; stops when fn returns true.
  template <class Fn>
  void visit(std::uint64_t key, Fn&& fn) const {
    if (head_.empty()) return;
    for (std::int32_t e = head_[slot_of(key)]; e >= 0; e = entries_[static_cast<std::size_t>(e)].next) {
      if (fn(entries_[static_cast<std::size_t>(e)].value)) return;
    }
  }
  // Every value, to rewrite in place.
  template <class Fn>
  void for_each_value(Fn&& fn) {
    for (Entry& e : entries_) fn(e.value);
  }

 private:
  static constexpr std::size_t kMinSlots = 16;
  struct Entry {
    std::uint64_t key;
    V value;
    std::int32_t next;  // the entry added before it under the same key, or -1
  };
  static std::size_t mix(std::uint64_t k) noexcept {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return static_cast<std::size_t>(k);
  }
  std::size_t slot_of(std::uint64_t key) const noexcept {
    const std::size_t mask = head_.size() - 1;
    std::size_t at = mix(key) & mask;
    while (head_[at] >= 0 && entries_[static_cast<std::size_t>(head_[at])].key != key) at = (at + 1) & mask;
    return at;
  }
  void grow() {
    std::vector<std::int32_t> old(head_.size() * 2, -1);
    head_.swap(old);
    // Oldest first, so each key's slot ends on its newest entry (the chains are unchanged).
    for (std::size_t e = 0; e < entries_.size(); ++e) head_[slot_of(entries_[e].key)] = static_cast<std::int32_t>(e);
  }

  std::vector<Entry> entries_;
  std::vector<std::int32_t> head_;  // newest entry of a key, -1 when empty; a power of two long
};

}  // namespace warta::detail
