// Entry point of the layout reader (see article_layout.cpp for how a page is read).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dates/date_finder.hpp"
#include "layout/article_layout.hpp"

namespace warta::detail {

struct LayoutHints {
  bool title_given = false;  // the caller passed the title: the text is the body
  bool body_only = false;    // a bare sentence or paragraph: no header or footer
};

// A line of the text, trimmed: work offsets.
struct LayoutLine {
  std::uint32_t start, end;
};

// The reader's lists, kept between articles by a caller that wants their memory reused.
struct LayoutBuffers {
  std::vector<LayoutLine> lines;
  // Memory for the next layout's blocks: a caller gives ArticleLayout::blocks back when done with it.
  std::vector<Block> blocks;
  // What they hold on to: their capacity, whatever their size.
  std::size_t capacity_bytes() const noexcept {
    return lines.capacity() * sizeof(LayoutLine) + blocks.capacity() * sizeof(Block);
  }
};

// `text` is the work text; header timestamps are read with `dates`.
ArticleLayout read_layout(std::string_view text, const LayoutHints& hints, const DateFinder& dates);
// The same, its lines listed in `buffers`, its blocks in the memory of buffers.blocks (taken).
ArticleLayout read_layout(std::string_view text, const LayoutHints& hints, const DateFinder& dates,
                          LayoutBuffers& buffers);

}  // namespace warta::detail
