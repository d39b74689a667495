// NameStarts: the first two bytes of the names the grouping's second look may match.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace warta::detail {

// The first two bytes of the names the grouping's second look may match, as bits, so that most of
// the words it meets, which start none of them, are passed over before any key is made. A name key
// leaves out bytes below 64 only (hyphens, apostrophes, dots, spaces), so a token whose first two
// bytes are 64 or more opens the key of every span it starts with those two bytes; a name noted
// that does not start so makes every span a possible start.
class NameStarts {
 public:
  // A name's start as add_code() takes it: the slot of its first token's two bytes, or kAny for a
  // name that may match a span starting anyhow. Taken where the name's tokens are read anyway
  // (MentionFinder::keep), so that noting it later reads no token.
  static constexpr std::uint16_t kAny = 0xFFFF;
  static std::uint16_t code(std::string_view fold) noexcept {
    return plain(fold) ? static_cast<std::uint16_t>(slot(fold)) : kAny;
  }
  void add_code(std::uint16_t code) noexcept {
    if (code == kAny) {
      every_ = true;
      return;
    }
    bits_[code >> 6] |= std::uint64_t{1} << (code & 63);
  }
  // Notes a name whose first token folds to `fold`.
  void add(std::string_view fold) noexcept { add_code(code(fold)); }
  // May a span whose first token folds to `fold` be one of the names noted?
  bool may_start(std::string_view fold) const noexcept {
    return fold.size() < 2 || may_start(byte(fold, 0), byte(fold, 1));
  }
  // The first two bytes of a word folded to `fold`, as the facts writer keeps them for the
  // capitalized words (CapStart): no more than a copy, the test being left to the look that needs
  // it. 0 for a word of fewer bytes.
  static std::uint32_t first_bytes(std::string_view fold) noexcept {
    if (fold.size() < 2) return 0;
    return kTwoBytes | byte(fold, 0) | byte(fold, 1) << 8;
  }
  // may_start() of a word whose first_bytes() are `bytes`.
  bool may_start_bytes(std::uint32_t bytes) const noexcept {
    return !(bytes & kTwoBytes) || may_start(bytes & 0xFF, (bytes >> 8) & 0xFF);
  }

 private:
  static constexpr std::uint32_t kTwoBytes = 1u << 16;
  static unsigned byte(std::string_view fold, std::size_t at) noexcept { return static_cast<unsigned char>(fold[at]); }
  // A name key leaves out no byte of 64 or more: a token whose first two bytes are such opens its
  // key with them.
  static bool plain(unsigned first, unsigned second) noexcept { return first >= 64 && second >= 64; }
  static bool plain(std::string_view fold) noexcept { return fold.size() >= 2 && plain(byte(fold, 0), byte(fold, 1)); }
  // The low five bits of each byte: every pair of ASCII letters has a slot of its own.
  static unsigned slot(unsigned first, unsigned second) noexcept { return (first & 31u) << 5 | (second & 31u); }
  static unsigned slot(std::string_view fold) noexcept { return slot(byte(fold, 0), byte(fold, 1)); }
  bool may_start(unsigned first, unsigned second) const noexcept {
    if (every_ || !plain(first, second)) return true;
    const unsigned s = slot(first, second);
    return ((bits_[s >> 6] >> (s & 63)) & 1) != 0;
  }

  std::array<std::uint64_t, 16> bits_{};
  bool every_ = false;
};

}  // namespace warta::detail
