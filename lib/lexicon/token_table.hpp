// Interned folded tokens: each distinct folded word of the lexicon gets a small integer id, so
// names can be matched as sequences of ids. Keys live in one arena; the table is open addressing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
  std::uint32_t find(std::string_view folded, std::uint32_t hash) const noexcept;
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
  std::size_t slot_of(std::string_view s, std::uint32_t h) const noexcept;
  void grow();

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<std::uint32_t> slots_;  // id + 1, 0 when empty
};

}  // namespace warta::detail
