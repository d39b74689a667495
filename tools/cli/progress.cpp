#include "progress.hpp"

#include <cstdio>
#include <unistd.h>

namespace warta::cli {

Progress::Progress()
    : enabled_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::add(std::size_t records, std::size_t bytes) {
  records_ += records;
  bytes_ += bytes;
  auto now = std::chrono::steady_clock::now();
  if (enabled_ && now - last_ > std::chrono::milliseconds(250)) {
    last_ = now;
    draw(false);
  }
}

void Progress::finish() {
  if (enabled_ && records_ > 0) draw(true);
}

void Progress::draw(bool final) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double mb = static_cast<double>(bytes_) / 1e6;
  std::fprintf(stderr, "\r%zu records, %.1f MB, %.0f records/s, %.1f MB/s%s", records_, mb,
               secs > 0 ? static_cast<double>(records_) / secs : 0.0, secs > 0 ? mb / secs : 0.0, final ? "\n" : "");
  std::fflush(stderr);
}

}  // namespace warta::cli
