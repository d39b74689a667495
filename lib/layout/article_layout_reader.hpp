// Entry point of the layout reader (see article_layout.cpp for how a page is read).
#pragma once

#include <string_view>

#include "dates/date_finder.hpp"
#include "layout/article_layout.hpp"

namespace warta::detail {

struct LayoutHints {
  bool title_given = false;  // the caller passed the title: the text is the body
  bool body_only = false;    // a bare sentence or paragraph: no header or footer
};

// `text` is the work text; header timestamps are read with `dates`.
ArticleLayout read_layout(std::string_view text, const LayoutHints& hints, const DateFinder& dates);

}  // namespace warta::detail
