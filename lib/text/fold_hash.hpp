// The hash of a folded word. The tokenizer stores it in every Token, so a stage that looks a
// token up in its own table (FoldMap, TokenTable) probes with the stored hash instead of hashing
// the word again: one hash per token for the whole pipeline, however many tables read it.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace warta::detail {

// Eight bytes at a time with a multiply-xorshift mix: words are short (most fit one or two
// steps), and the keys come from the project's lexicons, so no flooding resistance is needed.
inline std::uint32_t fold_hash(std::string_view s) noexcept {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = (n + 1) * k;
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
    p += 8, n -= 8;
  }
  if (n > 0) {
    std::uint64_t w = 0;
    if (n >= 4) {  // two overlapping four-byte loads cover 4..7 bytes without a byte loop
      std::uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      w = (static_cast<std::uint64_t>(a) << 32) | b;
    } else {
      w = static_cast<unsigned char>(p[0]) | (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
          (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    }
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  h *= k;
  return static_cast<std::uint32_t>(h >> 32);
}

}  // namespace warta::detail
