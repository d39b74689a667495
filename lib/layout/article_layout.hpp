// The layout of a scraped article: which lines are title, lead, byline, timestamp, dateline,
// related links and boilerplate, and which are body paragraphs. All spans index the work text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_finder.hpp"

namespace warta::detail {

struct WorkSpan {
  std::uint32_t start = 0, end = 0;
  bool empty() const noexcept { return end <= start; }
};

enum class BlockKind : std::uint8_t { headline, lead, body, caption };

struct Block {
  WorkSpan span;
  BlockKind kind = BlockKind::body;
};

struct DatelineInfo {
  WorkSpan span;                      // "TRIBUNNEWS.COM, JAKARTA -"
  std::optional<WorkSpan> place;      // "JAKARTA"
  std::optional<std::string> place_name;  // "Jakarta" (title-cased when written in capitals)
};


struct ArticleLayout {
  std::optional<WorkSpan> title;      // absent when none, or when the caller gave it separately
  std::optional<WorkSpan> lead;
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::optional<std::string> outlet;  // normalized name
  std::optional<DatelineInfo> dateline;
  std::optional<CivilTime> published;    // header stamp (or a "hari ini" statement)
  std::vector<WorkSpan> related;      // link texts of "Baca juga" lines
  std::vector<WorkSpan> boilerplate;  // everything left out of the body, for diagnostics
  // Text regions to read, in order: the headline, the lead and the body paragraphs (incl. captions).
  std::vector<Block> blocks;
};

}  // namespace warta::detail
