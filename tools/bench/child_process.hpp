// Runs another program with its stdin and stdout redirected to files (the date peer).
#pragma once

#include <string>
#include <vector>

namespace warta::bench {

// Runs argv[0] (a path, no PATH lookup) with stdin, stdout and stderr on the given files and
// this process's environment plus `extra_env` ("NAME=value"), and waits; returns its exit status,
// or throws std::runtime_error when it cannot be started or is killed by a signal.
int run_with_files(const std::vector<std::string>& argv, const std::string& stdin_path,
                   const std::string& stdout_path, const std::string& stderr_path,
                   const std::vector<std::string>& extra_env = {});

// A file in $TMPDIR (or /tmp) that is removed when this object goes away.
class TempFile {
 public:
  explicit TempFile(const std::string& stem);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace warta::bench
