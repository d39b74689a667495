// The text the pipeline reads, and the way back to the caller's bytes.
//
// The input is validated (invalid UTF-8 rejected or replaced) and, when asked, mojibake is undone.
// Each change is one Edit; everything downstream works on `work` and maps its offsets back through
// the edits, so every span the library reports indexes the original input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "warta/engine.hpp"

namespace warta::detail {

class MojibakeTables;
struct PrepareStats;

struct TextEdit {
  std::size_t work_start, work_end;  // replacement in `work`
  std::size_t orig_start, orig_end;  // what it replaced in the input

  // A work-text offset at or past work_start (and before the next edit) in the input: a start
  // inside the replacement widens to the replaced text's start, an end inside it or at its end to
  // the replaced text's end; past the replacement, offsets shift by the length change.
  std::size_t orig_start_of(std::size_t pos) const noexcept { return pos < work_end ? orig_start : orig_end + (pos - work_end); }
  std::size_t orig_end_of(std::size_t pos) const noexcept { return pos <= work_end ? orig_end : orig_end + (pos - work_end); }
};

class SourceText {
 public:
  SourceText() = default;
  // `work` may view the owned repair, so moving re-points it and copying is not offered.
  SourceText(SourceText&& other) noexcept;
  SourceText& operator=(SourceText&& other) noexcept;
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;

  std::string_view original;         // the caller's bytes (not owned)
  std::string_view work;             // valid UTF-8: `original` itself unless an edit was needed
  std::vector<TextEdit> edits;       // ascending, non-overlapping

  bool identity() const noexcept { return edits.empty(); }
  // Is the caller's input valid UTF-8 throughout? True also when mojibake was repaired: a repair
  // replaces valid UTF-8 with valid UTF-8, and only invalid bytes make the input differ from it.
  bool original_is_utf8() const noexcept { return original_is_utf8_; }
  // Map a start (resp. end) offset in `work` to the input. A position inside a replaced sequence
  // widens to the whole original sequence, so a span never cuts an original character in half.
  std::size_t to_orig_start(std::size_t work_pos) const noexcept;
  std::size_t to_orig_end(std::size_t work_pos) const noexcept;

 private:
  friend SourceText prepare_text(std::string_view, InvalidUtf8, const MojibakeTables*, PrepareStats&);
  std::string repaired_;             // the work text, when it differs from the input
  bool original_is_utf8_ = true;
};

struct PrepareStats {
  std::size_t invalid_replaced = 0;
  std::size_t mojibake_repaired = 0;
};

// Throws warta::Error{invalid_utf8} with the offset of the first bad byte when mode is reject.
SourceText prepare_text(std::string_view input, InvalidUtf8 mode, const MojibakeTables* mojibake,
                        PrepareStats& stats);

// The input bytes of an original span as valid UTF-8 (bad bytes read as U+FFFD).
std::string original_slice_checked(const SourceText& src, std::size_t orig_start, std::size_t orig_end);

// The same, written into `out` (its memory reused); inline because every mention and quotation of
// the result takes one, straight into its place in the result. When the input is valid UTF-8
// throughout, a slice that starts and ends on code point boundaries (as every span from tokens
// does) is copied as it is.
inline void assign_original_slice(std::string& out, const SourceText& src, std::size_t orig_start,
                                  std::size_t orig_end) {
  const std::string_view in = src.original;
  auto boundary = [&](std::size_t at) { return at == in.size() || (static_cast<unsigned char>(in[at]) & 0xC0) != 0x80; };
  if (src.original_is_utf8() && orig_start <= orig_end && orig_end <= in.size() && boundary(orig_start) && boundary(orig_end))
    out.assign(in.data() + orig_start, orig_end - orig_start);
  else
    out = original_slice_checked(src, orig_start, orig_end);
}

inline std::string original_slice(const SourceText& src, std::size_t orig_start, std::size_t orig_end) {
  std::string out;
  assign_original_slice(out, src, orig_start, orig_end);
  return out;
}

}  // namespace warta::detail
