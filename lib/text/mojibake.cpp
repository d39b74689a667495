#include "text/mojibake.hpp"

#include <boost/locale/encoding.hpp>
#include <string>
#include <vector>
#include <utf8proc.h>

#include "text/utf8.hpp"

namespace warta::detail {
namespace {

constexpr const char* kCharsets[2] = {"windows-1252", "macintosh"};

// Converts one byte (0x80..0xFF) of `charset` to its code point, or 0 when the charset leaves
// the byte undefined (Windows-1252 has five such holes).
char32_t decode_byte(const char* charset, unsigned char b) {
  std::string in(1, static_cast<char>(b));
  std::string out;
  try {
    out = boost::locale::conv::to_utf<char>(in, charset, boost::locale::conv::stop);
  } catch (const boost::locale::conv::conversion_error&) {
    return 0;
  } catch (const boost::locale::conv::invalid_charset_error&) {
    return 0;
  }
  char32_t cp = 0;
  return decode_utf8(out, 0, cp) == out.size() && !out.empty() ? cp : 0;
}

}  // namespace

MojibakeTables::MojibakeTables() {
  for (int cs = 0; cs < 2; ++cs) {
    // One conversion for the whole upper half; fall back to byte by byte when the charset has holes
    // (the bulk result then does not line up with the bytes).
    std::string upper;
    for (int b = 0x80; b <= 0xFF; ++b) upper.push_back(static_cast<char>(b));
    std::string utf8;
    try {
      utf8 = boost::locale::conv::to_utf<char>(upper, kCharsets[cs], boost::locale::conv::stop);
    } catch (const std::exception&) {
      utf8.clear();
    }
    std::vector<char32_t> cps;
    for (std::size_t at = 0; at < utf8.size();) {
      char32_t cp = 0;
      auto n = decode_utf8(utf8, at, cp);
      if (n == 0) break;
      cps.push_back(cp);
      at += n;
    }
    if (cps.size() == 128) {
      for (int i = 0; i < 128; ++i) reverse_[cs].emplace(cps[i], static_cast<std::uint8_t>(0x80 + i));
    } else {
      for (int b = 0x80; b <= 0xFF; ++b)
        if (char32_t cp = decode_byte(kCharsets[cs], static_cast<unsigned char>(b)))
          reverse_[cs].emplace(cp, static_cast<std::uint8_t>(b));
    }
  }
  // Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; decoders (browsers, Python's
  // latin-1 fallback) pass them through as the C1 control with the same number, which is how the
  // closing quote "”" (E2 80 9D) reaches us as "â€" + U+009D.
  std::array<bool, 0x20> defined{};
  for (const auto& [cp, b] : reverse_[0])
    if (b < 0xA0) defined[b - 0x80] = true;
  for (int b = 0x80; b < 0xA0; ++b)
    if (!defined[b - 0x80]) reverse_[0].emplace(static_cast<char32_t>(b), static_cast<std::uint8_t>(b));
}

int MojibakeTables::byte_of(int cs, char32_t cp) const noexcept {
  auto it = reverse_[cs].find(cp);
  return it == reverse_[cs].end() ? -1 : it->second;
}

MojibakeMatch match_mojibake(const MojibakeTables& tables, std::string_view text) noexcept {
  char32_t first = 0;
  std::size_t n0 = decode_utf8(text, 0, first);
  if (n0 == 0 || first < 0x80) return {};
  for (int cs = 0; cs < 2; ++cs) {
    int lead = tables.byte_of(cs, first);
    if (lead < 0xC2 || lead > 0xF4) continue;
    std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    unsigned char bytes[4] = {static_cast<unsigned char>(lead), 0, 0, 0};
    std::size_t at = n0;
    bool ok = true;
    for (std::size_t k = 1; k < need && ok; ++k) {
      char32_t cp = 0;
      std::size_t n = decode_utf8(text, at, cp);
      int b = n ? tables.byte_of(cs, cp) : -1;
      // A no-break space that a later step turned into a plain space: "Â " stands for C2 A0.
      if (b < 0 && cs == 0 && lead == 0xC2 && need == 2 && cp == U' ') b = 0xA0;
      if (b < 0x80 || b > 0xBF) {
        ok = false;
        break;
      }
      bytes[k] = static_cast<unsigned char>(b);
      at += n;
    }
    if (!ok) continue;
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(need), &cp);
    if (n != static_cast<utf8proc_ssize_t>(need) || cp < 0x80) continue;
    return {at, static_cast<char32_t>(cp)};
  }
  return {};
}

}  // namespace warta::detail
