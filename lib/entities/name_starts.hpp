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
    if (every_ || !plain(fold)) return true;
    const unsigned s = slot(fold);
    return ((bits_[s >> 6] >> (s & 63)) & 1) != 0;
  }

 private:
  static bool plain(std::string_view fold) noexcept {
    return fold.size() >= 2 && static_cast<unsigned char>(fold[0]) >= 64 && static_cast<unsigned char>(fold[1]) >= 64;
  }
  // The low five bits of each byte: every pair of ASCII letters has a slot of its own.
  static unsigned slot(std::string_view fold) noexcept {
    return (static_cast<unsigned char>(fold[0]) & 31u) << 5 | (static_cast<unsigned char>(fold[1]) & 31u);
  }

  std::array<std::uint64_t, 16> bits_{};
  bool every_ = false;
};

}  // namespace warta::detail
