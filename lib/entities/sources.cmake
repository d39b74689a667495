# The entity stage: mentions of people, places, organizations and outlets, grouped into entities.
set(WARTA_ENTITIES_SOURCES
  lib/entities/word_classes.cpp
  lib/entities/token_facts.cpp
  lib/entities/mention_finder.cpp
  lib/entities/mention_finder_blind.cpp
  lib/entities/unknown_names.cpp
  lib/entities/mention_lists.cpp
  lib/entities/abbreviation.cpp
  lib/entities/entity_grouper.cpp
  lib/entities/entity_recognizer.cpp
)
