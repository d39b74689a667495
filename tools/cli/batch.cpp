#include "batch.hpp"

#include <atomic>
#include <thread>

#include "warta/json.hpp"

namespace warta::cli {
namespace {

// The error line keeps one output line per input record.
std::string error_line(const Job& job, std::string_view code, std::string_view message,
                       std::optional<std::size_t> offset) {
  JsonOptions jo;
  if (job.write_id) jo.id = job.record ? std::string_view(job.record->id) : std::string_view(job.error_id);
  jo.input_name = job.input_name;
  return error_to_json({code, message, offset}, jo);
}

}  // namespace

Outcome BatchRunner::one(const Job& job, Result& scratch) const {
  if (!job.record) return {error_line(job, "bad_record", job.read_error, std::nullopt), job.read_error};
  try {
    engine_.extract(job.record->input(), options_, scratch);
    JsonOptions jo;
    jo.pretty = pretty_;
    if (job.write_id) jo.id = job.record->id;
    jo.input_name = job.input_name;
    return {to_json(scratch, jo), std::nullopt};
  } catch (const Error& e) {
    return {error_line(job, to_string(e.code()), e.what(), e.byte_offset()), e.what()};
  } catch (const std::exception& e) {
    return {error_line(job, "internal", e.what(), std::nullopt), e.what()};
  }
}

std::vector<Outcome> BatchRunner::run(const std::vector<Job>& jobs) const {
  std::vector<Outcome> out(jobs.size());
  unsigned n = std::min<unsigned>(threads_, static_cast<unsigned>(jobs.size()));
  if (n <= 1) {
    Result scratch;
    for (std::size_t i = 0; i < jobs.size(); ++i) out[i] = one(jobs[i], scratch);
    return out;
  }
  // Workers take the next record from a shared counter; each result lands in its own slot.
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    Result scratch;
    for (std::size_t i = next.fetch_add(1); i < jobs.size(); i = next.fetch_add(1)) out[i] = one(jobs[i], scratch);
  };
  std::vector<std::jthread> pool;
  pool.reserve(n - 1);
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  pool.clear();  // joins
  return out;
}

}  // namespace warta::cli
