# Generators for committed data tables (see docs/lexicons.md). Included by
# tools/gen/CMakeLists.txt, which defines warta_add_generator() and skips a generator whose
# imported LIBS target is missing. Nothing here is REQUIRED: a machine without ICU or
# libgeonames-dev still configures; it just lacks the regenerate-* targets and *_in_sync tests.

# Countries: CLDR Indonesian territory names via ICU + curated overlay.
warta_add_generator(
  NAME countries
  SOURCES tools/gen/gen_countries.cpp
  OUTPUT lib/lexicon/data/countries.tsv
  ARGS lib/lexicon/data/countries_overlay.tsv
  LIBS ICU::uc ICU::i18n)

# Month and weekday names for the date finder (CLDR via ICU).
warta_add_generator(
  NAME calendar_names
  SOURCES tools/gen/gen_calendar_names.cpp
  OUTPUT lib/dates/calendar_names.inc
  LIBS ICU::uc ICU::i18n)

# Cities: GeoNames city table from Debian's libgeonames-dev (apt-get install libgeonames-dev);
# Indonesian names from /usr/share/locale/id/LC_MESSAGES/geonames.mo (libgeonames-common).
# libgeonames is GPL-3: only this developer tool links it, never warta; the output is
# GeoNames data (CC-BY-4.0, see NOTICE).
if(PKG_CONFIG_FOUND)
  pkg_check_modules(GEONAMES QUIET IMPORTED_TARGET geonames)
endif()
warta_add_generator(
  NAME cities
  SOURCES tools/gen/gen_cities.cpp
  OUTPUT lib/lexicon/data/cities.tsv
  ARGS lib/lexicon/data/cities_overlay.tsv
  LIBS PkgConfig::GEONAMES)
