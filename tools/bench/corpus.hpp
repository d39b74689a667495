// The benchmark corpus: JSON Lines input records (warta/jsonl.hpp, the reader the CLI uses) loaded
// into memory before anything is timed.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "warta/jsonl.hpp"

namespace warta::bench {

// Text + title bytes: what the pipeline and the word-count baseline both read.
inline std::size_t bytes_of(const warta::InputRecord& r) { return r.text.size() + (r.title ? r.title->size() : 0); }

struct Corpus {
  std::vector<warta::InputRecord> articles;
  std::size_t bytes = 0;  // sum of bytes_of over the articles
};

// Reads every record of every file. Throws std::runtime_error naming file and line on an
// unreadable file or a malformed record: a benchmark over silently skipped articles would lie.
Corpus load_corpus(const std::vector<std::string>& paths);

}  // namespace warta::bench
