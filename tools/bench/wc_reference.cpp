#include "wc_reference.hpp"

#include <fstream>
#include <stdexcept>

#include "child_process.hpp"
#include "measure.hpp"

namespace warta::bench {

WcReference time_wc(const std::string& wc_path, const Corpus& corpus) {
  const TempFile text("warta-bench-wc-in"), output("warta-bench-wc-out"), errors("warta-bench-wc-err");
  {
    std::ofstream out(text.path(), std::ios::binary);
    for (const warta::InputRecord& a : corpus.articles) {
      if (a.title) out << *a.title << '\n';
      out << a.text << '\n';
    }
    if (!out.flush()) throw std::runtime_error("cannot write " + text.path());
  }
  const std::vector<std::string> argv = {wc_path, "-w", text.path()};
  // A first run reads the file into the page cache; the second is timed.
  run_with_files(argv, "/dev/null", output.path(), errors.path(), {"LC_ALL=C.UTF-8"});
  const auto start = Clock::now();
  const int status = run_with_files(argv, "/dev/null", output.path(), errors.path(), {"LC_ALL=C.UTF-8"});
  WcReference result{seconds_since(start), 0};
  if (status != 0) throw std::runtime_error(wc_path + " -w failed with status " + std::to_string(status));
  std::ifstream in(output.path());
  in >> result.words;
  return result;
}

}  // namespace warta::bench
