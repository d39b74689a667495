// The hash of a folded word. The tokenizer stores it in every Token, so a stage that looks a
// token up in its own table (FoldMap, TokenTable) probes with the stored hash instead of hashing
// the word again: one hash per token for the whole pipeline, however many tables read it.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace warta::detail {

// The steps of the hash, shared by fold_hash (which reads memory) and the tokenizer (which has a
// short word's bytes in registers already and must produce the same value).
namespace fold_hash_step {

inline constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;

constexpr std::uint64_t seed(std::size_t n) noexcept { return (n + 1) * kMul; }

constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t w) noexcept {
  h = (h ^ w) * kMul;
  return h ^ (h >> 29);
}

// The word a tail of m (1..7) bytes contributes, from the tail held in the low bytes of `v`: the
// same value fold_hash builds from memory.
constexpr std::uint64_t tail_word(std::uint64_t v, std::size_t m) noexcept {
  return m >= 4 ? (v << 32) | ((v >> (8 * (m - 4))) & 0xFFFFFFFFull)  // two overlapping four-byte loads
                : (v & 0xFF) | (((v >> (8 * (m / 2))) & 0xFF) << 8) | (((v >> (8 * (m - 1))) & 0xFF) << 16);
}

constexpr std::uint32_t finish(std::uint64_t h) noexcept { return static_cast<std::uint32_t>((h * kMul) >> 32); }

}  // namespace fold_hash_step

// Eight bytes at a time with a multiply-xorshift mix: words are short (most fit one or two
// steps), and the keys come from the project's lexicons, so no flooding resistance is needed.
inline std::uint32_t fold_hash(std::string_view s) noexcept {
  namespace step = fold_hash_step;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = step::seed(n);
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = step::mix(h, w);
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
    h = step::mix(h, w);
  }
  return step::finish(h);
}

}  // namespace warta::detail
