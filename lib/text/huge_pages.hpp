// Large per-article buffers on transparent huge pages.
//
// A 10 MB body's token list is tens of MB; on 4 KiB pages its first pass takes one page fault per
// 4 KiB and a TLB miss for nearly every later pass over it. Advising the kernel to back such a
// buffer with 2 MiB pages before it is first touched cuts both by a factor of 512.
#pragma once

#include <cstddef>

namespace warta::detail {

// Buffers below this size are left alone: their faults are few and they are reused from the heap.
inline constexpr std::size_t kHugePageAdviceMinBytes = std::size_t{4} << 20;

// Asks the kernel to back the 2 MiB-aligned interior of [data, data + bytes) with transparent huge
// pages, when bytes >= kHugePageAdviceMinBytes. Advice only: a no-op where the system has no
// madvise(MADV_HUGEPAGE), and its errors are ignored.
void advise_huge_pages(const void* data, std::size_t bytes) noexcept;

// c.reserve(n), and when that allocated new storage, the advice above for it before anything but
// its first bytes was written. Works for std::vector and std::string.
template <class Container>
void reserve_on_huge_pages(Container& c, std::size_t n) {
  if (c.capacity() >= n) return;
  c.reserve(n);
  advise_huge_pages(c.data(), c.capacity() * sizeof(*c.data()));
}

}  // namespace warta::detail
