// A set of word hashes kept as one bit each (64 Ki bits, 8 KB): it answers "certainly absent" with
// a single read of an array that stays in L1. Most tokens of a text are in no stage's table, so a
// lookup that starts here rarely reaches the probe chain and the key compare.
#pragma once

#include <array>
#include <cstdint>

namespace warta::detail {

class HashFilter {
 public:
  void add(std::uint32_t hash) noexcept { bits_[word_of(hash)] |= std::uint64_t{1} << (hash & 63); }
  bool may_hold(std::uint32_t hash) const noexcept { return (bits_[word_of(hash)] >> (hash & 63)) & 1; }

 private:
  static constexpr std::uint32_t kWords = 1024;  // ~1 % false hits for 700 words, ~14 % for 10,000
  static std::uint32_t word_of(std::uint32_t hash) noexcept { return (hash >> 6) & (kWords - 1); }
  std::array<std::uint64_t, kWords> bits_{};
};

}  // namespace warta::detail
