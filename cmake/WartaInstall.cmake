# Install rules and package files: the warta:: CMake package (installed and build tree) and
# pkg-config files. Components: warta_runtime (shared libraries) and warta_development (headers,
# static libraries, package files).
include_guard(GLOBAL)
include(CMakePackageConfigHelpers)

set(WARTA_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/warta" CACHE STRING
    "Where wartaConfig.cmake is installed, relative to the prefix")

set(_warta_targets warta)
if(TARGET warta_c)
  list(APPEND _warta_targets warta_c warta_c_static)
  install(FILES "${PROJECT_SOURCE_DIR}/capi/warta.h" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
          COMPONENT warta_development)
endif()

install(TARGETS ${_warta_targets} EXPORT wartaTargets
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT warta_runtime
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT warta_runtime
          NAMELINK_COMPONENT warta_development
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT warta_development
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/warta" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        COMPONENT warta_development FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_BINARY_DIR}/include/warta/version.hpp"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/warta" COMPONENT warta_development)

install(EXPORT wartaTargets NAMESPACE warta:: FILE wartaTargets.cmake
        DESTINATION "${WARTA_CMAKE_INSTALL_DIR}" COMPONENT warta_development)
# The build tree is a package too: -Dwarta_DIR=<build dir> finds it without installing.
export(EXPORT wartaTargets NAMESPACE warta:: FILE "${PROJECT_BINARY_DIR}/wartaTargets.cmake")

# A static libwarta needs its private dependencies at the consumer's link step.
get_target_property(_warta_type warta TYPE)
if(_warta_type STREQUAL "STATIC_LIBRARY")
  set(WARTA_STATIC_DEPENDENCIES ON)
else()
  set(WARTA_STATIC_DEPENDENCIES OFF)
endif()

configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/wartaConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/wartaConfig.cmake" INSTALL_DESTINATION "${WARTA_CMAKE_INSTALL_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/wartaConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/wartaConfig.cmake" "${PROJECT_BINARY_DIR}/wartaConfigVersion.cmake"
        DESTINATION "${WARTA_CMAKE_INSTALL_DIR}" COMPONENT warta_development)

# pkg-config: paths relative to ${prefix} when they can be, absolute when configured so.
function(warta_pc_path out dir)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
warta_pc_path(WARTA_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
warta_pc_path(WARTA_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
if(WARTA_STATIC_DEPENDENCIES)
  set(WARTA_PC_REQUIRES_PRIVATE "fmt libutf8proc")
  set(WARTA_PC_LIBS_PRIVATE "-lboost_locale -lstdc++ -lpthread")
else()
  set(WARTA_PC_REQUIRES_PRIVATE "")
  set(WARTA_PC_LIBS_PRIVATE "")
endif()

set(WARTA_PC_NAME warta)
set(WARTA_PC_DESCRIPTION "${PROJECT_DESCRIPTION} (C++ API)")
set(WARTA_PC_LIB warta)
configure_file("${CMAKE_CURRENT_LIST_DIR}/warta.pc.in" "${PROJECT_BINARY_DIR}/pkgconfig/warta.pc" @ONLY)
set(_warta_pc_files "${PROJECT_BINARY_DIR}/pkgconfig/warta.pc")
if(TARGET warta_c)
  # warta_c links the shared libwarta_c (everything inside it); --static links libwarta_c.a.
  set(WARTA_PC_NAME warta_c)
  set(WARTA_PC_DESCRIPTION "${PROJECT_DESCRIPTION} (C API)")
  set(WARTA_PC_LIB warta_c)
  set(WARTA_PC_REQUIRES_PRIVATE "fmt libutf8proc")
  set(WARTA_PC_LIBS_PRIVATE "-lwarta -lboost_locale -lstdc++ -lpthread")
  configure_file("${CMAKE_CURRENT_LIST_DIR}/warta.pc.in" "${PROJECT_BINARY_DIR}/pkgconfig/warta_c.pc" @ONLY)
  list(APPEND _warta_pc_files "${PROJECT_BINARY_DIR}/pkgconfig/warta_c.pc")
endif()
install(FILES ${_warta_pc_files} DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT warta_development)
