// The baseline the pipeline is compared with: what `wc -w` does to the same bytes — decode UTF-8 and
// count maximal runs of non-space code points. It reads every byte once and allocates nothing, so it
// is the cheapest pass a tool that understands UTF-8 text can make.
#pragma once

#include <cstddef>
#include <string_view>

namespace warta::bench {

// Words in `text`. Invalid bytes count as (non-space) characters, as in wc.
std::size_t count_words(std::string_view text);

}  // namespace warta::bench
