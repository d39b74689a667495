// Runs extraction over a batch of records on N threads and returns the output lines in input
// order, so the output is byte-identical for every thread count.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "warta/engine.hpp"
#include "warta/jsonl.hpp"

namespace warta::cli {

struct Job {
  std::string label;                  // "id" for JSON Lines, the path for files (for messages)
  std::optional<InputRecord> record;  // nullopt: the line or file could not be read
  std::string read_error;
  std::string error_id;               // the id of a record that could not be read, when known
  bool write_id = false;              // echo record.id as "id"
  std::string input_name;             // written as "input" when not empty
};

struct Outcome {
  std::string line;                   // the JSON text (no newline)
  std::optional<std::string> error;   // set when the record failed
};

class BatchRunner {
 public:
  BatchRunner(const Engine& engine, const Options& options, unsigned threads, bool pretty)
      : engine_(engine), options_(options), threads_(threads), pretty_(pretty) {}

  std::vector<Outcome> run(const std::vector<Job>& jobs) const;

 private:
  // `scratch`: the worker's result, refilled record after record so that its memory is reused.
  Outcome one(const Job& job, Result& scratch) const;

  const Engine& engine_;
  Options options_;
  unsigned threads_;
  bool pretty_;
};

}  // namespace warta::cli
