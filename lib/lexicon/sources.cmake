# The lexicon stage: the name lexicon and its compiled-in data.
include(WartaEmbed)

set(WARTA_LEXICON_SOURCES
  lib/lexicon/token_table.cpp
  lib/lexicon/token_trie.cpp
  lib/lexicon/ascii_tokens.cpp
  lib/lexicon/lexicon_builder.cpp
  lib/lexicon/lexicon.cpp
)

# The lexicon files themselves; the generator inputs (*_overlay.tsv) stay out.
set(_warta_lexicon_files
  titles.tsv common_words.txt never_names.txt given_names.txt countries.tsv indonesia_regions.tsv cities.tsv people.tsv organizations.tsv
  media.tsv places.tsv world_regions.tsv)
list(TRANSFORM _warta_lexicon_files PREPEND "${PROJECT_SOURCE_DIR}/lib/lexicon/data/")
warta_embed_files(
  OUTPUT "${PROJECT_BINARY_DIR}/lib/lexicon/embedded_lexicon.cpp"
  HEADER "lexicon/embedded_lexicon.hpp"
  FUNCTION embedded_lexicon_files
  FILES ${_warta_lexicon_files})
list(APPEND WARTA_GENERATED_SOURCES "${PROJECT_BINARY_DIR}/lib/lexicon/embedded_lexicon.cpp")
