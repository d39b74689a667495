#include "pipeline_pass.hpp"

#include <atomic>
#include <functional>
#include <stdexcept>
#include <string_view>
#include <thread>

#include "measure.hpp"
#include "warta/json.hpp"

namespace warta::bench {
namespace {

// The output is hashed, not kept, to compare passes; the hash runs inside the timed loop, so it
// is the library's word-at-a-time string hash, not a byte loop that would weigh on the figure.
std::uint64_t output_hash(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

// Reads articles off a shared counter until none are left; each slot of `out` is written by one
// thread only, so the workers share nothing but the counter and the Engine. Each worker reads
// every article into its one Result, as the CLI does.
void work(const warta::Engine& engine, const Corpus& corpus, const warta::Options& options,
          std::atomic<std::size_t>& next, PassResult& out, std::atomic<std::size_t>& errors) {
  const bool timed = !out.latencies.empty();
  warta::Result result;
  for (std::size_t i = next.fetch_add(1, std::memory_order_relaxed); i < corpus.articles.size();
       i = next.fetch_add(1, std::memory_order_relaxed)) {
    const warta::InputRecord& article = corpus.articles[i];
    const auto start = Clock::now();
    try {
      const warta::JsonOptions json_options{.id = article.id};
      engine.extract(article.input(), options, result);
      out.output_hashes[i] = output_hash(warta::to_json(result, json_options));
    } catch (const warta::Error& e) {
      out.output_hashes[i] = output_hash(e.what());
      errors.fetch_add(1, std::memory_order_relaxed);
    }
    if (timed) out.latencies[i] = seconds_since(start);
  }
}

}  // namespace

PassResult run_pass(const warta::Engine& engine, const Corpus& corpus, const warta::Options& options,
                    unsigned threads, bool record_latencies) {
  PassResult result;
  result.output_hashes.assign(corpus.articles.size(), 0);
  if (record_latencies) result.latencies.assign(corpus.articles.size(), 0.0);
  std::atomic<std::size_t> next{0}, errors{0};
  const double cpu_start = cpu_seconds();
  const auto start = Clock::now();
  if (threads <= 1) {
    work(engine, corpus, options, next, result, errors);
  } else {
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < threads; ++t)
      workers.emplace_back([&] { work(engine, corpus, options, next, result, errors); });
  }  // the jthreads join here, inside the timed region
  result.seconds = seconds_since(start);
  result.cpu_seconds = cpu_seconds() - cpu_start;
  result.errors = errors.load();
  return result;
}

PassResult best_of(int repeat, const warta::Engine& engine, const Corpus& corpus, const warta::Options& options,
                   unsigned threads, bool record_latencies) {
  PassResult best = run_pass(engine, corpus, options, threads, record_latencies);
  for (int r = 1; r < repeat; ++r) {
    PassResult again = run_pass(engine, corpus, options, threads, record_latencies);
    if (again.output_hashes != best.output_hashes)
      throw std::runtime_error("two passes with the same options gave different output");
    if (again.seconds < best.seconds) best = std::move(again);
  }
  return best;
}

}  // namespace warta::bench
