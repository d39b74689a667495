#include "text/utf8.hpp"

#include <utf8proc.h>

namespace warta::detail {

std::size_t decode_utf8(std::string_view s, std::size_t at, char32_t& cp) noexcept {
  if (at >= s.size()) return 0;
  auto b = static_cast<unsigned char>(s[at]);
  if (b < 0x80) {
    cp = b;
    return 1;
  }
  utf8proc_int32_t c = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + at),
                            static_cast<utf8proc_ssize_t>(s.size() - at), &c);
  if (n <= 0) return 0;
  cp = static_cast<char32_t>(c);
  return static_cast<std::size_t>(n);
}

void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::size_t valid_utf8_prefix(std::string_view s) noexcept {
  std::size_t at = ascii_run_end(s, 0);
  while (at < s.size()) {
    char32_t cp;
    std::size_t n = decode_utf8(s, at, cp);
    if (n == 0) return at;
    at = ascii_run_end(s, at + n);
  }
  return at;
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t at = 0;
  while (at < s.size()) {
    std::size_t good = valid_utf8_prefix(s.substr(at));
    out.append(s.substr(at, good));
    at += good;
    if (at < s.size()) {
      out.append("\xEF\xBF\xBD");
      ++at;
    }
  }
  return out;
}

}  // namespace warta::detail
