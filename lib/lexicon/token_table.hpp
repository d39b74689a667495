// Interned folded tokens: each distinct folded word of the lexicon gets a small integer id, so
// names can be matched as sequences of ids. Keys live in one arena; the table is open addressing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

// FNV-1a over the bytes: cheap and good enough for short words.
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

class TokenTable {
 public:
  TokenTable();
  // The id of `folded`, adding it when new.
  std::uint32_t intern(std::string_view folded);
  // The id of `folded`, or kNoToken.
  std::uint32_t find(std::string_view folded) const noexcept;
  std::string_view text(std::uint32_t id) const noexcept {
    const Key& k = keys_[id];
    return {arena_.data() + k.offset, k.length};
  }
  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(keys_.size()); }

 private:
  struct Key {
    std::uint32_t offset, length;
    std::uint64_t hash;
  };
  std::size_t slot_of(std::string_view s, std::uint64_t h) const noexcept;
  void grow();

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<std::uint32_t> slots_;  // id + 1, 0 when empty
};

}  // namespace warta::detail
