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

// The layout's names (authors, editors, outlet, dateline place) are moved into the result: call
// it after every stage that reads them.
void assemble_article(Document& doc, std::optional<std::string_view> given_title, Article& out);
// The table's strings are moved into the result: call it after every stage that reads the table.
void assemble_entities(const Document& doc, EntityTable&& table, std::vector<Entity>& out);
// The findings' values are moved into the result.
void assemble_dates(const Document& doc, std::span<DateFinding> dates, std::vector<DateMention>& out);
// Summits and attributions arrive with work-text spans; their spans are mapped in place.
void assemble_summits(const Document& doc, std::vector<Summit> summits, std::vector<Summit>& out);
void assemble_attributions(const Document& doc, std::vector<Attribution> atts, std::vector<Attribution>& out);

}  // namespace warta::detail
