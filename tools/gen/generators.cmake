# Generators for committed lexicon data (see docs/lexicons.md).
# warta_add_generator() is defined in tools/gen/CMakeLists.txt.

find_package(ICU REQUIRED COMPONENTS uc i18n)
warta_add_generator(
  NAME countries
  SOURCES tools/gen/gen_countries.cpp
  OUTPUT lib/lexicon/data/countries.tsv
  ARGS lib/lexicon/data/countries_overlay.tsv
  LIBS ICU::uc ICU::i18n)

# GeoNames city table from Debian's libgeonames-dev (apt-get install libgeonames-dev);
# Indonesian names are read from /usr/share/locale/id/LC_MESSAGES/geonames.mo
# (libgeonames-common). libgeonames is GPL-3: the generator is a developer tool only and is
# never linked into warta; its output is GeoNames data (CC-BY-4.0, see NOTICE).
find_package(PkgConfig REQUIRED)
pkg_check_modules(GEONAMES IMPORTED_TARGET geonames)
if(GEONAMES_FOUND)
  warta_add_generator(
    NAME cities
    SOURCES tools/gen/gen_cities.cpp
    OUTPUT lib/lexicon/data/cities.tsv
    ARGS lib/lexicon/data/cities_overlay.tsv
    LIBS PkgConfig::GEONAMES)
else()
  message(STATUS "geonames not found (apt-get install libgeonames-dev): cities generator disabled")
endif()
