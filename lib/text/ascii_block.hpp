// Eight bytes of text classified at once (SWAR): which bytes are ASCII lower-case letters,
// upper-case letters and digits, and the block lower-cased. The tokenizer reads words in these
// blocks, so a word of up to eight letters costs one step instead of one step per letter.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Marks of the bytes of `w` that end a plain run inside a JSON string: the quote, the backslash
// and control characters. The lowest mark is exact (see bytes_equal). The JSON Lines reader stops
// there; the writer also stops at non-ASCII bytes, which it validates.
constexpr std::uint64_t json_string_stops(std::uint64_t w) noexcept {
  return control_bytes(w) | bytes_equal(w, '"') | bytes_equal(w, '\\');
}

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

// Position of the first byte of `s` at or after `from` that `marks` marks, or s.size() when none
// does, eight bytes at a time. `marks(block)` returns the high bit of each byte of an eight-byte
// block (load_block's: zero past the end of `s`) that may be wanted, its lowest mark exact (as
// bytes_equal's are: an OR of them keeps that). A mark on a zero past the end also answers s.size().
template <class Marks>
std::size_t find_marked(std::string_view s, std::size_t from, Marks marks) noexcept {
  for (std::size_t at = from; at < s.size(); at += 8)
    if (const std::uint64_t m = marks(load_block(s, at))) return at + static_cast<std::size_t>(std::countr_zero(m) / 8);
  return s.size();
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

// Sixteen bytes classified at once, one bit per byte (the first byte lowest): which are ASCII
// letters, capitals and digits, and the bytes with their capitals lower-cased. Most words fit in
// sixteen bytes, so one step reads a whole word, however long, where blocks of eight take two for
// a quarter of them.
struct AsciiBits16 {
  std::uint32_t letter = 0, upper = 0, digit = 0;
  std::uint64_t lowered_lo = 0, lowered_hi = 0;  // bytes 0..7 and 8..15

  std::uint32_t alnum() const noexcept { return letter | digit; }
};

// The marks (high bits) of an eight-byte block, one bit per byte. The multiplier moves byte k's
// mark to bit 56 + k; the partial products fall on distinct bits, so nothing carries into them.
constexpr std::uint32_t gather_marks(std::uint64_t marks) noexcept {
  return static_cast<std::uint32_t>(((marks >> 7) * 0x0102040810204080ull) >> 56);
}

// The portable reading: two AsciiBlocks. Always built, so the tests hold the SSE2 one to it.
// Both also store the lowered bytes at `lowered_to` (sixteen writable bytes): straight from the
// vector register, where taking them out as two words to store them would cost more.
inline AsciiBits16 classify16_blocks(const char* p, char* lowered_to) noexcept {
  std::uint64_t lo, hi;
  std::memcpy(&lo, p, 8);
  std::memcpy(&hi, p + 8, 8);
  const AsciiBlock a(lo), b(hi);
  AsciiBits16 out;
  out.letter = gather_marks(a.lower | a.upper) | (gather_marks(b.lower | b.upper) << 8);
  out.upper = gather_marks(a.upper) | (gather_marks(b.upper) << 8);
  out.digit = gather_marks(a.digit) | (gather_marks(b.digit) << 8);
  out.lowered_lo = lower_ascii(lo, a);
  out.lowered_hi = lower_ascii(hi, b);
  std::memcpy(lowered_to, &out.lowered_lo, 8);
  std::memcpy(lowered_to + 8, &out.lowered_hi, 8);
  return out;
}

// The sixteen bytes at `p` (all readable).
inline AsciiBits16 classify16(const char* p, char* lowered_to) noexcept {
#if defined(__SSE2__)
  // Signed compares after a shift: a byte is in [lo, lo + k) iff byte + (0x80 - lo) < -128 + k as
  // a signed byte; the addition is a bijection, so no byte outside the range (ASCII or not) lands
  // in it.
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26),
                                        _mm_add_epi8(_mm_or_si128(v, case_bit), _mm_set1_epi8(0x80 - 'a')));
  const __m128i digit = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10), _mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')));
  const __m128i upper = _mm_andnot_si128(_mm_cmpeq_epi8(_mm_and_si128(v, case_bit), case_bit), letter);
  const __m128i lowered = _mm_or_si128(v, _mm_and_si128(upper, case_bit));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(lowered_to), lowered);
  AsciiBits16 out;
  out.letter = static_cast<std::uint32_t>(_mm_movemask_epi8(letter));
  out.upper = static_cast<std::uint32_t>(_mm_movemask_epi8(upper));
  out.digit = static_cast<std::uint32_t>(_mm_movemask_epi8(digit));
  out.lowered_lo = static_cast<std::uint64_t>(_mm_cvtsi128_si64(lowered));
  out.lowered_hi = static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(lowered, lowered)));
  return out;
#else
  return classify16_blocks(p, lowered_to);
#endif
}

}  // namespace warta::detail
