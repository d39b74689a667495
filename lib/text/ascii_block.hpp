// Eight bytes of text classified at once (SWAR): which bytes are ASCII lower-case letters,
// upper-case letters and digits, and the block lower-cased. The tokenizer reads words in these
// blocks, so a word of up to eight letters costs one step instead of one step per letter.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace warta::detail {

static_assert(std::endian::native == std::endian::little, "blocks read the first byte as the lowest");

inline constexpr std::uint64_t kByteOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kByteHighs = 0x8080808080808080ull;

// High bit of each byte of `w` that lies in [lo, hi]; every byte must be below 0x80 (so the sums
// below never carry into the next byte).
constexpr std::uint64_t bytes_in_range(std::uint64_t w, unsigned char lo, unsigned char hi) noexcept {
  return (w + kByteOnes * (0x80u - lo)) & ~(w + kByteOnes * (0x7Fu - hi)) & kByteHighs;
}

// High bit of each byte of `w` equal to `c`, and of each control byte (below 0x20). The lowest
// mark is exact; a borrow may also mark a byte above a true one, so callers that want every
// position look at the lowest mark only (JSON strings: where a plain run ends).
constexpr std::uint64_t bytes_equal(std::uint64_t w, unsigned char c) noexcept {
  const std::uint64_t v = w ^ (kByteOnes * c);
  return (v - kByteOnes) & ~v & kByteHighs;
}
constexpr std::uint64_t control_bytes(std::uint64_t w) noexcept { return (w - kByteOnes * 0x20) & ~w & kByteHighs; }

// Byte masks (the high bit of each byte that is one) of an eight-byte block, first byte lowest.
struct AsciiBlock {
  std::uint64_t lower = 0, upper = 0, digit = 0;

  constexpr explicit AsciiBlock(std::uint64_t w) noexcept {
    const std::uint64_t ascii = ~w & kByteHighs;
    const std::uint64_t seven = w & ~kByteHighs;  // a non-ASCII byte's low bits, masked out below
    const std::uint64_t letter = bytes_in_range(seven | (kByteOnes * 0x20), 'a', 'z') & ascii;  // either case
    upper = letter & ~(w << 2);  // bit 0x20 clear: a capital (the shift moves it to the byte's high bit)
    lower = letter & ~upper;
    digit = bytes_in_range(seven, '0', '9') & ascii;
  }
  std::uint64_t alnum() const noexcept { return lower | upper | digit; }
};

// `w` with its ASCII capitals lower-cased (0x20 added to each); other bytes as they are.
constexpr std::uint64_t lower_ascii(std::uint64_t w, const AsciiBlock& b) noexcept { return w | (b.upper >> 2); }

// How many of the marks (high bits only) are set.
constexpr unsigned count_marks(std::uint64_t marks) noexcept {
  return static_cast<unsigned>(((marks >> 7) * kByteOnes) >> 56);
}

// The eight bytes of `s` at `at`, little-endian, zero past its end.
inline std::uint64_t load_block(std::string_view s, std::size_t at) noexcept {
  std::uint64_t w = 0;
  if (s.size() - at >= 8) std::memcpy(&w, s.data() + at, 8);  // the common case: a fixed-size load
  else std::memcpy(&w, s.data() + at, s.size() - at);
  return w;
}

// The `n` (<= 8) bytes at `p`, little-endian, zero above: two overlapping four-byte loads, or the
// first, middle and last byte (which between them are every byte of 1..3), instead of a memcpy of
// variable length (a library call).
inline std::uint64_t load_short(const char* p, std::size_t n) noexcept {
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (static_cast<std::uint64_t>(hi) << (8 * (n - 4)));
  }
  if (n == 0) return 0;
  const auto byte = [p](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
  return byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
}

}  // namespace warta::detail
