#include "corpus.hpp"

#include <fstream>
#include <stdexcept>

namespace warta::bench {

Corpus load_corpus(const std::vector<std::string>& paths) {
  Corpus corpus;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::string line, error;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::optional<warta::InputRecord> record = warta::parse_input_record(line, error);
      if (!record) throw std::runtime_error(path + ":" + std::to_string(number) + ": " + error);
      corpus.bytes += bytes_of(*record);
      corpus.articles.push_back(std::move(*record));
    }
  }
  return corpus;
}

}  // namespace warta::bench
