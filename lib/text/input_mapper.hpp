// Work-text spans mapped back to the input the caller gave, and the input's bytes they cover.
#pragma once

#include <cstddef>
#include <vector>

#include "text/source_text.hpp"
#include "warta/result.hpp"

namespace warta::detail {

// Maps work-text spans back to the input, as SourceText::to_orig_start / to_orig_end do, for
// spans asked in (mostly) text order: a cursor over the edits steps from where the last span was,
// where a search per span would read a long repaired body's edit list at random. A span that
// ends before the first edit (every span of an article that needed no repair) is its own input
// span. A step back, or a long way ahead, is a search, so any order takes O(log edits) a span.
class InputMapper {
 public:
  explicit InputMapper(const SourceText& src) noexcept;
  Span operator()(std::size_t start, std::size_t end) noexcept {
    if (end < unedited_end_) return {start, end};
    return {orig_start(start), orig_end(end)};
  }
  Span operator()(const Span& work) noexcept { return (*this)(work.start, work.end); }

 private:
  std::size_t orig_start(std::size_t pos) noexcept;
  std::size_t orig_end(std::size_t pos) noexcept;
  // Moves the cursor to the number of edits that start at or before `pos`, and returns it.
  std::size_t seek(std::size_t pos) noexcept;

  const std::vector<TextEdit>& edits_;
  std::size_t unedited_end_;  // where the first edit starts (no edit: past any offset)
  std::size_t next_ = 0;      // edits before the cursor start at or before the last position
};

// `t` made the input span of work span [start, end) and the input's bytes there (valid UTF-8), written
// where it lies (no TextSpan built aside, moved in and destroyed), into the memory its text holds.
void assign_text_span(TextSpan& t, const SourceText& src, InputMapper& to_input, std::size_t start, std::size_t end);

}  // namespace warta::detail
