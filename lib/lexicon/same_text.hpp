// Byte equality of two short strings of the same length. Folded words are mostly under eight
// bytes: word-sized loads compare them in two or three steps, where a call to memcmp costs more
// than the comparison itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace warta::detail {

inline bool same_text(const char* a, const char* b, std::size_t n) noexcept {
  while (n >= 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
    a += 8, b += 8, n -= 8;
  }
  if (n >= 4) {  // two overlapping four-byte loads cover 4..7 bytes
    std::uint32_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 4);
    std::memcpy(&y0, b, 4);
    std::memcpy(&x1, a + n - 4, 4);
    std::memcpy(&y1, b + n - 4, 4);
    return x0 == y0 && x1 == y1;
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

}  // namespace warta::detail
