// A small cache of one 32-bit value per token, for a stage that looks words up only as its readers
// ask about them (most sentences are never read, so most words are never asked about).
//
// Direct-mapped by token number: the readers ask about one sentence and its neighbours at a time, so
// a hundred entries hold most of what they ask again, and a long body needs no array as long as
// itself; an entry pushed out is simply looked up again. An entry packs (token + 1) << 32 and the
// value; 0 is empty, so a new cache is zeroed memory. A power of two of at most kMaxEntries: larger
// caches cost more to clear, per article, than their extra hits save (measured for the summit and
// attribution readers).
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace warta::detail {

class TokenCache {
 public:
  static constexpr std::size_t kMaxEntries = 128;

  // Empties the cache and sizes it for a document of `tokens` tokens (a short one gets an entry per
  // token).
  void reset(std::size_t tokens) {
    entries_.assign(std::bit_ceil(std::clamp<std::size_t>(tokens, 1, kMaxEntries)), 0);
    mask_ = static_cast<std::uint32_t>(entries_.size()) - 1;
  }
  // The value of token `tok`: kept, or look_up(tok), then kept.
  template <class LookUp>
  std::uint32_t get(std::uint32_t tok, LookUp&& look_up) {
    const std::uint64_t e = entries_[tok & mask_];
    return e >> 32 == tok + std::uint64_t{1} ? static_cast<std::uint32_t>(e) : put(tok, look_up(tok));
  }
  // Keeps `value` for token `tok`, and returns it.
  std::uint32_t put(std::uint32_t tok, std::uint32_t value) noexcept {
    entries_[tok & mask_] = (tok + std::uint64_t{1}) << 32 | value;
    return value;
  }

 private:
  std::vector<std::uint64_t> entries_;
  std::uint32_t mask_ = 0;
};

}  // namespace warta::detail
