// Hints that memory will be read soon. Two kinds of walk need them on a long body, whose per-token
// arrays are tens of MB and long out of cache when a later stage reads them:
// - a list read in an order of its own, whose next addresses no hardware prefetcher can guess
//   (prefetch_object, asked some steps ahead);
// - a plain front-to-back walk over such an array, which the hardware does follow, but not far
//   enough ahead to hide the wait on memory at every few tokens (prefetch_ahead).
// Both are no-ops where the compiler has no such hint.
#pragma once

#include <cstddef>

namespace warta::detail {

// Asks for the cache lines of the `bytes` bytes at `p` (one or two lines: an object no larger than
// a line may straddle two).
inline void prefetch_object(const void* p, std::size_t bytes) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(p);
  __builtin_prefetch(static_cast<const char*>(p) + bytes - 1);
#else
  static_cast<void>(p);
  static_cast<void>(bytes);
#endif
}

// Below this much text a document's per-token arrays stay in cache from one stage to the next,
// and a walk over them asks for nothing ahead: the hints would only cost their instructions (about
// 1.3 % of the corpus's, whose articles are a few KB).
inline constexpr std::size_t kPrefetchAheadMinText = std::size_t{256} << 10;

// How far ahead of a front-to-back walk to ask: 32 lines, as much as a walk that reads a few bytes
// of each 24-byte token passes in a hundred tokens or so. The address may lie past the array's
// end: a prefetch never faults.
inline constexpr std::size_t kPrefetchAheadBytes = 2048;

// Asks for the line kPrefetchAheadBytes past `p`, for a walk that is at `p` now. Called at every
// element: asking again for a line already on its way costs next to nothing.
inline void prefetch_ahead(const void* p) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(static_cast<const char*>(p) + kPrefetchAheadBytes);
#else
  static_cast<void>(p);
#endif
}

// The same for a walk that writes front to back into an array written a whole call before (or
// never): the line is fetched ahead, for writing, so the stores do not wait for it.
inline void prefetch_ahead_for_write(const void* p) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(static_cast<const char*>(p) + kPrefetchAheadBytes, 1);
#else
  static_cast<void>(p);
#endif
}

}  // namespace warta::detail
