# Summit finder sources, relative to the repository root (compiled into the `warta` library).
set(WARTA_SUMMITS_SOURCES
    lib/summits/doc_context.cpp
    lib/summits/mention_details.cpp
    lib/summits/mention_people.cpp
    lib/summits/mention_reader.cpp
    lib/summits/mention_setting.cpp
    lib/summits/summit_builder.cpp
    lib/summits/summit_finder.cpp
    lib/summits/summit_lexicon.cpp)
