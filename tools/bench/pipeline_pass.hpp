// One timed pass of the pipeline over the whole corpus: extract + to_json for every article, on a
// given number of threads sharing one Engine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "corpus.hpp"
#include "warta/engine.hpp"

namespace warta::bench {

struct PassResult {
  double seconds = 0;                        // wall time of the pass
  double cpu_seconds = 0;                    // CPU time of the pass, all threads
  std::vector<std::uint64_t> output_hashes;  // hash of each article's warta/1 JSON, in corpus order
  std::vector<double> latencies;             // seconds per article, when asked for
  std::size_t errors = 0;                    // articles that threw warta::Error (their message is hashed)
};

PassResult run_pass(const warta::Engine& engine, const Corpus& corpus, const warta::Options& options,
                    unsigned threads, bool record_latencies);

// Best (shortest) of `repeat` passes; the outputs of every pass must agree, else std::runtime_error.
PassResult best_of(int repeat, const warta::Engine& engine, const Corpus& corpus, const warta::Options& options,
                   unsigned threads, bool record_latencies);

}  // namespace warta::bench
