// A one-line progress report on standard error, shown only when it is a terminal.
#pragma once

#include <chrono>
#include <cstddef>

namespace warta::cli {

class Progress {
 public:
  Progress();
  void add(std::size_t records, std::size_t bytes);
  void finish();

 private:
  void draw(bool final);
  bool enabled_;
  std::size_t records_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace warta::cli
