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
#include "text/input_mapper.hpp"
#include "warta/result.hpp"

namespace warta::detail {

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
// Summits arrive with work-text spans; their spans are mapped in place. (The attribution stage
// writes its records into the result itself, as it finds them.)
void assemble_summits(const Document& doc, std::vector<Summit> summits, std::vector<Summit>& out);

}  // namespace warta::detail
