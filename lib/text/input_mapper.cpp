#include "text/input_mapper.hpp"

#include <algorithm>
#include <limits>

namespace warta::detail {

InputMapper::InputMapper(const SourceText& src) noexcept
    : edits_(src.edits),
      unedited_end_(src.edits.empty() ? std::numeric_limits<std::size_t>::max() : src.edits.front().work_start) {}

std::size_t InputMapper::seek(std::size_t pos) noexcept {
  // Spans come in text order, so the cursor mostly stays or moves a step or two (a quotation's
  // speaker before it, a paragraph's first sentence after the paragraph); longer moves are a
  // search of the side the position lies on, so no order makes the walk long.
  constexpr std::size_t kSteps = 4;
  const auto starts_after = [](std::size_t p, const TextEdit& e) { return p < e.work_start; };
  const auto first = edits_.begin();
  std::size_t k = next_;
  for (std::size_t steps = 0; k > 0 && edits_[k - 1].work_start > pos; --k) {
    if (++steps > kSteps) {
      k = static_cast<std::size_t>(std::upper_bound(first, first + static_cast<std::ptrdiff_t>(k), pos, starts_after) - first);
      break;
    }
  }
  for (std::size_t steps = 0; k < edits_.size() && edits_[k].work_start <= pos; ++k) {
    if (++steps > kSteps) {
      k = static_cast<std::size_t>(std::upper_bound(first + static_cast<std::ptrdiff_t>(k), edits_.end(), pos, starts_after) - first);
      break;
    }
  }
  next_ = k;
  return k;
}

std::size_t InputMapper::orig_start(std::size_t pos) noexcept {
  // The last edit starting at or before pos.
  const std::size_t k = seek(pos);
  return k == 0 ? pos : edits_[k - 1].orig_start_of(pos);
}

std::size_t InputMapper::orig_end(std::size_t pos) noexcept {
  // The last edit starting before pos: an end inside or at the end of a replacement widens to it.
  std::size_t k = seek(pos);
  while (k > 0 && edits_[k - 1].work_start >= pos) --k;
  return k == 0 ? pos : edits_[k - 1].orig_end_of(pos);
}

void assign_text_span(TextSpan& t, const SourceText& src, InputMapper& to_input, std::size_t start, std::size_t end) {
  t.span = to_input(start, end);
  assign_original_slice(t.text, src, t.span.start, t.span.end);
}

}  // namespace warta::detail
