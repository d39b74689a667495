// The name lexicon: people, places, organizations, outlets and titles, compiled into the library
// and extended by user sources. Built once per Engine; immutable afterwards and shared by all
// threads.
//
// Names are stored as sequences of folded token ids in one trie, so a document is matched by
// walking the trie from each token (bounded by the longest name): linear in the input.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/token_table.hpp"
#include "lexicon/token_trie.hpp"
#include "warta/engine.hpp"
#include "warta/result.hpp"

namespace warta::detail {

// An office a person held: "Presiden Rusia" from 2012 on (to_year 0: still in office).
struct LexRole {
  std::string_view title;
  std::string_view kind;  // head_of_state, foreign_minister, ... (from the titles table), or empty
  int from_year = 0, to_year = 0;
};

struct LexEntry {
  EntityType type = EntityType::person;
  std::string_view name;     // canonical
  std::string_view kb_id;    // Wikidata QID or empty
  std::string_view country;  // ISO alpha-2 or empty
  std::string_view kind;     // country, territory, city, province, ... (ATTRS kind=)
  std::uint32_t population = 0;
  std::uint32_t roles_begin = 0, roles_end = 0;  // into the role table
  bool capital = false;
  bool user = false;         // from a user source
};

struct LexTitle {
  std::string_view text;  // as written in the titles table
  std::string_view kind;  // head_of_state, minister, honorific, ...
};

// What ends at one trie node. Names written in capitals ("AS", "DPRK") only match text written in
// capitals (`exact`); all others match any case (`name`).
struct LexNode {
  std::int32_t name = -1;   // entry index
  std::int32_t exact = -1;  // entry index
  std::int32_t title = -1;  // title index
};

class Lexicon {
 public:
  std::uint32_t token_id(std::string_view folded) const noexcept { return tokens_.find(folded); }
  std::uint32_t token_id(std::string_view folded, std::uint32_t hash) const noexcept {
    return tokens_.find(folded, hash);
  }
  std::uint32_t step(std::uint32_t node, std::uint32_t token) const noexcept {
    if (token == kNoToken) return kNoNode;
    // Most walks end after the first step (every word of a text is tried as a name's start):
    // that step is a plain array read instead of a probe of the large edge table.
    if (node == root() && token < root_child_.size()) return root_child_[token];
    return trie_.step(node, token);
  }
  // Token ids are 0 .. token_count() - 1.
  std::uint32_t token_count() const noexcept { return tokens_.size(); }
  // The folded word a token id stands for (tables keyed by id are built from it).
  std::string_view token_text(std::uint32_t id) const noexcept { return tokens_.text(id); }
  static constexpr std::uint32_t root() noexcept { return 0; }
  const LexNode& node(std::uint32_t n) const noexcept { return nodes_[n]; }
  const LexEntry& entry(std::uint32_t i) const noexcept { return entries_[i]; }
  std::size_t entry_count() const noexcept { return entries_.size(); }
  std::span<const LexRole> roles(const LexEntry& e) const noexcept {
    return std::span<const LexRole>(roles_).subspan(e.roles_begin, e.roles_end - e.roles_begin);
  }
  const LexTitle& title(std::uint32_t i) const noexcept { return titles_[i]; }
  std::uint32_t title_count() const noexcept { return static_cast<std::uint32_t>(titles_.size()); }
  // A lowercase word of the language ("sementara", "spekulasi"): not a name when capitalized at the
  // start of a sentence.
  bool is_common_word(std::uint32_t token) const noexcept {
    return token < common_.size() && (common_[token] & kCommonWord) != 0;
  }
  // Capitalized but never a name anywhere in a sentence: acronyms of things ("UU", "KTT", "APBN").
  bool is_never_name(std::uint32_t token) const noexcept {
    return token < common_.size() && (common_[token] & kNeverName) != 0;
  }
  // A frequent given name ("Siti", "Janet"): a person even alone.
  bool is_given_name(std::uint32_t token) const noexcept {
    return token < common_.size() && (common_[token] & kGivenName) != 0;
  }
  // The most tokens any name or title has: the lookahead bound of a match.
  std::uint32_t max_tokens() const noexcept { return max_tokens_; }

 private:
  friend class LexiconBuilder;

  TokenTable tokens_;
  TokenTrie trie_;
  std::vector<LexNode> nodes_;
  std::vector<LexEntry> entries_;
  std::vector<LexRole> roles_;
  std::vector<LexTitle> titles_;
  static constexpr std::uint8_t kCommonWord = 1, kNeverName = 2, kGivenName = 4;
  std::vector<std::uint8_t> common_;  // per token id: kCommonWord | kNeverName | kGivenName
  std::vector<std::uint32_t> root_child_;  // per token id: the trie node one step from the root, or kNoNode
  std::deque<std::string> owned_;     // text of user sources (entries point into it)
  std::uint32_t max_tokens_ = 0;
};

// The lexicon of an Engine: the compiled-in data (unless config.builtin_lexicons is off) and then
// config.lexicons in order. Throws Error{lexicon, line} on a malformed user entry and Error{io}
// when a user file cannot be read.
std::shared_ptr<const Lexicon> build_lexicon(const EngineConfig& config);

}  // namespace warta::detail
