// Mojibake: UTF-8 text that was decoded as a single-byte charset (Windows-1252 or Mac Roman) and
// encoded to UTF-8 again, so "“" (E2 80 9C) reads "â€œ" or "‚Äú" and a no-break space "Â " or "¬†".
//
// The reverse tables (code point -> the byte it came from) are built once per engine from
// Boost.Locale's charset conversion, so no charset table is typed by hand here.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace warta::detail {

class MojibakeTables {
 public:
  MojibakeTables();  // asks Boost.Locale for both charsets' upper halves

  // The byte a code point stands for in charset `cs` (0: Windows-1252, 1: Mac Roman), or -1.
  int byte_of(int cs, char32_t cp) const noexcept;

 private:
  std::array<std::unordered_map<char32_t, std::uint8_t>, 2> reverse_;
};

struct MojibakeMatch {
  std::size_t length = 0;   // bytes of `text` consumed (0: no match)
  char32_t repaired = 0;    // the code point the sequence encoded
};

// Is there a mis-decoded UTF-8 sequence at the start of `text`? Only sequences that decode to a
// well-formed multi-byte UTF-8 character count, which keeps genuine Latin-1 letters intact.
MojibakeMatch match_mojibake(const MojibakeTables& tables, std::string_view text) noexcept;

}  // namespace warta::detail
