# Builds the consumers with plain compiler command lines from pkg-config against a staged install:
# the C API (shared) and the C++ API (static libwarta, so --static pulls in Libs.private).
# cmake -DPREFIX=<stage> -DLIBDIR=<rel libdir> -DWORK=<dir> -DCC=<cc> -DCXX=<c++> -DCOMMON=<dir> -P pkg_config.cmake
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${LIBDIR}/pkgconfig")
file(MAKE_DIRECTORY "${WORK}")

function(pc out)
  # --define-prefix: the .pc files name the configured prefix; the staged copy lives elsewhere.
  execute_process(COMMAND "${PKG_CONFIG}" --define-prefix ${ARGN} OUTPUT_VARIABLE flags
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
