// A hint that memory will be read soon, for a walk whose next steps are known ahead but whose
// addresses no hardware prefetcher can guess (a list read in an order of its own).
#pragma once

#include <cstddef>

namespace warta::detail {

// Asks for the cache lines of the `bytes` bytes at `p` (one or two lines: an object no larger than
// a line may straddle two). Nothing where the compiler has no such hint.
inline void prefetch_object(const void* p, std::size_t bytes) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(p);
  __builtin_prefetch(static_cast<const char*>(p) + bytes - 1);
#else
  static_cast<void>(p);
  static_cast<void>(bytes);
#endif
}

}  // namespace warta::detail
