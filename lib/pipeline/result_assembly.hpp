// Turning the stages' work-text findings into the public Result: offsets mapped back to the
// input, texts cut from the input, ids checked.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "dates/date_finder.hpp"
#include "entities/entity_table.hpp"
#include "pipeline/document.hpp"
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

// Each writes its part of a Result over what an earlier result left there, in the memory that
// holds (see Engine::extract into a Result), and leaves nothing of it behind.
//
// The layout's names (authors, editors, outlet, dateline place) are moved into the result: call
// it after every stage that reads them.
void assemble_article(Document& doc, std::optional<std::string_view> given_title, Article& out);
// The table's strings are copied into entities an earlier result left (so that its records keep
// their memory for the next call) and moved into new ones; its records' mention counts are used
// up. Call it after every stage that reads the table.
void assemble_entities(const Document& doc, EntityTable& table, std::vector<Entity>& out);
// The findings' values are moved into the result.
void assemble_dates(const Document& doc, std::span<DateFinding> dates, std::vector<DateMention>& out);
// Summits and attributions arrive with work-text spans; their spans are mapped in place.
void assemble_summits(const Document& doc, std::vector<Summit> summits, std::vector<Summit>& out);
void assemble_attributions(const Document& doc, std::vector<Attribution>&& atts, std::vector<Attribution>& out);

}  // namespace warta::detail
