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
  // The hash, and where the key's text is, sit next to the id: a probe reads the slot and then
  // the text, never the key list, and a probe that meets another word is settled by the hash.
  // (The entity stage's per-token probe goes to WordClasses' table, which keeps short words in
  // its slots; here sixteen-byte slots keep the table small and quick to build.) No member
  // initializers: the table's vector value-initializes its slots, which for a trivial type is one
  // memset of the whole table instead of a constructor run per slot.
  struct Slot {
    std::uint32_t id1;  // id + 1, 0 when empty
    std::uint32_t hash;
    std::uint32_t offset, length;
  };
  std::size_t slot_of(std::string_view s, std::uint32_t h) const noexcept {
    const Slot* const slots = slots_.data();
    std::size_t at = static_cast<std::size_t>(h) & mask_;
    while (slots[at].id1 != 0) {
      const Slot& slot = slots[at];
      if (slot.hash == h && slot.length == s.size() && same_text(arena_.data() + slot.offset, s.data(), s.size()))
        return at;
      at = (at + 1) & mask_;
    }
    return at;
  }
  void grow();

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<Slot> slots_;
  std::size_t mask_;  // slots_.size() - 1, kept rather than worked out from the vector in each probe
};

}  // namespace warta::detail
