#include "text/source_text.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "text/mojibake.hpp"
#include "text/utf8.hpp"

namespace warta::detail {

std::size_t SourceText::to_orig_start(std::size_t pos) const noexcept {
  if (edits.empty()) return pos;
  // The last edit starting at or before pos.
  auto it = std::upper_bound(edits.begin(), edits.end(), pos,
                             [](std::size_t p, const TextEdit& e) { return p < e.work_start; });
  if (it == edits.begin()) return pos;
  const TextEdit& e = *std::prev(it);
  if (pos < e.work_end) return e.orig_start;
  return e.orig_end + (pos - e.work_end);
}

std::size_t SourceText::to_orig_end(std::size_t pos) const noexcept {
  if (edits.empty()) return pos;
  // The last edit starting before pos: an end inside or at the end of a replacement widens to it.
  auto it = std::lower_bound(edits.begin(), edits.end(), pos,
                             [](const TextEdit& e, std::size_t p) { return e.work_start < p; });
  if (it == edits.begin()) return pos;
  const TextEdit& e = *std::prev(it);
  if (pos <= e.work_end) return e.orig_end;
  return e.orig_end + (pos - e.work_end);
}

SourceText prepare_text(std::string_view input, InvalidUtf8 mode, const MojibakeTables* mojibake,
                        PrepareStats& stats) {
  SourceText src;
  src.original = input;
  std::size_t first_bad = valid_utf8_prefix(input);
  if (first_bad < input.size() && mode == InvalidUtf8::reject)
    throw Error(ErrorCode::invalid_utf8,
                fmt::format("input is not valid UTF-8: bad byte 0x{:02X} at byte offset {}",
                            static_cast<unsigned char>(input[first_bad]), first_bad),
                first_bad);
  src.work.reserve(input.size());
  std::size_t at = 0;
  while (at < input.size()) {
    auto b = static_cast<unsigned char>(input[at]);
    if (b < 0x80) {
      // Copy the ASCII run in one go.
      std::size_t end = at + 1;
      while (end < input.size() && static_cast<unsigned char>(input[end]) < 0x80) ++end;
      src.work.append(input.substr(at, end - at));
      at = end;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = decode_utf8(input, at, cp);
    if (n == 0) {  // only reachable in replace mode
      std::size_t w = src.work.size();
      src.work.append("\xEF\xBF\xBD");
      src.edits.push_back({w, src.work.size(), at, at + 1});
      ++stats.invalid_replaced;
      ++at;
      continue;
    }
    if (mojibake) {
      // A match never runs into an invalid byte: every code point of it was decoded.
      MojibakeMatch m = match_mojibake(*mojibake, input.substr(at, std::min<std::size_t>(16, input.size() - at)));
      if (m.length > 0 && valid_utf8_prefix(input.substr(at, m.length)) == m.length) {
        std::size_t w = src.work.size();
        append_utf8(src.work, m.repaired);
        src.edits.push_back({w, src.work.size(), at, at + m.length});
        ++stats.mojibake_repaired;
        at += m.length;
        continue;
      }
    }
    src.work.append(input.substr(at, n));
    at += n;
  }
  return src;
}

std::string original_slice(const SourceText& src, std::size_t orig_start, std::size_t orig_end) {
  orig_end = std::min(orig_end, src.original.size());
  orig_start = std::min(orig_start, orig_end);
  return sanitize_utf8(src.original.substr(orig_start, orig_end - orig_start));
}

}  // namespace warta::detail
