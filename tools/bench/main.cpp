// warta-bench: speed, scaling, memory and linearity of the warta pipeline (docs/performance.md).
//
//   warta-bench [options] CORPUS.jsonl...
//     --repeat N          timed corpus passes per configuration, best kept (default 1)
//     --threads N         the "all threads" scaling row (default: hardware threads)
//     --limit N           only the first N articles
//     --no-stages         skip the per-stage passes
//     --constructions N   engine constructions timed (default 7)
//     --dates-cases FILE  date normalization throughput on a cases.tsv file
//     --dateparser PY     ... and python3-dateparser's through that peer script (dateparser_jsonl.py)
//     --python PATH       interpreter for the peer (default /usr/bin/python3)
//     --dateparser-rounds N  times the peer reads every case (default 5)
//     --linearity         1 MB vs 10 MB bodies (steady state), and the prose's cost per MB by size
//     --wc PATH           also time the real `wc -w` on the same bytes (default /usr/bin/wc; "" skips)
//     --json              JSON instead of the table
//
//   warta-bench --body prose|quotes|one-line [--mb X] [--calls N]
//     One of the linearity bodies, X MB (default 1), extracted N times (default 2) into one
//     Result; prints each call's time and nothing else is measured. For profilers: the
//     instructions of one size against another (scripts/linear-work.sh).
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "corpus.hpp"
#include "date_bench.hpp"
#include "linearity.hpp"
#include "measure.hpp"
#include "pipeline_pass.hpp"
#include "report.hpp"
#include "warta/engine.hpp"
#include "wc_reference.hpp"
#include "word_count.hpp"

namespace wb = warta::bench;

namespace {

struct Settings {
  std::vector<std::string> corpus_files;
  int repeat = 1;
  unsigned threads = std::max(1U, std::thread::hardware_concurrency());
  std::size_t limit = 0;
  bool stages = true;
  int constructions = 7;
  std::string dates_cases, dateparser_script, python = "/usr/bin/python3";
  int dateparser_rounds = 5;
  bool linearity = false;
  std::string wc = "/usr/bin/wc";
  bool json = false;
  std::string body;  // --body: that body alone
  double body_mb = 1;
  int body_calls = 2;
  bool body_options = false;  // --mb or --calls given
};

[[noreturn]] void usage(const std::string& problem) {
  std::cerr << "warta-bench: " << problem << "\n"
            << "usage: warta-bench [--repeat N] [--threads N] [--limit N] [--no-stages] [--constructions N]\n"
               "                   [--dates-cases FILE [--dateparser SCRIPT] [--python PATH] [--dateparser-rounds N]]\n"
               "                   [--linearity] [--wc PATH] [--json] [CORPUS.jsonl...]\n"
               "       warta-bench --body prose|quotes|one-line [--mb X] [--calls N]\n";
  std::exit(2);
}

Settings parse_arguments(std::span<char*> args) {
  Settings s;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) usage(std::string(arg) + " needs a value");
      return args[++i];
    };
    const auto number = [&]() -> long {
      const std::string v = value();
      long n = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc{} || end != v.data() + v.size() || n < 1) usage(std::string(arg) + ": not a positive number: " + v);
      return n;
    };
    if (arg == "--repeat") s.repeat = static_cast<int>(number());
    else if (arg == "--threads") s.threads = static_cast<unsigned>(number());
    else if (arg == "--limit") s.limit = static_cast<std::size_t>(number());
    else if (arg == "--no-stages") s.stages = false;
    else if (arg == "--constructions") s.constructions = static_cast<int>(number());
    else if (arg == "--dates-cases") s.dates_cases = value();
    else if (arg == "--dateparser") s.dateparser_script = value();
    else if (arg == "--python") s.python = value();
    else if (arg == "--dateparser-rounds") s.dateparser_rounds = static_cast<int>(number());
    else if (arg == "--linearity") s.linearity = true;
    else if (arg == "--wc") s.wc = value();
    else if (arg == "--json") s.json = true;
    else if (arg == "--body") s.body = value();
    else if (arg == "--mb") {
      const std::string v = value();
      char* end = nullptr;
      s.body_mb = std::strtod(v.c_str(), &end);
      if (v.empty() || end != v.c_str() + v.size()) usage("--mb: not a number: " + v);  // the range: time_body_calls
      s.body_options = true;
    } else if (arg == "--calls") {
      s.body_calls = static_cast<int>(number());
      s.body_options = true;
    }
    else if (arg.starts_with("--")) usage("unknown option " + std::string(arg));
    else s.corpus_files.emplace_back(arg);
  }
  if (!s.dateparser_script.empty() && s.dates_cases.empty()) usage("--dateparser needs --dates-cases");
  if (!s.body.empty()) {
    if (!s.corpus_files.empty() || !s.dates_cases.empty() || s.linearity) usage("--body runs alone");
    return s;
  }
  if (s.body_options) usage("--mb and --calls go with --body");
  if (s.corpus_files.empty() && s.dates_cases.empty() && !s.linearity) usage("nothing to measure");
  return s;
}

wb::Rate rate_of(double seconds, const wb::Corpus& corpus) {
  return {seconds, static_cast<double>(corpus.bytes) / 1e6 / seconds,
          static_cast<double>(corpus.articles.size()) / seconds};
}

// Median of several constructions: the first one also pays for page faults in the lexicon tables.
void measure_construction(const Settings& s, wb::Report& report) {
  for (int i = 0; i < s.constructions; ++i) {
    const auto start = wb::Clock::now();
    const warta::Engine engine;
    report.construction_ms.push_back(1000 * wb::seconds_since(start));
  }
  report.construction_median_ms = wb::median(report.construction_ms);
}

wb::Rate measure_baseline(const wb::Corpus& corpus, int repeat, std::size_t& words) {
  double best = 1e300;
  for (int r = 0; r < repeat; ++r) {
    const auto start = wb::Clock::now();
    std::size_t count = 0;
    for (const warta::InputRecord& a : corpus.articles) count += wb::count_words(a.text) + (a.title ? wb::count_words(*a.title) : 0);
    best = std::min(best, wb::seconds_since(start));
    words = count;
  }
  return rate_of(best, corpus);
}

// Layout only, then one stage switched on at a time, in pipeline order. The configurations take
// turns within each repeat, so a load change on a shared machine shifts them all alike.
void measure_stages(const Settings& s, const warta::Engine& engine, const wb::Corpus& corpus, wb::CorpusSection& c) {
  struct Stage {
    const char* name;
    warta::Options options;
  };
  const Stage stages[] = {
      {"layout", {.entities = false, .dates = false, .summits = false, .attributions = false}},
      {"+entities", {.dates = false, .summits = false, .attributions = false}},
      {"+dates", {.summits = false, .attributions = false}},
      {"+summits", {.attributions = false}},
      {"+attributions", {}},
  };
  std::vector<double> best(std::size(stages), 1e300);
  for (int r = 0; r < s.repeat; ++r)
    for (std::size_t i = 0; i < std::size(stages); ++i)
      best[i] = std::min(best[i], wb::run_pass(engine, corpus, stages[i].options, 1, false).seconds);
  for (std::size_t i = 0; i < std::size(stages); ++i)
    c.stages.push_back({stages[i].name, rate_of(best[i], corpus), i == 0 ? 0.0 : best[i] - best[i - 1]});
}

wb::CorpusSection measure_corpus(const Settings& s, const warta::Engine& engine) {
  wb::CorpusSection c;
  c.files = s.corpus_files;
  const auto load_start = wb::Clock::now();
  wb::Corpus corpus = wb::load_corpus(s.corpus_files);
  if (s.limit != 0 && corpus.articles.size() > s.limit) {
    corpus.articles.resize(s.limit);
    corpus.bytes = 0;
    for (const warta::InputRecord& a : corpus.articles) corpus.bytes += wb::bytes_of(a);
  }
  c.load_seconds = wb::seconds_since(load_start);
  c.rss_after_load_mib = wb::peak_rss_mib();
  c.articles = corpus.articles.size();
  c.bytes = corpus.bytes;
  if (corpus.articles.empty()) throw std::runtime_error("the corpus has no articles");

  c.baseline = measure_baseline(corpus, s.repeat, c.baseline_words);
  if (!s.wc.empty() && access(s.wc.c_str(), X_OK) == 0) {
    const wb::WcReference wc = wb::time_wc(s.wc, corpus);
    c.wc = rate_of(wc.seconds, corpus);
    c.wc_words = wc.words;
  }
  if (s.stages) measure_stages(s, engine, corpus, c);

  const wb::PassResult one = wb::best_of(s.repeat, engine, corpus, {}, 1, true);
  c.full = rate_of(one.seconds, corpus);
  c.errors = one.errors;
  std::vector<double> latencies = one.latencies;
  c.latency_p50_ms = 1000 * wb::quantile(latencies, 0.50);
  c.latency_p99_ms = 1000 * wb::quantile(latencies, 0.99);
  c.latency_max_ms = 1000 * *std::max_element(latencies.begin(), latencies.end());

  c.scaling.push_back({1, c.full, 1.0, 1.0, true});
  for (const unsigned threads : {2U, s.threads}) {
    if (threads <= c.scaling.back().threads) continue;
    const wb::PassResult pass = wb::best_of(s.repeat, engine, corpus, {}, threads, false);
    c.scaling.push_back({threads, rate_of(pass.seconds, corpus), one.seconds / pass.seconds,
                         pass.cpu_seconds / one.cpu_seconds, pass.output_hashes == one.output_hashes});
  }
  return c;
}

wb::DatesSection measure_dates(const Settings& s, const warta::Engine& engine) {
  const std::vector<wb::DateCase> cases = wb::load_date_cases(s.dates_cases);
  wb::DatesSection d;
  d.cases = cases.size();
  d.warta = wb::time_warta_dates(engine, cases, 1.0);
  if (!s.dateparser_script.empty())
    d.dateparser = wb::time_dateparser(s.python, s.dateparser_script, cases, s.dateparser_rounds);
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  const Settings settings = parse_arguments(std::span<char*>(argv + 1, static_cast<std::size_t>(argc - 1)));
  try {
    if (!settings.body.empty()) {
      const warta::Engine engine;
      const std::vector<double> calls = wb::time_body_calls(engine, settings.body, settings.body_mb, settings.body_calls);
      for (std::size_t c = 0; c < calls.size(); ++c)
        std::cout << settings.body << ' ' << settings.body_mb << " MB call " << c + 1 << ": " << 1000 * calls[c] << " ms\n";
      return 0;
    }
    wb::Report report;
    report.hardware_threads = std::thread::hardware_concurrency();
    report.repeat = settings.repeat;
    report.load_before = wb::load_average();
    measure_construction(settings, report);
    const warta::Engine engine;
    if (!settings.corpus_files.empty()) report.corpus = measure_corpus(settings, engine);
    if (!settings.dates_cases.empty()) report.dates = measure_dates(settings, engine);
    if (settings.linearity) report.linearity = wb::measure_linearity(engine);
    report.peak_rss_mib = wb::peak_rss_mib();
    report.load_after = wb::load_average();
    if (settings.json) wb::print_json(report, std::cout);
    else wb::print_table(report, std::cout);
  } catch (const std::exception& e) {
    std::cerr << "warta-bench: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
