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
  return it == edits.begin() ? pos : std::prev(it)->orig_start_of(pos);
}

std::size_t SourceText::to_orig_end(std::size_t pos) const noexcept {
  if (edits.empty()) return pos;
  // The last edit starting before pos: an end inside or at the end of a replacement widens to it.
  auto it = std::lower_bound(edits.begin(), edits.end(), pos,
                             [](const TextEdit& e, std::size_t p) { return e.work_start < p; });
  return it == edits.begin() ? pos : std::prev(it)->orig_end_of(pos);
}

SourceText::SourceText(SourceText&& other) noexcept
    : original(other.original), work(other.work), edits(std::move(other.edits)),
      repaired_(std::move(other.repaired_)), original_is_utf8_(other.original_is_utf8_) {
  if (!edits.empty()) work = repaired_;
  other.work = other.original;
}

SourceText& SourceText::operator=(SourceText&& other) noexcept {
  if (this == &other) return *this;
  original = other.original;
  edits = std::move(other.edits);
  repaired_ = std::move(other.repaired_);
  original_is_utf8_ = other.original_is_utf8_;
  work = edits.empty() ? other.work : std::string_view(repaired_);
  other.work = other.original;
  return *this;
}

namespace {

// Can a mojibake sequence start with the code point input[at, at + n)? Every match goes on with a
// second mis-decoded code point, and both charsets' upper halves decode to non-ASCII ones, so it
// needs a non-ASCII byte next, or the "Â " (C3 82, space) that stands for a no-break space. Clean
// text nearly never has either, so match_mojibake is seldom asked.
bool may_start_mojibake(std::string_view input, std::size_t at, std::size_t n) noexcept {
  if (at + n >= input.size()) return false;
  auto next = static_cast<unsigned char>(input[at + n]);
  return next >= 0x80 || (next == ' ' && n == 2 && input[at] == '\xC3' && input[at + 1] == '\x82');
}

}  // namespace

SourceText prepare_text(std::string_view input, InvalidUtf8 mode, const MojibakeTables* mojibake,
                        PrepareStats& stats) {
  SourceText src;
  src.original = input;
  src.original_is_utf8_ = true;
  // The work text is the input itself until the first edit; from then on it is built in
  // repaired_, input[copied, at) still to be appended.
  std::size_t copied = 0;
  auto replace = [&](std::size_t at, std::size_t len, char32_t cp) {
    if (src.edits.empty()) {
      src.repaired_.reserve(input.size() + 16);
      // A page that needs one repair mostly needs several (one mis-decoded quotation mark is
      // seldom alone): room for a few saves regrowing the list one edit at a time.
      src.edits.reserve(8);
    }
    src.repaired_.append(input.substr(copied, at - copied));
    std::size_t w = src.repaired_.size();
    append_utf8(src.repaired_, cp);
    src.edits.push_back({w, src.repaired_.size(), at, at + len});
    copied = at + len;
  };
  // One pass checks the encoding and looks for mojibake at each non-ASCII code point. The first
  // bad byte is always reached here: a mojibake match never runs over one (each of its code
  // points is checked), so a rejected input throws with the offset of its first bad byte.
  std::size_t at = ascii_run_end(input, 0);
  while (at < input.size()) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(input, at, cp);
    if (n == 0) {
      if (mode == InvalidUtf8::reject)
        throw Error(ErrorCode::invalid_utf8,
                    fmt::format("input is not valid UTF-8: bad byte 0x{:02X} at byte offset {}",
                                static_cast<unsigned char>(input[at]), at),
                    at);
      src.original_is_utf8_ = false;
      replace(at, 1, 0xFFFD);
      ++stats.invalid_replaced;
      at = ascii_run_end(input, at + 1);
      continue;
    }
    if (mojibake && may_start_mojibake(input, at, n)) {
      MojibakeMatch m = match_mojibake(*mojibake, input.substr(at, std::min<std::size_t>(16, input.size() - at)));
      if (m.length > 0 && valid_utf8_prefix(input.substr(at, m.length)) == m.length) {
        replace(at, m.length, m.repaired);
        ++stats.mojibake_repaired;
        at = ascii_run_end(input, at + m.length);
        continue;
      }
    }
    at = ascii_run_end(input, at + n);
  }
  if (src.edits.empty()) {
    src.work = input;
  } else {
    src.repaired_.append(input.substr(copied));
    src.work = src.repaired_;
  }
  return src;
}

std::string original_slice_checked(const SourceText& src, std::size_t orig_start, std::size_t orig_end) {
  orig_end = std::min(orig_end, src.original.size());
  orig_start = std::min(orig_start, orig_end);
  return sanitize_utf8(src.original.substr(orig_start, orig_end - orig_start));
}

}  // namespace warta::detail
