// For context next to the in-process baseline: the real `wc -w` over the same bytes.
#pragma once

#include <cstddef>
#include <string>

#include "corpus.hpp"

namespace warta::bench {

struct WcReference {
  double seconds = 0;      // wc's run time, the file already in the page cache
  std::size_t words = 0;   // what wc printed; equals the baseline's count when both read alike
};

// Writes the corpus (title and text of every article, each followed by a newline) to a temporary
// file, and times `wc_path -w FILE` on it with LC_ALL=C.UTF-8.
WcReference time_wc(const std::string& wc_path, const Corpus& corpus);

}  // namespace warta::bench
