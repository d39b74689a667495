# Builds the consumers with plain compiler command lines from pkg-config against a staged install:
# the C API (shared) and the C++ API (static libwarta, so --static pulls in Libs.private).
# cmake -DPREFIX=<stage> -DLIBDIR=<libdir relative to the prefix> -DWORK=<dir> -DCC=<cc> -DCXX=<c++> -DCOMMON=<dir> -P pkg_config.cmake
find_program(PKG_CONFIG pkg-config REQUIRED)
file(MAKE_DIRECTORY "${WORK}/pkgconfig")

# The .pc files name the configured prefix; point copies at the staging prefix instead, as a
# packager relocating a DESTDIR install would. Every other path in them must follow ${prefix}.
file(GLOB pc_files "${PREFIX}/${LIBDIR}/pkgconfig/*.pc")
if(NOT pc_files)
  message(FATAL_ERROR "no .pc files under ${PREFIX}/${LIBDIR}/pkgconfig")
endif()
foreach(pc IN LISTS pc_files)
  file(READ "${pc}" content)
  string(REGEX REPLACE "(^|\n)prefix=[^\n]*" "\\1prefix=${PREFIX}" content "${content}")
  get_filename_component(name "${pc}" NAME)
  file(WRITE "${WORK}/pkgconfig/${name}" "${content}")
endforeach()
set(ENV{PKG_CONFIG_PATH} "${WORK}/pkgconfig")

function(pc out)
  execute_process(COMMAND "${PKG_CONFIG}" ${ARGN} OUTPUT_VARIABLE flags
                  RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "pkg-config ${ARGN} failed")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  set(${out} ${flags} PARENT_SCOPE)
endfunction()

function(build_and_run name)
  execute_process(COMMAND ${ARGN} -o "${WORK}/${name}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "compiling ${name} failed: ${ARGN}")
  endif()
  execute_process(COMMAND "${WORK}/${name}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${name} failed")
  endif()
endfunction()

pc(c_flags --cflags --libs warta_c)
build_and_run(pc_consumer_c "${CC}" -std=c99 "${COMMON}/consumer.c" ${c_flags} "-Wl,-rpath,${PREFIX}/${LIBDIR}")
pc(cxx_flags --static --cflags --libs warta)
build_and_run(pc_consumer_cpp "${CXX}" -std=c++20 "${COMMON}/consumer.cpp" ${cxx_flags})
