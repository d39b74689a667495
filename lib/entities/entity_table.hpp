// The entities found in one article: one record per real-world thing, with every mention.
// Produced by the entity stage; read by summits, attributions and the result assembly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "warta/result.hpp"

namespace warta::detail {

struct EntityMention {
  std::uint32_t start = 0, end = 0;          // work offsets of the name (titles excluded)
  std::uint32_t tok_begin = 0, tok_end = 0;  // tokens of the name
  std::int32_t entity = -1;                  // index into EntityTable::entities
  // Tokens of a title/role phrase written right before the name ("Presiden Rusia"), or
  // title_begin == title_end when there is none.
  std::uint32_t title_begin = 0, title_end = 0;
};

struct EntityRecord {
  EntityType type = EntityType::person;
  std::string name;                       // canonical
  std::vector<std::string> titles;        // title phrases the article gives ("Presiden Rusia")
  std::vector<std::string> roles;         // title kinds from the lexicon: head_of_state, foreign_minister, ...
  std::string country;                    // ISO alpha-2 or empty
  std::string kb_id;                      // Wikidata QID or empty
  // How many of EntityTable::mentions name it: a count, not their list, which the mentions' own
  // `entity` gives to whoever needs it.
  std::uint32_t mention_count = 0;
  bool from_lexicon = false;
};

struct EntityTable {
  std::vector<EntityRecord> entities;
  std::vector<EntityMention> mentions;    // in text order
  std::vector<std::int32_t> token_mention;  // per document token: mention index, or -1

  std::int32_t mention_at(std::uint32_t tok) const noexcept {
    return tok < token_mention.size() ? token_mention[tok] : -1;
  }
};

}  // namespace warta::detail
