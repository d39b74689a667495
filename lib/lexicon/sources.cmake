# The lexicon stage: the name lexicon and its compiled-in data.
include(WartaEmbed)

set(WARTA_LEXICON_SOURCES
  lib/lexicon/token_table.cpp
  lib/lexicon/token_trie.cpp
  lib/lexicon/ascii_tokens.cpp
  lib/lexicon/lexicon_builder.cpp
  lib/lexicon/lexicon.cpp
)

# Generator inputs (*_overlay.tsv) stay out: only the lexicon files themselves are compiled in.
set(_warta_lexicon_data
  titles.tsv common_words.txt countries.tsv indonesia_regions.tsv cities.tsv people.tsv
  organizations.tsv media.tsv places.tsv)
set(_warta_lexicon_files "")
foreach(_f IN LISTS _warta_lexicon_data)
  if(EXISTS "${PROJECT_SOURCE_DIR}/lib/lexicon/data/${_f}")
    list(APPEND _warta_lexicon_files "${PROJECT_SOURCE_DIR}/lib/lexicon/data/${_f}")
  endif()
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/lib/lexicon/data")
warta_embed_files(
  OUTPUT "${PROJECT_BINARY_DIR}/lib/lexicon/embedded_lexicon.cpp"
  HEADER "lexicon/embedded_lexicon.hpp"
  FUNCTION embedded_lexicon_files
  FILES ${_warta_lexicon_files})
list(APPEND WARTA_GENERATED_SOURCES "${PROJECT_BINARY_DIR}/lib/lexicon/embedded_lexicon.cpp")
