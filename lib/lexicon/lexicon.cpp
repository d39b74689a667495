#include "lexicon/lexicon.hpp"

#include <fstream>
#include <sstream>

#include "lexicon/embedded_lexicon.hpp"
#include "lexicon/lexicon_builder.hpp"

namespace warta::detail {
namespace {

SourceRank rank_of(std::string_view file) noexcept {
  if (file == "countries.tsv") return SourceRank::countries;
  if (file == "cities.tsv") return SourceRank::cities;
  return SourceRank::curated;
}

std::string read_file(const LexiconSource& src) {
  std::ifstream in(src.value, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, "cannot read lexicon file '" + src.value + "'");
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::io, "cannot read lexicon file '" + src.value + "'");
  return std::move(out).str();
}

}  // namespace

std::shared_ptr<const Lexicon> build_lexicon(const EngineConfig& config) {
  LexiconBuilder b;
  if (config.builtin_lexicons) {
    auto files = embedded_lexicon_files();
    // Titles and the word list first: roles are classified with the titles, and acronyms are
    // checked against the word list.
    for (const EmbeddedFile& f : files) {
      if (f.name == "titles.tsv") b.add_titles(f.text);
      if (f.name == "common_words.txt") b.add_common_words(f.text);
      if (f.name == "never_names.txt") b.add_never_names(f.text);
      if (f.name == "given_names.txt") b.add_given_names(f.text);
    }
    for (const EmbeddedFile& f : files) {
      if (f.name != "titles.tsv" && f.name != "common_words.txt" && f.name != "never_names.txt" &&
          f.name != "given_names.txt") {
        b.add_entities(f.text, rank_of(f.name), f.name, false);
      }
    }
  }
  for (const LexiconSource& src : config.lexicons) {
    bool file = src.kind == LexiconSource::Kind::file;
    std::string_view text = b.keep(file ? read_file(src) : src.value);
    std::string_view name = !src.name.empty() ? std::string_view(src.name) : file ? std::string_view(src.value)
                                                                                  : std::string_view("lexicon buffer");
    b.add_entities(text, SourceRank::user, name, true);
  }
  return b.finish();
}

}  // namespace warta::detail
