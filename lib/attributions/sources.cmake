# Attribution stage: who said or claimed what (see docs/attributions.md).
set(WARTA_ATTRIBUTIONS_SOURCES
  lib/attributions/article_cues.cpp
  lib/attributions/attribution_finder.cpp
  lib/attributions/article_scan.cpp
  lib/attributions/cue_lexicon.cpp
  lib/attributions/quote_spans.cpp
  lib/attributions/relay_phrases.cpp
  lib/attributions/speaker_resolver.cpp
)
