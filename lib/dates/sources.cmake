# Date/time finder sources, relative to the repository root (compiled into the `warta` library).
set(WARTA_DATES_SOURCES
    lib/dates/civil.cpp
    lib/dates/date_finder.cpp
    lib/dates/date_scan.cpp
    lib/dates/expression_starts.cpp
    lib/dates/lexicon.cpp
    lib/dates/quiet_runs.cpp
    lib/dates/scanner.cpp
    lib/dates/tokens.cpp)
