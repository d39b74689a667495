#include "date_bench.hpp"

#include <fstream>
#include <stdexcept>
#include <string_view>

#include "child_process.hpp"
#include "measure.hpp"
#include "text_fields.hpp"

namespace warta::bench {

std::vector<DateCase> load_date_cases(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::string line;
  std::getline(in, line);
  const std::vector<std::string_view> header = split_tabs(line);
  const auto column = [&](std::string_view name) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    throw std::runtime_error(path + ": no column '" + std::string(name) + "'");
  };
  const std::size_t id = column("id"), text = column("text"), reference = column("reference_datetime"),
                    expected = column("expected");
  std::vector<DateCase> cases;
  std::size_t line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::vector<std::string_view> fields = split_tabs(line);
    if (fields.size() < header.size())
      throw std::runtime_error(path + ":" + std::to_string(line_number) + ": too few columns");
    if (fields[expected].starts_with('P')) continue;
    cases.push_back({std::string(fields[id]), std::string(fields[text]), std::string(fields[reference])});
  }
  return cases;
}

DateThroughput time_warta_dates(const warta::Engine& engine, const std::vector<DateCase>& cases, double min_seconds) {
  const warta::Options dates_only{.entities = false, .summits = false, .attributions = false};
  DateThroughput result;
  if (cases.empty()) return result;
  for (const DateCase& c : cases) {
    const warta::Input input{.text = c.text, .published = c.reference, .body_only = true};
    result.with_value += engine.extract(input, dates_only).dates.empty() ? 0 : 1;  // also warms up
  }
  const auto start = Clock::now();
  do {
    for (const DateCase& c : cases) {
      const warta::Input input{.text = c.text, .published = c.reference, .body_only = true};
      (void)engine.extract(input, dates_only);
    }
    result.expressions += cases.size();
  } while (seconds_since(start) < min_seconds);
  result.seconds = seconds_since(start);
  return result;
}

namespace {

void write_records(const std::string& path, const std::vector<DateCase>& cases, int rounds) {
  std::ofstream out(path, std::ios::binary);
  for (int r = 0; r < rounds; ++r)
    for (const DateCase& c : cases)
      out << R"({"id": )" << json_quote(c.id) << R"(, "text": )" << json_quote(c.text) << R"(, "published": )"
          << json_quote(c.reference) << ", \"body_only\": true}\n";
  if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

struct PeerRun {
  double seconds = 0;
  std::string output;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The peer's stderr is kept aside (dateparser prints deprecation warnings) and shown on failure.
PeerRun run_peer(const std::string& python, const std::string& script, const std::string& input_path) {
  const TempFile output("warta-bench-peer-out"), errors("warta-bench-peer-err");
  const auto start = Clock::now();
  const int status =
      run_with_files({python, script, "extract", "--jsonl", "-"}, input_path, output.path(), errors.path());
  PeerRun run{seconds_since(start), read_file(output.path())};
  if (status != 0) {
    const std::string messages = read_file(errors.path());
    throw std::runtime_error(script + " exited with status " + std::to_string(status) + ": " +
                             messages.substr(messages.size() > 600 ? messages.size() - 600 : 0));
  }
  return run;
}

std::size_t count_lines(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += c == '\n' ? 1 : 0;
  return n;
}

}  // namespace

DateThroughput time_dateparser(const std::string& python, const std::string& script,
                               const std::vector<DateCase>& cases, int rounds) {
  const TempFile empty("warta-bench-peer-empty"), records("warta-bench-peer-in");
  write_records(records.path(), cases, rounds);
  const PeerRun startup = run_peer(python, script, empty.path());
  const PeerRun full = run_peer(python, script, records.path());
  const std::size_t expressions = cases.size() * static_cast<std::size_t>(rounds);
  if (count_lines(full.output) != expressions)
    throw std::runtime_error(script + " answered " + std::to_string(count_lines(full.output)) + " of " +
                             std::to_string(expressions) + " records");
  DateThroughput result;
  result.expressions = expressions;
  result.startup_seconds = startup.seconds;
  result.seconds = full.seconds - startup.seconds;
  // One round's records: an answer with an empty "dates" list found nothing.
  std::size_t without = 0;
  for (std::size_t pos = 0; (pos = full.output.find("\"dates\": []", pos)) != std::string::npos; ++pos) ++without;
  result.with_value = (expressions - without) / static_cast<std::size_t>(rounds);
  return result;
}

}  // namespace warta::bench
