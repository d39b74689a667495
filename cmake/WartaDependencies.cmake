# Finds warta's dependencies (Debian packages) and fails with the package name when one is missing.
# scripts/install-deps.sh installs them all.
include_guard(GLOBAL)

function(warta_missing what package)
  message(FATAL_ERROR "warta: ${what} not found. Install the Debian package '${package}' "
                      "(or run scripts/install-deps.sh).")
endfunction()

find_package(Boost 1.74 QUIET COMPONENTS locale)
if(NOT Boost_LOCALE_FOUND)
  warta_missing("Boost.Locale" "libboost-locale-dev")
endif()

find_package(fmt 9 QUIET)
if(NOT fmt_FOUND)
  warta_missing("fmt" "libfmt-dev")
endif()

find_package(PkgConfig QUIET)
if(NOT PKG_CONFIG_FOUND)
  warta_missing("pkg-config" "pkg-config")
endif()
pkg_check_modules(UTF8PROC QUIET IMPORTED_TARGET libutf8proc)
if(NOT UTF8PROC_FOUND)
  warta_missing("utf8proc" "libutf8proc-dev")
endif()

find_package(Threads REQUIRED)

if(WARTA_BUILD_TESTS)
  find_package(GTest QUIET)
  if(NOT GTest_FOUND)
    warta_missing("GoogleTest" "libgtest-dev")
  endif()
endif()
