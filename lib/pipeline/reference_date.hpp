// The article's reference date: the caller's hint, the header stamp, or a "hari ini" statement.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "dates/date_finder.hpp"
#include "layout/article_layout.hpp"

namespace warta::detail {

struct Document;

// "2024-06-19", "2024-06-19T10:00", "2024-06-19T10:00:00" (a trailing zone is accepted and kept).
std::optional<CivilTime> parse_reference_date(std::string_view iso);


// "… hari ini, Rabu (19/6/2024)" in the opening paragraphs: the date the report calls today.
std::optional<CivilTime> stated_today(const Document& doc, std::span<const DateFinding> dates);

}  // namespace warta::detail
