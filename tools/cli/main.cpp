// warta — command-line front end: `warta extract FILE...` and `warta extract --jsonl IN|-`.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "batch.hpp"
#include "options.hpp"
#include "progress.hpp"
#include "warta/warta.hpp"

namespace {

using warta::cli::BatchRunner;
using warta::cli::Job;
using warta::cli::Outcome;

// Records per batch for each worker: big enough that the barrier between batches costs little,
// small enough that streaming a corpus keeps memory flat.
constexpr std::size_t kRecordsPerThread = 256;
constexpr std::size_t kBatchBytes = 8u << 20;

int report(const std::vector<Job>& jobs, const std::vector<Outcome>& outs, std::size_t first_line) {
  int failed = 0;
  for (std::size_t i = 0; i < outs.size(); ++i) {
    std::fwrite(outs[i].line.data(), 1, outs[i].line.size(), stdout);
    std::fputc('\n', stdout);
    if (outs[i].error) {
      ++failed;
      std::fprintf(stderr, "warta: %s (line %zu): %s\n", jobs[i].label.c_str(), first_line + i, outs[i].error->c_str());
    }
  }
  return failed;
}

int run_jsonl(const warta::cli::ExtractOptions& o, const BatchRunner& runner, unsigned threads) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (*o.jsonl != "-") {
    file.open(*o.jsonl, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "warta: cannot open %s\n", o.jsonl->c_str());
      return 2;
    }
    in = &file;
  }
  warta::cli::Progress progress;
  std::size_t line_no = 0, failed = 0;
  std::string line;
  std::vector<Job> batch;
  std::size_t batch_bytes = 0, batch_first = 1;
  auto flush = [&] {
    if (batch.empty()) return;
    failed += static_cast<std::size_t>(report(batch, runner.run(batch), batch_first));
    std::fflush(stdout);
    progress.add(batch.size(), batch_bytes);
    batch.clear();
    batch_bytes = 0;
  };
  while (std::getline(*in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not records
    if (batch.empty()) batch_first = line_no;
    Job job;
    job.write_id = true;
    std::string err, id;
    job.record = warta::parse_input_record(line, err, &id);
    if (job.record) {
      if (o.published && !job.record->published) job.record->published = o.published;
      if (o.body_only) job.record->body_only = true;
      job.label = job.record->id.empty() ? "record" : "record " + job.record->id;
    } else {
      job.read_error = "not a valid input record: " + err;
      job.label = id.empty() ? "record" : "record " + id;
      job.error_id = id;
    }
    batch_bytes += line.size();
    batch.push_back(std::move(job));
    if (batch.size() >= kRecordsPerThread * threads || batch_bytes >= kBatchBytes) flush();
  }
  flush();
  progress.finish();
  return failed > 0 ? 1 : 0;
}

int run_files(const warta::cli::ExtractOptions& o, const BatchRunner& runner) {
  std::vector<Job> jobs;
  bool several = o.files.size() > 1;
  for (const std::string& path : o.files) {
    Job job;
    job.label = path;
    if (several) job.input_name = path;
    std::ifstream f(path, std::ios::binary);
    std::string text;
    if (path == "-") {
      text.assign(std::istreambuf_iterator<char>(std::cin), {});
    } else if (f) {
      text.assign(std::istreambuf_iterator<char>(f), {});
    }
    if (path != "-" && !f) {
      job.read_error = "cannot read file";
    } else {
      warta::InputRecord rec;
      rec.text = std::move(text);
      rec.title = o.title;
      rec.published = o.published;
      rec.body_only = o.body_only;
      job.record = std::move(rec);
    }
    jobs.push_back(std::move(job));
  }
  std::vector<Outcome> outs = runner.run(jobs);
  int failed = report(jobs, outs, 1);
  return failed > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  auto parsed = warta::cli::parse_arguments(argc, argv);
  if (parsed.help) {
    std::fputs(warta::cli::usage_text(), stdout);
    return 0;
  }
  if (parsed.version) {
    std::printf("warta %s\n", warta::version());
    return 0;
  }
  if (!parsed.options) {
    std::fprintf(stderr, "warta: %s\n\n%s", parsed.error.c_str(), warta::cli::usage_text());
    return 2;
  }
  const auto& o = *parsed.options;
  try {
    warta::EngineConfig config;
    for (const std::string& path : o.lexicons)
      config.lexicons.push_back({warta::LexiconSource::Kind::file, path, path});
    warta::Engine engine(config);
    unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
    BatchRunner runner(engine, o.engine_options, threads, o.pretty && !o.jsonl && o.files.size() == 1);
    return o.jsonl ? run_jsonl(o, runner, threads) : run_files(o, runner);
  } catch (const warta::Error& e) {
    std::fprintf(stderr, "warta: %s\n", e.what());
    return 2;
  }
}
