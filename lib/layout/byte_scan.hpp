// Finding the next of a few rare bytes in a line, eight bytes at a time: the layout reader's
// patterns can only start at such bytes ('(' and ',' for a glued paragraph, a dash for a
// dateline), so the bytes in between are skipped instead of tested one by one.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>

#include "text/ascii_block.hpp"

namespace warta::detail {

// Position of the first byte of `s` at or after `from` that `marks` marks (s.size() when none).
// `marks(block)` returns the high bit of each byte of an eight-byte block that may be wanted, its
// lowest mark exact (as bytes_equal's are: an OR of them keeps that); zero bytes past the end of
// `s` must never be marked.
template <class Marks>
std::size_t find_marked(std::string_view s, std::size_t from, Marks marks) noexcept {
  for (std::size_t at = from; at < s.size(); at += 8)
    if (const std::uint64_t m = marks(load_block(s, at))) return at + std::countr_zero(m) / 8;
  return s.size();
}

}  // namespace warta::detail
