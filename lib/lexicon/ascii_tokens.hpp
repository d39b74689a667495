// A fast path for the lexicon's names, nearly all of them ASCII: splits and folds an ASCII string
// exactly as tokenize() (text/token.hpp) would, without decoding code points.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

// Appends the folded tokens of `s` to `out` as views into `folded` (cleared first). Returns false,
// leaving `out` empty, when `s` is not ASCII.
bool fold_ascii_tokens(std::string_view s, std::string& folded, std::vector<std::string_view>& out);

}  // namespace warta::detail
