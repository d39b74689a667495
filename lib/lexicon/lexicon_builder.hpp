// Fills a Lexicon from TSV sources: the entity format
//   TYPE<TAB>NAME<TAB>ALIASES(|)<TAB>KB_ID<TAB>COUNTRY<TAB>ATTRS(key=value;...)
// the titles format `TITLE<TAB>KIND<TAB>ATTRS`, and word lists (one lowercase word per line).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "text/token.hpp"

namespace warta::detail {

// Who a source speaks for; on the same surface form a lower rank wins.
enum class SourceRank : std::uint8_t { user = 0, countries = 1, curated = 2, cities = 3 };

class LexiconBuilder {
 public:
  LexiconBuilder();
  // Titles first: people's roles are classified with them.
  void add_titles(std::string_view text);
  void add_common_words(std::string_view text);
  // never_names.txt: words (mostly acronyms) that are no name wherever they stand.
  void add_never_names(std::string_view text);
  // given_names.txt: frequent given names.
  void add_given_names(std::string_view text);
  // `strict`: a malformed line throws Error{lexicon} naming `source` and the line (user sources);
  // otherwise it is skipped.
  void add_entities(std::string_view text, SourceRank rank, std::string_view source, bool strict);
  // Keeps `text` alive for the lexicon's lifetime and returns the kept copy.
  std::string_view keep(std::string text);
  std::shared_ptr<const Lexicon> finish();

 private:
  // Folded token ids of `surface`, interned; false when it has no word.
  bool tokenize_surface(std::string_view surface, std::vector<std::uint32_t>& ids);
  std::uint32_t node_for(const std::vector<std::uint32_t>& ids);
  void add_surface(std::string_view surface, std::uint32_t entry);
  // Sets `flag` on every one-word line of a word list.
  void mark_words(std::string_view text, std::uint8_t flag);
  bool wins_over(std::uint32_t challenger, std::int32_t holder) const;
  std::string_view title_kind(std::string_view title);
  void parse_roles(std::string_view roles, LexEntry& e);

  std::unique_ptr<Lexicon> lex_;
  std::vector<SourceRank> entry_rank_;
  Tokens scratch_;
  std::string ascii_folded_;
  std::vector<std::string_view> ascii_tokens_;
  std::vector<std::uint32_t> ids_;
};

}  // namespace warta::detail
