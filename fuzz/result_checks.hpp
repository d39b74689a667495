// Properties every warta::Result must have, whatever the input: spans inside the input, span texts
// equal to the bytes they name (when nothing was repaired), ids that refer to existing entities,
// and warta/1 JSON that parses.
#pragma once

#include <string_view>

#include "warta/result.hpp"

namespace warta::fuzz {

// `text` is the text given to extract(); `title_separate` says a title came on its own, whose
// spans are not checked against `text`. Calls fail() on the first broken property.
void check_result(const warta::Result& result, std::string_view text, bool title_separate);

}  // namespace warta::fuzz
