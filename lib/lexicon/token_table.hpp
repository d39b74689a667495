// Interned folded tokens: each distinct folded word of the lexicon gets a small integer id, so
// names can be matched as sequences of ids. Keys live in one arena; the table is open addressing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/same_text.hpp"
#include "text/fold_hash.hpp"

namespace warta::detail {

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

class TokenTable {
 public:
  TokenTable();
  // The id of `folded`, adding it when new.
  std::uint32_t intern(std::string_view folded);
  // The id of `folded`, or kNoToken.
  std::uint32_t find(std::string_view folded) const noexcept { return find(folded, fold_hash(folded)); }
  // The same with the hash the tokenizer stored in the token (Token::hash).
  std::uint32_t find(std::string_view folded, std::uint32_t hash) const noexcept {
    return slots_[slot_of(folded, hash)].id1 - 1;  // kNoToken for an empty slot
  }
  std::string_view text(std::uint32_t id) const noexcept {
    const Key& k = keys_[id];
    return {arena_.data() + k.offset, k.length};
  }
  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(keys_.size()); }

 private:
  struct Key {
    std::uint32_t offset, length;
    std::uint32_t hash;
  };
  // A probe reads one slot and nothing else for a word of up to kInline bytes (nearly every word
  // of a text): the hash, the length and the text itself sit in the slot, one 32-byte half of a
  // cache line, where keeping only the text's place would cost a second miss in the arena for each
  // word. Longer keys are compared in the arena.
  static constexpr std::size_t kInline = 16;
  // No member initializers: the table's vector value-initializes its slots, which for a trivial
  // type is one memset of the whole table instead of a constructor run per slot.
  struct alignas(32) Slot {
    std::uint32_t id1;  // id + 1, 0 when empty
    std::uint32_t hash;
    std::uint32_t offset, length;
    char head[kInline];  // the key's first bytes, zero-padded
  };
  std::size_t slot_of(std::string_view s, std::uint32_t h) const noexcept {
    const Slot* const slots = slots_.data();
    std::size_t at = static_cast<std::size_t>(h) & mask_;
    while (slots[at].id1 != 0) {
      const Slot& slot = slots[at];
      if (slot.hash == h && slot.length == s.size() &&
          same_text(s.size() <= kInline ? slot.head : arena_.data() + slot.offset, s.data(), s.size()))
        return at;
      at = (at + 1) & mask_;
    }
    return at;
  }
  Slot slot_for(std::uint32_t id) const noexcept;
  void grow();

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<Slot> slots_;
  std::size_t mask_;  // slots_.size() - 1, kept rather than worked out from the vector in each probe
};

}  // namespace warta::detail
